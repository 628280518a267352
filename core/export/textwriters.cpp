#include "export/textwriters_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QString themeSlashPath(const QList<Theme> &codebook, qint64 themeId)
{
    QHash<qint64, const Theme *> byId;
    for (const Theme &theme : codebook)
        byId.insert(theme.id, &theme);
    const Theme *theme = byId.value(themeId);
    if (!theme)
        return QString();
    QString path = theme->name;
    // Bounded by the codebook's size, in case a damaged library has a cycle.
    const Theme *parent = byId.value(theme->parentId);
    for (qsizetype depth = 0; parent && depth < codebook.size(); ++depth) {
        path = parent->name + u'/' + path;
        parent = byId.value(parent->parentId);
    }
    return path;
}

QStringList themeSlashPaths(const ExportContent &content, const ExportedHighlight &highlight)
{
    QStringList paths;
    for (const Theme &theme : highlight.themes)
        paths.append(themeSlashPath(content.codebook, theme.id));
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
    return !highlight.note.trimmed().isEmpty() || !highlight.themes.isEmpty();
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

QString excerpt(const QString &quote)
{
    const QString simple = quote.simplified();
    return simple.size() <= 60 ? simple : simple.left(57).trimmed() + u"…"_s;
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

} // namespace

QByteArray markdownOfArticle(const ExportContent &content)
{
    const Article &article = content.article;
    QStringList blocks;
    blocks.append(u"# "_s + escapeMarkdown(article.displayTitle(), false));

    QStringList facts;
    QStringList names;
    for (const Speaker &speaker : article.speakers())
        names.append(speaker.name);
    if (!names.isEmpty())
        facts.append(u"- Speakers: "_s + escapeMarkdown(names.join(u", "_s), false));
    for (auto it = article.metadata.cbegin(); it != article.metadata.cend(); ++it) {
        const QString value = it.value().toString().simplified();
        if (!value.isEmpty())
            facts.append(u"- "_s + escapeMarkdown(it.key() + u": "_s + value, false));
    }
    if (!article.sourcePath.isEmpty())
        facts.append(u"- Source: "_s + escapeMarkdown(article.sourcePath.section(u'/', -1), false));
    qsizetype claims = 0;
    for (const ExportedHighlight &h : content.highlights)
        claims += h.isClaim() ? 1 : 0;
    facts.append(
        u"- %1 highlights, %2 claims, exported by Colloquy"_s.arg(content.highlights.size()).arg(claims));
    blocks.append(facts.join(u'\n'));

    // Annotated highlights are numbered in reading order; the number links text and note.
    QList<qsizetype> numbers;
    int next = 0;
    for (const ExportedHighlight &h : content.highlights)
        numbers.append(hasAnnotation(h) ? ++next : 0);

    for (qsizetype s = 0; s < article.segments.size(); ++s) {
        const Segment &segment = article.segments.at(s);
        switch (segment.kind) {
        case SegmentKind::EditorNote:
            blocks.append(u"## "_s +
                escapeMarkdown(segment.label.isEmpty() ? u"Editor's note"_s : segment.label, false));
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
        qsizetype base = 0;
        for (qsizetype p = 0; p < segment.paragraphs.size(); ++p) {
            const QString &paragraph = segment.paragraphs.at(p);
            QString text = markedParagraph(content, numbers, s, base, paragraph);
            if (segment.kind == SegmentKind::Caption && !text.isEmpty())
                text = u"<small>"_s + text + u"</small>"_s;
            if (!text.isEmpty())
                blocks.append(text);
            for (qsizetype i = 0; i < content.highlights.size(); ++i) {
                const ExportedHighlight &h = content.highlights.at(i);
                if (numbers.at(i) == 0 || h.highlight.anchor.segment != s ||
                    paragraphOfEnd(segment, h.highlight.anchor.position.end) != p)
                    continue;
                QStringList quote {u"> **[%1]** “"_s.arg(numbers.at(i)) +
                    escapeMarkdown(excerpt(h.highlight.anchor.quote.exact), false) + u"”"_s};
                if (!h.note.trimmed().isEmpty())
                    quote.append(u">\n"_s + quotedNote(h.note));
                QStringList tags;
                for (const QString &path : themeSlashPaths(content, h))
                    tags.append(tagOf(path));
                if (!tags.isEmpty())
                    quote.append(u">\n> "_s + tags.join(u' '));
                blocks.append(quote.join(u'\n'));
            }
            base += paragraph.size() + 1;
        }
    }
    return (blocks.join(u"\n\n"_s) + u'\n').toUtf8();
}

QByteArray markdownOfClaims(const QList<ExportContent> &contents)
{
    // Every content shares the codebook; the themes to show are the used ones and their ancestors.
    const QList<Theme> codebook = contents.isEmpty() ? QList<Theme>() : contents.constFirst().codebook;
    QHash<qint64, qint64> parentOf;
    for (const Theme &theme : codebook)
        parentOf.insert(theme.id, theme.parentId);
    QSet<qint64> used;
    QSet<qint64> shown;
    qsizetype claimCount = 0;
    for (const ExportContent &content : contents) {
        claimCount += content.highlights.size();
        for (const Theme &theme : content.themes) {
            used.insert(theme.id);
            for (qint64 id = theme.id, depth = 0; id && depth <= codebook.size();
                 id = parentOf.value(id), ++depth)
                shown.insert(id);
        }
    }

    QStringList blocks;
    blocks.append(u"# Claims by theme"_s);
    blocks.append(u"%1 claims in %2 articles, exported by Colloquy."_s.arg(claimCount).arg(contents.size()));

    // Depth-first through the codebook so children follow their parent.
    std::function<void(qint64, int)> visit = [&](qint64 parentId, int depth) {
        for (const Theme &theme : codebook) {
            if (theme.parentId != parentId || !shown.contains(theme.id))
                continue;
            blocks.append(QString(std::min(depth + 2, 6), u'#') + u' ' + escapeMarkdown(theme.name, false));
            if (!theme.description.trimmed().isEmpty())
                blocks.append(u'*' + escapeMarkdown(theme.description.simplified(), false) + u'*');
            if (used.contains(theme.id)) {
                // Speakers in order of their first claim under this theme.
                QStringList voices;
                QHash<QString, QStringList> items;
                for (const ExportContent &content : contents) {
                    for (const ExportedHighlight &h : content.highlights) {
                        bool tagged = false;
                        for (const Theme &t : h.themes)
                            tagged = tagged || t.id == theme.id;
                        if (!tagged)
                            continue;
                        const Segment &segment = content.article.segments.at(h.highlight.anchor.segment);
                        const QString voice = voiceOf(segment);
                        if (!items.contains(voice))
                            voices.append(voice);
                        QString item = u"- “"_s +
                            escapeMarkdown(h.highlight.anchor.quote.exact.simplified(), false) + u"” — *"_s +
                            escapeMarkdown(content.article.displayTitle(), false) + u'*';
                        if (!h.note.trimmed().isEmpty()) {
                            QString note = h.note.trimmed();
                            note.replace(u'<', u"\\<"_s);
                            item += u"\n\n  "_s + note.split(u'\n').join(u"\n  "_s);
                        }
                        items[voice].append(item);
                    }
                }
                for (const QString &voice : std::as_const(voices)) {
                    blocks.append(u"**"_s + escapeMarkdown(voice, false) + u"**"_s);
                    blocks.append(items.value(voice).join(u'\n'));
                }
            }
            visit(theme.id, depth + 1);
        }
    };
    visit(0, 0);
    return (blocks.join(u"\n\n"_s) + u'\n').toUtf8();
}

} // namespace Colloquy
