#include "search/searchmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

SearchModel::SearchModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

SearchModel::~SearchModel() = default;

void SearchModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

QList<SearchHit> SearchModel::hits() const
{
    return m_hits;
}

SearchHit SearchModel::hit(int row) const
{
    return m_hits.value(row);
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    const bool note = hit.source == SearchHit::Source::Note;
    switch (role) {
    case Qt::DisplayRole:
    case SnippetRole:
        return hit.snippet;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString title = hit.articleTitle.isEmpty() ? tr("Untitled article") : hit.articleTitle;
        const QString where = hit.speaker.isEmpty() ? title : tr("%1, %2").arg(hit.speaker, title);
        return (note ? tr("Note (%1): %2") : tr("Text (%1): %2")).arg(where, hit.snippet);
    }
    case ArticleIdRole:
        return hit.articleId;
    case ArticleTitleRole:
        return hit.articleTitle;
    case SpeakerRole:
        return hit.speaker;
    case SnippetMatchesRole:
        return QVariant::fromValue(hit.snippetMatches);
    case IsNoteRole:
        return note;
    case HighlightIdRole:
        return hit.highlightId;
    default:
        return {};
    }
}

} // namespace Colloquy
