#include "export/textwriters_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QStringList themeSlashPaths(const ExportContent &content, const ExportedHighlight &highlight)
{
    QStringList paths;
    for (const Theme &theme : highlight.themes)
        paths.append(content.codebook.path(theme.id));
    return paths;
}

QString voiceOf(const Segment &segment)
{
    if (segment.speaker)
        return segment.speaker->name;
    switch (segment.kind) {
    case SegmentKind::EditorNote:
        return u"Editor's note"_s;
    case SegmentKind::Caption:
        return u"Caption"_s;
    case SegmentKind::Metadata:
        return u"Metadata"_s;
    case SegmentKind::Speaker:
    case SegmentKind::Narration:
        break;
    }
    return u"Narration"_s;
}

QList<MarkedRun> markedRuns(const ExportContent &content, qsizetype segment, qsizetype base, qsizetype length)
{
    QList<qsizetype> cuts {0, length};
    QList<qsizetype> over;
    for (qsizetype i = 0; i < content.highlights.size(); ++i) {
        const Anchor &anchor = content.highlights.at(i).highlight.anchor;
        if (anchor.segment != segment)
            continue;
        const qsizetype start = std::clamp(anchor.position.start - base, qsizetype(0), length);
        const qsizetype end = std::clamp(anchor.position.end - base, qsizetype(0), length);
        if (start >= end)
            continue;
        over.append(i);
        cuts.append(start);
        cuts.append(end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<MarkedRun> runs;
    for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
        MarkedRun run;
        run.start = cuts.at(c);
        run.end = cuts.at(c + 1);
        for (const qsizetype i : std::as_const(over)) {
            const TextPositionSelector &position = content.highlights.at(i).highlight.anchor.position;
            if (position.start - base <= run.start && position.end - base >= run.end)
                run.highlights.append(i);
        }
        runs.append(run);
    }
    return runs;
}

qsizetype paragraphOfEnd(const Segment &segment, qsizetype end)
{
    qsizetype base = 0;
    for (qsizetype p = 0; p < segment.paragraphs.size(); ++p) {
        const qsizetype next = base + segment.paragraphs.at(p).size();
        if (end <= next)
            return p;
        base = next + 1; // the `\n` between paragraphs
    }
    return std::max(qsizetype(0), segment.paragraphs.size() - 1);
}

bool hasAnnotation(const ExportedHighlight &highlight)
{
    return !highlight.note.trimmed().isEmpty() || !highlight.themes.isEmpty() || !highlight.related.isEmpty();
}

QList<qsizetype> noteNumbers(const ExportContent &content)
{
    QList<qsizetype> numbers;
    qsizetype next = 0;
    for (const ExportedHighlight &h : content.highlights)
        numbers.append(hasAnnotation(h) ? ++next : 0);
    return numbers;
}

QList<qsizetype> notesEndingIn(
    const ExportContent &content, const QList<qsizetype> &numbers, qsizetype segment, qsizetype paragraph)
{
    QList<qsizetype> notes;
    const Segment &where = content.article.segments.at(segment);
    for (qsizetype i = 0; i < content.highlights.size(); ++i) {
        const Anchor &anchor = content.highlights.at(i).highlight.anchor;
        if (numbers.at(i) > 0 && anchor.segment == segment &&
            paragraphOfEnd(where, anchor.position.end) == paragraph)
            notes.append(i);
    }
    return notes;
}

namespace {

/// Backslash-escapes what CommonMark would read as markup, so article text stays text.
QString escapeMarkdown(QStringView text, bool lineStart)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (QStringView(u"\\`*_[]<>#~=|&!{}").contains(c))
            out += u'\\';
        else if (lineStart && i == 0 && (c == u'-' || c == u'+'))
            out += u'\\';
        out += c;
    }
    // `1. ` at the start of a paragraph would become a numbered list.
    if (lineStart) {
        qsizetype digits = 0;
        while (digits < out.size() && out.at(digits).isDigit())
            ++digits;
        if (digits > 0 && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')'))
            out.insert(digits, u'\\');
    }
    return out;
}

QString escapeMarkdown(const QString &text, bool lineStart)
{
    return escapeMarkdown(QStringView(text), lineStart);
}

/// A theme path as an Obsidian/Logseq-style tag: `#Economy/Trade_routes`.
QString tagOf(const QString &path)
{
    QString tag;
    for (const QChar c : path) {
        if (c.isLetterOrNumber() || c == u'/' || c == u'-' || c == u'_')
            tag += c;
        else if (!tag.endsWith(u'_'))
            tag += u'_';
    }
    return u'#' + tag;
}

/// A note's Markdown inside a block quote; raw HTML is escaped (a note is text, not markup).
QString quotedNote(const QString &markdown)
{
    QString text = markdown.trimmed();
    text.replace(u'<', u"\\<"_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines.append(line.isEmpty() ? u">"_s : u"> "_s + line);
    return lines.join(u'\n');
}

QString markedParagraph(const ExportContent &content, const QList<qsizetype> &numbers, qsizetype segment,
    qsizetype base, const QString &paragraph)
{
    QString out;
    bool inMark = false;
    for (const MarkedRun &run : markedRuns(content, segment, base, paragraph.size())) {
        const bool marked = !run.highlights.isEmpty();
        if (marked && !inMark)
            out += u"<mark>"_s;
        else if (!marked && inMark)
            out += u"</mark>"_s;
        inMark = marked;
        out += escapeMarkdown(QStringView(paragraph).mid(run.start, run.end - run.start), run.start == 0);
        // The number of each annotated highlight that ends here, as its note is numbered.
        QStringList refs;
        for (const qsizetype i : run.highlights) {
            if (content.highlights.at(i).highlight.anchor.position.end - base == run.end && numbers.at(i) > 0)
                refs.append(QString::number(numbers.at(i)));
        }
        if (!refs.isEmpty()) {
            if (inMark)
                out += u"</mark>"_s;
            out += u"<sup>"_s + refs.join(u',') + u"</sup>"_s;
            inMark = false;
        }
    }
    if (inMark)
        out += u"</mark>"_s;
    return out;
}

/// The heading an editor's note or a speaker's turn starts with (and the speaker's bio).
QStringList markdownHeadings(const Segment &segment)
{
    QStringList blocks;
    switch (segment.kind) {
    case SegmentKind::EditorNote:
        blocks.append(
            u"## "_s + escapeMarkdown(segment.label.isEmpty() ? u"Editor's note"_s : segment.label, false));
        break;
    case SegmentKind::Speaker:
        if (segment.speaker) {
            blocks.append(u"## "_s + escapeMarkdown(segment.speaker->name, false));
            if (!segment.speaker->bio.trimmed().isEmpty())
                blocks.append(u'*' + escapeMarkdown(segment.speaker->bio.trimmed(), false) + u'*');
        }
        break;
    case SegmentKind::Caption:
    case SegmentKind::Metadata:
    case SegmentKind::Narration:
        break;
    }
    return blocks;
}

/// A relation as a line of Markdown: `⇄ disagrees with **[3]** Speaker: “quote”`, the other claim's
/// note number when the export has it, else its article.
QString markdownRelation(const ExportContent &content, const QList<qsizetype> &numbers, const RelatedClaim &r)
{
    QString line = u"⇄ "_s + r.phrase() + u' ';
    if (r.otherIndex >= 0 && !numbers.isEmpty() && numbers.at(r.otherIndex) > 0)
        line += u"**[%1]** "_s.arg(numbers.at(r.otherIndex));
    return line + escapeMarkdown(r.describe(content.article.displayTitle()), false);
}

/// Note `number` as a block quote under its paragraph: the quote, the note, the themes as tags, the
/// relations.
QString markdownNote(const ExportContent &content, const QList<qsizetype> &numbers,
    const ExportedHighlight &h, qsizetype number)
{
    QStringList quote {u"> **[%1]** “"_s.arg(number) +
        escapeMarkdown(excerpt(h.highlight.anchor.quote.exact), false) + u"”"_s};
    if (!h.note.trimmed().isEmpty())
        quote.append(u">\n"_s + quotedNote(h.note));
    QStringList tags;
    for (const QString &path : themeSlashPaths(content, h))
        tags.append(tagOf(path));
    if (!tags.isEmpty())
        quote.append(u">\n> "_s + tags.join(u' '));
    for (const RelatedClaim &r : h.related)
        quote.append(u">\n> "_s + markdownRelation(content, numbers, r));
    return quote.join(u'\n');
}

} // namespace

QByteArray markdownOfArticle(const ExportContent &content)
{
    const Article &article = content.article;
    QStringList blocks;
    blocks.append(u"# "_s + escapeMarkdown(article.displayTitle(), false));
    QStringList facts;
    for (const QString &fact : content.facts())
        facts.append(u"- "_s + escapeMarkdown(fact, false));
    blocks.append(facts.join(u'\n'));

    const QList<qsizetype> numbers = noteNumbers(content);
    for (qsizetype s = 0; s < article.segments.size(); ++s) {
        const Segment &segment = article.segments.at(s);
        blocks.append(markdownHeadings(segment));
        qsizetype base = 0;
        for (qsizetype p = 0; p < segment.paragraphs.size(); ++p) {
            const QString &paragraph = segment.paragraphs.at(p);
            QString text = markedParagraph(content, numbers, s, base, paragraph);
            if (segment.kind == SegmentKind::Caption && !text.isEmpty())
                text = u"<small>"_s + text + u"</small>"_s;
            if (!text.isEmpty())
                blocks.append(text);
            for (const qsizetype i : notesEndingIn(content, numbers, s, p))
                blocks.append(markdownNote(content, numbers, content.highlights.at(i), numbers.at(i)));
            base += paragraph.size() + 1;
        }
    }
    return (blocks.join(u"\n\n"_s) + u'\n').toUtf8();
}

namespace {

/// One claim as a list item: the quote, the article, and the note indented under it.
QString claimItem(const ExportContent &content, const ExportedHighlight &h)
{
    QString item = u"- “"_s + escapeMarkdown(h.highlight.anchor.quote.exact.simplified(), false) +
        u"” — *"_s + escapeMarkdown(content.article.displayTitle(), false) + u'*';
    if (!h.note.trimmed().isEmpty()) {
        QString note = h.note.trimmed();
        note.replace(u'<', u"\\<"_s);
        item += u"\n\n  "_s + note.split(u'\n').join(u"\n  "_s);
    }
    for (const RelatedClaim &r : h.related)
        item += u"\n\n  "_s + markdownRelation(content, {}, r);
    return item;
}

bool isTaggedWith(const ExportedHighlight &h, qint64 themeId)
{
    return std::any_of(
        h.themes.cbegin(), h.themes.cend(), [themeId](const Theme &theme) { return theme.id == themeId; });
}

/// The claims export's outline: the themes with claims and their ancestors, depth first.
struct ClaimsOutline
{
    const QList<ExportContent> &contents;
    Codebook codebook;
    QSet<qint64> used = {}; ///< themes with claims
    QSet<qint64> shown = {}; ///< `used` and their ancestors

    /// The claims tagged with `themeId`, under their speakers in order of each one's first claim.
    QStringList claimsOf(qint64 themeId) const
    {
        QStringList voices;
        QHash<QString, QStringList> items;
        for (const ExportContent &content : contents) {
            for (const ExportedHighlight &h : content.highlights) {
                if (!isTaggedWith(h, themeId))
                    continue;
                const QString voice = voiceOf(content.article.segments.at(h.highlight.anchor.segment));
                if (!items.contains(voice))
                    voices.append(voice);
                items[voice].append(claimItem(content, h));
            }
        }
        QStringList blocks;
        for (const QString &voice : std::as_const(voices)) {
            blocks.append(u"**"_s + escapeMarkdown(voice, false) + u"**"_s);
            blocks.append(items.value(voice).join(u'\n'));
        }
        return blocks;
    }

    /// Each shown sub-theme of `parentId` as a heading with its claims, then its own sub-themes.
    void append(QStringList &blocks, qint64 parentId, int depth) const
    {
        for (const Theme &theme : codebook.children(parentId)) {
            if (!shown.contains(theme.id))
                continue;
            blocks.append(QString(std::min(depth + 2, 6), u'#') + u' ' + escapeMarkdown(theme.name, false));
            if (!theme.description.trimmed().isEmpty())
                blocks.append(u'*' + escapeMarkdown(theme.description.simplified(), false) + u'*');
            if (used.contains(theme.id))
                blocks.append(claimsOf(theme.id));
            append(blocks, theme.id, depth + 1);
        }
    }
};

} // namespace

QByteArray markdownOfClaims(const QList<ExportContent> &contents)
{
    // Every content shares the codebook.
    ClaimsOutline outline {contents, contents.isEmpty() ? Codebook() : contents.constFirst().codebook};
    qsizetype claimCount = 0;
    for (const ExportContent &content : contents) {
        claimCount += content.highlights.size();
        for (const Theme &theme : content.themes) {
            outline.used.insert(theme.id);
            for (const Theme &above : outline.codebook.pathOf(theme.id))
                outline.shown.insert(above.id);
        }
    }

    QStringList blocks;
    blocks.append(u"# Claims by theme"_s);
    blocks.append(counted(claimCount, u"claim"_s, u"claims"_s) + u" in "_s +
        counted(contents.size(), u"article"_s, u"articles"_s) + u", exported by Colloquy."_s);
    outline.append(blocks, 0, 0);
    return (blocks.join(u"\n\n"_s) + u'\n').toUtf8();
}

} // namespace Colloquy
