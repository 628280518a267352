#include "model/claimrelation.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

struct KindNames
{
    RelationKind kind;
    QStringView name;
    QStringView shortName;
    QStringView phrase;
};

constexpr std::array<KindNames, 4> Kinds = {{
    {RelationKind::AgreesWith, u"agrees-with", u"agrees", u"agrees with"},
    {RelationKind::DisagreesWith, u"disagrees-with", u"disagrees", u"disagrees with"},
    {RelationKind::RespondsTo, u"responds-to", u"responds", u"responds to"},
    {RelationKind::SamePoint, u"same-point", u"same", u"makes the same point as"},
}};

} // namespace

QString relationKindName(RelationKind kind)
{
    for (const KindNames &k : Kinds) {
        if (k.kind == kind)
            return k.name.toString();
    }
    return u"agrees-with"_s;
}

std::optional<RelationKind> relationKindFromName(QStringView name)
{
    QString wanted = name.trimmed().toString();
    wanted.replace(u' ', u'-');
    wanted.replace(u'_', u'-');
    for (const KindNames &k : Kinds) {
        if (wanted.compare(k.name, Qt::CaseInsensitive) == 0 ||
            wanted.compare(k.shortName, Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

QString relationKindPhrase(RelationKind kind)
{
    for (const KindNames &k : Kinds) {
        if (k.kind == kind)
            return k.phrase.toString();
    }
    return {};
}

bool isSymmetric(RelationKind kind)
{
    return kind != RelationKind::RespondsTo;
}

} // namespace Colloquy
