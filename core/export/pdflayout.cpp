#include "export/pdflayout_p.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QColor highlightTint(HighlightColour colour)
{
    // Light enough that black text multiplied over it stays crisp in print.
    const QColor full = colourSwatch(colour);
    const auto mix = [](int channel) {
        return int(std::lround(channel * 0.45 + 255 * 0.55));
    };
    return QColor(mix(full.red()), mix(full.green()), mix(full.blue()));
}

namespace {

constexpr int Resolution = 600; // device units per inch; 72 points per inch

/// A highlighted range of one paragraph, in the paragraph's offsets.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype highlight = 0;
    bool startsHere = false; ///< the highlight begins in this paragraph: its margin note goes here
};

QString elide(const QString &text, qsizetype length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + u'…';
}

/// The themes' full paths, `Economy › Ports · Labour`.
QString themeNames(const Codebook &codebook, const QList<Theme> &themes)
{
    return themeDisplayPaths(codebook, themes).join(u" · "_s);
}

} // namespace

struct PdfLayout::Private
{
    const ExportContent &content;
    PdfExportOptions options;

    QPdfWriter *writer = nullptr;
    QPainter painter;
    PdfLayoutResult result;

    // Geometry in device units.
    double unit = Resolution / 72.0;
    double pageWidth = 0;
    double pageHeight = 0;
    double left = 0;
    double top = 0;
    double bottom = 0;
    double textWidth = 0;
    double marginX = 0;
    double marginWidth = 0;
    double fullWidth = 0;

    int page = 1;
    double y = 0;
    double marginBottom = 0;

    struct Endnote
    {
        int number = 0;
        qsizetype highlight = 0;
    };
    QList<Endnote> endnotes;
    int nextEndnote = 1;
    QHash<qsizetype, int> firstPageOfHighlight;
    QHash<qsizetype, double> firstTopOfHighlight;

    Private(const ExportContent &c, const PdfExportOptions &o)
        : content(c)
        , options(o)
    { }

    double pt(double points) const { return points * unit; }

    static QFont font(bool serif, double points, bool bold = false, bool italic = false)
    {
        QFont f;
        // The CJK family is a fallback for names and quotes DejaVu lacks glyphs for.
        f.setFamilies(serif
                ? QStringList {u"DejaVu Serif"_s, u"WenQuanYi Micro Hei"_s, u"Noto Serif CJK SC"_s}
                : QStringList {u"DejaVu Sans"_s, u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s});
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setItalic(italic);
        f.setKerning(true);
        // Any letter spacing makes Qt shape without ligatures: "fi" must stay two letters, or
        // pdftotext and search find "ﬁrst" instead of "first". 1/64 of a device unit is invisible.
        f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
        return f;
    }

    void startPage()
    {
        y = top;
        marginBottom = top;
        painter.save();
        painter.setFont(font(false, 7.5));
        painter.setPen(QColor(0x70, 0x70, 0x70));
        const QRectF footer(left, pageHeight - pt(36), fullWidth, pt(12));
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop, QString::number(page));
        painter.restore();
    }

    void newPage()
    {
        writer->newPage();
        ++page;
        startPage();
    }

    void ensureSpace(double height)
    {
        if (y + height > bottom && y > top)
            newPage();
    }

    void outline(const QString &title, int level)
    {
        result.outline.append(PdfOutlineEntry {title, level, page, y / unit});
    }

    /// Lays `text` out at `width`; lines positioned from 0.
    std::unique_ptr<QTextLayout> layoutText(
        const QString &text, const QFont &f, double width, Qt::Alignment alignment = Qt::AlignLeft) const
    {
        auto layout = std::make_unique<QTextLayout>(text, f, writer);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->beginLayout();
        double height = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout->endLayout();
        return layout;
    }

    static double heightOf(const QTextLayout &layout)
    {
        return layout.lineCount() ? layout.boundingRect().height() : 0;
    }

    /// Flows a paragraph in the text column, breaking pages between lines.
    void paragraph(const QString &text, const QFont &f, const QColor &colour, double indent, double after,
        const QList<Span> &spans = {})
    {
        const auto layout = layoutText(text, f, textWidth - indent);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (y + line.height() > bottom)
                newPage();
            const double x = left + indent;
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            for (const Span &span : spans) {
                const qsizetype from = std::max<qsizetype>(span.start, lineStart);
                const qsizetype to = std::min<qsizetype>(span.end, lineEnd);
                if (from >= to)
                    continue;
                // Leave a line's trailing space out of the highlight.
                qsizetype visibleEnd = to;
                while (visibleEnd > from && text.at(visibleEnd - 1).isSpace())
                    --visibleEnd;
                if (visibleEnd == from)
                    continue;
                const double x1 = line.cursorToX(int(from));
                const double x2 = line.cursorToX(int(visibleEnd));
                const QRectF rect(x + std::min(x1, x2), y, std::abs(x2 - x1), line.height());
                addMark(span.highlight,
                    QRectF(rect.x() / unit, rect.y() / unit, rect.width() / unit, rect.height() / unit));
                if (span.startsHere && span.start >= lineStart && span.start < lineEnd)
                    marginNote(span.highlight, y);
            }
            painter.setPen(colour);
            line.draw(&painter, QPointF(x, y - line.y()));
            y += line.height();
        }
        y += after;
    }

    void addMark(qsizetype highlight, const QRectF &rect)
    {
        if (!firstPageOfHighlight.contains(highlight)) {
            firstPageOfHighlight.insert(highlight, page);
            firstTopOfHighlight.insert(highlight, rect.top());
        }
        for (PdfHighlightMark &mark : result.marks) {
            if (mark.highlight == highlight && mark.page == page) {
                mark.rects.append(rect);
                return;
            }
        }
        result.marks.append(PdfHighlightMark {highlight, page, {rect}});
    }

    /// The note and themes beside a highlight whose first line is at `lineTop`.
    void marginNote(qsizetype index, double lineTop)
    {
        const ExportedHighlight &h = content.highlights.at(index);
        const QString themes = themeNames(content.codebook, h.themes);
        const QString note = h.plainNote();
        if (themes.isEmpty() && note.isEmpty())
            return;
        const double bar = pt(2.5);
        const double innerWidth = marginWidth - bar - pt(4);
        const auto themeLayout = layoutText(themes, font(false, 7, true), innerWidth);
        const auto noteLayout = layoutText(note, font(false, 7), innerWidth);
        const double height = heightOf(*themeLayout) + heightOf(*noteLayout);
        const double at = std::max(lineTop, marginBottom);
        if (at + height > bottom) {
            // No room beside the text: a numbered note at the end of the section, marked here if it fits.
            const int number = nextEndnote++;
            endnotes.append(Endnote {number, index});
            const auto marker =
                layoutText(u"→ note %1"_s.arg(number), font(false, 7, false, true), innerWidth);
            if (at + heightOf(*marker) <= bottom) {
                painter.setPen(QColor(0x55, 0x55, 0x55));
                marker->draw(&painter, QPointF(marginX + bar + pt(4), at));
                marginBottom = at + heightOf(*marker) + pt(4);
            }
            return;
        }
        painter.fillRect(QRectF(marginX, at, bar, height), colourSwatch(h.highlight.colour));
        painter.setPen(QColor(0x30, 0x30, 0x30));
        themeLayout->draw(&painter, QPointF(marginX + bar + pt(4), at));
        painter.setPen(QColor(0x20, 0x20, 0x20));
        noteLayout->draw(&painter, QPointF(marginX + bar + pt(4), at + heightOf(*themeLayout)));
        marginBottom = at + height + pt(6);
    }

    void flushEndnotes()
    {
        if (endnotes.isEmpty())
            return;
        y += pt(4);
        ensureSpace(pt(30));
        paragraph(u"Notes"_s, font(false, 8.5, true), QColor(0x40, 0x40, 0x40), 0, pt(2));
        for (const Endnote &endnote : std::as_const(endnotes)) {
            const ExportedHighlight &h = content.highlights.at(endnote.highlight);
            QString text = u"%1. “%2”"_s.arg(endnote.number).arg(elide(h.highlight.anchor.quote.exact, 80));
            if (!h.plainNote().isEmpty())
                text += u" — "_s + h.plainNote();
            if (h.isClaim())
                text += u" [%1]"_s.arg(themeNames(content.codebook, h.themes));
            paragraph(text, font(false, 8), QColor(0x30, 0x30, 0x30), pt(8), pt(2));
        }
        endnotes.clear();
        y += pt(6);
    }

    void heading(const QString &text, const QFont &f, const QColor &colour, double before, double after)
    {
        y += before;
        // Keep a heading with at least three lines of what follows.
        const auto layout = layoutText(text, f, textWidth);
        ensureSpace(heightOf(*layout) + pt(45));
        paragraph(text, f, colour, 0, after);
    }

    void titleBlock()
    {
        paragraph(content.article.displayTitle(), font(true, 20, true), Qt::black, 0, pt(8));
        const QStringList lines = content.facts(ExportContent::ImportDate::Shown);
        for (const QString &line : std::as_const(lines))
            paragraph(line, font(false, 8.5), QColor(0x50, 0x50, 0x50), 0, pt(1));
        y += pt(14);
    }

    QList<Span> spansOf(qsizetype segment, qsizetype base, qsizetype length) const
    {
        QList<Span> spans;
        for (qsizetype i = 0; i < content.highlights.size(); ++i) {
            const Highlight &h = content.highlights.at(i).highlight;
            if (h.anchor.segment != segment)
                continue;
            const qsizetype from = std::max(h.anchor.position.start, base);
            const qsizetype to = std::min(h.anchor.position.end, base + length);
            if (from < to)
                spans.append(Span {from - base, to - base, i, h.anchor.position.start >= base});
        }
        return spans;
    }

    /// What the segment loop remembers from one segment to the next.
    struct SectionState
    {
        QString previousSpeaker; ///< the speaker of the turn before, when it was a turn
        QSet<QString> introduced; ///< speakers whose bio and bookmark are out
        bool editorNoteMarked = false;
    };

    /// How a segment's paragraphs are drawn.
    struct TextStyle
    {
        QFont font;
        QColor colour = Qt::black;
    };

    /// Draws what comes before a segment's text (the editor's note label, a
    /// new speaker's name and bio) and says how to draw its text.
    TextStyle startSegment(const Segment &segment, SectionState &state)
    {
        switch (segment.kind) {
        case SegmentKind::EditorNote:
            if (!state.editorNoteMarked) {
                y += pt(4);
                ensureSpace(pt(60));
                outline(u"Editor's note"_s, 0);
                state.editorNoteMarked = true;
            }
            heading(segment.label.isEmpty() ? u"Editor's note"_s : segment.label, font(false, 10, true),
                QColor(0x40, 0x40, 0x40), 0, pt(3));
            return {font(true, 10.5, false, true)};
        case SegmentKind::Caption:
            return {font(false, 7.5, false, true), QColor(0x60, 0x60, 0x60)};
        case SegmentKind::Metadata:
            return {font(false, 8.5), QColor(0x50, 0x50, 0x50)};
        case SegmentKind::Narration:
            break;
        case SegmentKind::Speaker:
            speakerHeading(segment.speaker.value_or(Speaker {}), state);
            break;
        }
        return {font(true, 10.5)};
    }

    /// The speaker's name when a new turn starts; the first time also a bookmark and the bio.
    void speakerHeading(const Speaker &speaker, SectionState &state)
    {
        if (speaker.name == state.previousSpeaker)
            return;
        const bool first = !state.introduced.contains(speaker.name);
        y += pt(10);
        ensureSpace(pt(70));
        if (first)
            result.outline.append(PdfOutlineEntry {speaker.name, 0, page, y / unit, speaker.name});
        heading(speaker.name, font(true, 13, true), Qt::black, 0, pt(first ? 1 : 3));
        if (first && !speaker.bio.trimmed().isEmpty())
            paragraph(
                speaker.bio.trimmed(), font(false, 8.5, false, true), QColor(0x50, 0x50, 0x50), 0, pt(5));
        state.introduced.insert(speaker.name);
        state.previousSpeaker = speaker.name;
    }

    void segments(const std::function<bool(int)> &step, bool *cancelled)
    {
        const QList<Segment> &list = content.article.segments;
        SectionState state;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Segment &segment = list.at(i);
            const TextStyle style = startSegment(segment, state);
            if (segment.kind != SegmentKind::Speaker)
                state.previousSpeaker.clear();
            const double after = segment.kind == SegmentKind::Caption ? pt(4) : pt(6);
            qsizetype base = 0;
            for (const QString &text : segment.paragraphs) {
                paragraph(text, style.font, style.colour, 0, after, spansOf(i, base, text.size()));
                base += text.size() + 1;
            }
            // A speaker's endnotes wait until the turns of that speaker in a row are over.
            const bool sectionEnds = segment.kind != SegmentKind::Speaker || i + 1 >= list.size() ||
                list.at(i + 1).kind != SegmentKind::Speaker ||
                list.at(i + 1).speaker.value_or(Speaker {}).name != state.previousSpeaker;
            if (sectionEnds)
                flushEndnotes();
            if (!step(int(i) + 1)) {
                *cancelled = true;
                return;
            }
        }
        flushEndnotes();
    }

    QList<qsizetype> claimsOf(qint64 themeId, const QString &speaker) const
    {
        QList<qsizetype> found;
        for (qsizetype i = 0; i < content.highlights.size(); ++i) {
            const ExportedHighlight &h = content.highlights.at(i);
            if (h.highlight.speaker != speaker)
                continue;
            for (const Theme &theme : h.themes) {
                if (theme.id == themeId) {
                    found.append(i);
                    break;
                }
            }
        }
        return found;
    }

    QStringList speakerNames() const
    {
        QStringList names;
        for (const Speaker &speaker : content.article.speakers())
            names.append(speaker.name);
        for (const ExportedHighlight &h : content.highlights) {
            if (h.isClaim() && h.highlight.speaker.isEmpty() && !names.contains(QString()))
                names.append(QString()); // claims in the editor's note or narration
        }
        return names;
    }

    void appendix()
    {
        newPage();
        outline(u"Claims by theme"_s, 0);
        paragraph(u"Claims by theme"_s, font(true, 16, true), Qt::black, 0, pt(8));
        if (content.themes.isEmpty())
            paragraph(u"No claims in this export."_s, font(true, 10), Qt::black, 0, pt(6));
        const QStringList speakers = speakerNames();
        for (const Theme &theme : content.themes) {
            y += pt(6);
            ensureSpace(pt(60));
            painter.fillRect(QRectF(left, y + pt(3), pt(7), pt(7)), colourSwatch(theme.colour));
            paragraph(
                themeDisplayPath(content.codebook, theme), font(false, 11, true), Qt::black, pt(11), pt(1));
            if (!theme.description.trimmed().isEmpty())
                paragraph(theme.description.trimmed(), font(false, 8, false, true), QColor(0x50, 0x50, 0x50),
                    pt(11), pt(3));
            for (const QString &speaker : speakers) {
                const QList<qsizetype> claims = claimsOf(theme.id, speaker);
                if (claims.isEmpty())
                    continue;
                ensureSpace(pt(40));
                paragraph(speaker.isEmpty() ? u"No speaker"_s : speaker, font(false, 9, true),
                    QColor(0x30, 0x30, 0x30), pt(11), pt(1));
                for (const qsizetype index : claims) {
                    const ExportedHighlight &h = content.highlights.at(index);
                    paragraph(u"“%1” (p. %2)"_s.arg(h.highlight.anchor.quote.exact.simplified())
                                  .arg(firstPageOfHighlight.value(index)),
                        font(true, 9), Qt::black, pt(22), pt(1));
                    if (!h.plainNote().isEmpty())
                        paragraph(h.plainNote(), font(true, 8.5, false, true), QColor(0x30, 0x30, 0x30),
                            pt(30), pt(1));
                    y += pt(3);
                }
            }
        }
    }

    /// ` (p. 3)`: where highlight `index` of the export starts; empty for one the export leaves out.
    QString pageOf(qsizetype index) const
    {
        return index >= 0 && firstPageOfHighlight.contains(index)
            ? u" (p. %1)"_s.arg(firstPageOfHighlight.value(index))
            : QString();
    }

    /// The links between claims (ClaimRelation), each once: `A: “…” (p. 2) disagrees with B: “…” (p. 3)`.
    void relations()
    {
        const QList<std::pair<qsizetype, qsizetype>> links = content.relations();
        if (links.isEmpty())
            return;
        y += pt(10);
        ensureSpace(pt(60));
        outline(u"Links between claims"_s, 0);
        paragraph(u"Links between claims"_s, font(true, 14, true), Qt::black, 0, pt(6));
        const QString title = content.article.displayTitle();
        for (const auto &[index, r] : links) {
            const ExportedHighlight &h = content.highlights.at(index);
            const RelatedClaim &related = h.related.at(r);
            const QString quote = u"“"_s + excerpt(h.highlight.anchor.quote.exact) + u"”"_s;
            const QString here =
                h.highlight.speaker.isEmpty() ? quote : h.highlight.speaker + u": "_s + quote;
            paragraph(here + pageOf(index) + u' ' + related.phrase() + u' ' + related.describe(title) +
                    pageOf(related.otherIndex),
                font(true, 9), Qt::black, pt(11), pt(3));
        }
    }

    void table()
    {
        const QStringList speakers = speakerNames();
        y += pt(16);
        ensureSpace(pt(120));
        outline(u"Claims per theme and speaker"_s, 0);
        paragraph(u"Claims per theme and speaker"_s, font(true, 14, true), Qt::black, 0, pt(6));
        const qsizetype columns = speakers.size() + 2; // theme, speakers…, total
        const double firstWidth = fullWidth * (columns > 6 ? 0.22 : 0.3);
        const double cellWidth = (fullWidth - firstWidth) / double(columns - 1);
        const double pad = pt(3);
        const auto row = [&](const QStringList &cells, bool bold) {
            std::vector<std::unique_ptr<QTextLayout>> layouts;
            double height = 0;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const double width = (c == 0 ? firstWidth : cellWidth) - 2 * pad;
                layouts.push_back(layoutText(cells.at(c), font(false, 7.5, bold || c == 0), width,
                    c == 0 ? Qt::AlignLeft : Qt::AlignHCenter));
                height = std::max(height, heightOf(*layouts.back()));
            }
            height += 2 * pad;
            if (y + height > bottom)
                newPage();
            double x = left;
            painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), pt(0.5)));
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const double width = c == 0 ? firstWidth : cellWidth;
                painter.drawRect(QRectF(x, y, width, height));
                painter.setPen(Qt::black);
                layouts.at(size_t(c))->draw(&painter, QPointF(x + pad, y + pad));
                painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), pt(0.5)));
                x += width;
            }
            y += height;
        };
        QStringList header {u"Theme"_s};
        for (const QString &speaker : speakers)
            header.append(speaker.isEmpty() ? u"No speaker"_s : speaker);
        header.append(u"Total"_s);
        row(header, true);
        for (const Theme &theme : content.themes) {
            QStringList cells {themeDisplayPath(content.codebook, theme)};
            int total = 0;
            for (qsizetype s = 0; s < speakers.size(); ++s) {
                const int count = int(claimsOf(theme.id, speakers.at(s)).size());
                cells.append(count ? QString::number(count) : u"–"_s);
                total += count;
            }
            cells.append(QString::number(total));
            row(cells, false);
        }
        // Claims, not taggings: a claim with two themes counts once here.
        QStringList totals {u"Claims"_s};
        int all = 0;
        for (qsizetype s = 0; s < speakers.size(); ++s) {
            int claims = 0;
            for (const ExportedHighlight &h : content.highlights)
                claims += (h.isClaim() && h.highlight.speaker == speakers.at(s)) ? 1 : 0;
            totals.append(QString::number(claims));
            all += claims;
        }
        totals.append(QString::number(all));
        row(totals, true);
    }

    /// Bookmarks: each speaker gets its claims by theme as children.
    void nestClaims()
    {
        QList<PdfOutlineEntry> nested;
        for (const PdfOutlineEntry &entry : std::as_const(result.outline)) {
            nested.append(entry);
            if (entry.speaker.isEmpty())
                continue;
            for (const Theme &theme : content.themes) {
                const QList<qsizetype> claims = claimsOf(theme.id, entry.speaker);
                if (claims.isEmpty())
                    continue;
                const qsizetype first = claims.constFirst();
                nested.append(PdfOutlineEntry {themeDisplayPath(content.codebook, theme), 1,
                    firstPageOfHighlight.value(first), firstTopOfHighlight.value(first)});
                for (const qsizetype index : claims) {
                    nested.append(
                        PdfOutlineEntry {elide(content.highlights.at(index).highlight.anchor.quote.exact, 60),
                            2, firstPageOfHighlight.value(index), firstTopOfHighlight.value(index)});
                }
            }
        }
        result.outline = nested;
    }
};

PdfLayout::PdfLayout(const ExportContent &content, const PdfExportOptions &options)
    : d(std::make_unique<Private>(content, options))
{ }

PdfLayout::~PdfLayout() = default;

int PdfLayout::stepCount() const
{
    return int(d->content.article.segments.size()) + 1;
}

std::optional<PdfLayoutResult> PdfLayout::render(QIODevice *device, const std::function<bool(int)> &step)
{
    QPdfWriter writer(device);
    writer.setResolution(Resolution);
    writer.setPageSize(QPageSize(d->options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(d->content.article.displayTitle());
    writer.setCreator(u"Colloquy"_s);
    d->writer = &writer;

    const QSizeF size = QPageSize(d->options.pageSize).size(QPageSize::Point);
    d->result.pageSize = size;
    d->pageWidth = d->pt(size.width());
    d->pageHeight = d->pt(size.height());
    d->left = d->pt(54);
    d->top = d->pt(54);
    d->bottom = d->pageHeight - d->pt(54);
    d->marginWidth = d->pt(150);
    d->marginX = d->pageWidth - d->pt(36) - d->marginWidth;
    d->textWidth = d->marginX - d->pt(18) - d->left;
    d->fullWidth = d->pageWidth - d->pt(36) - d->left;

    if (!d->painter.begin(&writer))
        return std::nullopt;
    d->painter.setRenderHint(QPainter::TextAntialiasing);
    d->startPage();
    d->titleBlock();
    bool cancelled = false;
    d->segments(step, &cancelled);
    if (cancelled) {
        d->painter.end();
        return std::nullopt;
    }
    d->appendix();
    d->relations();
    d->table();
    d->nestClaims();
    d->painter.end();
    d->result.pageCount = d->page;
    if (!step(stepCount()))
        return std::nullopt;
    return d->result;
}

} // namespace Colloquy
