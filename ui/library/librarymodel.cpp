#include "library/librarymodel.h"

#include "store/librarystore.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// The row of article `id` in `articles`; -1 when it is not there.
qsizetype rowOf(const QList<ArticleSummary> &articles, qint64 id)
{
    const auto it = std::find_if(
        articles.cbegin(), articles.cend(), [id](const ArticleSummary &article) { return article.id == id; });
    return it == articles.cend() ? -1 : it - articles.cbegin();
}

} // namespace

LibraryModel::LibraryModel(LibraryStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &LibraryStore::articleAdded, this, &LibraryModel::addArticle);
    connect(m_store, &LibraryStore::articleRemoved, this, &LibraryModel::removeArticle);
    connect(m_store, &LibraryStore::articleChanged, this, &LibraryModel::updateArticle);
    connect(m_store, &LibraryStore::articleDetailsChanged, this, &LibraryModel::updateArticle);
    reload();
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return article.displayTitle();
    case Qt::ToolTipRole: {
        QStringList lines {article.displayTitle()};
        if (!article.speakerNames.isEmpty())
            lines << article.speakerNames.join(u", ");
        lines << tr("Imported %1")
                     .arg(QLocale().toString(article.importedAt.toLocalTime(), QLocale::ShortFormat));
        if (!article.source.isEmpty())
            lines << article.source;
        if (article.published.isValid())
            lines << tr("Published %1").arg(QLocale().toString(article.published, QLocale::LongFormat));
        if (!article.url.isEmpty())
            lines << article.url;
        if (!article.sourcePath.isEmpty() && !article.sourcePath.startsWith(u':'))
            lines << article.sourcePath;
        return lines.join(u'\n');
    }
    case Qt::AccessibleDescriptionRole:
        return article.speakerNames.isEmpty() ? tr("No speakers recognised")
                                              : tr("Speakers: %1").arg(article.speakerNames.join(u", "));
    case IdRole:
        return article.id;
    case SpeakerNamesRole:
        return article.speakerNames;
    case ImportedAtRole:
        return article.importedAt;
    case SourcePathRole:
        return article.sourcePath;
    case ContentHashRole:
        return article.contentHash;
    case CollectionsRole:
        return QVariant::fromValue(article.collections);
    case PublishedRole:
        return article.published;
    case DistinctionRole:
        return distinction(article);
    }
    return {};
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(TitleRole, "title");
    names.insert(SpeakerNamesRole, "speakerNames");
    names.insert(ImportedAtRole, "importedAt");
    names.insert(SourcePathRole, "sourcePath");
    names.insert(ContentHashRole, "contentHash");
    return names;
}

QString LibraryModel::distinction(const ArticleSummary &article) const
{
    const QString title = article.displayTitle();
    const bool shared = std::any_of(m_articles.cbegin(), m_articles.cend(), [&](const ArticleSummary &other) {
        return other.id != article.id && other.displayTitle().compare(title, Qt::CaseInsensitive) == 0;
    });
    if (!shared)
        return {};
    QStringList parts;
    if (!article.source.isEmpty())
        parts << article.source;
    if (article.published.isValid())
        parts << QLocale().toString(article.published, QLocale::ShortFormat);
    if (!article.sourcePath.isEmpty() && !article.sourcePath.startsWith(u':'))
        parts << QFileInfo(article.sourcePath).fileName();
    parts << QLocale().toString(article.importedAt.toLocalTime(), QLocale::ShortFormat);
    return parts.join(u" · ");
}

QModelIndex LibraryModel::indexOfArticle(qint64 id) const
{
    const qsizetype row = rowOf(m_articles, id);
    return row < 0 ? QModelIndex() : index(int(row));
}

std::optional<ArticleSummary> LibraryModel::storedSummary(qint64 id) const
{
    // The store has no single-summary query; the list is small enough to read again.
    const QList<ArticleSummary> all = m_store->articles().valueOr({});
    const qsizetype row = rowOf(all, id);
    return row < 0 ? std::nullopt : std::optional(all.at(row));
}

void LibraryModel::reload()
{
    beginResetModel();
    m_articles = m_store->articles().valueOr({});
    endResetModel();
}

void LibraryModel::addArticle(qint64 id)
{
    if (indexOfArticle(id).isValid())
        return;
    const std::optional<ArticleSummary> summary = storedSummary(id);
    if (!summary)
        return;
    const int row = int(m_articles.size());
    beginInsertRows({}, row, row);
    m_articles.append(*summary);
    endInsertRows();
    refreshDistinctions();
}

void LibraryModel::updateArticle(qint64 id)
{
    const QModelIndex index = indexOfArticle(id);
    if (!index.isValid())
        return;
    const std::optional<ArticleSummary> summary = storedSummary(id);
    if (!summary)
        return;
    m_articles[index.row()] = *summary;
    Q_EMIT dataChanged(index, index);
    refreshDistinctions();
}

void LibraryModel::removeArticle(qint64 id)
{
    const QModelIndex index = indexOfArticle(id);
    if (!index.isValid())
        return;
    beginRemoveRows({}, index.row(), index.row());
    m_articles.removeAt(index.row());
    endRemoveRows();
    refreshDistinctions();
}

void LibraryModel::refreshDistinctions()
{
    // A title now shared (or no longer) changes what other rows show.
    if (!m_articles.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_articles.size()) - 1), {DistinctionRole});
}

} // namespace Colloquy
