#pragma once

#include "model/highlight.h"

#include <QAbstractItemModel>
#include <QColor>

namespace Colloquy {

class LibraryStore;

/**
 * The highlights of one article as a two-level tree: one row per speaker (in
 * the order they first speak; narration under the article's own name), the
 * speaker's highlights in reading order below, and the orphans, whose text
 * was lost, in a last group of their own.
 *
 * Reads the store in three queries (highlights, their themes, their notes)
 * and reloads whenever the store reports an annotation change, so it follows
 * every edit, undo and redo. Filtering is AnnotationProxyModel's job.
 */
class AnnotationModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        HighlightIdRole = Qt::UserRole + 1, ///< qint64; 0 on group rows
        IsGroupRole, ///< bool
        SpeakerRole, ///< QString: the group's speaker, empty for narration and orphans
        ColourRole, ///< int: HighlightColour
        QuoteRole, ///< QString
        ThemeIdsRole, ///< QList<qint64>
        ThemesRole, ///< QString: the themes' full names, joined
        ThemeColoursRole, ///< QList<QColor>
        NoteRole, ///< QString: the Markdown note, empty without one
        AnchorStateRole, ///< int: AnchorState
        OrphansRole, ///< bool: the group of orphans, or an orphan
    };

    explicit AnnotationModel(LibraryStore *store, QObject *parent = nullptr);
    ~AnnotationModel() override;

    /// Shows the highlights of `articleId` (0: none); `articleTitle` names narration.
    void setArticle(qint64 articleId, const QString &articleTitle = QString());
    qint64 articleId() const;
    void reload();
    /// Not live (nobody looks), a change only marks the model stale; going
    /// live again reloads it once. Live by default.
    void setLive(bool live);

    /// The index of a highlight's row, invalid when it is not listed.
    QModelIndex indexOfHighlight(qint64 highlightId) const;
    int highlightCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        Highlight highlight = {};
        QList<qint64> themeIds = {};
        QString themes = {};
        QList<QColor> themeColours = {};
        QString note = {};
    };
    struct Group
    {
        QString title = {};
        QString speaker = {};
        bool orphans = false;
        QList<Entry> entries = {};
    };

    LibraryStore *m_store;
    qint64 m_articleId = 0;
    bool m_live = true;
    bool m_stale = false;
    QString m_articleTitle;
    QList<Group> m_groups;
};

} // namespace Colloquy
