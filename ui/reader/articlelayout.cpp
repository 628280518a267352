#include "reader/articlelayout.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QString articleLayoutName(ArticleLayout layout)
{
    switch (layout) {
    case ArticleLayout::SideBySide:
        return u"side-by-side"_s;
    case ArticleLayout::Stacked:
        return u"stacked"_s;
    case ArticleLayout::OneAtATime:
        return u"one-at-a-time"_s;
    }
    return u"side-by-side"_s;
}

std::optional<ArticleLayout> articleLayoutFromName(QStringView name)
{
    for (auto layout : {ArticleLayout::SideBySide, ArticleLayout::Stacked, ArticleLayout::OneAtATime}) {
        if (name == articleLayoutName(layout))
            return layout;
    }
    return std::nullopt;
}

} // namespace Colloquy
