#pragma once

#include "model/highlightcolour.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Colloquy {

/**
 * Filters AnnotationModel's highlights by speaker, themes, colour and text
 * (quote, note or theme names); a group row shows while any of its
 * highlights does. Empty filters let everything through.
 */
class AnnotationProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationProxyModel(QObject *parent = nullptr);

    /// Only this speaker's highlights; an empty name shows every speaker.
    void setSpeakerFilter(const QString &speaker, bool enabled);
    /// Only claims tagged with one of these themes (a theme and its sub-themes); empty: no filter.
    void setThemeFilter(const QSet<qint64> &themeIds);
    void setColourFilter(std::optional<HighlightColour> colour);
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_speaker;
    bool m_speakerEnabled = false;
    QSet<qint64> m_themes;
    std::optional<HighlightColour> m_colour;
    QString m_text;
};

} // namespace Colloquy
