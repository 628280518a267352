#pragma once

#include "model/claimrelation.h"
#include "model/comparisonscope.h"
#include "model/thematrix.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTreeWidget;

namespace Colloquy {

class ClaimRelations;
class ClaimSuggestions;
class LibrarySession;
class LibraryStore;

/**
 * The Compare Voices window's "Side by side" tab: pick a theme and read each
 * voice's claims on it (with its sub-themes) in parallel columns, quote and
 * note; pick one claim in each of two columns and link them with a relation
 * (agrees with, disagrees with, responds to, same point). The relations of
 * the claims shown are listed below, where one can be removed. "Suggest
 * Claims…" opens SuggestClaimsDialog on the theme.
 *
 * Links go through the session's ClaimRelations (one undo step each),
 * suggestions through its ClaimSuggestions; reads go to its store. The
 * session is not owned. The view refills itself in
 * refresh(), which the dialog calls when the library or its scope changes;
 * a failure shows through statusMessage(). GUI thread only.
 */
class SideBySideView : public QWidget
{
    Q_OBJECT
public:
    explicit SideBySideView(LibrarySession *session, QWidget *parent = nullptr);
    ~SideBySideView() override;

    /// Shows the claims of `scope` as `matrix` (read for it) groups them; keeps the chosen theme.
    void refresh(const ComparisonScope &scope, const ThemeMatrix &matrix);
    /// Chooses the theme whose claims show; false when the codebook has no theme `themeId`.
    bool setTheme(qint64 themeId);
    qint64 theme() const;
    /// The claim columns, one per voice with claims on the theme, in the matrix's column order.
    QList<QListWidget *> columns() const;
    /// The two claims picked for a link, in the order they were picked (`from`, then `to`).
    QList<qint64> pickedClaims() const;
    /// Links the two picked claims with `kind` through ClaimRelations; false with the reason shown.
    bool linkPicked(RelationKind kind);

    /// What the user reads for `kind`: "agrees with", "responds to", …
    static QString kindPhrase(RelationKind kind);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void claimActivated(qint64 articleId, qint64 highlightId);

private:
    QListWidget *addColumn(const Voice &voice, int index);
    void clearColumns();
    void fillClaims();
    void fillRelations(const QList<qint64> &shown);
    void onPicked(QListWidget *column);
    void updateLinkControls();
    void removeSelectedRelation();
    void suggestClaims();
    /// `Speaker: “quote”` for highlight `id`: from the columns, else from the store.
    QString describeClaim(qint64 id) const;

    LibraryStore *m_store;
    ClaimRelations *m_relations;
    ClaimSuggestions *m_suggestions;
    ComparisonScope m_scope;
    ThemeMatrix m_matrix;
    QComboBox *m_themeCombo;
    QPushButton *m_suggestButton;
    QWidget *m_columnHost;
    QHBoxLayout *m_columnLayout;
    QLabel *m_emptyLabel;
    QList<QListWidget *> m_columns;
    /// The columns with a picked claim, oldest pick first; at most two.
    QList<QListWidget *> m_picked;
    QHash<qint64, QString> m_shownClaims; ///< highlight id → its description, for the relation list
    QComboBox *m_kindCombo;
    QLabel *m_preview;
    QPushButton *m_linkButton;
    QTreeWidget *m_relationList;
    QPushButton *m_unlinkButton;
};

} // namespace Colloquy
