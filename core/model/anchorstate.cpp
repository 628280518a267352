#include "model/anchorstate.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QString anchorStateName(AnchorState state)
{
    switch (state) {
    case AnchorState::Anchored:
        return u"anchored"_s;
    case AnchorState::Moved:
        return u"moved"_s;
    case AnchorState::Fuzzy:
        return u"fuzzy"_s;
    case AnchorState::Orphaned:
        return u"orphaned"_s;
    }
    return u"orphaned"_s;
}

std::optional<AnchorState> anchorStateFromName(QStringView name)
{
    for (auto state :
        {AnchorState::Anchored, AnchorState::Moved, AnchorState::Fuzzy, AnchorState::Orphaned}) {
        if (name == anchorStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace Colloquy
