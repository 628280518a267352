// The HTML export: one self-contained page (inline CSS, no scripts, nothing
// fetched), every piece of text escaped, highlights as <mark> in their colours
// with their notes and themes in an aside beside the paragraph.

#include "export/pdflayout_p.h"
#include "export/textwriters_p.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped(); // & < > "
}

QString colourClass(HighlightColour colour)
{
    return u"c-"_s + colourName(colour);
}

QString styleSheet()
{
    QString css = uR"(
body { font: 17px/1.55 Georgia, "DejaVu Serif", serif; color: #1d1d1d; background: #fff; margin: 0; }
main { max-width: 64rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font: 600 1.2rem/1.3 "DejaVu Sans", sans-serif; margin: 2rem 0 .2rem; }
.facts { font: .85rem/1.4 "DejaVu Sans", sans-serif; color: #555; list-style: none; padding: 0; }
.bio { font-style: italic; color: #555; margin: 0 0 .8rem; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) 17rem; column-gap: 2rem; }
.row > p { margin: 0 0 .9rem; }
.caption p { font-size: .8rem; color: #555; }
aside { font: .8rem/1.4 "DejaVu Sans", sans-serif; }
.note { border-left: 4px solid #999; padding: .1rem 0 .1rem .6rem; margin: 0 0 .8rem; }
.note .quote { color: #555; font-style: italic; }
.note p { margin: .2rem 0; }
.themes { margin: .2rem 0; padding: 0; list-style: none; }
.themes li { display: inline-block; border-radius: .6rem; padding: 0 .5rem; margin: 0 .2rem .2rem 0; }
sup { font: .7rem "DejaVu Sans", sans-serif; }
mark { color: inherit; }
@media (max-width: 48rem) { .row { grid-template-columns: 1fr; } }
@media print { .row { grid-template-columns: minmax(0, 1fr) 14rem; } }
)"_s;
    for (const HighlightColour colour : highlightPalette()) {
        const QString tint = highlightTint(colour).name();
        const QString swatch = colourSwatch(colour).name();
        css += u"mark.%1, .themes li.%1 { background: %2; }\n.note.%1 { border-left-color: %3; }\n"_s.arg(
            colourClass(colour), tint, swatch);
    }
    return css;
}

/// A note as its author typed it (Markdown source, shown as text): paragraphs at blank lines, line
/// breaks kept, every character escaped. Rendering the Markdown would drop raw HTML the note holds.
QString noteHtml(const ExportedHighlight &highlight)
{
    QString html;
    static const QRegularExpression blankLine(u"\\n[ \\t]*\\n"_s);
    for (const QString &paragraph : highlight.note.trimmed().split(blankLine, Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString &line : paragraph.trimmed().split(u'\n'))
            lines.append(escaped(line));
        html += u"<p>"_s + lines.join(u"<br>"_s) + u"</p>"_s;
    }
    return html;
}

QString paragraphHtml(const ExportContent &content, const QList<qsizetype> &numbers, qsizetype segment,
    qsizetype base, const QString &paragraph)
{
    QString out;
    for (const MarkedRun &run : markedRuns(content, segment, base, paragraph.size())) {
        const QString text = escaped(paragraph.mid(run.start, run.end - run.start));
        if (run.highlights.isEmpty()) {
            out += text;
            continue;
        }
        // The latest highlight over the run gives it its colour; the title lists all of them.
        const ExportedHighlight &top = content.highlights.at(run.highlights.constLast());
        out += u"<mark class=\""_s + colourClass(top.highlight.colour) + u"\">"_s + text + u"</mark>"_s;
        QStringList refs;
        for (const qsizetype i : run.highlights) {
            if (content.highlights.at(i).highlight.anchor.position.end - base == run.end && numbers.at(i) > 0)
                refs.append(u"<a href=\"#note-%1\">%1</a>"_s.arg(numbers.at(i)));
        }
        if (!refs.isEmpty())
            out += u"<sup id=\"ref-"_s + QString::number(numbers.at(run.highlights.constLast())) + u"\">"_s +
                refs.join(u',') + u"</sup>"_s;
    }
    return out;
}

/// From the doctype to the list of facts under the title.
QString htmlHead(const ExportContent &content)
{
    const QString title = escaped(content.article.displayTitle());
    QString html = u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"_s
                   u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s
                   u"<meta name=\"generator\" content=\"Colloquy\">\n<title>"_s +
        title + u"</title>\n<style>"_s + styleSheet() + u"</style>\n</head>\n<body>\n<main>\n<h1>"_s + title +
        u"</h1>\n<ul class=\"facts\">\n"_s;
    for (const QString &fact : content.facts())
        html += u"<li>"_s + escaped(fact) + u"</li>\n"_s;
    return html + u"</ul>\n"_s;
}

/// The heading an editor's note or a speaker's turn starts with (and the speaker's bio).
QString htmlHeading(const Segment &segment)
{
    if (segment.kind == SegmentKind::EditorNote)
        return u"<h2>"_s + escaped(segment.label.isEmpty() ? u"Editor's note"_s : segment.label) +
            u"</h2>\n"_s;
    if (segment.kind != SegmentKind::Speaker || !segment.speaker)
        return QString();
    QString html = u"<h2>"_s + escaped(segment.speaker->name) + u"</h2>\n"_s;
    if (!segment.speaker->bio.trimmed().isEmpty())
        html += u"<p class=\"bio\">"_s + escaped(segment.speaker->bio.trimmed()) + u"</p>\n"_s;
    return html;
}

/// Note `number` in the aside beside its paragraph: the quote linking back, the note, the themes, and
/// the relations (linking to the other claim's note when this export has it).
QString htmlNote(const ExportContent &content, const QList<qsizetype> &numbers, const ExportedHighlight &h,
    qsizetype number)
{
    const QString n = QString::number(number);
    QString html = u"\n<div class=\"note "_s + colourClass(h.highlight.colour) + u"\" id=\"note-"_s + n +
        u"\"><p class=\"quote\"><a href=\"#ref-"_s + n + u"\">"_s + n + u"</a> “"_s +
        escaped(excerpt(h.highlight.anchor.quote.exact)) + u"”</p>"_s + noteHtml(h);
    if (!h.themes.isEmpty()) {
        html += u"<ul class=\"themes\">"_s;
        const QStringList paths = themeSlashPaths(content, h);
        for (qsizetype t = 0; t < h.themes.size(); ++t)
            html += u"<li class=\""_s + colourClass(h.themes.at(t).colour) + u"\">"_s + escaped(paths.at(t)) +
                u"</li>"_s;
        html += u"</ul>"_s;
    }
    for (const RelatedClaim &r : h.related) {
        html += u"<p class=\"relation\">⇄ "_s + escaped(r.phrase()) + u' ';
        if (r.otherIndex >= 0 && numbers.at(r.otherIndex) > 0)
            html += u"<a href=\"#note-%1\">%1</a> "_s.arg(numbers.at(r.otherIndex));
        html += escaped(r.describe(content.article.displayTitle())) + u"</p>"_s;
    }
    return html + u"</div>"_s;
}

} // namespace

QByteArray htmlOfArticle(const ExportContent &content)
{
    const Article &article = content.article;
    QString html = htmlHead(content);
    const QList<qsizetype> numbers = noteNumbers(content);
    for (qsizetype s = 0; s < article.segments.size(); ++s) {
        const Segment &segment = article.segments.at(s);
        QString kind = segmentKindName(segment.kind);
        kind.replace(u'_', u'-');
        html += u"<section class=\""_s + kind + u"\">\n"_s + htmlHeading(segment);
        qsizetype base = 0;
        for (qsizetype p = 0; p < segment.paragraphs.size(); ++p) {
            const QString &paragraph = segment.paragraphs.at(p);
            html += u"<div class=\"row\"><p>"_s + paragraphHtml(content, numbers, s, base, paragraph) +
                u"</p><aside>"_s;
            for (const qsizetype i : notesEndingIn(content, numbers, s, p))
                html += htmlNote(content, numbers, content.highlights.at(i), numbers.at(i));
            html += u"</aside></div>\n"_s;
            base += paragraph.size() + 1;
        }
        html += u"</section>\n"_s;
    }
    html += u"</main>\n</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace Colloquy
