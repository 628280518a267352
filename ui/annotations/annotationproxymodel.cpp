#include "annotations/annotationproxymodel.h"

#include "annotations/annotationmodel.h"

#include <algorithm>

namespace Colloquy {

AnnotationProxyModel::AnnotationProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A group shows when one of its highlights passes.
    setRecursiveFilteringEnabled(true);
}

void AnnotationProxyModel::setSpeakerFilter(const QString &speaker, bool enabled)
{
    m_speaker = speaker;
    m_speakerEnabled = enabled;
    invalidateFilter();
}

void AnnotationProxyModel::setThemeFilter(const QSet<qint64> &themeIds)
{
    m_themes = themeIds;
    invalidateFilter();
}

void AnnotationProxyModel::setColourFilter(std::optional<HighlightColour> colour)
{
    m_colour = colour;
    invalidateFilter();
}

void AnnotationProxyModel::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AnnotationProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(AnnotationModel::IsGroupRole).toBool())
        return false;
    if (m_speakerEnabled && index.data(AnnotationModel::SpeakerRole).toString() != m_speaker)
        return false;
    if (m_colour && index.data(AnnotationModel::ColourRole).toInt() != int(*m_colour))
        return false;
    if (!m_themes.isEmpty()) {
        const QList<qint64> themes = index.data(AnnotationModel::ThemeIdsRole).value<QList<qint64>>();
        if (std::none_of(themes.cbegin(), themes.cend(), [this](qint64 id) { return m_themes.contains(id); }))
            return false;
    }
    if (!m_text.isEmpty()) {
        for (const int role : {int(AnnotationModel::QuoteRole), int(AnnotationModel::NoteRole),
                 int(AnnotationModel::ThemesRole)}) {
            if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace Colloquy
