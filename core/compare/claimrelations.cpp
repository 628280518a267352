#include "compare/claimrelations.h"

#include "annotate/annotations.h"
#include "store/editservice_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

struct ClaimRelations::Private : EditService
{
    bool highlightExists(qint64 id)
    {
        const auto highlight = store.highlight(id);
        if (!check(highlight))
            return false;
        return highlight->has_value() || fail(u"there is no highlight %1"_s.arg(id));
    }
};

ClaimRelations::ClaimRelations(EditHistory &history, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {{history}}))
{ }

ClaimRelations::~ClaimRelations() = default;

QString ClaimRelations::errorString() const
{
    return d->error;
}

std::optional<qint64> ClaimRelations::relate(qint64 from, qint64 to, RelationKind kind)
{
    d->error.clear();
    if (from == to) {
        d->fail(u"a claim cannot be related to itself (highlight %1)"_s.arg(from));
        return std::nullopt;
    }
    if (!d->highlightExists(from) || !d->highlightExists(to))
        return std::nullopt;
    const auto existing = d->store.relationsOfHighlights({from});
    if (!d->check(existing))
        return std::nullopt;
    for (const ClaimRelation &r : *existing) {
        const bool same = r.fromId == from && r.toId == to;
        const bool reversed = r.fromId == to && r.toId == from;
        if (r.kind == kind && (same || (reversed && isSymmetric(kind))))
            return r.id;
    }
    ClaimRelation relation;
    relation.fromId = from;
    relation.toId = to;
    relation.kind = kind;
    relation.author = Annotations::currentAuthor();
    relation.created = QDateTime::currentDateTimeUtc();
    AnnotationChange redo;
    redo.putRelations = {relation};
    if (!d->commitInsertion(tr("Relate claims"), redo, [](const AnnotationChange &done) {
            AnnotationChange undo;
            undo.removeRelations = {done.putRelations.constFirst().id};
            return undo;
        }))
        return std::nullopt;
    return redo.putRelations.constFirst().id;
}

bool ClaimRelations::unrelate(qint64 relationId)
{
    d->error.clear();
    const Result<ClaimRelation> old =
        d->store.claimRelation(relationId).orFailure(u"there is no relation %1"_s.arg(relationId));
    if (!d->check(old))
        return false;
    AnnotationChange redo, undo;
    redo.removeRelations = {relationId};
    undo.putRelations = {*old};
    return d->commit(tr("Unrelate claims"), redo, undo);
}

bool ClaimRelations::unrelateClaims(qint64 a, qint64 b)
{
    d->error.clear();
    const auto relations = d->store.relationsOfHighlights({a});
    if (!d->check(relations))
        return false;
    AnnotationChange redo, undo;
    for (const ClaimRelation &r : *relations) {
        if (r.otherEnd(a) == b) {
            redo.removeRelations.append(r.id);
            undo.putRelations.append(r);
        }
    }
    if (redo.isEmpty())
        return d->fail(u"highlights %1 and %2 are not related"_s.arg(a).arg(b));
    return d->commit(tr("Unrelate claims"), redo, undo);
}

} // namespace Colloquy
