#include "librarydump.h"

#include "rawdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

namespace {

QStringList queriesFor(DumpParts parts)
{
    QStringList queries;
    if (parts & DumpPart::Articles) {
        queries += {
            u"SELECT 'article', * FROM articles ORDER BY id"_s,
            u"SELECT 'speaker', s.article_id, s.ordinal, s.name, s.bio, p.display_name FROM speakers AS s "
            "LEFT JOIN people AS p ON p.id = s.person_id ORDER BY s.article_id, s.ordinal"_s,
            u"SELECT 'segment', s.article_id, s.ordinal, s.kind, s.label, sp.name, s.detection_rule, "
            "s.detection_confidence FROM segments AS s LEFT JOIN speakers AS sp ON sp.id = s.speaker_id "
            "ORDER BY s.article_id, s.ordinal"_s,
            u"SELECT 'paragraph', s.article_id, s.ordinal, p.ordinal, p.text FROM paragraphs AS p "
            "JOIN segments AS s ON s.id = p.segment_id ORDER BY s.article_id, s.ordinal, p.ordinal"_s,
            u"SELECT 'collection', * FROM collections ORDER BY id"_s,
            u"SELECT 'in collection', * FROM article_collections ORDER BY article_id, collection_id"_s,
            u"SELECT 'scheme', * FROM article_schemes ORDER BY article_id"_s,
        };
    }
    if (parts & DumpPart::Annotations) {
        queries += {
            u"SELECT 'theme', * FROM themes ORDER BY id"_s,
            u"SELECT 'highlight', * FROM highlights ORDER BY id"_s,
            u"SELECT 'note', * FROM notes ORDER BY highlight_id"_s,
            u"SELECT 'tag', * FROM highlight_themes ORDER BY highlight_id, theme_id"_s,
            u"SELECT 'article note', * FROM article_notes ORDER BY article_id, speaker"_s,
            u"SELECT 'relation', * FROM claim_relations ORDER BY id"_s,
        };
    }
    if (parts & DumpPart::People) {
        queries += {
            u"SELECT 'person', display_name, named_by_user FROM people ORDER BY display_name"_s,
            u"SELECT 'attribute', * FROM attributes ORDER BY id"_s,
            u"SELECT 'value', p.display_name, a.name, v.value FROM person_attributes AS v "
            "JOIN people AS p ON p.id = v.person_id JOIN attributes AS a ON a.id = v.attribute_id "
            "ORDER BY p.display_name, a.name"_s,
        };
    }
    if (parts & DumpPart::UndoHistory)
        queries += u"SELECT 'undo', id, author, text, undone FROM undo_steps ORDER BY id"_s;
    return queries;
}

QStringList rowsOf(const QSqlDatabase &db, const QStringList &queries, bool withoutTimes)
{
    QStringList rows;
    for (const QString &sql : queries) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            rows.append(query.lastError().text());
            continue;
        }
        while (query.next()) {
            QStringList fields;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                if (query.isNull(i))
                    fields.append(u"<null>"_s);
                else if (withoutTimes && record.fieldName(i).endsWith(u"_at"_s))
                    fields.append(u"<time>"_s);
                else
                    fields.append(query.value(i).toString());
            }
            rows.append(fields.join(u'|'));
        }
    }
    return rows;
}

} // namespace

QStringList dumpLibrary(const QString &path, DumpParts parts)
{
    const RawDatabase raw(path);
    return raw.isOpen() ? rowsOf(raw.database(), queriesFor(parts), parts.testFlag(DumpPart::WithoutTimes))
                        : QStringList {u"cannot open "_s + path};
}

} // namespace Colloquy::Testing
