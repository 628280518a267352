#pragma once

#include "model/claimsuggestion.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Colloquy {

class ClaimSuggestions;
class LibraryStore;

/**
 * "Suggest claims" for one theme: the sentences its search rules find (the
 * theme's own rules, which the user may change for this search), optionally
 * only in chosen speakers' turns and only inside claims of another theme,
 * listed with a check box each. Accept makes the checked ones claims of the
 * theme in one undo step (ClaimSuggestions::accept()) and closes the dialog.
 *
 * Reads go to `store`, the search and the change to `suggestions`; neither is
 * owned. `articleIds` limits the search (empty: the whole library). Errors
 * show in the status line and change nothing. GUI thread only.
 */
class SuggestClaimsDialog : public QDialog
{
    Q_OBJECT
public:
    SuggestClaimsDialog(LibraryStore *store, ClaimSuggestions *suggestions, qint64 themeId,
        const QList<qint64> &articleIds, QWidget *parent = nullptr);
    ~SuggestClaimsDialog() override;

    /// Runs the search again with the rules, speakers and theme chosen now.
    void find();
    /// The suggestions listed, in order.
    const QList<SuggestedClaim> &suggestions() const { return m_found; }
    /// Makes the checked suggestions claims (one undo step) and closes; false with the reason shown.
    bool acceptChecked();

Q_SIGNALS:
    /// After accept: how many claims were made, for the window that opened the dialog to say.
    void claimsAccepted(int count, const QString &themePath);

private:
    void fillSpeakers();
    void fillWithin();
    void setAllChecked(bool checked);
    void updateButtons();
    QList<SuggestedClaim> checked() const;

    LibraryStore *m_store;
    ClaimSuggestions *m_suggestions;
    qint64 m_themeId;
    QString m_themePath;
    QList<qint64> m_articleIds;
    QList<SuggestedClaim> m_found;
    QPlainTextEdit *m_rules;
    QListWidget *m_speakers;
    QComboBox *m_within;
    QTreeWidget *m_list;
    QPushButton *m_findButton;
    QPushButton *m_allButton;
    QPushButton *m_acceptButton;
    QLabel *m_status;
};

} // namespace Colloquy
