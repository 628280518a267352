#include "exchange/qdpximportplanner_p.h"

#include "exchange/qdpxformat_p.h"
#include "exchange/ziparchivereader.h"
#include "import/articlereader.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Qdpx {

namespace {

/// How far around its offsets a selection's quote is looked for before the whole text is.
constexpr qsizetype NearWindow = 4096;

/**
 * A source's plain text with the segments made of it: each segment's text
 * once, where it starts in the text (-1 when it is not there verbatim, one
 * paragraph a line: the segmenter joined wrapped lines, or normalisation
 * changed spaces), and the code point index of the text.
 */
class SegmentedText
{
public:
    SegmentedText(const QString &text, const QList<Segment> &segments)
        : m_text(text)
        , m_codePoints(text)
    {
        qsizetype cursor = 0;
        for (const Segment &segment : segments) {
            m_texts.append(segment.text());
            const QString &body = m_texts.constLast();
            // Segments follow each other with a label or a blank line between them: a short look
            // ahead finds each, and one that is not there costs no more than that.
            const qsizetype window = std::min(text.size() - cursor, body.size() + NearWindow);
            const qsizetype at = body.isEmpty() ? -1 : QStringView(text).mid(cursor, window).indexOf(body);
            m_starts.append(at < 0 ? -1 : cursor + at);
            if (at >= 0) {
                cursor += at + body.size();
                m_located.append(m_texts.size() - 1);
            }
        }
    }

    const QString &text() const { return m_text; }
    qsizetype segmentCount() const { return m_texts.size(); }
    const QString &segmentText(qsizetype i) const { return m_texts.at(i); }
    qsizetype start(qsizetype i) const { return m_starts.at(i); }
    qsizetype utf16Index(qsizetype codePoint) const { return m_codePoints.utf16Index(codePoint); }

    /// The located segment whose text holds `[from, to)` of the text, or -1.
    qsizetype segmentHolding(qsizetype from, qsizetype to) const
    {
        const auto after = std::upper_bound(m_located.cbegin(), m_located.cend(), from,
            [this](qsizetype position, qsizetype i) { return position < m_starts.at(i); });
        if (after == m_located.cbegin())
            return -1;
        const qsizetype i = *(after - 1);
        return to <= m_starts.at(i) + m_texts.at(i).size() ? i : -1;
    }

private:
    const QString &m_text;
    CodePointIndex m_codePoints;
    QStringList m_texts;
    QList<qsizetype> m_starts;
    QList<qsizetype> m_located; ///< indexes of the segments with a start, in text order
};

/// What a selection should hold and where in the source's text.
struct ExpectedQuote
{
    QString quote;
    qsizetype start = 0;
};

/// The occurrence of `needle` in `haystack` nearest `near` within `window` of it, or -1.
qsizetype nearestWithin(QStringView haystack, QStringView needle, qsizetype near, qsizetype window)
{
    const qsizetype from = std::clamp(near - window, qsizetype(0), haystack.size());
    const qsizetype to = std::clamp(near + window + needle.size(), from, haystack.size());
    const QStringView part = haystack.sliced(from, to - from);
    qsizetype best = -1;
    for (qsizetype at = part.indexOf(needle); at >= 0; at = part.indexOf(needle, at + 1)) {
        if (best < 0 || std::abs(from + at - near) < std::abs(best - near))
            best = from + at;
    }
    return best;
}

/// A report message about one selection: `format`'s %1 is the source, %2 and
/// %3 the selection's positions; the caller fills any further markers.
QString aboutSelection(const QString &format, const SourceEntry &source, const SelectionEntry &selection)
{
    return format.arg(source.name).arg(selection.start).arg(selection.end);
}

} // namespace

struct ImportPlanner::Private
{
    ZipArchiveReader &zip;
    const Project &project;
    const QString &path;
    const QdpxLimits &limits;
    QdpxImportReport &report;
    QString error;
    qint64 budgetLeft = 0;
    int unsearched = 0; ///< selections left out when the budget ran out
    int moreMessages = 0;

    void note(const QString &message)
    {
        if (report.messages.size() < limits.maxMessages)
            report.messages.append(message);
        else
            ++moreMessages;
    }

    bool fail(const QString &why)
    {
        error = u"%1: %2"_s.arg(path, why);
        return false;
    }

    /// Takes `units` of the quote search budget; false (and nothing taken) when too few are left.
    bool spend(qint64 units)
    {
        if (units > budgetLeft)
            return false;
        budgetLeft -= units;
        return true;
    }

    std::optional<QList<PlannedSource>> plan();
    QList<QList<qsizetype>> sourcesByText();
    enum class TextRead
    {
        Read,
        Skipped,
        Failed
    };
    TextRead readText(const SourceEntry &source, QString &text);
    std::optional<PlannedSource> planText(const QList<qsizetype> &sources, const QString &text);
    std::optional<PlannedHighlight> planSelection(
        const SourceEntry &source, const SelectionEntry &selection, const SegmentedText &segmented);
    std::optional<ExpectedQuote> expectedQuote(
        const SourceEntry &source, const SelectionEntry &selection, const SegmentedText &segmented);
    bool placeExactly(PlannedHighlight &h, const SegmentedText &segmented, const ExpectedQuote &expected);
    bool placeNear(PlannedHighlight &h, const SegmentedText &segmented, const QString &quote, qsizetype near);
    bool placeByQuote(
        PlannedHighlight &h, const SegmentedText &segmented, const QString &quote, qsizetype expectedStart);
};

ImportPlanner::ImportPlanner(ZipArchiveReader &zip, const Project &project, const QString &path,
    const QdpxLimits &limits, QdpxImportReport &report)
    : d(std::make_unique<Private>(
          Private {zip, project, path, limits, report, {}, limits.quoteSearchBudget, 0, 0}))
{ }

ImportPlanner::~ImportPlanner() = default;

QString ImportPlanner::error() const
{
    return d->error;
}

std::optional<QList<PlannedSource>> ImportPlanner::plan()
{
    return d->plan();
}

std::optional<QList<PlannedSource>> ImportPlanner::Private::plan()
{
    QList<PlannedSource> planned;
    for (const QList<qsizetype> &sources : sourcesByText()) {
        QString text;
        switch (readText(project.sources.at(sources.constFirst()), text)) {
        case TextRead::Failed:
            return std::nullopt;
        case TextRead::Skipped:
            continue;
        case TextRead::Read:
            break;
        }
        std::optional<PlannedSource> plan = planText(sources, text);
        if (!plan)
            return std::nullopt;
        planned.append(std::move(*plan));
    }
    if (unsearched > 0)
        note(u"%1 selections whose offsets do not fit the text were not looked for by their quote: "
             u"the project asks for more searching than one import does; skipped"_s.arg(unsearched));
    if (moreMessages > 0)
        report.messages.append(u"%1 more messages like these left out"_s.arg(moreMessages));
    return planned;
}

/// The sources grouped by the text they name (the same archive entry, or the
/// same inline content), in project order: each text is read, segmented and
/// stored once, however many sources name it.
QList<QList<qsizetype>> ImportPlanner::Private::sourcesByText()
{
    QList<QList<qsizetype>> groups;
    QHash<QByteArray, qsizetype> groupOf;
    for (qsizetype i = 0; i < project.sources.size(); ++i) {
        const SourceEntry &source = project.sources.at(i);
        const QByteArray key = source.hasContent && source.plainTextPath.isEmpty()
            ? QByteArray("inline:" +
                  QCryptographicHash::hash(source.plainTextContent.toUtf8(), QCryptographicHash::Sha256))
            : QByteArray("path:" + source.plainTextPath.toUtf8());
        const auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            groupOf.insert(key, groups.size());
            groups.append(QList<qsizetype> {i});
            continue;
        }
        QList<qsizetype> &group = groups[*it];
        note(u"source '%1' holds the same text as '%2': one article"_s.arg(
            source.name, project.sources.at(group.constFirst()).name));
        group.append(i);
    }
    return groups;
}

/// The source's text, inline or from an `internal://` entry; any other place is skipped.
ImportPlanner::Private::TextRead ImportPlanner::Private::readText(const SourceEntry &source, QString &text)
{
    if (source.hasContent && source.plainTextPath.isEmpty()) {
        text = source.plainTextContent;
        return TextRead::Read;
    }
    if (!source.plainTextPath.startsWith(u"internal://"_s)) {
        // relative:// and absolute paths point outside the archive: never followed.
        note(u"source '%1' skipped: its text is not inside the project (%2)"_s.arg(
            source.name, source.plainTextPath));
        return TextRead::Skipped;
    }
    const QString entry = u"sources/"_s + source.plainTextPath.mid(11);
    if (!zip.contains(entry)) {
        fail(u"the source '%1' names %2, which the archive does not hold"_s.arg(source.name, entry));
        return TextRead::Failed;
    }
    const std::optional<QByteArray> bytes = zip.read(entry);
    if (!bytes) {
        fail(zip.errorString());
        return TextRead::Failed;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = decoder.decode(*bytes);
    if (decoder.hasError()) {
        fail(u"the text of '%1' is not UTF-8"_s.arg(source.name));
        return TextRead::Failed;
    }
    return TextRead::Read;
}

/// The article of one text and the selections of every source in `sources` (which all name it).
std::optional<PlannedSource> ImportPlanner::Private::planText(
    const QList<qsizetype> &sources, const QString &text)
{
    const SourceEntry &first = project.sources.at(sources.constFirst());
    QString fileName = first.name.isEmpty() ? first.guid : first.name;
    if (!fileName.endsWith(u".txt"_s, Qt::CaseInsensitive))
        fileName += u".txt"_s;
    ReadResult read = ArticleReader::readBytes(text.toUtf8(), fileName, u"text"_s);
    if (!read.article) {
        fail(u"the source '%1' cannot be read: %2"_s.arg(first.name, read.error));
        return std::nullopt;
    }
    PlannedSource plan;
    plan.article = std::move(*read.article);
    if (plan.article.title.isEmpty() && !first.name.isEmpty())
        plan.article.title = first.name;
    plan.note = first.description;
    const SegmentedText segmented(text, plan.article.segments);
    for (const qsizetype i : sources) {
        const SourceEntry &source = project.sources.at(i);
        for (const SelectionEntry &selection : source.selections) {
            if (std::optional<PlannedHighlight> h = planSelection(source, selection, segmented))
                plan.highlights.append(std::move(*h));
        }
    }
    return plan;
}

/// The selection placed in a segment, or nullopt (with a message) when it cannot be.
std::optional<PlannedHighlight> ImportPlanner::Private::planSelection(
    const SourceEntry &source, const SelectionEntry &selection, const SegmentedText &segmented)
{
    const std::optional<ExpectedQuote> expected = expectedQuote(source, selection, segmented);
    if (!expected)
        return std::nullopt;
    const QString trimmed = expected->quote.trimmed();
    PlannedHighlight h;
    h.note = selection.description;
    for (const QString &guid : selection.codeGuids) {
        if (project.code(guid))
            h.codeGuids.append(guid);
        else
            note(u"'%1': a coding refers to an unknown code %2; left out"_s.arg(source.name, guid));
    }
    if (placeExactly(h, segmented, *expected))
        return h;
    const int unsearchedBefore = unsearched;
    if (!trimmed.isEmpty() &&
        (placeNear(h, segmented, trimmed, expected->start) ||
            placeByQuote(h, segmented, trimmed, expected->start))) {
        note(aboutSelection(u"'%1': selection %2–%3 placed by its quote \"%4\""_s, source, selection)
                 .arg(trimmed.left(40)));
        return h;
    }
    if (unsearched > unsearchedBefore)
        return std::nullopt; // counted in one message at the end
    note(aboutSelection(
        u"'%1': selection %2–%3 (\"%4\") spans turns or is not in the text; skipped"_s, source, selection)
             .arg(trimmed.left(40)));
    return std::nullopt;
}

/// The selection's text at its offsets, or, when its name (the text, as many tools write it)
/// says otherwise, the occurrence of the name nearest those offsets; nullopt (with a message) when
/// neither is in the text.
std::optional<ExpectedQuote> ImportPlanner::Private::expectedQuote(
    const SourceEntry &source, const SelectionEntry &selection, const SegmentedText &segmented)
{
    const QString &text = segmented.text();
    const qsizetype start = segmented.utf16Index(selection.start);
    const qsizetype end = segmented.utf16Index(selection.end);
    if (start < 0 || end < 0 || end <= start) {
        note(aboutSelection(u"'%1': selection %2–%3 lies outside the text; skipped"_s, source, selection));
        return std::nullopt;
    }
    ExpectedQuote expected {text.mid(start, end - start), start};
    const QString named = selection.name.trimmed();
    if (named.isEmpty() || expected.quote.trimmed().startsWith(named))
        return expected;
    qsizetype best = nearestWithin(text, named, start, NearWindow);
    if (best < 0) {
        if (!spend(text.size())) {
            ++unsearched; // counted in one message at the end
            return std::nullopt;
        }
        best = nearestWithin(text, named, start, text.size());
    }
    if (best < 0) {
        note(aboutSelection(u"'%1': selection %2–%3 should hold \"%4\", which is not in the text; skipped"_s,
            source, selection)
                 .arg(named.left(40)));
        return std::nullopt;
    }
    note(aboutSelection(
        u"'%1': selection %2–%3 does not hold \"%4\"; placed by its quote"_s, source, selection)
             .arg(named.left(40)));
    return ExpectedQuote {named, best};
}

/// Places `expected` at its very offsets inside one segment.
bool ImportPlanner::Private::placeExactly(
    PlannedHighlight &h, const SegmentedText &segmented, const ExpectedQuote &expected)
{
    const qsizetype end = expected.start + expected.quote.size();
    const qsizetype i = segmented.segmentHolding(expected.start, end);
    if (i < 0)
        return false;
    h.segment = i;
    h.start = expected.start - segmented.start(i);
    h.end = end - segmented.start(i);
    return QStringView(segmented.segmentText(i)).sliced(h.start, h.end - h.start) == expected.quote;
}

/// Places `quote` at its occurrence nearest `near` within a short distance, inside one segment.
bool ImportPlanner::Private::placeNear(
    PlannedHighlight &h, const SegmentedText &segmented, const QString &quote, qsizetype near)
{
    const qsizetype at = nearestWithin(segmented.text(), quote, near, NearWindow);
    if (at < 0)
        return false;
    return placeExactly(h, segmented, ExpectedQuote {quote, at});
}

/// Places `quote` by its text: the first occurrence in the segment nearest `expectedStart`. Spends
/// the search budget; when it is gone, the selection is counted as not searched for.
bool ImportPlanner::Private::placeByQuote(
    PlannedHighlight &h, const SegmentedText &segmented, const QString &quote, qsizetype expectedStart)
{
    if (!spend(segmented.text().size())) {
        ++unsearched;
        return false;
    }
    qsizetype best = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype i = 0; i < segmented.segmentCount(); ++i) {
        const qsizetype at = segmented.segmentText(i).indexOf(quote);
        if (at < 0)
            continue;
        const qsizetype distance =
            segmented.start(i) >= 0 ? std::abs(segmented.start(i) + at - expectedStart) : 0;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
            h.segment = i;
            h.start = at;
            h.end = at + quote.size();
        }
    }
    return best >= 0;
}

} // namespace Colloquy::Qdpx
