#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Colloquy {

/// How ArticleView arranges the article: speaker panes, or the conversation in order. Saved by name, never by
/// number.
enum class ArticleLayout
{
    SideBySide, ///< panes in columns
    Stacked, ///< panes in rows
    OneAtATime, ///< a speaker list and the chosen speaker's pane
    Conversation, ///< the turns in reading order, each headed by its speaker
};

/// Every layout, in the order of the View menu.
QList<ArticleLayout> allArticleLayouts();

/// The stable name used in the settings (`side-by-side`, …).
QString articleLayoutName(ArticleLayout layout);
/// Inverse of articleLayoutName(); nullopt for an unknown name.
std::optional<ArticleLayout> articleLayoutFromName(QStringView name);

} // namespace Colloquy
