#include "clirunner.h"
#include "markedarticle.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include "annotate/annotations.h"
#include "export/pdfexporter.h"
#include "export/pdflayout_p.h"
#include "store/librarystore.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

// Our own roundtable, with an accented, a CJK and an Irish speaker name.
Article harbourArticle()
{
    using namespace TestArticles;
    return article(u"Who Keeps the Harbour? Three Voices on Port Cities"_s,
        {
            segment(SegmentKind::Metadata, {u"By the Colloquy desk, 3 March 2026"_s}),
            segment(SegmentKind::EditorNote,
                {u"Port cities are changing faster than the maps that describe them. We asked three people "
                 u"who study harbours, from Liège to Shanghai, what a city owes the water it was built on."_s},
                u"Editor's Note"_s),
            segment(SegmentKind::Caption, {u"Photo: Cranes at dusk over an empty container quay."_s}),
            speech(u"Hélène Dubois-Léger"_s, u"urban historian at the Université de Liège"_s,
                {u"Every harbour I have studied was first a promise made to strangers. The quay was where a "
                 u"city admitted that it could not feed itself alone."_s,
                    u"When the containers moved downstream, the old docks lost their work but kept their "
                    u"meaning. Residents still walk to the water on Sundays, as if to check that it is there."_s}),
            speech(u"王丽华"_s, u"economist at Fudan University in Shanghai"_s,
                {u"The numbers tell a plainer story. A modern terminal employs a tenth of the people its "
                 u"predecessor did, yet it moves forty times the cargo."_s,
                    u"港口不仅是经济的引擎，也是城市的记忆。Cities that forget this end up with waterfronts "
                    u"that nobody visits after dark."_s}),
            speech(u"Tomás Ó Briain"_s, u"harbour pilot in Cork for twenty-two years"_s,
                {u"From the bridge of a ship a city looks like a row of lights that either welcome you or "
                 u"ignore you. Cork used to welcome you."_s,
                    u"The pilots are the last people who know the river by feel. Once we are replaced by "
                    u"software, nobody will remember where the sandbanks move in winter."_s}),
        });
}

QList<Mark> harbourMarks()
{
    return {
        {3, u"Every harbour I have studied was first a promise made to strangers."_s, HighlightColour::Yellow,
            u"The central metaphor of the piece."_s, {u"Memory"_s}},
        {3, u"the old docks lost their work but kept their meaning"_s, HighlightColour::Green, {},
            {u"Memory"_s, u"Labour"_s}},
        {4, u"A modern terminal employs a tenth of the people its predecessor did"_s, HighlightColour::Blue,
            u"Check the **source** of this ratio."_s, {u"Labour"_s}},
        {4, u"港口不仅是经济的引擎，也是城市的记忆。"_s, HighlightColour::Red,
            u"Ports are engines of the economy and the memory of the city."_s, {u"Memory"_s}},
        {5, u"Cork used to welcome you."_s, HighlightColour::Purple, {}, {}},
        {5, u"nobody will remember where the sandbanks move in winter"_s, HighlightColour::Orange,
            u"Tacit knowledge lost to automation."_s, {u"Labour"_s, u"Knowledge"_s}},
        {1, u"what a city owes the water it was built on"_s, HighlightColour::Yellow,
            u"The question of the roundtable."_s, {}},
    };
}

QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

std::unique_ptr<Poppler::Document> openPdf(const QString &path)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    return document && !document->isLocked() ? std::move(document) : nullptr;
}

struct FoundHighlight
{
    int page = 0;
    QString contents;
    QString author;
    QColor colour;
    QRectF bounds; ///< points, top-left origin
};

QList<FoundHighlight> highlightsIn(Poppler::Document &document)
{
    QList<FoundHighlight> found;
    for (int i = 0; i < document.numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document.page(i);
        const QSizeF size = page->pageSizeF();
        for (const auto &annotation : page->annotations({Poppler::Annotation::AHighlight})) {
            const auto *highlight = static_cast<const Poppler::HighlightAnnotation *>(annotation.get());
            QRectF bounds;
            for (const Poppler::HighlightAnnotation::Quad &quad : highlight->highlightQuads()) {
                for (const QPointF &point : quad.points) {
                    const QPointF at(point.x() * size.width(), point.y() * size.height());
                    bounds = bounds.isNull() ? QRectF(at, QSizeF(0.001, 0.001))
                                             : bounds.united(QRectF(at, QSizeF()));
                }
            }
            found.append(FoundHighlight {
                i, highlight->contents(), highlight->author(), highlight->style().color(), bounds});
        }
    }
    return found;
}

QString documentText(Poppler::Document &document)
{
    QString text;
    for (int i = 0; i < document.numPages(); ++i)
        text += document.page(i)->text(QRectF()) + u'\n';
    return text;
}

/// The first word of the article's speaker names and paragraphs that `text`
/// lacks or has out of order; empty when all are there in reading order.
/// Whitespace is ignored: line breaks, margin notes and page numbers may come between.
QString firstOutOfOrder(const Article &article, const QString &text)
{
    const QString squeezedText = squeezed(text);
    qsizetype at = 0;
    for (const Segment &segment : article.segments) {
        QStringList words;
        if (segment.speaker)
            words += segment.speaker->name.split(u' ');
        for (const QString &paragraph : segment.paragraphs)
            words += paragraph.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : std::as_const(words)) {
            const qsizetype found = squeezedText.indexOf(word, at);
            if (found < 0)
                return word;
            at = found + word.size();
        }
    }
    return QString();
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyHighlightIsAnAnnotationWithNoteThemesAndColour();
    void highlightedQuotesSitInsideTheirAnnotations();
    void textReadsInArticleOrderAndFontsAreEmbedded();
    void bookmarksHoldEditorNoteSpeakersAndClaims();
    void documentInfoNamesTitleAuthorAndThemes();
    void tableCountsClaimsPerThemeAndSpeaker();
    void subThemesAreNamedByTheirWholePath();
    void oneOfAThingIsCountedInTheSingular();
    void annotatorNameSignsTheExport();
    void onlyClaimsAndThemesFilter();
    void letterPagesAreLetterSized();
    void crowdedMarginBecomesNumberedNotesWithoutOverlap();
    void highlightAcrossAPageBreakIsMarkedOnBothPages();
    void twentyPagesStayUnderOneMegabyte();
    void unwritablePathFailsAndLeavesNoFile();
    void cancelLeavesExistingFileUntouched();
    void cliExportsAndReportsErrors();

private:
    /// Stores `article` with its marks, which the checks below compare with the PDF.
    qint64 store(const Article &article, const QList<Mark> &marks)
    {
        m_marks = marks;
        return addMarkedArticle(*m_annotations, article, marks);
    }
    QString exportTo(qint64 articleId, const QString &name, const PdfExportOptions &options = {});

    std::unique_ptr<TemporaryLibrary> m_library;
    LibraryStore *m_store = nullptr;
    Annotations *m_annotations = nullptr;
    QList<Mark> m_marks;
};

void TestPdfExport::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    // To look at the exports: COLLOQUY_KEEP_EXPORTS=1 keeps each test's folder and prints it.
    if (!qEnvironmentVariableIsEmpty("COLLOQUY_KEEP_EXPORTS")) {
        m_library->keepFolder();
        qInfo("exports in %s", qPrintable(m_library->folder()));
    }
    m_store = m_library->store();
    m_annotations = m_library->annotations();
}

void TestPdfExport::cleanup()
{
    m_library.reset();
}

QString TestPdfExport::exportTo(qint64 articleId, const QString &name, const PdfExportOptions &options)
{
    const QString path = m_library->filePath(name);
    PdfExporter exporter(m_store);
    if (!exporter.exportArticle(articleId, path, options))
        qWarning("export failed: %s", qPrintable(exporter.errorString()));
    return path;
}

void TestPdfExport::everyHighlightIsAnAnnotationWithNoteThemesAndColour()
{
    const qint64 id = store(harbourArticle(), harbourMarks());
    const auto document = openPdf(exportTo(id, u"harbour.pdf"_s));
    QVERIFY(document);
    const QList<FoundHighlight> found = highlightsIn(*document);
    QCOMPARE(found.size(), m_store->highlights(id)->size());

    for (const Mark &mark : std::as_const(m_marks)) {
        // Each fixture highlight has a distinct note or theme set, so its annotation can be told apart.
        qsizetype matches = 0;
        for (const FoundHighlight &annotation : found) {
            // Notes are Markdown; readers get them as plain text.
            QVERIFY(!annotation.contents.contains(u"**"_s));
            bool same =
                mark.note.isEmpty() || annotation.contents.contains(QString(mark.note).remove(u"**"_s));
            for (const QString &theme : mark.themes)
                same = same && annotation.contents.contains(theme);
            if (mark.note.isEmpty() && mark.themes.isEmpty())
                same = annotation.contents.isEmpty();
            if (!same || annotation.colour.rgb() != highlightTint(mark.colour).rgb())
                continue;
            ++matches;
            QCOMPARE(annotation.author, Annotations::currentAuthor());
        }
        QVERIFY2(matches >= 1, qPrintable(mark.quote));
    }
}

void TestPdfExport::highlightedQuotesSitInsideTheirAnnotations()
{
    const qint64 id = store(harbourArticle(), harbourMarks());
    const auto document = openPdf(exportTo(id, u"harbour.pdf"_s));
    QVERIFY(document);
    const QList<FoundHighlight> found = highlightsIn(*document);
    QCOMPARE(found.size(), m_marks.size());
    for (const Mark &mark : std::as_const(m_marks)) {
        bool placed = false;
        for (const FoundHighlight &annotation : found) {
            const QString inside =
                document->page(annotation.page)->text(annotation.bounds.adjusted(-0.5, -0.5, 0.5, 0.5));
            placed = placed || squeezed(inside).contains(squeezed(mark.quote));
        }
        QVERIFY2(placed, qPrintable(u"not under an annotation: "_s + mark.quote));
    }
}

void TestPdfExport::textReadsInArticleOrderAndFontsAreEmbedded()
{
    const Article article = harbourArticle();
    const qint64 id = store(article, harbourMarks());
    const auto document = openPdf(exportTo(id, u"harbour.pdf"_s));
    QVERIFY(document);
    QCOMPARE(firstOutOfOrder(article, documentText(*document)), QString());
    // The same with pdftotext, which is what most people will try.
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {m_library->filePath(u"harbour.pdf"_s), u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(firstOutOfOrder(article, QString::fromUtf8(process.readAllStandardOutput())), QString());
    } else {
        qWarning("pdftotext not installed (poppler-utils): checked with poppler-qt6 only");
    }
    const QList<Poppler::FontInfo> fonts = document->fonts();
    QVERIFY(fonts.size() >= 3);
    // Subset, not just named so: DejaVu Serif alone is over 300 kB as a file.
    QVERIFY(QFileInfo(m_library->filePath(u"harbour.pdf"_s)).size() < 200 * 1024);
    bool cjk = false;
    for (const Poppler::FontInfo &font : fonts) {
        QVERIFY2(font.isEmbedded(), qPrintable(font.name()));
        QVERIFY2(font.isSubset(), qPrintable(font.name()));
        cjk = cjk || font.name().contains(u"WenQuanYi"_s, Qt::CaseInsensitive) ||
            font.name().contains(u"CJK"_s, Qt::CaseInsensitive);
    }
    QVERIFY2(cjk, "no CJK font embedded for 王丽华");
}

void TestPdfExport::bookmarksHoldEditorNoteSpeakersAndClaims()
{
    const Article article = harbourArticle();
    const qint64 id = store(article, harbourMarks());
    const auto document = openPdf(exportTo(id, u"harbour.pdf"_s));
    QVERIFY(document);
    const QVector<Poppler::OutlineItem> outline = document->outline();
    QStringList top;
    for (const Poppler::OutlineItem &item : outline)
        top.append(item.name());
    QVERIFY2(top.contains(u"Editor's note"_s), qPrintable(top.join(u" | "_s)));
    for (const Speaker &speaker : article.speakers()) {
        const qsizetype index = top.indexOf(speaker.name);
        QVERIFY2(index >= 0, qPrintable(speaker.name));
        // Children: the themes of this speaker's claims; grandchildren: one per claim.
        QMap<QString, int> expected;
        for (const Mark &mark : std::as_const(m_marks)) {
            const Segment &segment = article.segments.at(mark.segment);
            if (segment.speaker && segment.speaker->name == speaker.name) {
                for (const QString &theme : mark.themes)
                    ++expected[theme];
            }
        }
        QMap<QString, int> actual;
        for (const Poppler::OutlineItem &theme : outline.at(index).children())
            actual[theme.name()] = int(theme.children().size());
        QCOMPARE(actual, expected);
    }
    QVERIFY(top.contains(u"Claims by theme"_s));
}

void TestPdfExport::documentInfoNamesTitleAuthorAndThemes()
{
    const Article article = harbourArticle();
    const qint64 id = store(article, harbourMarks());
    const auto document = openPdf(exportTo(id, u"harbour.pdf"_s));
    QVERIFY(document);
    QCOMPARE(document->info(u"Title"_s), article.title);
    QCOMPARE(document->info(u"Author"_s), Annotations::currentAuthor());
    QVERIFY(document->info(u"Subject"_s).contains(u"王丽华"_s));
    QStringList keywords = document->info(u"Keywords"_s).split(u", "_s);
    keywords.sort();
    QCOMPARE(keywords, QStringList({u"Knowledge"_s, u"Labour"_s, u"Memory"_s}));
    QVERIFY(document->numPages() >= 2); // the article, then the appendix on its own page
}

void TestPdfExport::tableCountsClaimsPerThemeAndSpeaker()
{
    const Article article = harbourArticle();
    const qint64 id = store(article, harbourMarks());
    const auto document = openPdf(exportTo(id, u"harbour.pdf"_s));
    QVERIFY(document);
    const std::unique_ptr<Poppler::Page> last = document->page(document->numPages() - 1);
    const auto boxes = last->textList();
    double tableTop = -1;
    for (const auto &box : boxes) {
        if (box->text() == u"Claims"_s && box->nextWord() && box->nextWord()->text() == u"per"_s)
            tableTop = box->boundingBox().bottom();
    }
    QVERIFY(tableTop > 0);
    for (const QString &theme : {u"Memory"_s, u"Labour"_s, u"Knowledge"_s}) {
        QStringList expected;
        int total = 0;
        for (const Speaker &speaker : article.speakers()) {
            int count = 0;
            for (const Mark &mark : std::as_const(m_marks)) {
                const Segment &segment = article.segments.at(mark.segment);
                count += (mark.themes.contains(theme) && segment.speaker == speaker) ? 1 : 0;
            }
            expected.append(count ? QString::number(count) : u"–"_s);
            total += count;
        }
        expected.append(QString::number(total));

        QRectF row;
        for (const auto &box : boxes) {
            if (box->text() == theme && box->boundingBox().top() > tableTop)
                row = box->boundingBox();
        }
        QVERIFY2(!row.isNull(), qPrintable(theme));
        QList<std::pair<double, QString>> cells;
        for (const auto &box : boxes) {
            const QRectF r = box->boundingBox();
            if (r.left() > row.right() && std::abs(r.center().y() - row.center().y()) < 2)
                cells.append({r.left(), box->text()});
        }
        std::sort(cells.begin(), cells.end());
        QStringList actual;
        for (const auto &cell : std::as_const(cells))
            actual.append(cell.second);
        QCOMPARE(actual, expected);
    }
}

void TestPdfExport::subThemesAreNamedByTheirWholePath()
{
    const QString ports = u"Economy › Ports"_s;
    const qint64 id = store(harbourArticle(),
        {{4, u"A modern terminal employs a tenth of the people"_s, HighlightColour::Blue,
            u"Check the ratio."_s, {u"Economy/Ports"_s}}});
    const auto document = openPdf(exportTo(id, u"ports.pdf"_s));
    QVERIFY(document);
    const QList<FoundHighlight> found = highlightsIn(*document);
    QCOMPARE(found.size(), 1);
    QVERIFY2(
        found.constFirst().contents.contains(u"Themes: "_s + ports), qPrintable(found.constFirst().contents));
    QCOMPARE(document->info(u"Keywords"_s), ports);

    // The margin note beside the highlight (page 1) and the appendix (its own page) both name the parent.
    const QString margin = document->page(0)->text(QRectF());
    QVERIFY2(squeezed(margin).contains(squeezed(ports)), qPrintable(margin));
    const QString appendix = document->page(document->numPages() - 1)->text(QRectF());
    QVERIFY(appendix.contains(u"Claims by theme"_s));
    QCOMPARE(squeezed(appendix).count(squeezed(ports)), 2); // its heading and its row in the table
}

void TestPdfExport::oneOfAThingIsCountedInTheSingular()
{
    const qint64 id = store(harbourArticle(),
        {{3, u"Every harbour I have studied"_s, HighlightColour::Yellow, {}, {u"Memory"_s}}});
    const auto document = openPdf(exportTo(id, u"one.pdf"_s));
    QVERIFY(document);
    QVERIFY2(document->info(u"Subject"_s).startsWith(u"Annotated article with 1 highlight;"_s),
        qPrintable(document->info(u"Subject"_s)));
    const QString first = document->page(0)->text(QRectF()).simplified();
    QVERIFY2(first.contains(u"1 highlight, 1 claim,"_s), qPrintable(first));
    QVERIFY(!first.contains(u"1 highlights"_s));
    QVERIFY(!first.contains(u"1 claims"_s));
}

void TestPdfExport::annotatorNameSignsTheExport()
{
    m_annotations->setAuthor(u"Mara Lindqvist"_s);
    const qint64 id = store(harbourArticle(), harbourMarks());
    const auto document = openPdf(exportTo(id, u"signed.pdf"_s));
    QVERIFY(document);
    QCOMPARE(document->info(u"Author"_s), u"Mara Lindqvist"_s);
    const QList<FoundHighlight> found = highlightsIn(*document);
    QVERIFY(!found.isEmpty());
    for (const FoundHighlight &annotation : found)
        QCOMPARE(annotation.author, u"Mara Lindqvist"_s);
}

void TestPdfExport::onlyClaimsAndThemesFilter()
{
    const qint64 id = store(harbourArticle(), harbourMarks());
    PdfExportOptions claims;
    claims.onlyClaims = true;
    auto document = openPdf(exportTo(id, u"claims.pdf"_s, claims));
    QVERIFY(document);
    qsizetype expected = 0;
    for (const Mark &mark : std::as_const(m_marks))
        expected += mark.themes.isEmpty() ? 0 : 1;
    QCOMPARE(highlightsIn(*document).size(), expected);

    PdfExportOptions memory;
    memory.themes = {u"memory"_s}; // any case
    document = openPdf(exportTo(id, u"memory.pdf"_s, memory));
    QVERIFY(document);
    const QList<FoundHighlight> found = highlightsIn(*document);
    expected = 0;
    for (const Mark &mark : std::as_const(m_marks))
        expected += mark.themes.contains(u"Memory"_s) ? 1 : 0;
    QCOMPARE(found.size(), expected);
    for (const FoundHighlight &annotation : found)
        QVERIFY(annotation.contents.contains(u"Memory"_s));
    QCOMPARE(document->info(u"Keywords"_s), u"Memory"_s);

    PdfExporter exporter(m_store);
    PdfExportOptions unknown;
    unknown.themes = {u"Weather"_s};
    QVERIFY(!exporter.exportArticle(id, m_library->filePath(u"weather.pdf"_s), unknown));
    QVERIFY(exporter.errorString().contains(u"Weather"_s));
    QVERIFY(!QFileInfo::exists(m_library->filePath(u"weather.pdf"_s)));
}

void TestPdfExport::letterPagesAreLetterSized()
{
    const qint64 id = store(harbourArticle(), harbourMarks());
    PdfExportOptions letter;
    letter.pageSize = QPageSize::Letter;
    const auto document = openPdf(exportTo(id, u"letter.pdf"_s, letter));
    QVERIFY(document);
    const QSizeF size = document->page(0)->pageSizeF();
    QCOMPARE(qRound(size.width()), 612);
    QCOMPARE(qRound(size.height()), 792);
}

void TestPdfExport::crowdedMarginBecomesNumberedNotesWithoutOverlap()
{
    // One paragraph whose every sentence carries a long note: the margin cannot hold them all.
    QStringList sentences;
    QList<Mark> marks;
    for (int i = 1; i <= 14; ++i) {
        const QString sentence = u"Sentence %1 says one short thing."_s.arg(i);
        sentences.append(sentence);
        marks.append({1, sentence, HighlightColour::Blue,
            u"Note %1: a long remark that needs several lines in the narrow margin beside the text, more "
            u"than the sentence it belongs to."_s.arg(i),
            {u"Crowding"_s}});
    }
    const Article article = TestArticles::article(u"Crowded margins"_s,
        {TestArticles::segment(SegmentKind::Narration, {u"An introduction."_s}),
            TestArticles::speech(u"Ana Núñez"_s, u"tester"_s, {sentences.join(u' ')})});
    const qint64 id = store(article, marks);
    const auto document = openPdf(exportTo(id, u"crowded.pdf"_s));
    QVERIFY(document);
    const QString text = squeezed(documentText(*document));
    QVERIFY(text.contains(u"Notes"_s));
    for (const Mark &mark : std::as_const(marks))
        QVERIFY2(text.contains(squeezed(mark.note)), qPrintable(mark.note));

    for (int p = 0; p < document->numPages(); ++p) {
        const auto boxes = document->page(p)->textList();
        for (size_t i = 0; i < boxes.size(); ++i) {
            for (size_t j = i + 1; j < boxes.size(); ++j) {
                const QRectF a = boxes[i]->boundingBox();
                const QRectF b = boxes[j]->boundingBox();
                const QRectF overlap = a.intersected(b);
                const double smaller = std::min(a.width() * a.height(), b.width() * b.height());
                QVERIFY2(overlap.width() * overlap.height() < 0.2 * smaller,
                    qPrintable(
                        u"page %1: '%2' overlaps '%3'"_s.arg(p + 1).arg(boxes[i]->text(), boxes[j]->text())));
            }
        }
    }
}

void TestPdfExport::highlightAcrossAPageBreakIsMarkedOnBothPages()
{
    QStringList sentences;
    for (int i = 1; i <= 120; ++i)
        sentences.append(u"Sentence number %1 of a paragraph longer than one page."_s.arg(i));
    const QString paragraph = sentences.join(u' ');
    const QString quote = sentences.mid(20, 90).join(u' '); // far longer than a page of text
    const qint64 id = store(TestArticles::article(u"A long paragraph"_s,
                                {TestArticles::speech(u"Øyvind Ærø"_s, u"a patient speaker"_s, {paragraph})}),
        {{0, quote, HighlightColour::Green, u"One long claim."_s, {u"Length"_s}}});
    const auto document = openPdf(exportTo(id, u"break.pdf"_s));
    QVERIFY(document);
    const QList<FoundHighlight> found = highlightsIn(*document);
    QVERIFY2(found.size() >= 2, qPrintable(QString::number(found.size())));
    QString covered;
    for (const FoundHighlight &part : found) {
        QVERIFY(part.contents.contains(u"One long claim."_s));
        QVERIFY(part.page > found.constFirst().page || &part == &found.constFirst());
        covered += document->page(part.page)->text(part.bounds.adjusted(-0.5, -0.5, 0.5, 0.5));
    }
    QVERIFY(squeezed(covered).contains(squeezed(quote)));
}

void TestPdfExport::twentyPagesStayUnderOneMegabyte()
{
    const QStringList vocabulary = u"harbour quay city water cargo pilot river memory labour tide crane "
                                   u"dock ship light bridge winter trade street market island"_s.split(u' ');
    QList<Segment> segments;
    QList<Mark> marks;
    const QStringList names {u"Zoë Adébáyọ̀"_s, u"李明"_s, u"Jürgen Weiß"_s, u"Siobhán Ní Bhriain"_s};
    for (int s = 0; s < 40; ++s) {
        QStringList paragraphs;
        for (int p = 0; p < 3; ++p) {
            QStringList words;
            for (int w = 0; w < 110; ++w)
                words.append(vocabulary.at((s * 7 + p * 13 + w * w) % vocabulary.size()));
            paragraphs.append(u"Turn %1 paragraph %2: "_s.arg(s).arg(p) + words.join(u' ') + u'.');
        }
        segments.append(TestArticles::speech(names.at(s % names.size()), u"a voice"_s, paragraphs));
        marks.append({s, u"Turn %1 paragraph 1: "_s.arg(s), HighlightColour(s % 6),
            u"Note on turn %1."_s.arg(s), {vocabulary.at(s % 5)}});
    }
    const qint64 id = store(TestArticles::article(u"A long conversation"_s, segments), marks);
    const QString path = exportTo(id, u"long.pdf"_s);
    const auto document = openPdf(path);
    QVERIFY(document);
    QVERIFY2(document->numPages() >= 20, qPrintable(QString::number(document->numPages())));
    QCOMPARE(highlightsIn(*document).size(), marks.size());
    const qint64 size = QFileInfo(path).size();
    qInfo("%d pages, %lld bytes", document->numPages(), size);
    QVERIFY2(size < 1024 * 1024, qPrintable(QString::number(size)));
}

void TestPdfExport::unwritablePathFailsAndLeavesNoFile()
{
    const qint64 id = store(harbourArticle(), harbourMarks());
    const QString path = m_library->filePath(u"no/such/folder/out.pdf"_s);
    PdfExporter exporter(m_store);
    QVERIFY(!exporter.exportArticle(id, path, {}));
    QVERIFY(exporter.errorString().contains(u"out.pdf"_s));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!exporter.exportArticle(id + 100, m_library->filePath(u"x.pdf"_s), {}));
    QVERIFY(!QFileInfo::exists(m_library->filePath(u"x.pdf"_s)));
}

void TestPdfExport::cancelLeavesExistingFileUntouched()
{
    const qint64 id = store(harbourArticle(), harbourMarks());
    const QString path = m_library->filePath(u"kept.pdf"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export");
    }
    PdfExporter exporter(m_store);
    QList<int> seen;
    connect(&exporter, &PdfExporter::progress, &exporter, [&](int done, int total) {
        seen.append(done);
        QVERIFY(done <= total);
        if (done == 2)
            exporter.cancel();
    });
    QVERIFY(!exporter.exportArticle(id, path, {}));
    QVERIFY(exporter.wasCancelled());
    QCOMPARE(seen, QList<int>({1, 2}));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("an older export"));
}

void TestPdfExport::cliExportsAndReportsErrors()
{
    const qint64 id = store(harbourArticle(), harbourMarks());
    m_library->close(); // the CLI opens the library itself
    CliRunner cli(m_library->folder());
    cli.setLibrary(m_library->path());
    const auto run = [&cli](const QStringList &args, QByteArray *err = nullptr) {
        const CliRun result = cli.run(args);
        if (err)
            *err = result.err;
        return result.exitCode;
    };
    const QString out = m_library->filePath(u"cli.pdf"_s);
    QCOMPARE(run({u"export"_s, QString::number(id), u"--format"_s, u"pdf"_s, u"--output"_s, out,
                 u"--page-size"_s, u"Letter"_s, u"--themes"_s, u"Labour,Knowledge"_s}),
        0);
    const auto document = openPdf(out);
    QVERIFY(document);
    QCOMPARE(highlightsIn(*document).size(), 3);

    QByteArray err;
    QCOMPARE(
        run({u"export"_s, QString::number(id), u"--output"_s, m_library->filePath(u"none/x.pdf"_s)}, &err),
        1);
    QCOMPARE(err.count('\n'), 1);
    QVERIFY(err.startsWith("colloquy-cli: "));
    QCOMPARE(run({u"export"_s, QString::number(id), u"--output"_s, out, u"--page-size"_s, u"A5"_s}), 2);
    QCOMPARE(run({u"export"_s, QString::number(id)}), 2);
    QCOMPARE(run({u"export"_s, QString::number(id), u"--format"_s, u"docx"_s, u"--output"_s, out}), 2);
    QCOMPARE(run({u"export"_s, u"999"_s, u"--output"_s, m_library->filePath(u"missing.pdf"_s)}), 1);
    QVERIFY(!QFileInfo::exists(m_library->filePath(u"missing.pdf"_s)));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
