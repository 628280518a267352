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
    if (m_filterWords.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString title = index.data(LibraryModel::TitleRole).toString();
    const QStringList speakers = index.data(LibraryModel::SpeakerNamesRole).toStringList();
    return std::all_of(m_filterWords.cbegin(), m_filterWords.cend(), [&](const QString &word) {
        return title.contains(word, Qt::CaseInsensitive) ||
            speakers.join(u'\n').contains(word, Qt::CaseInsensitive);
    });
}

bool LibraryProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime leftDate = left.data(LibraryModel::ImportedAtRole).toDateTime();
    const QDateTime rightDate = right.data(LibraryModel::ImportedAtRole).toDateTime();
    if (leftDate != rightDate)
        return leftDate < rightDate;
    // Imports in one batch share a second; the id keeps their order stable.
    return left.data(LibraryModel::IdRole).toLongLong() < right.data(LibraryModel::IdRole).toLongLong();
}

} // namespace Colloquy
