// LibraryStore: relations between claims (agrees with, disagrees with,
// responds to, same point), written as part of an AnnotationChange.

#include "store/librarystore_p.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

using Store::Statement;

namespace {

const QString RelationColumns = u"id, from_id, to_id, kind, author, created_at FROM claim_relations"_s;

ClaimRelation relationFromRow(const Statement &row)
{
    ClaimRelation relation;
    relation.id = row.id(0);
    relation.fromId = row.id(1);
    relation.toId = row.id(2);
    relation.kind = row.named(3, &relationKindFromName, RelationKind::AgreesWith);
    relation.author = row.text(4);
    relation.created = row.time(5);
    return relation;
}

} // namespace

bool LibraryStore::Private::removeRelations(const QList<qint64> &ids)
{
    return forEachId(ids, u"DELETE FROM claim_relations WHERE id = :id"_s, u"cannot remove relation %1"_s);
}

bool LibraryStore::Private::putRelations(QList<ClaimRelation> &relations)
{
    return upsertEach(
        relations,
        u"INSERT INTO claim_relations (id, from_id, to_id, kind, author, created_at) "
        "VALUES (:id, :from, :to, :kind, :author, :created) "
        "ON CONFLICT (id) DO UPDATE SET from_id = excluded.from_id, to_id = excluded.to_id, "
        "kind = excluded.kind, author = excluded.author, created_at = excluded.created_at"_s,
        [](Statement &s, const ClaimRelation &r) {
            return s.exec({{u":id"_s, Store::idOrNull(r.id)}, {u":from"_s, r.fromId}, {u":to"_s, r.toId},
                {u":kind"_s, relationKindName(r.kind)}, {u":author"_s, Store::notNull(r.author)},
                {u":created"_s, Store::timeText(r.created)}});
        },
        [](const ClaimRelation &r) {
            return u"cannot relate highlight %1 to highlight %2"_s.arg(r.fromId).arg(r.toId);
        });
}

Result<std::optional<ClaimRelation>> LibraryStore::claimRelation(qint64 id) const
{
    return d->one(u"cannot read relation %1"_s.arg(id), u"SELECT "_s + RelationColumns + u" WHERE id = :id"_s,
        {{u":id"_s, id}}, &relationFromRow);
}

Result<QList<ClaimRelation>> LibraryStore::relationsOfHighlights(const QList<qint64> &highlightIds) const
{
    QJsonArray ids;
    for (const qint64 id : highlightIds)
        ids.append(id);
    return d->all(u"cannot read the relations of the claims"_s,
        u"WITH wanted(id) AS (SELECT value FROM json_each(:ids)) SELECT "_s + RelationColumns +
            u" WHERE from_id IN wanted OR to_id IN wanted ORDER BY id"_s,
        {{u":ids"_s, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))}},
        &relationFromRow);
}

Result<QList<ClaimRelation>> LibraryStore::relationsOfArticle(qint64 articleId) const
{
    return d->all(u"cannot read the relations of article %1"_s.arg(articleId),
        u"WITH mine(id) AS (SELECT id FROM highlights WHERE article_id = :article) SELECT "_s +
            RelationColumns + u" WHERE from_id IN mine OR to_id IN mine ORDER BY id"_s,
        {{u":article"_s, articleId}}, &relationFromRow);
}

} // namespace Colloquy
