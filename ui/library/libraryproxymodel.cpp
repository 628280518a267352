#include "library/libraryproxymodel.h"

#include "library/librarymodel.h"

#include <QDateTime>

#include <algorithm>

namespace Colloquy {

LibraryProxyModel::LibraryProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);
}

LibraryProxyModel::Order LibraryProxyModel::order() const
{
    return m_order;
}

void LibraryProxyModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    invalidate();
    // lessThan() says "comes first" for every order; the view shows descending.
    sort(0, Qt::DescendingOrder);
}

qint64 LibraryProxyModel::collection() const
{
    return m_collection;
}

void LibraryProxyModel::setCollection(qint64 collectionId)
{
    if (collectionId == m_collection)
        return;
    m_collection = collectionId;
    invalidateFilter();
}

QString LibraryProxyModel::filterText() const
{
    return m_filterText;
}

void LibraryProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_filterWords = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool LibraryProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_collection != 0 &&
        !index.data(LibraryModel::CollectionsRole).value<QList<qint64>>().contains(m_collection))
        return false;
    if (m_filterWords.isEmpty())
        return true;
    const QString title = index.data(LibraryModel::TitleRole).toString();
    const QStringList speakers = index.data(LibraryModel::SpeakerNamesRole).toStringList();
    return std::all_of(m_filterWords.cbegin(), m_filterWords.cend(), [&](const QString &word) {
        return title.contains(word, Qt::CaseInsensitive) ||
            speakers.join(u'\n').contains(word, Qt::CaseInsensitive);
    });
}

bool LibraryProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Sorted descending: "less" is "shown lower".
    switch (m_order) {
    case Order::Newest:
        break;
    case Order::Title: {
        const int byTitle = m_collator.compare(
            left.data(LibraryModel::TitleRole).toString(), right.data(LibraryModel::TitleRole).toString());
        if (byTitle != 0)
            return byTitle > 0;
        break;
    }
    case Order::Published: {
        const QDate l = left.data(LibraryModel::PublishedRole).toDate();
        const QDate r = right.data(LibraryModel::PublishedRole).toDate();
        if (l != r)
            return !l.isValid() || (r.isValid() && l < r);
        break;
    }
    case Order::Speakers: {
        const qsizetype l = left.data(LibraryModel::SpeakerNamesRole).toStringList().size();
        const qsizetype r = right.data(LibraryModel::SpeakerNamesRole).toStringList().size();
        if (l != r)
            return l < r;
        break;
    }
    }
    const QDateTime leftDate = left.data(LibraryModel::ImportedAtRole).toDateTime();
    const QDateTime rightDate = right.data(LibraryModel::ImportedAtRole).toDateTime();
    if (leftDate != rightDate)
        return leftDate < rightDate;
    // Imports in one batch share a second; the id keeps their order stable.
    return left.data(LibraryModel::IdRole).toLongLong() < right.data(LibraryModel::IdRole).toLongLong();
}

} // namespace Colloquy
