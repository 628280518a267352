// The history's bytes: each change as QDataStream writes it, in a fixed
// stream version, after a format number, compressed with zlib.

#include "store/changepair.h"

#include <QDataStream>
#include <QIODevice>

namespace Colloquy {

namespace {
constexpr qint32 FormatVersion = 1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;
} // namespace

// In the namespace of the types, not an anonymous one, so that QDataStream's
// list operators find them; static, so they stay this file's. Enums go as
// their underlying numbers (QDataStream's own enum operators).

static QDataStream &operator<<(QDataStream &s, const Theme &t)
{
    return s << t.id << t.parentId << t.name << t.colour << t.description << t.searchRules;
}
static QDataStream &operator>>(QDataStream &s, Theme &t)
{
    return s >> t.id >> t.parentId >> t.name >> t.colour >> t.description >> t.searchRules;
}

static QDataStream &operator<<(QDataStream &s, const Highlight &h)
{
    return s << h.id << h.articleId << qint64(h.anchor.segment) << qint64(h.anchor.position.start)
             << qint64(h.anchor.position.end) << h.anchor.quote.exact << h.anchor.quote.prefix
             << h.anchor.quote.suffix << h.state << h.colour << h.author << h.created << h.modified
             << h.speaker;
}
static QDataStream &operator>>(QDataStream &s, Highlight &h)
{
    qint64 segment = 0, start = 0, end = 0;
    s >> h.id >> h.articleId >> segment >> start >> end >> h.anchor.quote.exact >> h.anchor.quote.prefix >>
        h.anchor.quote.suffix >> h.state >> h.colour >> h.author >> h.created >> h.modified >> h.speaker;
    h.anchor.segment = segment;
    h.anchor.position = {start, end};
    return s;
}

static QDataStream &operator<<(QDataStream &s, const Note &n)
{
    return s << n.highlightId << n.markdown << n.author << n.created << n.modified;
}
static QDataStream &operator>>(QDataStream &s, Note &n)
{
    return s >> n.highlightId >> n.markdown >> n.author >> n.created >> n.modified;
}

static QDataStream &operator<<(QDataStream &s, const ArticleNote &n)
{
    return s << n.articleId << n.speaker << n.markdown << n.author << n.created << n.modified;
}
static QDataStream &operator>>(QDataStream &s, ArticleNote &n)
{
    return s >> n.articleId >> n.speaker >> n.markdown >> n.author >> n.created >> n.modified;
}

static QDataStream &operator<<(QDataStream &s, const Tagging &t)
{
    return s << t.highlightId << t.themeId;
}
static QDataStream &operator>>(QDataStream &s, Tagging &t)
{
    return s >> t.highlightId >> t.themeId;
}

static QDataStream &operator<<(QDataStream &s, const ClaimRelation &r)
{
    return s << r.id << r.fromId << r.toId << qint32(r.kind) << r.author << r.created;
}
static QDataStream &operator>>(QDataStream &s, ClaimRelation &r)
{
    qint32 kind = 0;
    s >> r.id >> r.fromId >> r.toId >> kind >> r.author >> r.created;
    r.kind = RelationKind(kind);
    return s;
}

static QDataStream &operator<<(QDataStream &s, const AnnotationChange &c)
{
    return s << c.removeRelations << c.untag << c.removeNotes << c.removeArticleNotes << c.removeHighlights
             << c.removeThemes << c.putThemes << c.putHighlights << c.putNotes << c.putArticleNotes << c.tag
             << c.putRelations;
}
static QDataStream &operator>>(QDataStream &s, AnnotationChange &c)
{
    return s >> c.removeRelations >> c.untag >> c.removeNotes >> c.removeArticleNotes >> c.removeHighlights >>
        c.removeThemes >> c.putThemes >> c.putHighlights >> c.putNotes >> c.putArticleNotes >> c.tag >>
        c.putRelations;
}

static QDataStream &operator<<(QDataStream &s, const PeopleChange::Person &p)
{
    return s << p.id << p.displayName << p.namedByUser;
}
static QDataStream &operator>>(QDataStream &s, PeopleChange::Person &p)
{
    return s >> p.id >> p.displayName >> p.namedByUser;
}
static QDataStream &operator<<(QDataStream &s, const PeopleChange::Link &l)
{
    return s << l.speakerId << l.personId;
}
static QDataStream &operator>>(QDataStream &s, PeopleChange::Link &l)
{
    return s >> l.speakerId >> l.personId;
}
static QDataStream &operator<<(QDataStream &s, const SpeakerAttribute &a)
{
    return s << a.id << a.name << qint32(a.type);
}
static QDataStream &operator>>(QDataStream &s, SpeakerAttribute &a)
{
    qint32 type = 0;
    s >> a.id >> a.name >> type;
    a.type = AttributeType(type);
    return s;
}
static QDataStream &operator<<(QDataStream &s, const AttributeValue &v)
{
    return s << v.personId << v.attributeId << v.value;
}
static QDataStream &operator>>(QDataStream &s, AttributeValue &v)
{
    return s >> v.personId >> v.attributeId >> v.value;
}
static QDataStream &operator<<(QDataStream &s, const PeopleChange &c)
{
    return s << c.putPeople << c.links << c.removePeople << c.putAttributes << c.removeValues << c.putValues
             << c.removeAttributes;
}
static QDataStream &operator>>(QDataStream &s, PeopleChange &c)
{
    return s >> c.putPeople >> c.links >> c.removePeople >> c.putAttributes >> c.removeValues >>
        c.putValues >> c.removeAttributes;
}

static QDataStream &operator<<(QDataStream &s, const Segment &g)
{
    s << g.kind << g.label << g.speaker.has_value();
    if (g.speaker)
        s << g.speaker->name << g.speaker->bio;
    return s << g.paragraphs << g.detection.rule << g.detection.confidence;
}
static QDataStream &operator>>(QDataStream &s, Segment &g)
{
    bool hasSpeaker = false;
    s >> g.kind >> g.label >> hasSpeaker;
    if (hasSpeaker) {
        Speaker speaker;
        s >> speaker.name >> speaker.bio;
        g.speaker = speaker;
    }
    return s >> g.paragraphs >> g.detection.rule >> g.detection.confidence;
}

static QDataStream &operator<<(QDataStream &s, const Article &a)
{
    return s << a.id << a.title << a.sourcePath << a.sourceFormat << a.importedAt << a.contentHash
             << a.metadata << a.rawSource << a.normalizedText << a.segments << a.scheme.name
             << a.scheme.confidence << a.scheme.evidence << a.scheme.cast;
}
static QDataStream &operator>>(QDataStream &s, Article &a)
{
    return s >> a.id >> a.title >> a.sourcePath >> a.sourceFormat >> a.importedAt >> a.contentHash >>
        a.metadata >> a.rawSource >> a.normalizedText >> a.segments >> a.scheme.name >> a.scheme.confidence >>
        a.scheme.evidence >> a.scheme.cast;
}

static QDataStream &operator<<(QDataStream &s, const SpeakerRename &r)
{
    return s << r.from << r.to << r.person << r.moveNote;
}
static QDataStream &operator>>(QDataStream &s, SpeakerRename &r)
{
    return s >> r.from >> r.to >> r.person >> r.moveNote;
}

static QDataStream &operator<<(QDataStream &s, const ArticleChange &c)
{
    return s << c.article << c.highlights << c.renames;
}
static QDataStream &operator>>(QDataStream &s, ArticleChange &c)
{
    return s >> c.article >> c.highlights >> c.renames;
}

static QDataStream &operator<<(QDataStream &s, const TrashChange &c)
{
    return s << c.articleId << c.trashedAt;
}
static QDataStream &operator>>(QDataStream &s, TrashChange &c)
{
    return s >> c.articleId >> c.trashedAt;
}

static QDataStream &operator<<(QDataStream &s, const Collection &c)
{
    return s << c.id << c.name;
}
static QDataStream &operator>>(QDataStream &s, Collection &c)
{
    return s >> c.id >> c.name;
}
static QDataStream &operator<<(QDataStream &s, const ArticleDetails &d)
{
    return s << d.articleId << d.title << d.source << d.url << d.published;
}
static QDataStream &operator>>(QDataStream &s, ArticleDetails &d)
{
    return s >> d.articleId >> d.title >> d.source >> d.url >> d.published;
}
static QDataStream &operator<<(QDataStream &s, const ArticleRecord::Table &t)
{
    return s << t.name << t.columns << t.rows;
}
static QDataStream &operator>>(QDataStream &s, ArticleRecord::Table &t)
{
    return s >> t.name >> t.columns >> t.rows;
}
static QDataStream &operator<<(QDataStream &s, const ArticleRecord &r)
{
    return s << r.articleId << r.tables;
}
static QDataStream &operator>>(QDataStream &s, ArticleRecord &r)
{
    return s >> r.articleId >> r.tables;
}
static QDataStream &operator<<(QDataStream &s, const LibraryChange::Membership &m)
{
    return s << m.articleId << m.collectionId;
}
static QDataStream &operator>>(QDataStream &s, LibraryChange::Membership &m)
{
    return s >> m.articleId >> m.collectionId;
}
static QDataStream &operator<<(QDataStream &s, const LibraryChange &c)
{
    return s << c.putCollections << c.restoreArticles << c.details << c.addMemberships << c.removeMemberships
             << c.removeArticles << c.removeCollections;
}
static QDataStream &operator>>(QDataStream &s, LibraryChange &c)
{
    return s >> c.putCollections >> c.restoreArticles >> c.details >> c.addMemberships >>
        c.removeMemberships >> c.removeArticles >> c.removeCollections;
}
static QDataStream &operator<<(QDataStream &s, const SegmentationRule &r)
{
    return s << r.id << r.source << r.scheme << r.label << qint32(r.action) << r.value << r.createdAt;
}
static QDataStream &operator>>(QDataStream &s, SegmentationRule &r)
{
    qint32 action = 0;
    s >> r.id >> r.source >> r.scheme >> r.label >> action >> r.value >> r.createdAt;
    r.action = SegmentationRule::Action(action);
    return s;
}
static QDataStream &operator<<(QDataStream &s, const RuleChange &c)
{
    return s << c.put << c.remove;
}
static QDataStream &operator>>(QDataStream &s, RuleChange &c)
{
    return s >> c.put >> c.remove;
}

namespace {

void write(QDataStream &s, const AnyChange &change)
{
    s << qint32(change.index());
    std::visit([&s](const auto &c) { s << c; }, change);
}

bool read(QDataStream &s, AnyChange &change)
{
    qint32 index = -1;
    s >> index;
    switch (index) {
    case 0:
        change = AnnotationChange();
        break;
    case 1:
        change = PeopleChange();
        break;
    case 2:
        change = ArticleChange();
        break;
    case 3:
        change = TrashChange();
        break;
    case 4:
        change = LibraryChange();
        break;
    case 5:
        change = RuleChange();
        break;
    default:
        return false;
    }
    std::visit([&s](auto &c) { s >> c; }, change);
    return s.status() == QDataStream::Ok;
}

} // namespace

QByteArray encodeChanges(const QList<ChangePair> &changes)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(StreamVersion);
    s << FormatVersion << qint32(changes.size());
    for (const ChangePair &pair : changes) {
        write(s, pair.forward);
        write(s, pair.backward);
    }
    return qCompress(bytes);
}

std::optional<QList<ChangePair>> decodeChanges(const QByteArray &compressed)
{
    const QByteArray bytes = qUncompress(compressed);
    QDataStream s(bytes);
    s.setVersion(StreamVersion);
    qint32 format = 0, count = 0;
    s >> format >> count;
    if (s.status() != QDataStream::Ok || format != FormatVersion || count < 0)
        return std::nullopt;
    QList<ChangePair> changes;
    for (qint32 i = 0; i < count; ++i) {
        ChangePair pair;
        if (!read(s, pair.forward) || !read(s, pair.backward))
            return std::nullopt;
        changes.append(std::move(pair));
    }
    return changes;
}

} // namespace Colloquy
