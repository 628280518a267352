#include "reader/articlelayout.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QList<ArticleLayout> allArticleLayouts()
{
    return {ArticleLayout::SideBySide, ArticleLayout::Stacked, ArticleLayout::OneAtATime,
        ArticleLayout::Conversation};
}

QString articleLayoutName(ArticleLayout layout)
{
    switch (layout) {
    case ArticleLayout::SideBySide:
        return u"side-by-side"_s;
    case ArticleLayout::Stacked:
        return u"stacked"_s;
    case ArticleLayout::OneAtATime:
        return u"one-at-a-time"_s;
    case ArticleLayout::Conversation:
        return u"conversation"_s;
    }
    return u"side-by-side"_s;
}

std::optional<ArticleLayout> articleLayoutFromName(QStringView name)
{
    for (const ArticleLayout layout : allArticleLayouts()) {
        if (name == articleLayoutName(layout))
            return layout;
    }
    return std::nullopt;
}

} // namespace Colloquy
