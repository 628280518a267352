#include "import/articlereader.h"
#include "import/htmlimporter.h"
#include "import/importerregistry.h"
#include "testdata.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Colloquy::ImportedText;
using Colloquy::ImporterRegistry;
using Colloquy::LineCue;

namespace {

QByteArray fixture(const QString &name)
{
    const QByteArray bytes =
        Colloquy::Testing::readFile(Colloquy::Testing::testDataPath(u"import/"_s + name));
    if (bytes.isEmpty())
        qFatal("missing fixture %s", qPrintable(name));
    return bytes;
}

// Imports with the importer the registry picks for `fileName`.
std::optional<ImportedText> importBytes(
    const QByteArray &bytes, const QString &fileName, QString *error = nullptr)
{
    const Colloquy::Importer *importer = ImporterRegistry::instance().detect(bytes, fileName);
    return importer->read(bytes, error);
}

QStringList linesOf(const std::optional<ImportedText> &imported)
{
    return imported ? imported->text.split(u'\n') : QStringList();
}

struct PdfPage
{
    QStringList lines; ///< body lines; an empty string is a paragraph gap
};

/**
 * A PDF drawn line by line, so the test controls every line end: a running
 * head and a page number on each page, a larger title on the first.
 */
QByteArray makePdf(const QList<PdfPage> &pages, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one unit is one point
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(u"tst_importers"_s);

    QPainter painter(&writer);
    QFont body(u"DejaVu Serif"_s);
    body.setPointSizeF(10);
    QFont heading = body;
    heading.setPointSizeF(16);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(body);
        painter.drawText(QPointF(40, 30), u"THE HARBOUR GAZETTE \u00b7 SPECIAL REPORT"_s);
        painter.drawText(QPointF(180, 570), u"Page %1 of %2"_s.arg(p + 1).arg(pages.size()));
        double y = 100;
        if (p == 0) {
            painter.setFont(heading);
            painter.drawText(QPointF(40, y), title);
            painter.setFont(body);
            y += 36;
        }
        for (const QString &line : pages.at(p).lines) {
            if (line.isEmpty()) {
                y += 12;
                continue;
            }
            painter.drawText(QPointF(40, y), line);
            y += 15;
        }
    }
    painter.end();
    return bytes;
}

QByteArray harbourPdf()
{
    return makePdf({PdfPage {{u"Ingrid Solheim, harbour master, said the quay"_s,
                        u"was built for smaller boats and the local eco-"_s,
                        u"nomic life still depends on it every day."_s, QString(),
                        u"Tom\u00e1s Herrera, researcher, said that feeder"_s,
                        u"routes had grown and that the well-known"_s, u"ports were"_s}},
                       PdfPage {{u"not the only ones that mattered to him."_s, QString(),
                           u"A second paragraph on the second page ends here."_s}}},
        u"Tides and Trade"_s);
}

/// A PDF whose Standard security handler does not accept the empty user password.
QByteArray encryptedPdf()
{
    const QList<QByteArray> objects {"<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + QByteArray(64, '7') + "> /U <" + QByteArray(64, '3') +
            "> >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
        " /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> "
        "<00112233445566778899aabbccddeeff>] "
        ">>\nstartxref\n" +
        QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksImporterByContentAndExtension_data();
    void picksImporterByContentAndExtension();
    void readsParagraphsInOrder_data();
    void readsParagraphsInOrder();
    void markdownBlocks_data();
    void markdownBlocks();
    void htmlDropsPageFurniture_data();
    void htmlDropsPageFurniture();
    void htmlBreakInsideSentenceIsASpace();
    void htmlDeepNestingIsFlattenedTextKept_data();
    void htmlDeepNestingIsFlattenedTextKept();
    void htmlWithinTheLimitIsNotFlattened();
    void markupCuesForTheSegmenter_data();
    void markupCuesForTheSegmenter();
    void legacyPageReadsAsWindows1252();
    void subtitleTurnsKeepTheirTimings_data();
    void subtitleTurnsKeepTheirTimings();
    void pdfDropsRunningHeadsAndPageNumbers_data();
    void pdfDropsRunningHeadsAndPageNumbers();
    void pdfRepairsHyphenationOnlyForLowercaseWords();
    void pdfShortParagraphsStayApart();
    void articleKeepsFormatSourceAndMetadata();
    void formatOverrideByName();
    void wrongExtensionOnDiskIsSniffed();
    void garbageFailsWithOneLine_data();
    void garbageFailsWithOneLine();
    void truncatedInputNeverCrashes_data();
    void truncatedInputNeverCrashes();
};

void TestImporters::picksImporterByContentAndExtension_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");

    const QByteArray markdown = fixture(u"roundtable.md"_s);
    const QByteArray html = fixture(u"roundtable.html"_s);
    const QByteArray vtt = fixture(u"interview.vtt"_s);
    const QByteArray srt = fixture(u"panel.srt"_s);
    const QByteArray text = "A plain article.\nWith two paragraphs.\n";

    QTest::newRow("markdown by extension") << markdown << u"a.md"_s << u"markdown"_s;
    QTest::newRow("html by doctype") << html << u"a.html"_s << u"html"_s;
    QTest::newRow("html without doctype") << fixture(u"interview.html"_s) << u"a"_s << u"html"_s;
    QTest::newRow("webvtt by signature") << vtt << u"a.vtt"_s << u"webvtt"_s;
    QTest::newRow("srt by cue shape") << srt << u"a.srt"_s << u"srt"_s;
    QTest::newRow("pdf by signature") << harbourPdf() << u"a.pdf"_s << u"pdf"_s;
    QTest::newRow("plain text") << text << u"a.txt"_s << u"text"_s;
    QTest::newRow("no extension is text") << text << u"README"_s << u"text"_s;
    QTest::newRow("html saved as txt") << html << u"page.txt"_s << u"html"_s;
    QTest::newRow("pdf named html") << harbourPdf() << u"report.html"_s << u"pdf"_s;
    QTest::newRow("webvtt named srt") << vtt << u"talk.srt"_s << u"webvtt"_s;
    QTest::newRow("srt named txt") << srt << u"talk.txt"_s << u"srt"_s;
    QTest::newRow("webvtt with byte-order mark") << QByteArray("\xef\xbb\xbf" + vtt) << u"x"_s << u"webvtt"_s;
    QTest::newRow("markdown without extension") << markdown << u"notes"_s << u"markdown"_s;
    // A weak content hint does not overrule an explicit .txt: plain text with a `#` stays text.
    QTest::newRow("markdown-like txt stays text") << markdown << u"notes.txt"_s << u"text"_s;
    QTest::newRow("uppercase extension") << markdown << u"NOTES.MD"_s << u"markdown"_s;
}

void TestImporters::picksImporterByContentAndExtension()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    QCOMPARE(ImporterRegistry::instance().detect(bytes, fileName)->name(), format);
}

void TestImporters::readsParagraphsInOrder_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("markdown: headings, lists, quotes, code, links")
        << u"roundtable.md"_s
        << QStringList {u"Can Small Harbours Survive the Container Age?"_s,
               u"Editor's Note: Three people who work on the water answered one question for us: what keeps a small port alive when the ships keep growing?"_s,
               u"Ingrid Solheim, harbour master of a Norwegian fishing town"_s,
               u"Our quay was built for boats that carried forty tonnes, and we still serve them. The trick is not to compete with the giants but to do what they cannot: turn a ship around in an afternoon."_s,
               u"A port is a promise kept every tide."_s, u"We lean on three things:"_s,
               u"\u2022 a fuel dock that never closes"_s,
               u"\u2022 repair crews who answer the phone at night"_s,
               u"\u2022 a fish auction that settles the same day"_s,
               u"Tom\u00e1s Herrera, logistics researcher at a Chilean university"_s,
               u"Numbers first. See our survey (https://example.org/harbour-survey) for the method, or read the summary."_s,
               u"1. Feeder routes grew by a third since 2015."_s,
               u"2. Half the small ports we studied lost a line."_s, u"route calls tonnes"_s,
               u"north 112 8,400"_s, u"Inline code stays as text, and so do entities: fish & chips."_s};

    // A page's link targets are markup its reader never saw: only the link's text is kept.
    QTest::newRow("html: article inside page furniture")
        << u"roundtable.html"_s
        << QStringList {u"Who Should Own the Night Sky?"_s, u"By the Opinion Desk \u00b7 3 March"_s,
               u"Editor\u2019s Note: Satellite swarms now cross every long exposure. We asked three people who look up for a living how the sky should be shared."_s,
               u"Amara Okoye, astronomer at a mountain observatory"_s,
               u"Every night we lose a few minutes of clean data to passing trails, and those minutes add up. A survey that should take ten years now takes eleven, and some faint objects are simply gone."_s,
               u"We do not want to stop launches. We want dimmer paint, published orbits, and a seat at the table before the next thousand go up."_s,
               u"Felix Brandt, engineer at a small launch company"_s,
               u"Orbit is not empty space waiting for owners; it is a commons with traffic rules, and the rules are old. I would rather write new ones with the astronomers than fight about them in court."_s,
               u"The sky is the one landscape every village on Earth shares."_s,
               u"Our next satellites carry a sunshade. It costs us mass, which costs us money, but the pictures from the ground convinced our board. Read the test report if you want the details."_s};

    QTest::newRow("html: div layout, bold lead-ins, og:title")
        << u"interview.html"_s
        << QStringList {u"Ten Questions for a Lighthouse Keeper"_s,
               u"Editor\u2019s note: Rosalind Achterberg has kept the light on a North Sea island for twenty-two years. She spoke to us by radio."_s,
               u"CN: What does a keeper still do, now that the lamp is automatic?"_s,
               u"Achterberg: Mostly I listen. The machine tells me when it is unhappy, and I fix it before the ships notice. I also count birds for the university, which nobody asked me to do at first."_s,
               u"CN: Is it lonely?"_s,
               u"Achterberg: Less than a city. Here, when a boat passes, I know who is on it \u2014 and they wave."_s,
               u"Log, 14 May: wind NW 6, lamp ok"_s, u"Log, 15 May: fog, horn 4 hours"_s};

    QTest::newRow("webvtt: voice tags become turns")
        << u"interview.vtt"_s
        << QStringList {u"Bread and the City: a baker on flour prices"_s,
               u"Host: Welcome back. My guest runs three bakeries in a city that keeps getting more expensive. How did the last winter treat you?"_s,
               u"Lena Marsh: Badly, at first. Flour went up by half in two months. We changed the loaves instead of the prices & kept our regulars."_s,
               u"Host: Did anyone notice?"_s, u"Lena Marsh: Only the children. They always notice."_s};

    QTest::newRow("srt: name prefixes become turns")
        << u"panel.srt"_s
        << QStringList {
               u"Moderator: Good evening, and thank you for coming out in the rain. Tonight we talk about rivers in cities."_s,
               u"Dr. Saoirse Keane: Thank you. Rivers were buried under streets for a century. Now towns are digging them up again."_s,
               u"Paolo Ferri: And the floods taught us why."_s, u"Moderator: Let us start there."_s};
}

void TestImporters::readsParagraphsInOrder()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, expected);
    QString error;
    const auto imported = importBytes(fixture(fileName), fileName, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(linesOf(imported), expected);
}

void TestImporters::markdownBlocks_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("table rows are lines")
        << QByteArray("| Name | Role |\n|---|---|\n| Ada | host |\n| Ben | guest |\n")
        << QStringList {u"Name | Role"_s, u"Ada | host"_s, u"Ben | guest"_s};
    QTest::newRow("nested list items are lines")
        << QByteArray("- outer\n  - inner one\n  - inner two\n- last\n")
        << QStringList {u"\u2022 outer"_s, u"\u2022 inner one"_s, u"\u2022 inner two"_s, u"\u2022 last"_s};
    QTest::newRow("setext heading and hard break")
        << QByteArray("A Title\n=======\n\nMira Castell  \nArchitect in Valencia\n")
        << QStringList {u"A Title"_s, u"Mira Castell"_s, u"Architect in Valencia"_s};
    QTest::newRow("soft line breaks join") << QByteArray("one line\nwrapped by the author\n")
                                           << QStringList {u"one line wrapped by the author"_s};
    QTest::newRow("images and raw html dropped")
        << QByteArray("![a harbour at dusk](dusk.jpg)\n\n<div class=\"ad\">Buy now</div>\n\nText "
                      "<span>stays</span>.\n")
        << QStringList {u"Text stays."_s};
    QTest::newRow("autolink not repeated")
        << QByteArray("See <https://example.org/x> and [https://example.org/y](https://example.org/y).\n")
        << QStringList {u"See https://example.org/x and https://example.org/y."_s};
    QTest::newRow("numeric entities")
        << QByteArray("caf&#233; &#x2014; &bogus;\n") << QStringList {u"caf\u00e9 \u2014 &bogus;"_s};
}

void TestImporters::markdownBlocks()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QStringList, expected);
    const auto imported = importBytes(markdown, u"m.md"_s);
    QVERIFY(imported);
    QCOMPARE(linesOf(imported), expected);
}

void TestImporters::htmlDropsPageFurniture_data()
{
    QTest::addColumn<QString>("noise");
    QTest::newRow("script code") << u"trackReader"_s;
    QTest::newRow("script output") << u"SCRIPT RAN"_s;
    QTest::newRow("json-ld") << u"JSON-LD"_s;
    QTest::newRow("style sheet") << u"font-family"_s;
    QTest::newRow("cookie banner") << u"cookies"_s;
    QTest::newRow("site logo and navigation") << u"Science"_s;
    QTest::newRow("sidebar") << u"Most read"_s;
    QTest::newRow("share bar") << u"Share on Social"_s;
    QTest::newRow("advert") << u"Advertisement"_s;
    QTest::newRow("promo box") << u"one coin a week"_s;
    QTest::newRow("noscript") << u"NOSCRIPT"_s;
    QTest::newRow("article footer tags") << u"Tags:"_s;
    QTest::newRow("comments") << u"First!"_s;
    QTest::newRow("related stories") << u"lighthouse keeper"_s;
    QTest::newRow("site footer") << u"All rights reserved"_s;
    QTest::newRow("newsletter form") << u"Newsletter"_s;
}

void TestImporters::htmlDropsPageFurniture()
{
    QFETCH(QString, noise);
    const auto imported = importBytes(fixture(u"roundtable.html"_s), u"roundtable.html"_s);
    QVERIFY(imported);
    QVERIFY2(!imported->text.contains(noise, Qt::CaseInsensitive), qPrintable(imported->text));
    QCOMPARE(imported->title, u"Who Should Own the Night Sky?"_s);
    QCOMPARE(imported->metadata.value(u"site"_s).toString(), u"The Weekly Lantern"_s);
}

void TestImporters::htmlBreakInsideSentenceIsASpace()
{
    const QByteArray page =
        "<html><body><div><p>Mira Castell<br>Architect in Valencia</p>"
        "<p>We build for heat,<br>not for cold.<br>Winters are short here.</p></div></body></html>";
    const auto imported = importBytes(page, u"p.html"_s);
    QVERIFY(imported);
    QCOMPARE(linesOf(imported),
        (QStringList {u"Mira Castell"_s, u"Architect in Valencia"_s, u"We build for heat, not for cold."_s,
            u"Winters are short here."_s}));
}

void TestImporters::htmlDeepNestingIsFlattenedTextKept_data()
{
    QTest::addColumn<QByteArray>("open");
    QTest::addColumn<QByteArray>("close");
    QTest::addColumn<int>("depth");
    QTest::newRow("5,000 divs") << QByteArray("<div>") << QByteArray("</div>") << 5000;
    QTest::newRow("100,000 divs") << QByteArray("<div>") << QByteArray("</div>") << 100000;
    QTest::newRow("5,000 unclosed spans") << QByteArray("<span>") << QByteArray() << 5000;
    QTest::newRow("5,000 blockquotes") << QByteArray("<blockquote>") << QByteArray("</blockquote>") << 5000;
}

void TestImporters::htmlDeepNestingIsFlattenedTextKept()
{
    // Text at the top, in the middle of the nesting (deeper than the limit) and at its bottom:
    // all of it is read, and the page says how much was flattened. Before, elements deeper
    // than 256 were dropped with their text and 100,000 divs kept the parser busy for 30 s.
    QFETCH(QByteArray, open);
    QFETCH(QByteArray, close);
    QFETCH(int, depth);
    QByteArray page = "<!doctype html><html><head><title>The Lock Keepers</title></head><body>"
                      "<p>Agnes Pellworth has kept the Hollin lock for thirty years.</p>";
    page += open.repeated(depth / 2);
    page += "<p>The gates are older than the village, she says.</p>";
    page += open.repeated(depth - depth / 2);
    page += "<p>Nobody else wants the night shift, and I like the quiet.</p>";
    page += close.repeated(depth);
    page += "<p>Her son will take over in spring.</p></body></html>";
    QElapsedTimer timer;
    timer.start();
    const Colloquy::ReadResult read = Colloquy::ArticleReader::readBytes(page, u"deep.html"_s);
    QVERIFY2(read.article, qPrintable(read.error));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    const QString text = read.article->normalizedText;
    for (const QString &sentence : {u"Agnes Pellworth has kept the Hollin lock for thirty years."_s,
             u"The gates are older than the village, she says."_s,
             u"Nobody else wants the night shift, and I like the quiet."_s,
             u"Her son will take over in spring."_s})
        QVERIFY2(text.contains(sentence), qPrintable(sentence));
    QVERIFY(text.indexOf(u"The gates"_s) < text.indexOf(u"Nobody else"_s));
    const int flattened = read.article->metadata.value(u"html_flattened"_s).toInt();
    QVERIFY2(flattened >= depth - Colloquy::HtmlImporter::MaxNesting, qPrintable(QString::number(flattened)));
    QVERIFY(flattened <= depth + 2);
}

void TestImporters::htmlWithinTheLimitIsNotFlattened()
{
    // 150 nested sections with a paragraph in the deepest: nothing flattened, nothing said.
    QByteArray page = "<html><head><title>Shallow</title></head><body>";
    page += QByteArray("<section>").repeated(150);
    page += "<p>Ruben Aalto repairs accordions in a shed behind the station.</p>";
    page += QByteArray("</section>").repeated(150);
    page += "</body></html>";
    const Colloquy::ReadResult read = Colloquy::ArticleReader::readBytes(page, u"shallow.html"_s);
    QVERIFY2(read.article, qPrintable(read.error));
    QVERIFY(read.article->normalizedText.contains(
        u"Ruben Aalto repairs accordions in a shed behind the station."_s));
    QVERIFY(!read.article->metadata.contains(u"html_flattened"_s));
}

// Bold leads, bold lines and headings that plain text loses are kept as cues, by line.
void TestImporters::markupCuesForTheSegmenter_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("boldLead");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<int>("heading");
    QTest::addColumn<QString>("blockClass");

    QTest::newRow("html bold name before a bio")
        << "<html><body><article><p><strong>Ana Lima</strong>, potter</p><p>Clay forgives.</p></article></body></html>"_ba
        << u"a.html"_s << u"Ana Lima, potter"_s << u"Ana Lima"_s << false << 0 << QString();
    QTest::newRow("html bold question")
        << "<html><body><article><p><b>Why clay?</b></p><p>Because it forgives.</p></article></body></html>"_ba
        << u"a.html"_s << u"Why clay?"_s << u"Why clay?"_s << true << 0 << QString();
    QTest::newRow("html heading")
        << "<html><body><article><h3>Ana Lima</h3><p>Clay forgives mistakes.</p></article></body></html>"_ba
        << u"a.html"_s << u"Ana Lima"_s << QString() << false << 3 << QString();
    QTest::newRow("html paragraph class")
        << "<html><body><article><p class=\"Interview-Question\">Why clay?</p><p>It forgives.</p></article>"
           "</body></html>"_ba
        << u"a.html"_s << u"Why clay?"_s << QString() << false << 0 << u"interview-question"_s;
    QTest::newRow("markdown bold question") << "Intro.\n\n**Why clay?**\n\nBecause.\n"_ba << u"a.md"_s
                                            << u"Why clay?"_s << u"Why clay?"_s << true << 0 << QString();
    QTest::newRow("markdown bold lead")
        << "**Q:** Why clay?\n"_ba << u"a.md"_s << u"Q: Why clay?"_s << u"Q:"_s << false << 0 << QString();
    QTest::newRow("markdown heading") << "# Clay\n\n## Ana Lima\n\nText.\n"_ba << u"a.md"_s << u"Ana Lima"_s
                                      << QString() << false << 2 << QString();
}

void TestImporters::markupCuesForTheSegmenter()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, fileName);
    QFETCH(QString, line);
    QFETCH(QString, boldLead);
    QFETCH(bool, bold);
    QFETCH(int, heading);
    QFETCH(QString, blockClass);

    const auto imported = importBytes(source, fileName);
    QVERIFY(imported);
    const QStringList lines = linesOf(imported);
    const qsizetype index = lines.indexOf(line);
    QVERIFY2(index >= 0, qPrintable(lines.join(u" | "_s)));
    LineCue cue;
    for (const LineCue &candidate : imported->cues) {
        if (candidate.line == index)
            cue = candidate;
    }
    QCOMPARE(cue.boldLead, boldLead);
    QCOMPARE(cue.bold, bold);
    QCOMPARE(cue.headingLevel, heading);
    QCOMPARE(cue.blockClass, blockClass);
}

void TestImporters::legacyPageReadsAsWindows1252()
{
    // Not UTF-8: curly quotes and a dash at 0x93, 0x94 and 0x96, as old saved pages have them.
    const QByteArray page =
        "<html><body><p>\x93Tides,\x94 she said \x96 caf\xe9 talk, mostly.</p></body></html>";
    const auto imported = importBytes(page, u"old.htm"_s);
    QVERIFY(imported);
    QCOMPARE(imported->text, u"\u201cTides,\u201d she said \u2013 caf\u00e9 talk, mostly."_s);
}

void TestImporters::subtitleTurnsKeepTheirTimings_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("speakers");
    QTest::addColumn<QList<qint64>>("startsAndEnds");

    QTest::newRow("webvtt cues of one voice merge")
        << u"interview.vtt"_s << QStringList {u"Host"_s, u"Lena Marsh"_s, u"Host"_s, u"Lena Marsh"_s}
        << QList<qint64> {1000, 7000, 7500, 14800, 15000, 17500, 17600, 20000};
    QTest::newRow("srt unnamed cue continues the speaker")
        << u"panel.srt"_s
        << QStringList {u"Moderator"_s, u"Dr. Saoirse Keane"_s, u"Paolo Ferri"_s, u"Moderator"_s}
        << QList<qint64> {500, 6000, 6500, 13000, 13500, 16000, 16100, 18000};
}

void TestImporters::subtitleTurnsKeepTheirTimings()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, speakers);
    QFETCH(QList<qint64>, startsAndEnds);
    const auto imported = importBytes(fixture(fileName), fileName);
    QVERIFY(imported);
    const QVariantList turns = imported->metadata.value(u"turns"_s).toList();
    QCOMPARE(turns.size(), speakers.size());
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const QVariantMap turn = turns.at(i).toMap();
        QCOMPARE(turn.value(u"speaker"_s).toString(), speakers.at(i));
        QCOMPARE(turn.value(u"start"_s).toLongLong(), startsAndEnds.at(2 * i));
        QCOMPARE(turn.value(u"end"_s).toLongLong(), startsAndEnds.at(2 * i + 1));
    }
}

void TestImporters::pdfDropsRunningHeadsAndPageNumbers_data()
{
    QTest::addColumn<QString>("noise");
    QTest::newRow("running head") << u"HARBOUR GAZETTE"_s;
    QTest::newRow("page number footer") << u"Page 1"_s;
    QTest::newRow("second page number") << u"of 2"_s;
}

// In an article of short paragraphs most line steps are paragraph gaps; a speaker's name line and
// one-line answers must still come out as paragraphs of their own.
void TestImporters::pdfShortParagraphsStayApart()
{
    const QByteArray pdf =
        makePdf({PdfPage {{u"Ingrid Solheim, harbour master of the north quay"_s, QString(),
                    u"The quay was built for boats that carried forty tonnes, and"_s,
                    u"it still serves them every working day."_s, QString(),
                    u"Tom\u00e1s Herrera, researcher at a port in Chile"_s, QString(),
                    u"Feeder routes have grown in every one of the last ten"_s,
                    u"years, and the small ports with them."_s, QString(), u"Q: Will that last?"_s, QString(),
                    u"A: Only while the fuel stays cheap enough for short hops."_s,
                    u"Nobody plans for the day it does not."_s}}},
            u"Small Ports"_s);
    QString error;
    const auto imported = importBytes(pdf, u"ports.pdf"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    const QStringList lines = linesOf(imported);
    for (const QString &paragraph :
        {u"Ingrid Solheim, harbour master of the north quay"_s,
            u"The quay was built for boats that carried forty tonnes, and it still serves them every working day."_s,
            u"Tom\u00e1s Herrera, researcher at a port in Chile"_s, u"Q: Will that last?"_s})
        QVERIFY2(lines.contains(paragraph), qPrintable(lines.join(u'\n')));
}

void TestImporters::pdfDropsRunningHeadsAndPageNumbers()
{
    QFETCH(QString, noise);
    QString error;
    const auto imported = importBytes(harbourPdf(), u"report.pdf"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY2(!imported->text.contains(noise), qPrintable(imported->text));
    // Paragraphs by vertical gaps, the title by its size, a sentence running over the page break joined.
    QCOMPARE(linesOf(imported),
        (QStringList {u"Tides and Trade"_s,
            u"Ingrid Solheim, harbour master, said the quay was built for smaller boats and the local economic life still depends on it every day."_s,
            u"Tom\u00e1s Herrera, researcher, said that feeder routes had grown and that the well-known ports were not the only ones that mattered to him."_s,
            u"A second paragraph on the second page ends here."_s}));
    QCOMPARE(imported->title, u"Tides and Trade"_s);
    QCOMPARE(imported->metadata.value(u"pages"_s).toInt(), 2);
}

void TestImporters::pdfRepairsHyphenationOnlyForLowercaseWords()
{
    const QByteArray pdf =
        makePdf({PdfPage {{u"The delegates met with Marie-"_s, u"Claire Dubois and spoke about the fish-"_s,
                     u"eries of the north, then about a well-"_s, u"known harbour."_s, QString(),
                     u"Everyone agreed it was a well-known place."_s}},
                    PdfPage {{u"The meeting closed at noon."_s}}},
            u"Minutes"_s);
    const auto imported = importBytes(pdf, u"minutes.pdf"_s);
    QVERIFY(imported);
    QCOMPARE(linesOf(imported),
        (QStringList {u"Minutes"_s,
            // A capitalised second half keeps its hyphen; a compound spelled so elsewhere keeps it too.
            u"The delegates met with Marie-Claire Dubois and spoke about the fisheries of the north, then about a well-known harbour."_s,
            u"Everyone agreed it was a well-known place."_s, u"The meeting closed at noon."_s}));
}

void TestImporters::articleKeepsFormatSourceAndMetadata()
{
    const QByteArray bytes = fixture(u"interview.vtt"_s);
    const Colloquy::ReadResult read = Colloquy::ArticleReader::readBytes(bytes, u"/tmp/interview.vtt"_s);
    QVERIFY2(read.article, qPrintable(read.error));
    QCOMPARE(read.article->sourceFormat, u"webvtt"_s);
    QCOMPARE(read.article->rawSource, bytes);
    QCOMPARE(read.article->title, u"Bread and the City: a baker on flour prices"_s);
    QCOMPARE(read.article->metadata.value(u"turns"_s).toList().size(), 4);
    QVERIFY(read.article->normalizedText.startsWith(u"Bread and the City"_s));

    const Colloquy::ReadResult markdown =
        Colloquy::ArticleReader::readBytes(fixture(u"roundtable.md"_s), u"roundtable.md"_s);
    QVERIFY2(markdown.article, qPrintable(markdown.error));
    QCOMPARE(markdown.article->sourceFormat, u"markdown"_s);
    QCOMPARE(markdown.article->title, u"Can Small Harbours Survive the Container Age?"_s);
}

void TestImporters::formatOverrideByName()
{
    const QByteArray bytes = fixture(u"roundtable.md"_s);
    const Colloquy::ReadResult asText = Colloquy::ArticleReader::readBytes(bytes, u"a.md"_s, u"text"_s);
    QVERIFY(asText.article);
    QCOMPARE(asText.article->sourceFormat, u"text"_s);
    QVERIFY(asText.article->normalizedText.startsWith(u"# Can Small Harbours"_s));

    const Colloquy::ReadResult anyCase = Colloquy::ArticleReader::readBytes(bytes, u"a.txt"_s, u"Markdown"_s);
    QVERIFY(anyCase.article);
    QCOMPARE(anyCase.article->sourceFormat, u"markdown"_s);

    const Colloquy::ReadResult unknown = Colloquy::ArticleReader::readBytes(bytes, u"a.md"_s, u"docx"_s);
    QVERIFY(!unknown.article);
    QVERIFY2(unknown.error.contains(u"unknown format"_s) && unknown.error.contains(u"webvtt"_s),
        qPrintable(unknown.error));
}

void TestImporters::wrongExtensionOnDiskIsSniffed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"saved-page.txt"_s);
    QVERIFY(Colloquy::Testing::writeFile(path, fixture(u"roundtable.html"_s)));
    const Colloquy::ReadResult read = Colloquy::ArticleReader::readFile(path);
    QVERIFY2(read.article, qPrintable(read.error));
    QCOMPARE(read.article->sourceFormat, u"html"_s);
    QVERIFY(!read.article->normalizedText.contains(u"trackReader"_s));
}

static QByteArray noise(int size, quint32 seed)
{
    QByteArray bytes(size, '\0');
    quint32 state = seed;
    for (char &byte : bytes) {
        state = state * 1664525u + 1013904223u; // deterministic: the same garbage every run
        byte = char(state >> 24);
    }
    return bytes;
}

void TestImporters::garbageFailsWithOneLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("reason");

    QTest::newRow("pdf signature then rubbish")
        << QByteArray("%PDF-1.7\n" + noise(4000, 1)) << u"a.pdf"_s << QString() << u"PDF"_s;
    QTest::newRow("pdf cut after its header")
        << harbourPdf().left(300) << u"a.pdf"_s << QString() << u"PDF"_s;
    QTest::newRow("pdf needing a password") << encryptedPdf() << u"a.pdf"_s << QString() << u"encrypted"_s;
    QTest::newRow("binary named pdf") << noise(4000, 2) << u"a.pdf"_s << QString() << u"not a PDF"_s;
    QTest::newRow("empty file named pdf") << QByteArray() << u"a.pdf"_s << QString() << u"not a PDF"_s;
    QTest::newRow("text forced as pdf") << QByteArray("hello") << u"a.txt"_s << u"pdf"_s << u"not a PDF"_s;
    QTest::newRow("webvtt header only")
        << QByteArray("WEBVTT\n\n") << u"a.vtt"_s << QString() << u"no subtitle cues"_s;
    QTest::newRow("webvtt cut inside a timing")
        << QByteArray("WEBVTT\n\n1\n00:00:01.0") << u"a.vtt"_s << QString() << u"no subtitle cues"_s;
    QTest::newRow("text forced as webvtt") << QByteArray("hello") << u"a.txt"_s << u"webvtt"_s << u"WEBVTT"_s;
    QTest::newRow("srt cut inside a timing")
        << QByteArray("1\n00:00:0") << u"a.srt"_s << QString() << u"no subtitle cues"_s;
    QTest::newRow("binary named html") << noise(4000, 3) << u"a.html"_s << QString() << u"binary"_s;
    QTest::newRow("page with scripts only") << QByteArray("<html><head><title></title><script>alert(1)</"
                                                          "script></head><body><nav>Home</nav></body></html>")
                                            << u"a.html"_s << QString() << u"no article text"_s;
    QTest::newRow("binary named markdown") << noise(4000, 4) << u"a.md"_s << QString() << u"binary"_s;
    QTest::newRow("binary named txt") << noise(4000, 5) << u"a.txt"_s << QString() << u"binary"_s;
    QTest::newRow("unknown format") << QByteArray("hello") << u"a.txt"_s << u"docx"_s << u"unknown format"_s;
}

void TestImporters::garbageFailsWithOneLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    QFETCH(QString, reason);
    const Colloquy::ReadResult read = Colloquy::ArticleReader::readBytes(bytes, fileName, format);
    QVERIFY(!read.article);
    QVERIFY2(read.error.contains(reason), qPrintable(read.error));
    QVERIFY(!read.error.contains(u'\n'));
}

void TestImporters::truncatedInputNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");

    const QList<std::pair<QString, QByteArray>> sources {{u"roundtable.md"_s, fixture(u"roundtable.md"_s)},
        {u"roundtable.html"_s, fixture(u"roundtable.html"_s)},
        {u"interview.vtt"_s, fixture(u"interview.vtt"_s)}, {u"panel.srt"_s, fixture(u"panel.srt"_s)},
        {u"report.pdf"_s, harbourPdf()}};
    for (const auto &[name, bytes] : sources) {
        for (const int percent : {10, 33, 50, 90}) {
            const QByteArray cut = bytes.left(bytes.size() * percent / 100);
            QTest::addRow("%s cut at %d%%", qPrintable(name), percent) << cut << name;
        }
        // Flipped bytes in the middle: a damaged download.
        QByteArray damaged = bytes;
        for (qsizetype i = damaged.size() / 3; i < damaged.size() * 2 / 3; i += 7)
            damaged[i] = char(~damaged.at(i));
        QTest::addRow("%s damaged", qPrintable(name)) << damaged << name;
    }
    QTest::newRow("html nested ten thousand deep")
        << QByteArray("<html><body>" + QByteArray("<div>").repeated(10000) + "<p>deep text</p>")
        << u"deep.html"_s;
    QTest::newRow("markdown nested quotes")
        << QByteArray(QByteArray("> ").repeated(5000) + "quoted") << u"q.md"_s;
    QTest::newRow("srt without payload") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\n\n") << u"e.srt"_s;
}

void TestImporters::truncatedInputNeverCrashes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    const Colloquy::ReadResult read = Colloquy::ArticleReader::readBytes(bytes, fileName);
    // Either an article or a one-line reason; never both, never neither, never a crash.
    QVERIFY(read.article.has_value() != !read.error.isEmpty());
    QVERIFY(!read.error.contains(u'\n'));
}

QTEST_MAIN(TestImporters)
#include "tst_importers.moc"
