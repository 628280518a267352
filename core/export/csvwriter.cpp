// The CSV export: RFC 4180 (CRLF line ends, a field with a comma, a quote or a
// line break in double quotes, quotes doubled), UTF-8, a header row.

#include "export/textwriters_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

QString field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString row(const QStringList &fields)
{
    QStringList out;
    for (const QString &value : fields)
        out.append(field(value));
    return out.join(u',') + u"\r\n"_s;
}

/// `disagrees-with 12; answered-by 15`: each relation's name and the other claim's `id`.
QString relationsField(const ExportedHighlight &h)
{
    QStringList relations;
    for (const RelatedClaim &r : h.related)
        relations.append(r.name() + u' ' + QString::number(r.other.id));
    return relations.join(u"; "_s);
}

} // namespace

QByteArray csvOfHighlights(const QList<ExportContent> &contents, bool bom)
{
    QString csv = row({u"article"_s, u"speaker"_s, u"bio"_s, u"quote"_s, u"themes"_s, u"note"_s, u"colour"_s,
        u"segment"_s, u"start"_s, u"end"_s, u"id"_s, u"relations"_s});
    for (const ExportContent &content : contents) {
        for (const ExportedHighlight &h : content.highlights) {
            const Anchor &anchor = h.highlight.anchor;
            const Segment &segment = content.article.segments.at(anchor.segment);
            csv += row({content.article.displayTitle(), voiceOf(segment),
                segment.speaker ? segment.speaker->bio : QString(), anchor.quote.exact,
                themeSlashPaths(content, h).join(u"; "_s), h.note.trimmed(), colourName(h.highlight.colour),
                QString::number(anchor.segment), QString::number(anchor.position.start),
                QString::number(anchor.position.end), QString::number(h.highlight.id), relationsField(h)});
        }
    }
    QByteArray bytes = csv.toUtf8();
    if (bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace Colloquy
