// The open formats (Markdown, HTML, CSV, Web Annotation JSON-LD), the
// library-wide claims export and import-annotations, read back as another
// tool would read them.

#include "clirunner.h"
#include "markedarticle.h"
#include "temporarylibrary.h"
#include "testarticles.h"
#include "testdata.h"

#include "annotate/annotations.h"
#include "export/textexporter.h"
#include "export/webannotationimporter.h"
#include "store/librarystore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

const QString TrickyNote = u"Says <script>alert(\"x\")</script> & \"quotes\", commas\nand a second line"_s;

// Our own interview about night trains, with a bio holding a comma and a quote.
Article trainsArticle()
{
    using namespace TestArticles;
    return article(u"Sleeping Cars & the Night: Two Views"_s,
        {
            segment(SegmentKind::EditorNote,
                {u"Night trains came back to Europe after a decade of closures. We asked two people who run "
                 u"and ride them whether the revival will last."_s},
                u"Editor's Note"_s),
            speech(u"Ottilie Brandvold"_s, u"timetable planner, \"the night desk\", Oslo"_s,
                {u"A sleeper is a hotel that moves. Every berth we sell is a flight somebody did not take."_s,
                    u"The hard part is the track at 3 a.m., which belongs to freight and to maintenance."_s}),
            speech(u"Dário Quintela"_s, u"travel writer"_s,
                {u"I ride them for the slowness. You fall asleep in one language and wake up in another."_s,
                    u"Prices are the problem: a couchette costs more than a budget flight, *every* time."_s}),
        });
}

QList<Mark> trainsMarks()
{
    return {
        {1, u"A sleeper is a hotel that moves."_s, HighlightColour::Green, TrickyNote,
            {u"Mobility/Rail"_s, u"Climate"_s}},
        {1, u"belongs to freight and to maintenance"_s, HighlightColour::Blue, {}, {u"Mobility/Rail"_s}},
        {2, u"You fall asleep in one language and wake up in another."_s, HighlightColour::Purple,
            u"Lovely line."_s, {}},
        {2, u"a couchette costs more than a budget flight, *every* time"_s, HighlightColour::Red,
            u"Check the **prices**."_s, {u"Climate"_s}},
    };
}

QString unescapeHtml(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    return text.replace(u"&amp;"_s, u"&"_s);
}

QString unescapeMarkdown(const QString &text)
{
    static const QRegularExpression escape(u"\\\\([!-/:-@\\[-`{-~])"_s);
    QString out = text;
    return out.replace(escape, u"\\1"_s);
}

} // namespace

class TestTextExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void csvHasOneQuotedRowPerHighlight();
    void csvByteOrderMarkAndFilters();
    void htmlIsSelfContainedEscapedAndColoured();
    void markdownMarksQuotesNotesAndTags();
    void jsonLdDescribesEachHighlightWithSelectorsAndBodies();
    void jsonLdRoundTripsIntoAFreshLibrary();
    void jsonLdFindsItsPlacesInAnEditedText();
    void importIsOneUndoStepAndSkipsKnownSpans();
    void anotherToolsAnnotationsAnchorByQuote();
    void hostileAnnotationFilesAreBounded();
    void allClaimsMarkdownGroupsByThemeThenSpeaker();
    void allClaimsCsvListsEveryClaimOfEveryArticle();
    void failedWriteLeavesNoFile();
    void cliFormatsAndExitCodes();

private:
    /// Stores `article` with its marks; missing themes are orange.
    qint64 store(const Article &article, const QList<Mark> &marks)
    {
        return addMarkedArticle(*m_annotations, article, marks, HighlightColour::Orange);
    }
    QString exportTo(qint64 articleId, const QString &name, const TextExportOptions &options);
    /// Each highlight of `articleId` as one comparable line: place, quote, colour, note, theme paths.
    QStringList describe(LibraryStore &store, qint64 articleId, bool withPlace = true);

    std::unique_ptr<TemporaryLibrary> m_library;
    LibraryStore *m_store = nullptr;
    Annotations *m_annotations = nullptr;
};

void TestTextExport::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_store = m_library->store();
    m_annotations = m_library->annotations();
}

void TestTextExport::cleanup()
{
    m_library.reset();
}

QString TestTextExport::exportTo(qint64 articleId, const QString &name, const TextExportOptions &options)
{
    const QString path = m_library->filePath(name);
    TextExporter exporter(m_store);
    const bool written = articleId ? exporter.exportArticle(articleId, path, options)
                                   : exporter.exportAllClaims(path, options);
    if (!written)
        qWarning("export failed: %s", qPrintable(exporter.errorString()));
    return path;
}

QStringList TestTextExport::describe(LibraryStore &library, qint64 articleId, bool withPlace)
{
    QHash<qint64, Theme> byId;
    for (const Theme &theme : *library.themes())
        byId.insert(theme.id, theme);
    QStringList lines;
    for (const Highlight &h : *library.highlights(articleId)) {
        QStringList themes;
        for (const qint64 id : *library.themeIdsOfHighlight(h.id)) {
            QString path = byId.value(id).name;
            for (qint64 p = byId.value(id).parentId; p; p = byId.value(p).parentId)
                path = byId.value(p).name + u'/' + path;
            themes.append(path);
        }
        themes.sort();
        const QString place = withPlace
            ? u"%1:%2-%3 "_s.arg(h.anchor.segment).arg(h.anchor.position.start).arg(h.anchor.position.end)
            : QString();
        lines.append(place + h.anchor.quote.exact + u" | "_s + colourName(h.colour) + u" | "_s +
            library.note(h.id)->value_or(Note {}).markdown + u" | "_s + themes.join(u';'));
    }
    return lines;
}

void TestTextExport::csvHasOneQuotedRowPerHighlight()
{
    const Article article = trainsArticle();
    const qint64 id = store(article, trainsMarks());
    TextExportOptions options;
    options.format = TextExportFormat::Csv;
    const QByteArray bytes = readFile(exportTo(id, u"trains.csv"_s, options));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    bool wellFormed = false;
    const QList<QStringList> rows = readCsv(QString::fromUtf8(bytes), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(rows.size(), 1 + trainsMarks().size());
    QCOMPARE(rows.at(0),
        (QStringList {u"article"_s, u"speaker"_s, u"bio"_s, u"quote"_s, u"themes"_s, u"note"_s, u"colour"_s,
            u"segment"_s, u"start"_s, u"end"_s, u"id"_s, u"relations"_s}));
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const Mark mark = trainsMarks().at(r - 1);
        QCOMPARE(row.size(), 12);
        QCOMPARE(row.at(0), article.title);
        const Segment &segment = article.segments.at(row.at(7).toLongLong());
        QCOMPARE(row.at(1), segment.speaker->name);
        QCOMPARE(row.at(2), segment.speaker->bio);
        QCOMPARE(row.at(3), mark.quote);
        // The offsets point at the quote in the segment's text.
        QCOMPARE(segment.text().mid(row.at(8).toLongLong(), row.at(9).toLongLong() - row.at(8).toLongLong()),
            mark.quote);
        QStringList themes = row.at(4).split(u"; "_s, Qt::SkipEmptyParts);
        QStringList expected = mark.themes;
        themes.sort();
        expected.sort();
        QCOMPARE(themes, expected);
        QCOMPARE(row.at(5), mark.note);
        QCOMPARE(row.at(6), colourName(mark.colour));
    }
    // The tricky note and the bio are quoted as RFC 4180 says.
    QVERIFY(bytes.contains(
        "\"Says <script>alert(\"\"x\"\")</script> & \"\"quotes\"\", commas\nand a second line\""));
    QVERIFY(bytes.contains(",\"timetable planner, \"\"the night desk\"\", Oslo\","));
}

void TestTextExport::csvByteOrderMarkAndFilters()
{
    const qint64 id = store(trainsArticle(), trainsMarks());
    TextExportOptions options;
    options.format = TextExportFormat::Csv;
    options.byteOrderMark = true;
    options.onlyClaims = true;
    const QByteArray bytes = readFile(exportTo(id, u"claims.csv"_s, options));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "article,speaker,"));
    bool wellFormed = false;
    QCOMPARE(readCsv(QString::fromUtf8(bytes.mid(3)), &wellFormed).size(), 1 + 3);
    QVERIFY(wellFormed);

    // A parent theme keeps the claims of its sub-themes.
    options.themes = {u"mobility"_s};
    const QList<QStringList> rows =
        readCsv(QString::fromUtf8(readFile(exportTo(id, u"rail.csv"_s, options)).mid(3)), &wellFormed);
    QCOMPARE(rows.size(), 1 + 2);
    QCOMPARE(rows.at(2).at(4), u"Mobility/Rail"_s);

    options.themes = {u"No such theme"_s};
    TextExporter exporter(m_store);
    QVERIFY(!exporter.exportArticle(id, m_library->filePath(u"none.csv"_s), options));
    QVERIFY(exporter.errorString().contains(u"No such theme"_s));
    QVERIFY(!QFileInfo::exists(m_library->filePath(u"none.csv"_s)));
}

void TestTextExport::htmlIsSelfContainedEscapedAndColoured()
{
    const Article article = trainsArticle();
    const qint64 id = store(article, trainsMarks());
    TextExportOptions options;
    options.format = TextExportFormat::Html;
    const QString html = QString::fromUtf8(readFile(exportTo(id, u"trains.html"_s, options)));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));

    // Nothing runs and nothing is fetched: no scripts, no sources, no links out, no CSS imports.
    const QString lower = html.toLower();
    for (const QString &forbidden : {u"<script"_s, u"src="_s, u"<link"_s, u"<iframe"_s, u"<img"_s,
             u"@import"_s, u"url("_s, u"http:"_s, u"https:"_s, u"//"_s, u"onload"_s, u"onerror"_s})
        QVERIFY2(!lower.contains(forbidden), qPrintable(forbidden));
    for (const QRegularExpressionMatch &href : QRegularExpression(u"href=\"([^\"]*)\""_s).globalMatch(html))
        QVERIFY2(href.captured(1).startsWith(u'#'), qPrintable(href.captured(1)));

    // The note's markup is text; quotes, ampersands and line breaks survive.
    QVERIFY(html.contains(u"Says &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;, "
                          u"commas<br>and a second line</p>"_s));
    QVERIFY(html.contains(u"Sleeping Cars &amp; the Night"_s));
    QVERIFY(html.contains(u"timetable planner, &quot;the night desk&quot;, Oslo"_s));

    // Each highlight is one <mark> of its colour holding its quote, with a CSS rule giving that colour.
    const QList<Mark> marks = trainsMarks();
    QList<QRegularExpressionMatch> found;
    for (const QRegularExpressionMatch &m :
        QRegularExpression(u"<mark class=\"c-([a-z]+)\">([^<]*)</mark>"_s).globalMatch(html))
        found.append(m);
    QCOMPARE(found.size(), marks.size());
    for (qsizetype i = 0; i < marks.size(); ++i) {
        QCOMPARE(found.at(i).captured(1), colourName(marks.at(i).colour));
        QCOMPARE(unescapeHtml(found.at(i).captured(2)), marks.at(i).quote);
        QVERIFY(html.contains(QRegularExpression(
            u"mark\\.c-"_s + colourName(marks.at(i).colour) + u"[^{]*\\{ background: #[0-9a-f]{6}; \\}"_s)));
    }
    // Notes and theme paths sit in the aside beside their paragraph.
    QCOMPARE(html.count(u"<div class=\"note "_s), 4);
    QCOMPARE(html.count(u">Mobility/Rail</li>"_s), 2);
    QCOMPARE(html.count(u">Climate</li>"_s), 2);
    QVERIFY(html.contains(u"<p>Check the **prices**.</p>"_s)); // the note as typed
    // Every paragraph of the article is on the page, in order.
    QString text = html;
    text.remove(QRegularExpression(u"<style>.*</style>"_s, QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(u"<aside>.*?</aside>"_s, QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(u"<sup[^>]*>.*?</sup>"_s));
    text = unescapeHtml(text.remove(QRegularExpression(u"<[^>]*>"_s)));
    qsizetype at = 0;
    for (const Segment &segment : article.segments) {
        for (const QString &paragraph : segment.paragraphs) {
            const qsizetype found = text.indexOf(paragraph, at);
            QVERIFY2(found >= 0, qPrintable(paragraph));
            at = found + paragraph.size();
        }
    }
}

void TestTextExport::markdownMarksQuotesNotesAndTags()
{
    const Article article = trainsArticle();
    const qint64 id = store(article, trainsMarks());
    TextExportOptions options;
    options.format = TextExportFormat::Markdown;
    const QString md = QString::fromUtf8(readFile(exportTo(id, u"trains.md"_s, options)));
    QVERIFY(md.startsWith(u"# Sleeping Cars \\& the Night: Two Views\n"_s));
    QVERIFY(md.contains(u"\n## Ottilie Brandvold\n"_s));

    const QList<Mark> marks = trainsMarks();
    QStringList marked;
    for (const QRegularExpressionMatch &m : QRegularExpression(u"<mark>(.*?)</mark>"_s).globalMatch(md))
        marked.append(unescapeMarkdown(m.captured(1)));
    QCOMPARE(marked.size(), marks.size());
    for (qsizetype i = 0; i < marks.size(); ++i)
        QCOMPARE(marked.at(i), marks.at(i).quote);
    // The article's own asterisks stay asterisks, not emphasis.
    QVERIFY(md.contains(u"\\*every\\* time"_s));

    // Notes are block quotes, themes #tags, numbered as the marks are.
    QVERIFY(
        md.contains(u"> Says \\<script>alert(\"x\")\\</script> & \"quotes\", commas\n> and a second line"_s));
    QVERIFY(md.contains(u"> #Climate #Mobility/Rail"_s));
    QVERIFY(md.contains(u"> Check the **prices**."_s));
    QCOMPARE(
        md.count(QRegularExpression(u"^> \\*\\*\\[\\d\\]\\*\\*"_s, QRegularExpression::MultilineOption)), 4);
    QCOMPARE(md.count(QRegularExpression(u"</mark><sup>\\d</sup>"_s)), 4);
    // Read as CommonMark (md4c, through QTextDocument), the escapes vanish and the article's text is back.
    QTextDocument document;
    // The reference numbers are left out: as plain text they would run into the word before.
    document.setMarkdown(QString(md).remove(QRegularExpression(u"<sup>[\\d,]+</sup>"_s)));
    const QString rendered = document.toPlainText();
    QVERIFY(rendered.startsWith(article.title));
    for (const Segment &segment : article.segments) {
        for (const QString &paragraph : segment.paragraphs)
            QVERIFY2(rendered.contains(paragraph), qPrintable(paragraph));
    }
    // A note block follows the paragraph its highlight ends in.
    QVERIFY(md.indexOf(u"> Lovely line."_s) > md.indexOf(u"wake up in another"_s));
    QVERIFY(md.indexOf(u"> Lovely line."_s) < md.indexOf(u"Prices are the problem"_s));
}

void TestTextExport::jsonLdDescribesEachHighlightWithSelectorsAndBodies()
{
    const Article article = trainsArticle();
    const qint64 id = store(article, trainsMarks());
    TextExportOptions options;
    options.format = TextExportFormat::JsonLd;
    const QJsonObject root =
        QJsonDocument::fromJson(readFile(exportTo(id, u"trains.jsonld"_s, options))).object();
    QCOMPARE(root.value(u"type"_s).toString(), u"AnnotationCollection"_s);
    QCOMPARE(root.value(u"@context"_s).toArray().first().toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    const QJsonArray items = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(items.size(), trainsMarks().size());
    QCOMPARE(root.value(u"total"_s).toInt(), items.size());
    const QList<Highlight> highlights = *m_store->highlights(id);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject annotation = items.at(i).toObject();
        const Mark mark = trainsMarks().at(i);
        QCOMPARE(annotation.value(u"type"_s).toString(), u"Annotation"_s);
        QCOMPARE(annotation.value(u"colloquy:colour"_s).toString(), colourName(mark.colour));
        QCOMPARE(
            annotation.value(u"creator"_s).toObject().value(u"name"_s).toString(), highlights.at(i).author);
        QCOMPARE(QDateTime::fromString(annotation.value(u"created"_s).toString(), Qt::ISODateWithMs),
            highlights.at(i).created);
        const QJsonObject target = annotation.value(u"target"_s).toObject();
        QVERIFY(
            target.value(u"source"_s).toString().endsWith(u"#segment="_s + QString::number(mark.segment)));
        QVERIFY(target.value(u"source"_s).toString().contains(QString::fromLatin1(article.contentHash)));
        QJsonObject quote;
        QJsonObject position;
        for (const QJsonValue &selector : target.value(u"selector"_s).toArray()) {
            if (selector[u"type"_s] == u"TextQuoteSelector"_s)
                quote = selector.toObject();
            if (selector[u"type"_s] == u"TextPositionSelector"_s)
                position = selector.toObject();
        }
        QCOMPARE(quote.value(u"exact"_s).toString(), mark.quote);
        const QString text = article.segments.at(mark.segment).text();
        const int start = position.value(u"start"_s).toInt();
        const int end = position.value(u"end"_s).toInt();
        QCOMPARE(text.mid(start, end - start), mark.quote);
        QVERIFY(text.left(start).endsWith(quote.value(u"prefix"_s).toString()));
        QVERIFY(text.mid(end).startsWith(quote.value(u"suffix"_s).toString()));

        QJsonArray bodies = annotation.value(u"body"_s).isArray() ? annotation.value(u"body"_s).toArray()
                                                                  : QJsonArray {annotation.value(u"body"_s)};
        QStringList tags;
        QString note;
        for (const QJsonValue &body : std::as_const(bodies)) {
            if (body.isUndefined())
                continue;
            QCOMPARE(body[u"type"_s].toString(), u"TextualBody"_s);
            if (body[u"purpose"_s] == u"tagging"_s)
                tags.append(body[u"value"_s].toString());
            else if (body[u"purpose"_s] == u"commenting"_s && body[u"format"_s] == u"text/markdown"_s)
                note = body[u"value"_s].toString();
        }
        QCOMPARE(note, mark.note);
        tags.sort();
        QStringList expected = mark.themes;
        expected.sort();
        QCOMPARE(tags, expected);
    }
}

void TestTextExport::jsonLdRoundTripsIntoAFreshLibrary()
{
    const qint64 id = store(trainsArticle(), trainsMarks());
    TextExportOptions options;
    options.format = TextExportFormat::JsonLd;
    const QString file = exportTo(id, u"trains.jsonld"_s, options);
    const QStringList before = describe(*m_store, id);

    TemporaryLibrary another; // another reader's library
    QVERIFY(another.isOpen());
    LibraryStore &fresh = *another.store();
    Annotations &annotations = *another.annotations();
    const qint64 other = fresh.addArticle(trainsArticle()).id;
    QVERIFY(other > 0);
    WebAnnotationImporter importer(&annotations);
    const std::optional<AnnotationImportReport> report = importer.importFile(file); // found by content hash
    QVERIFY2(report, qPrintable(importer.errorString()));
    QCOMPARE(report->articleId, other);
    QCOMPARE(report->anchored, 4);
    QCOMPARE(report->orphaned, 0);
    QCOMPARE(report->themesCreated, 3); // Mobility, Mobility/Rail, Climate
    QCOMPARE(describe(fresh, other), before);
    // Missing themes come with the colour they had.
    for (const Theme &theme : *fresh.themes())
        QCOMPARE(theme.colour, HighlightColour::Orange);
}

void TestTextExport::jsonLdFindsItsPlacesInAnEditedText()
{
    const qint64 id = store(trainsArticle(), trainsMarks());
    TextExportOptions options;
    options.format = TextExportFormat::JsonLd;
    const QString file = exportTo(id, u"trains.jsonld"_s, options);

    // The edited version: a sentence inserted before the first quote, a typo fixed inside another,
    // and one quoted sentence rewritten beyond recognition.
    Article edited = trainsArticle();
    edited.segments[1].paragraphs[0].prepend(u"Demand surprised everyone. "_s);
    edited.segments[2].paragraphs[0] = u"I ride them for the slowness. You fall asleep in one language "_s
                                       u"and wake up in a different one."_s;
    edited.segments[2].paragraphs[1] = u"Money is the obstacle: sleepers are dearer than planes."_s;
    edited.normalizedText += u" (edited)"_s;
    edited.contentHash = contentHashOf(edited.normalizedText);

    TemporaryLibrary another; // another reader's library
    QVERIFY(another.isOpen());
    LibraryStore &fresh = *another.store();
    Annotations &annotations = *another.annotations();
    const qint64 other = fresh.addArticle(edited).id;
    WebAnnotationImporter importer(&annotations);
    // A different text: the file names no article here, so the article must be given.
    QVERIFY(!importer.importFile(file));
    QVERIFY(importer.errorString().contains(u"--article"_s));
    const std::optional<AnnotationImportReport> report = importer.importFile(file, other);
    QVERIFY2(report, qPrintable(importer.errorString()));
    QCOMPARE(report->moved, 2); // the inserted sentence shifted both quotes of that segment
    QCOMPARE(report->anchored, 0);
    QCOMPARE(report->fuzzy, 1);
    QCOMPARE(report->orphaned, 1);
    QCOMPARE(report->orphans, QStringList {trainsMarks().at(3).quote});

    const QList<Highlight> highlights = *fresh.highlights(other);
    QCOMPARE(highlights.size(), 3);
    const QString first = edited.segments.at(1).text();
    QCOMPARE(first.mid(highlights.at(0).anchor.position.start, highlights.at(0).anchor.position.length()),
        trainsMarks().at(0).quote);
    QCOMPARE(fresh.note(highlights.at(0).id)->value().markdown, TrickyNote);
    QVERIFY(highlights.at(2).anchor.quote.exact.startsWith(u"You fall asleep in one language"_s));
    QCOMPARE(fresh.note(highlights.at(2).id)->value().markdown, u"Lovely line."_s);
}

void TestTextExport::importIsOneUndoStepAndSkipsKnownSpans()
{
    const qint64 id = store(trainsArticle(), trainsMarks());
    TextExportOptions options;
    options.format = TextExportFormat::JsonLd;
    const QString file = exportTo(id, u"trains.jsonld"_s, options);

    TemporaryLibrary another; // another reader's library
    QVERIFY(another.isOpen());
    LibraryStore &fresh = *another.store();
    Annotations &annotations = *another.annotations();
    const qint64 other = fresh.addArticle(trainsArticle()).id;
    WebAnnotationImporter importer(&annotations);
    QVERIFY(importer.importFile(file));
    const QStringList imported = describe(fresh, other);
    QCOMPARE(imported.size(), 4);
    QCOMPARE(annotations.undoStack()->count(), 1);

    // Again: nothing new, no new undo step.
    const std::optional<AnnotationImportReport> again = importer.importFile(file);
    QVERIFY(again);
    QCOMPARE(again->duplicates, 4);
    QCOMPARE(again->created(), 0);
    QCOMPARE(annotations.undoStack()->count(), 1);

    annotations.undoStack()->undo();
    QVERIFY(fresh.highlights(other)->isEmpty());
    QVERIFY(fresh.themes()->isEmpty());
    annotations.undoStack()->redo();
    QCOMPARE(describe(fresh, other), imported);

    QVERIFY(!importer.importJson("{\"type\": \"Person\"}", other));
    QVERIFY(!importer.importJson("not json", other));
}

void TestTextExport::anotherToolsAnnotationsAnchorByQuote()
{
    const qint64 id = m_store->addArticle(trainsArticle()).id;
    // A page as a web annotator might write it: its own source IRI, offsets in its own text,
    // a bodyValue note, a tag whose purpose comes from the motivation.
    const QByteArray page = R"({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": [
            {"type": "Annotation", "id": "https://example.org/anno/1", "bodyValue": "Good point",
             "target": {"source": "https://example.org/trains.html", "selector": [
                {"type": "TextPositionSelector", "start": 412, "end": 431},
                {"type": "TextQuoteSelector", "exact": "slowness", "prefix": "ride them for the "}]}},
            {"type": "Annotation", "motivation": "tagging",
             "body": {"type": "TextualBody", "value": "Economy / Prices"},
             "target": {"source": "https://example.org/trains.html",
                "selector": {"type": "TextQuoteSelector", "exact": "Prices are the problem"}}},
            {"type": "Annotation", "target": {"source": "https://example.org/trains.html",
                "selector": {"type": "TextQuoteSelector", "exact": "a sentence this article never had"}}},
            {"type": "Annotation", "target": "https://example.org/trains.html"}
        ]})";
    WebAnnotationImporter importer(m_annotations);
    QVERIFY(!importer.importJson(page)); // nothing names one of our articles
    const std::optional<AnnotationImportReport> report = importer.importJson(page, id);
    QVERIFY2(report, qPrintable(importer.errorString()));
    QCOMPARE(report->created(), 2);
    QCOMPARE(report->orphaned, 2);
    QCOMPARE(report->orphans.first(), u"a sentence this article never had"_s);
    QCOMPARE(report->themesCreated, 2);
    const QString text = trainsArticle().segments.at(2).text();
    const qsizetype slowness = text.indexOf(u"slowness"_s);
    const qsizetype prices = text.indexOf(u"Prices are the problem"_s);
    QCOMPARE(describe(*m_store, id),
        (QStringList {u"2:%1-%2 slowness | yellow | Good point | "_s.arg(slowness).arg(slowness + 8),
            u"2:%1-%2 Prices are the problem | yellow |  | Economy/Prices"_s.arg(prices).arg(prices + 22)}));
}

void TestTextExport::hostileAnnotationFilesAreBounded()
{
    const qint64 id = m_store->addArticle(trainsArticle()).id;
    const auto pageOf = [](int count, const QByteArray &annotation) {
        QByteArray page =
            R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [)";
        for (int i = 0; i < count; ++i)
            page += (i ? "," : "") + annotation;
        return QByteArray(page + "]}");
    };
    const QByteArray sameQuote = R"({"type": "Annotation", "target": {"selector":
        {"type": "TextQuoteSelector", "exact": "night"}}})";
    // Over the count: refused with the count, the library untouched.
    WebAnnotationImporter importer(m_annotations);
    QVERIFY(!importer.importJson(pageOf(20001, sameQuote), id));
    QCOMPARE(importer.errorString(),
        u"the file holds 20,001 annotations; Colloquy reads at most 20,000 from one file"_s);
    QVERIFY(m_store->highlights(id)->isEmpty());
    QVERIFY(!m_library->undoStack()->canUndo());

    // At the count, one quote 20,000 times: one highlight, the rest duplicates, in seconds.
    QElapsedTimer timer;
    timer.start();
    std::optional<AnnotationImportReport> report = importer.importJson(pageOf(20000, sameQuote), id);
    QVERIFY2(report, qPrintable(importer.errorString()));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(report->created(), 1);
    QCOMPARE(report->duplicates, 19999);

    // 1,000 orphans: all counted, the first 200 listed; a theme path 40 deep is cut at 32.
    QByteArray deepTheme = "Root";
    for (int level = 1; level < 40; ++level)
        deepTheme += "/Level " + QByteArray::number(level);
    const QByteArray orphan = R"({"type": "Annotation", "target": {"selector":
        {"type": "TextQuoteSelector", "exact": "words no sleeper ever heard"}}})";
    const QByteArray tagged =
        R"({"type": "Annotation", "motivation": "tagging", "body": {"type": "TextualBody",
        "value": ")" +
        deepTheme + R"("}, "target": {"selector": {"type": "TextQuoteSelector", "exact": "Oslo"}}})";
    QByteArray page = pageOf(1000, orphan);
    page.insert(page.size() - 2, QByteArray("," + tagged));
    report = importer.importJson(page, id);
    QVERIFY2(report, qPrintable(importer.errorString()));
    QCOMPARE(report->orphaned, 1000);
    QCOMPARE(report->orphans.size(), 200);
    QCOMPARE(report->created(), 1);
    QCOMPARE(report->themesCreated, 32);
}

void TestTextExport::allClaimsMarkdownGroupsByThemeThenSpeaker()
{
    const qint64 trains = store(trainsArticle(), trainsMarks());
    const Article ferries = TestArticles::article(u"Ferries at Dawn"_s,
        {TestArticles::speech(u"Ottilie Brandvold"_s, u"timetable planner"_s,
            {u"Ferries are the night trains of the fjords, slow and loved."_s})});
    store(ferries,
        {{0, u"slow and loved"_s, HighlightColour::Yellow, u"Same speaker, other article."_s,
             {u"Mobility/Rail"_s}},
            {0, u"Ferries are"_s, HighlightColour::Yellow, {}, {}}});
    QVERIFY(trains > 0);

    TextExportOptions options;
    options.format = TextExportFormat::Markdown;
    const QString md = QString::fromUtf8(readFile(exportTo(0, u"claims.md"_s, options)));
    // The hierarchy as headings, in codebook order; a parent without own claims still heads its children.
    QStringList headings;
    for (const QRegularExpressionMatch &m :
        QRegularExpression(u"^(#+) (.*)$"_s, QRegularExpression::MultilineOption).globalMatch(md))
        headings.append(m.captured(1) + u' ' + m.captured(2));
    QCOMPARE(
        headings, (QStringList {u"# Claims by theme"_s, u"## Climate"_s, u"## Mobility"_s, u"### Rail"_s}));
    // Under Rail: one speaker with three claims from two articles, in article order.
    const qsizetype rail = md.indexOf(u"### Rail"_s);
    const QString railPart = md.mid(rail);
    QCOMPARE(railPart.count(u"**Ottilie Brandvold**"_s), 1);
    QCOMPARE(railPart.count(QRegularExpression(u"^- “"_s, QRegularExpression::MultilineOption)), 3);
    QVERIFY(railPart.contains(u"- “slow and loved” — *Ferries at Dawn*\n\n  Same speaker, other article."_s));
    QVERIFY(railPart.contains(u"— *Sleeping Cars \\& the Night: Two Views*"_s));
    // Under Climate: two speakers; highlights without a theme are not claims.
    const QString climate = md.left(md.indexOf(u"## Mobility"_s));
    QVERIFY(climate.contains(u"**Ottilie Brandvold**"_s));
    QVERIFY(climate.contains(u"**Dário Quintela**"_s));
    QVERIFY(!md.contains(u"Ferries are”"_s));
    QVERIFY(!md.contains(u"You fall asleep"_s));

    options.themes = {u"Climate"_s};
    const QString only = QString::fromUtf8(readFile(exportTo(0, u"climate.md"_s, options)));
    QVERIFY(only.contains(u"## Climate"_s));
    QVERIFY(!only.contains(u"Rail"_s));
}

void TestTextExport::allClaimsCsvListsEveryClaimOfEveryArticle()
{
    store(trainsArticle(), trainsMarks());
    const Article ferries = TestArticles::article(u"Ferries at Dawn"_s,
        {TestArticles::speech(
            u"Ottilie Brandvold"_s, u"timetable planner"_s, {u"Ferries are slow and loved."_s})});
    store(ferries, {{0, u"slow and loved"_s, HighlightColour::Green, {}, {u"Climate"_s}}});
    TextExportOptions options;
    options.format = TextExportFormat::Csv;
    bool wellFormed = false;
    const QList<QStringList> rows =
        readCsv(QString::fromUtf8(readFile(exportTo(0, u"claims.csv"_s, options))), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(rows.size(), 1 + 3 + 1);
    QStringList articles;
    for (qsizetype r = 1; r < rows.size(); ++r)
        articles.append(rows.at(r).at(0));
    QCOMPARE(articles.count(u"Ferries at Dawn"_s), 1);
    QCOMPARE(articles.count(trainsArticle().title), 3);

    options.format = TextExportFormat::Html;
    TextExporter exporter(m_store);
    QVERIFY(!exporter.exportAllClaims(m_library->filePath(u"claims.html"_s), options));
}

void TestTextExport::failedWriteLeavesNoFile()
{
    const qint64 id = store(trainsArticle(), trainsMarks());
    TextExportOptions options;
    options.format = TextExportFormat::Html;
    TextExporter exporter(m_store);
    QVERIFY(!exporter.exportArticle(id, m_library->filePath(u"no/such/folder/x.html"_s), options));
    QVERIFY(!exporter.errorString().isEmpty());
    QVERIFY(!exporter.exportArticle(999, m_library->filePath(u"x.html"_s), options));
    QVERIFY(!QFileInfo::exists(m_library->filePath(u"x.html"_s)));
}

void TestTextExport::cliFormatsAndExitCodes()
{
    const qint64 id = store(trainsArticle(), trainsMarks());
    const QStringList before = describe(*m_store, id);
    m_library->close(); // the CLI opens the library itself
    CliRunner cli(m_library->folder());
    cli.setLibrary(m_library->path());
    const auto run = [&cli](const QStringList &args) {
        return cli.run(args).exitCode;
    };
    const QString idText = QString::number(id);
    for (const QString &format : {u"md"_s, u"html"_s, u"csv"_s, u"jsonld"_s}) {
        const QString out = m_library->filePath(u"cli."_s + format);
        QCOMPARE(
            run({u"export"_s, idText, u"--format"_s, format, u"--output"_s, out, u"--only-claims"_s}), 0);
        QVERIFY(QFileInfo(out).size() > 0);
    }
    QCOMPARE(run({u"export"_s, idText, u"--format"_s, u"csv"_s, u"--bom"_s, u"--output"_s,
                 m_library->filePath(u"bom.csv"_s), u"--themes"_s, u"Climate"_s}),
        0);
    QVERIFY(readFile(m_library->filePath(u"bom.csv"_s)).startsWith("\xEF\xBB\xBF"));
    QCOMPARE(run({u"export"_s, u"--all"_s, u"--format"_s, u"md"_s, u"--output"_s,
                 m_library->filePath(u"all.md"_s)}),
        0);
    QVERIFY(readFile(m_library->filePath(u"all.md"_s)).startsWith("# Claims by theme"));

    const QString out = m_library->filePath(u"bad"_s);
    QCOMPARE(run({u"export"_s, idText, u"--format"_s, u"docx"_s, u"--output"_s, out}), 2);
    QCOMPARE(run({u"export"_s, idText, u"--format"_s, u"md"_s, u"--bom"_s, u"--output"_s, out}), 2);
    QCOMPARE(
        run({u"export"_s, idText, u"--format"_s, u"html"_s, u"--page-size"_s, u"A4"_s, u"--output"_s, out}),
        2);
    QCOMPARE(run({u"export"_s, u"--all"_s, u"--format"_s, u"html"_s, u"--output"_s, out}), 2);
    QCOMPARE(run({u"export"_s, u"--all"_s, idText, u"--format"_s, u"md"_s, u"--output"_s, out}), 2);
    QCOMPARE(
        run({u"export"_s, idText, u"--format"_s, u"md"_s, u"--themes"_s, u"Nope"_s, u"--output"_s, out}), 1);
    QVERIFY(!QFileInfo::exists(out));

    // import-annotations into a second library holding the same article.
    const QString second = m_library->filePath(u"second.sqlite"_s);
    {
        LibraryStore other;
        QVERIFY(other.open(second));
        QVERIFY(other.addArticle(trainsArticle()).id > 0);
    }
    CliRunner secondCli(m_library->folder());
    secondCli.setLibrary(second);
    const CliRun imported = secondCli.run({u"import-annotations"_s, m_library->filePath(u"cli.jsonld"_s)});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.startsWith("article 1: 3 anchored, 0 moved, 0 fuzzy, 0 orphaned"));
    QCOMPARE(secondCli.run({u"import-annotations"_s, m_library->filePath(u"missing.jsonld"_s)}).exitCode, 1);
    QCOMPARE(secondCli.run({u"import-annotations"_s}).exitCode, 2);
    LibraryStore check;
    QVERIFY(check.open(second));
    QStringList claims;
    for (const QString &line : before) {
        if (!line.endsWith(u" | "_s)) // --only-claims left out the highlight without a theme
            claims.append(line);
    }
    QCOMPARE(describe(check, 1), claims);
}

QTEST_MAIN(TestTextExport)
#include "tst_textexport.moc"
