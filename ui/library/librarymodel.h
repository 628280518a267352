#pragma once

#include "model/article.h"

#include <QAbstractListModel>

#include <optional>

namespace Colloquy {

class LibraryStore;

/**
 * The articles of a LibraryStore as a flat list, one row per article, in the
 * store's order; LibraryProxyModel sorts and filters it.
 *
 * It follows the store's articleAdded/articleRemoved/articleChanged/articleDetailsChanged signals row by row,
 * so views keep their selection when the library changes. The store must outlive the model.
 */
class LibraryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< qint64
        TitleRole, ///< QString, the display title
        SpeakerNamesRole, ///< QStringList
        ImportedAtRole, ///< QDateTime, UTC
        SourcePathRole, ///< QString
        ContentHashRole, ///< QByteArray
        CollectionsRole, ///< QList<qint64>, the ids of the collections it is in
        PublishedRole, ///< QDate, null when unknown
        /// QString: what tells it apart from articles of the same title (publication,
        /// date, file name); empty when its title is its own
        DistinctionRole,
    };
    Q_ENUM(Role)

    explicit LibraryModel(LibraryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of an article, or an invalid index when it is not in the library.
    QModelIndex indexOfArticle(qint64 id) const;
    /// Reads the whole list again.
    void reload();

private:
    /// The article's summary as the store has it now; nullopt when it has none.
    std::optional<ArticleSummary> storedSummary(qint64 id) const;
    void addArticle(qint64 id);
    void removeArticle(qint64 id);
    /// A segmentation edit or re-import: the row's speakers (and title) as stored now.
    void updateArticle(qint64 id);

    void refreshDistinctions();
    /// The publication, date and file name of a row whose title another row has too.
    QString distinction(const ArticleSummary &article) const;

    LibraryStore *m_store;
    QList<ArticleSummary> m_articles;
};

} // namespace Colloquy
