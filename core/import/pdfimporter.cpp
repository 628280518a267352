#include "import/pdfimporter.h"

#include "import/importhelpers_p.h"
#include "import/textdecoder.h"
#include "logging.h"

#include <QHash>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>

#include <poppler-qt6.h>

#include <algorithm>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

struct Line
{
    QString text;
    QRectF rect;
};

struct PageLines
{
    QList<Line> lines;
    QSizeF size;
};

// Running heads and page numbers sit in these top and bottom fractions of a page.
constexpr double MarginBand = 0.12;

void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Poppler prints every syntax error of a damaged file on stderr otherwise.
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qCDebug(lcImport) << "poppler:" << message; }, {});
    });
}

QString expandLigatures(QString text)
{
    return text.replace(u"\ufb00"_s, u"ff"_s)
        .replace(u"\ufb01"_s, u"fi"_s)
        .replace(u"\ufb02"_s, u"fl"_s)
        .replace(u"\ufb03"_s, u"ffi"_s)
        .replace(u"\ufb04"_s, u"ffl"_s);
}

// Words in poppler's reading order, grouped into lines by their vertical overlap.
QList<Line> linesOf(const Poppler::Page &page)
{
    QList<Line> lines;
    bool spaceBefore = false;
    for (const auto &word : page.textList()) {
        const QRectF box = word->boundingBox();
        bool sameLine = false;
        if (!lines.isEmpty()) {
            const QRectF &last = lines.constLast().rect;
            const double overlap = std::min(last.bottom(), box.bottom()) - std::max(last.top(), box.top());
            // A word left of the line's end starts a new line even at the same height (a column).
            sameLine = overlap > 0.5 * std::min(last.height(), box.height()) &&
                box.left() >= last.right() - 0.5 * box.height();
        }
        if (sameLine) {
            Line &line = lines.last();
            if (spaceBefore || box.left() - line.rect.right() > 0.15 * box.height())
                line.text += u' ';
            line.text += expandLigatures(word->text());
            line.rect = line.rect.united(box);
        } else {
            lines.append(Line {expandLigatures(word->text()), box});
        }
        spaceBefore = word->hasSpaceAfter();
    }
    for (Line &line : lines)
        line.text = line.text.simplified();
    lines.removeIf([](const Line &line) { return line.text.isEmpty(); });
    return lines;
}

bool inMargin(const Line &line, const QSizeF &page)
{
    return line.rect.bottom() < page.height() * MarginBand ||
        line.rect.top() > page.height() * (1 - MarginBand);
}

// What repeats of a running head: the text with its page number blanked out.
QString repeatKey(const QString &text)
{
    QString key = text.toLower();
    static const QRegularExpression digits(u"\\d+"_s);
    return key.replace(digits, u"#"_s);
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^(page\s*)?[-–—]?\s*(\d{1,4}|[ivxlc]{1,6})\s*[-–—]?(\s*(of|/)\s*\d{1,4})?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

bool startsListItem(const QString &text)
{
    static const QRegularExpression marker(uR"(^([\x{2022}\x{25e6}\x{25aa}\x{2023}]|\d{1,2}[.)])\s)"_s);
    return marker.match(text).hasMatch();
}

double quantile(QList<double> values, double q, double fallback)
{
    if (values.isEmpty())
        return fallback;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(double(values.size() - 1) * q));
}

double median(const QList<double> &values, double fallback)
{
    return quantile(values, 0.5, fallback);
}

bool endsSentence(const QString &text)
{
    static const QString enders = u".!?:\"\u201d\u2019)"_s;
    return !text.isEmpty() && enders.contains(text.back());
}

/// Joins a line to the paragraph before it, repairing a word hyphenated across the line end.
void appendLine(QString &paragraph, const QString &line, const QString &wholeText)
{
    if (paragraph.isEmpty()) {
        paragraph = line;
        return;
    }
    const QChar last = paragraph.back();
    const bool hyphen = last == u'-' || last == u'\u2010' || last == u'\u00ad';
    if (hyphen && paragraph.size() >= 2 && paragraph.at(paragraph.size() - 2).isLetter() && !line.isEmpty() &&
        line.front().isLetter()) {
        qsizetype start = paragraph.size() - 1;
        while (start > 0 && paragraph.at(start - 1).isLetter())
            --start;
        const QString head = paragraph.mid(start, paragraph.size() - 1 - start);
        const qsizetype tailEnd = line.indexOf(QRegularExpression(u"[^\\p{L}]"_s));
        const QString tail = line.left(tailEnd < 0 ? line.size() : tailEnd);
        // A compound keeps its hyphen when the document spells it so elsewhere (`well-known`),
        // and so does one whose second half is capitalised (`Marie-Claire`).
        const bool compound = wholeText.contains(head + u'-' + tail);
        const bool lowercaseWord = head == head.toLower() && tail == tail.toLower();
        if (lowercaseWord && !compound)
            paragraph.chop(1);
        paragraph += line;
        return;
    }
    paragraph += u' ' + line;
}

} // namespace

QString PdfImporter::name() const
{
    return u"pdf"_s;
}

int PdfImporter::confidence(const QByteArray &head, const QString &fileName) const
{
    // The signature may follow a few bytes of junk, which readers tolerate.
    const qsizetype at = head.indexOf("%PDF-");
    if (at >= 0 && at < 1024)
        return 100;
    return ImportHelpers::hasSuffix(fileName, {u"pdf"_s}) ? 80 : 0;
}

namespace {

// Running heads and footers: margin lines whose text (numbers aside) recurs on many pages.
void dropRunningHeads(QList<PageLines> &pages)
{
    QHash<QString, int> pagesWithKey;
    QHash<QString, QList<double>> heightsOfKey;
    for (const PageLines &page : std::as_const(pages)) {
        QSet<QString> seen;
        for (const Line &line : page.lines) {
            if (!inMargin(line, page.size))
                continue;
            seen.insert(repeatKey(line.text));
            heightsOfKey[repeatKey(line.text)].append(line.rect.height());
        }
        for (const QString &key : std::as_const(seen))
            ++pagesWithKey[key];
    }
    const auto repeats = [&](const Line &line) {
        const QString key = repeatKey(line.text);
        const int count = pagesWithKey.value(key);
        // The cover's title often repeats as the running head, but set larger: keep it.
        const bool larger = line.rect.height() > 1.2 * median(heightsOfKey.value(key), line.rect.height());
        return count >= 2 && count * 5 >= int(pages.size()) * 2 && !larger;
    };
    for (PageLines &page : pages) {
        page.lines.removeIf([&](const Line &line) {
            const bool furniture = inMargin(line, page.size) && (isPageNumber(line.text) || repeats(line));
            if (furniture)
                qCDebug(lcImport) << "pdf: dropping running head or page number" << line.text;
            return furniture;
        });
    }
}

/// How a page sets its text: the usual line height, the line step inside a
/// paragraph and the text block's left and right edges.
struct PageMeasure
{
    double lineHeight = 12;
    double spacing = 14;
    double left = 0;
    double right = 0;
};

PageMeasure measure(const PageLines &page)
{
    QList<double> spacings;
    QList<double> heights;
    PageMeasure m;
    m.left = page.size.width();
    for (qsizetype i = 0; i < page.lines.size(); ++i) {
        const QRectF &rect = page.lines.at(i).rect;
        heights.append(rect.height());
        m.left = std::min(m.left, rect.left());
        m.right = std::max(m.right, rect.right());
        if (i > 0 && rect.top() > page.lines.at(i - 1).rect.top())
            spacings.append(rect.top() - page.lines.at(i - 1).rect.top());
    }
    m.lineHeight = median(heights, 12);
    // The line step inside paragraphs: the lower quartile, since an article of short
    // paragraphs (an interview) has as many steps between paragraphs as within them.
    m.spacing = quantile(spacings, 0.25, m.lineHeight * 1.2);
    return m;
}

/// Whether line `i` of `page` starts a paragraph, given the paragraph so far.
bool startsParagraph(const PageLines &page, qsizetype i, const PageMeasure &m, const QString &current)
{
    const Line &line = page.lines.at(i);
    if (current.isEmpty())
        return true;
    if (i == 0) // a paragraph runs on to the next page when it stopped mid-sentence
        return endsSentence(current) || !line.text.front().isLower();
    const Line &previous = page.lines.at(i - 1);
    const double step = line.rect.top() - previous.rect.top();
    const bool gap = step > m.spacing * 1.4 || step < 0;
    // A first-line indent; in a list the wrapped lines hang indented instead.
    const bool indented = line.rect.left() > m.left + m.lineHeight * 0.8 &&
        previous.rect.left() < m.left + m.lineHeight * 0.4 && !startsListItem(current);
    const bool shortEnd = previous.rect.right() < m.right - m.lineHeight * 4 && endsSentence(previous.text);
    const bool sizeChange = std::abs(line.rect.height() - previous.rect.height()) >
        0.2 * std::max(line.rect.height(), previous.rect.height());
    return gap || indented || shortEnd || sizeChange || startsListItem(line.text);
}

QStringList paragraphsOf(const QList<PageLines> &pages)
{
    QString wholeText;
    for (const PageLines &page : pages) {
        for (const Line &line : page.lines)
            wholeText += line.text + u'\n';
    }
    QStringList paragraphs;
    QString current;
    for (const PageLines &page : pages) {
        const PageMeasure m = measure(page);
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            if (startsParagraph(page, i, m, current) && !current.isEmpty()) {
                paragraphs.append(current);
                current.clear();
            }
            appendLine(current, page.lines.at(i).text, wholeText);
        }
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    return paragraphs;
}

/// The document information worth keeping: a title that is not a file name, author, subject, pages.
void readInfo(const Poppler::Document &document, ImportedText &result)
{
    QString title = document.info(u"Title"_s).simplified();
    static const QRegularExpression producerPrefix(u"^Microsoft (Word|PowerPoint) - "_s);
    title.remove(producerPrefix);
    static const QRegularExpression fileName(u"\\.(docx?|pdf|odt|rtf|tex)$"_s);
    if (!title.isEmpty() && !title.contains(fileName))
        result.title = title;
    for (const auto &[key, field] : {std::pair {u"title"_s, u"Title"_s}, std::pair {u"author"_s, u"Author"_s},
             std::pair {u"subject"_s, u"Subject"_s}}) {
        const QString value = document.info(field).simplified();
        if (!value.isEmpty())
            result.metadata.insert(key, value);
    }
    result.metadata.insert(u"pages"_s, document.numPages());
}

} // namespace

std::optional<ImportedText> PdfImporter::read(const QByteArray &bytes, QString *error) const
{
    routePopplerMessages();
    if (!bytes.left(1024).contains("%PDF-"))
        return fail(error, u"not a PDF file (no %PDF- signature)"_s);
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return fail(error, u"the PDF is damaged and cannot be read"_s);
    if (document->isLocked())
        return fail(error, u"the PDF is encrypted and needs a password"_s);
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return fail(error, u"the PDF has no pages"_s);

    QList<PageLines> pages;
    for (int i = 0; i < pageCount; ++i) {
        if (const std::unique_ptr<Poppler::Page> page = document->page(i))
            pages.append(PageLines {linesOf(*page), page->pageSizeF()});
    }
    dropRunningHeads(pages);

    ImportedText result;
    result.format = name();
    result.text = normalizeText(paragraphsOf(pages).join(u'\n'));
    if (result.text.isEmpty())
        return fail(error, u"the PDF holds no text (a scan without a text layer?)"_s);
    readInfo(*document, result);
    return result;
}

} // namespace Colloquy
