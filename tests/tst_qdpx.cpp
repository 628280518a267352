// REFI-QDA project exchange: export, import, round trip, and archives that must be refused.

#include "annotate/annotations.h"
#include "clirunner.h"
#include "exchange/qdpxexporter.h"
#include "exchange/qdpximporter.h"
#include "import/articlereader.h"
#include "model/codebook.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testdata.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>
#include <zip.h>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

// An interview of our own writing; the G clef (outside the BMP) makes code points and UTF-16 differ.
const QString InterviewText =
    u"Tuning the Harbour Choir\n\n"
    "Editor's Note\n"
    "We spoke with two singers about rehearsing by the sea \U0001D11E every week.\n\n"
    "Maren Oksvik, a baritone and boat builder from Bodø\n"
    "Salt air is hard on the voice, so we warm up indoors first.\n"
    "The fishermen come to listen after their shift.\n\n"
    "Jun Takeda, a soprano who teaches physics\n"
    "I count the waves to keep the tempo. It sounds silly but it works.\n"
    "Funding comes from the harbour office, and it is never enough.\n"_s;

struct Entry
{
    QString name;
    QByteArray bytes;
    bool symlink = false;
};

// Writes an archive with libzip, as any other tool (or an attacker) could.
bool writeZip(const QString &path, const QList<Entry> &entries)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip)
        return false;
    for (const Entry &entry : entries) {
        zip_source_t *source =
            zip_source_buffer(zip, entry.bytes.constData(), zip_uint64_t(entry.bytes.size()), 0);
        const zip_int64_t index =
            zip_file_add(zip, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0)
            return false;
        if (entry.symlink)
            zip_file_set_external_attributes(
                zip, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, (S_IFLNK | 0777) << 16);
    }
    return zip_close(zip) == 0;
}

QByteArray minimalProject(const QString &textPath)
{
    return u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources>"
           "<TextSource guid=\"11111111-2222-3333-4444-555555555555\" name=\"t\" plainTextPath=\"%1\"/>"
           "</Sources></Project>"_s.arg(textPath)
               .toUtf8();
}

/// A GUID numbered `n` of a kind (`a` codes, `b` sources, `c` selections, `d` codings).
QString guidOf(char kind, qsizetype n)
{
    return u"%1%2-0000-0000-0000-000000000000"_s.arg(QChar::fromLatin1(kind)).arg(n, 7, 16, QChar(u'0'));
}

QByteArray projectXml(const QString &codes, const QString &sources)
{
    return u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"bounds\">"
           "<CodeBook><Codes>%1</Codes></CodeBook><Sources>%2</Sources></Project>\n"_s.arg(codes, sources)
               .toUtf8();
}

/// A coded selection of `[start, end)` (code points), named `name` when given.
QString selectionXml(qsizetype n, qsizetype start, qsizetype end, const QString &codeGuid = QString(),
    const QString &name = QString())
{
    const QString coding = codeGuid.isEmpty()
        ? QString()
        : u"<Coding guid=\"%1\"><CodeRef targetGUID=\"%2\"/></Coding>"_s.arg(guidOf('d', n), codeGuid);
    const QString named = name.isEmpty() ? QString() : u" name=\"%1\""_s.arg(name.toHtmlEscaped());
    return u"<PlainTextSelection guid=\"%1\"%2 startPosition=\"%3\" endPosition=\"%4\">%5</PlainTextSelection>"_s
        .arg(guidOf('c', n), named)
        .arg(start)
        .arg(end)
        .arg(coding);
}

QString textSourceXml(qsizetype n, const QString &entry, const QString &selections)
{
    return u"<TextSource guid=\"%1\" name=\"source %2\" plainTextPath=\"internal://%3\">%4</TextSource>"_s
        .arg(guidOf('b', n))
        .arg(n)
        .arg(entry, selections);
}

/// `depth` codes, each inside the one before.
QString nestedCodesXml(int depth)
{
    QString codes;
    for (int i = 0; i < depth; ++i)
        codes += u"<Code guid=\"%1\" name=\"Level %2\" isCodable=\"true\">"_s.arg(guidOf('a', i)).arg(i);
    return codes + u"</Code>"_s.repeated(depth);
}

struct Snapshot
{
    QList<qint64> articles;
    QList<Theme> themes;
    int highlights = 0;
    int undoSteps = 0;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace

class TestQdpx : public QObject
{
    Q_OBJECT

private:
    /// Projects and other files; they outlive the libraries that wrote them.
    QTemporaryDir m_dir;
    std::unique_ptr<TemporaryLibrary> m_library;
    LibraryStore *m_store = nullptr;
    Annotations *m_annotations = nullptr;

    /// A new, empty library in place of the last one.
    void openLibrary()
    {
        m_library = std::make_unique<TemporaryLibrary>();
        QVERIFY(m_library->isOpen());
        m_store = m_library->store();
        m_annotations = m_library->annotations();
    }

    Snapshot snapshot() const
    {
        Snapshot s;
        for (const ArticleSummary &a : *m_store->articles()) {
            s.articles.append(a.id);
            s.highlights += int(m_store->highlights(a.id)->size());
        }
        s.themes = *m_store->themes();
        s.undoSteps = m_annotations->undoStack()->count();
        return s;
    }

    qint64 addInterview()
    {
        ReadResult read = ArticleReader::readBytes(InterviewText.toUtf8(), u"choir.txt"_s, u"text"_s);
        if (!read.article)
            return 0;
        return m_store->addArticle(*read.article).id;
    }

    // Highlights the first occurrence of `quote`.
    qint64 highlight(qint64 articleId, const QString &quote, HighlightColour colour)
    {
        const Article article = m_store->article(articleId)->value();
        for (qsizetype i = 0; i < article.segments.size(); ++i) {
            const qsizetype at = article.segments.at(i).text().indexOf(quote);
            if (at >= 0)
                return m_annotations->addHighlight(articleId, i, at, at + quote.size(), colour).value_or(0);
        }
        return 0;
    }

    void expectRefused(const QString &path, const QString &messagePart, const QdpxLimits &limits = {})
    {
        const Snapshot before = snapshot();
        QdpxImporter importer(m_annotations, {}, limits);
        QVERIFY(!importer.importFile(path));
        QVERIFY2(importer.errorString().contains(messagePart, Qt::CaseInsensitive),
            qPrintable(importer.errorString()));
        QCOMPARE(snapshot(), before);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        openLibrary();
        // Something already in the library, so "untouched" means something.
        QVERIFY(addInterview() > 0);
        QVERIFY(m_annotations->createTheme(u"Existing"_s));
    }

    void testRoundTripKeepsThemesClaimsAndPositions()
    {
        const qint64 article = m_store->articles()->constFirst().id;
        const qint64 place =
            *m_annotations->createTheme(u"Place"_s, 0, HighlightColour::Blue, u"Where it happens"_s);
        const qint64 sea = *m_annotations->createTheme(u"Sea"_s, place, HighlightColour::Green);
        const qint64 money = *m_annotations->createTheme(u"Money"_s, 0, HighlightColour::Red);
        const qint64 h1 = highlight(article, u"I count the waves"_s, HighlightColour::Green);
        const qint64 h2 =
            highlight(article, u"Funding comes from the harbour office"_s, HighlightColour::Red);
        const qint64 h3 = highlight(article, u"Salt air is hard on the voice"_s, HighlightColour::Blue);
        QVERIFY(h1 && h2 && h3);
        QVERIFY(m_annotations->tagHighlight(h1, sea));
        QVERIFY(m_annotations->tagHighlight(h2, money));
        QVERIFY(m_annotations->tagHighlight(h2, place));
        QVERIFY(m_annotations->tagHighlight(h3, place));
        QVERIFY(m_annotations->setNote(h2, u"Who pays *matters*"_s));

        const QString path = m_dir.filePath(u"roundtrip.qdpx"_s);
        QdpxExporter exporter(m_store);
        QVERIFY2(exporter.exportArticles({article}, path), qPrintable(exporter.errorString()));
        validate(path);

        // The positions in the file point at the quotes, counted in code points.
        ZipArchiveReader zip;
        QVERIFY(zip.open(path));
        const QString qde = QString::fromUtf8(*zip.read(u"project.qde"_s));
        QStringList texts;
        for (const QString &name : zip.entryNames()) {
            if (name.startsWith(u"sources/"_s))
                texts.append(QString::fromUtf8(*zip.read(name)));
        }
        QCOMPARE(texts.size(), 1);
        const QList<uint> points = texts.constFirst().toUcs4();
        static const QRegularExpression selection(
            u"name=\"([^\"]*)\" startPosition=\"(\\d+)\" endPosition=\"(\\d+)\""_s);
        int checked = 0;
        for (auto it = selection.globalMatch(qde); it.hasNext(); ++checked) {
            const QRegularExpressionMatch m = it.next();
            const QList<uint> slice =
                points.mid(m.captured(2).toInt(), m.captured(3).toInt() - m.captured(2).toInt());
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size()),
                m.captured(1));
        }
        QCOMPARE(checked, 3);

        const QList<Highlight> before = *m_store->highlights(article);
        const Article articleBefore = m_store->article(article)->value();
        openLibrary();
        QdpxImporter importer(m_annotations);
        const std::optional<QdpxImportReport> report = importer.importFile(path);
        QVERIFY2(report, qPrintable(importer.errorString()));
        QVERIFY2(report->messages.isEmpty(), qPrintable(report->messages.join(u'\n')));
        QCOMPARE(report->articleIds.size(), 1);
        QCOMPARE(report->highlights, 3);
        QCOMPARE(report->codings, 4);

        // Themes: names, hierarchy, colours, descriptions.
        QStringList themes;
        for (const Theme &t : *m_store->themes()) {
            const QString parent = t.parentId ? m_store->theme(t.parentId)->value().name : QString();
            themes.append(parent + u'/' + t.name + u' ' + colourName(t.colour) + u' ' + t.description);
        }
        themes.sort();
        QCOMPARE(themes,
            QStringList({u"/Existing yellow "_s, u"/Money red "_s, u"/Place blue Where it happens"_s,
                u"Place/Sea green "_s}));

        // Claims: same segmentation, same offsets and quotes, speakers, themes, notes.
        const qint64 imported = report->articleIds.constFirst();
        const Article articleAfter = m_store->article(imported)->value();
        QCOMPARE(articleAfter.segments, articleBefore.segments);
        const QList<Highlight> after = *m_store->highlights(imported);
        QCOMPARE(after.size(), before.size());
        const QHash<qint64, QString> notes = *m_store->noteTextsOfArticle(imported);
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).anchor.segment, before.at(i).anchor.segment);
            QCOMPARE(after.at(i).anchor.position, before.at(i).anchor.position);
            QCOMPARE(after.at(i).anchor.quote.exact, before.at(i).anchor.quote.exact);
            QCOMPARE(after.at(i).speaker, before.at(i).speaker);
            QStringList names;
            for (qint64 id : *m_store->themeIdsOfHighlight(after.at(i).id))
                names.append(m_store->theme(id)->value().name);
            names.sort();
            if (after.at(i).anchor.quote.exact.startsWith(u"Funding"_s)) {
                QCOMPARE(names, QStringList({u"Money"_s, u"Place"_s}));
                QCOMPARE(notes.value(after.at(i).id), u"Who pays *matters*"_s);
            }
        }

        // One undo step per project; importing again adds nothing twice.
        QCOMPARE(m_annotations->undoStack()->count(), 1);
        QdpxImporter again(m_annotations);
        const std::optional<QdpxImportReport> second = again.importFile(path);
        QVERIFY(second);
        QCOMPARE(second->highlights, 0);
        QCOMPARE(second->codings, 0);
        QCOMPARE(m_store->highlights(imported)->size(), before.size());
        while (m_annotations->undoStack()->canUndo())
            m_annotations->undoStack()->undo();
        QCOMPARE(m_store->highlights(imported)->size(), 0);
        QCOMPARE(m_store->themes()->size(), 0);
    }

    void testExportGuidsAreStable()
    {
        const qint64 article = m_store->articles()->constFirst().id;
        QVERIFY(highlight(article, u"Salt air"_s, HighlightColour::Yellow));
        const QString a = m_dir.filePath(u"a.qdpx"_s);
        const QString b = m_dir.filePath(u"b.qdpx"_s);
        QdpxExporter exporter(m_store);
        QVERIFY(exporter.exportArticles({article}, a));
        QVERIFY(exporter.exportArticles({article}, b));
        static const QRegularExpression guid(u"guid=\"([0-9a-f-]{36})\""_s);
        const auto guids = [](const QString &path) {
            ZipArchiveReader zip;
            zip.open(path);
            QStringList found;
            for (auto it =
                     guid.globalMatch(QString::fromUtf8(zip.read(u"project.qde"_s).value_or(QByteArray())));
                 it.hasNext();)
                found.append(it.next().captured(1));
            return found;
        };
        QVERIFY(guids(a).size() >= 4);
        QCOMPARE(guids(a), guids(b));
    }

    void testImportsAProjectFromAnotherTool()
    {
        // Hand-written in another tool's style: braced GUIDs, 3-digit colours, a PDF source, a
        // selection with shifted offsets (found by quote) and one not in the text (skipped).
        const QString text = u"Notes from the pier\n\nAnna: The ferry \U0001D11E is late again.\n\n"
                             "Bo: We waited an hour, and nobody told us why.\n"_s;
        const QList<uint> points = text.toUcs4();
        const auto pos = [&](const QString &quote) {
            const qsizetype at = text.indexOf(quote);
            return QString::number(QStringView(text).left(at).toUcs4().size());
        };
        const auto end = [&](const QString &quote) {
            const qsizetype at = text.indexOf(quote) + quote.size();
            return QString::number(QStringView(text).left(at).toUcs4().size());
        };
        Q_UNUSED(points);
        const QString qde =
            u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Pier study\" origin=\"SomeQDA 3.1\">\n"
            "<CodeBook><Codes>\n"
            "  <Code guid=\"{A0000000-0000-0000-0000-000000000001}\" name=\"Transport\" isCodable=\"true\" "
            "color=\"#0a0\">\n"
            "    <Description>Getting around</Description>\n"
            "    <Code guid=\"{A0000000-0000-0000-0000-000000000002}\" name=\"Delays\" isCodable=\"true\" "
            "color=\"#DD2222\"/>\n"
            "  </Code>\n"
            "</Codes></CodeBook>\n"
            "<Sources>\n"
            "  <PDFSource guid=\"{B0000000-0000-0000-0000-000000000009}\" name=\"scan\" "
            "path=\"relative://scan.pdf\"/>\n"
            "  <TextSource guid=\"{B0000000-0000-0000-0000-000000000001}\" name=\"pier notes\" "
            "plainTextPath=\"internal://pier.txt\">\n"
            "    <Description>Field notes, June</Description>\n"
            "    <PlainTextSelection guid=\"{C0000000-0000-0000-0000-000000000001}\" startPosition=\"%1\" "
            "endPosition=\"%2\">\n"
            "      <Description>late ferry</Description>\n"
            "      <Coding guid=\"{D0000000-0000-0000-0000-000000000001}\"><CodeRef "
            "targetGUID=\"{A0000000-0000-0000-0000-000000000002}\"/></Coding>\n"
            "    </PlainTextSelection>\n"
            "    <PlainTextSelection guid=\"{C0000000-0000-0000-0000-000000000002}\" name=\"nobody told us "
            "why\" startPosition=\"%3\" endPosition=\"%4\">\n"
            "      <Coding guid=\"{D0000000-0000-0000-0000-000000000002}\"><CodeRef "
            "targetGUID=\"{A0000000-0000-0000-0000-000000000001}\"/></Coding>\n"
            "    </PlainTextSelection>\n"
            "    <PlainTextSelection guid=\"{C0000000-0000-0000-0000-000000000003}\" startPosition=\"900\" "
            "endPosition=\"920\"/>\n"
            "  </TextSource>\n"
            "</Sources>\n"
            "</Project>\n"
            ""_s.arg(pos(u"is late again"_s), end(u"is late again"_s))
                .arg(pos(u"nobody told us why"_s).toInt() - 3) // as a tool counting UTF-16 twice
                .arg(end(u"nobody told us why"_s).toInt() - 3);
        const QString path = m_dir.filePath(u"other.qdpx"_s);
        QVERIFY(writeZip(path, {{u"project.qde"_s, qde.toUtf8()}, {u"sources/pier.txt"_s, text.toUtf8()}}));

        validate(path); // the hand-written project is valid REFI-QDA too
        QdpxImporter importer(m_annotations);
        const std::optional<QdpxImportReport> report = importer.importFile(path);
        QVERIFY2(report, qPrintable(importer.errorString()));
        QCOMPARE(report->articlesCreated, 1);
        QCOMPARE(report->themesCreated, 2);
        QCOMPARE(report->highlights, 2);
        const QString messages = report->messages.join(u'\n');
        QVERIFY2(messages.contains(u"PDF"_s), qPrintable(messages));
        QVERIFY2(messages.contains(u"900"_s), qPrintable(messages));
        QVERIFY2(messages.contains(u"placed by its quote"_s), qPrintable(messages));

        const qint64 article = report->articleIds.constFirst();
        const QList<Highlight> highlights = *m_store->highlights(article);
        QCOMPARE(highlights.size(), 2);
        QCOMPARE(highlights.constFirst().anchor.quote.exact, u"is late again"_s);
        QCOMPARE(highlights.constLast().anchor.quote.exact, u"nobody told us why"_s);
        QCOMPARE(highlights.constFirst().colour, HighlightColour::Red);
        QCOMPARE(m_store->noteTextsOfArticle(article)->value(highlights.constFirst().id), u"late ferry"_s);
        QCOMPARE(m_store->articleNote(article)->value().markdown, u"Field notes, June"_s);
        const QList<qint64> tags = *m_store->themeIdsOfHighlight(highlights.constFirst().id);
        QCOMPARE(tags.size(), 1);
        const Theme delays = m_store->theme(tags.constFirst())->value();
        QCOMPARE(delays.name, u"Delays"_s);
        QCOMPARE(m_store->theme(delays.parentId)->value().name, u"Transport"_s);
        QCOMPARE(m_store->theme(delays.parentId)->value().colour, HighlightColour::Green);
        QCOMPARE(m_store->theme(delays.parentId)->value().description, u"Getting around"_s);
    }

    void testShiftedSelectionIsPlacedByQuote()
    {
        const QString text = u"Title line\n\nA: one two three four five.\n"_s;
        const QString qde = u"<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>\n"
                            "<TextSource guid=\"b0000000-0000-0000-0000-000000000001\" "
                            "name=\"x\"><PlainTextContent>%1</PlainTextContent>\n"
                            "<PlainTextSelection guid=\"c0000000-0000-0000-0000-000000000001\" "
                            "startPosition=\"%2\" endPosition=\"%3\"/>\n"
                            "</TextSource></Sources></Project>"_s.arg(text.toHtmlEscaped())
                                .arg(text.indexOf(u"three"_s))
                                .arg(text.indexOf(u"three"_s) + 5);
        const QString path = m_dir.filePath(u"content.qdpx"_s);
        QVERIFY(writeZip(path, {{u"project.qde"_s, qde.toUtf8()}}));
        QdpxImporter importer(m_annotations);
        const std::optional<QdpxImportReport> report = importer.importFile(path);
        QVERIFY2(report, qPrintable(importer.errorString()));
        const QList<Highlight> highlights = *m_store->highlights(report->articleIds.constFirst());
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights.constFirst().anchor.quote.exact, u"three"_s);
    }

    void testSiblingCodesOfOneNameBecomeOneTheme()
    {
        const QString text = u"Title line\n\nA: one two three four five.\n"_s;
        const QString qde =
            u"<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>"
            "<Code guid=\"a0000000-0000-0000-0000-000000000001\" name=\"Tone\" isCodable=\"true\"/>"
            "<Code guid=\"a0000000-0000-0000-0000-000000000002\" name=\"tone\" isCodable=\"true\"/>"
            "</Codes></CodeBook><Sources>"
            "<TextSource guid=\"b0000000-0000-0000-0000-000000000001\" name=\"x\">"
            "<PlainTextContent>%1</PlainTextContent>"
            "<PlainTextSelection guid=\"c0000000-0000-0000-0000-000000000001\" startPosition=\"%2\" "
            "endPosition=\"%3\"><Coding guid=\"d0000000-0000-0000-0000-000000000001\">"
            "<CodeRef targetGUID=\"a0000000-0000-0000-0000-000000000002\"/></Coding>"
            "</PlainTextSelection></TextSource></Sources></Project>"_s.arg(text)
                .arg(text.indexOf(u"two"_s))
                .arg(text.indexOf(u"two"_s) + 3);
        const QString path = m_dir.filePath(u"siblings.qdpx"_s);
        QVERIFY(writeZip(path, {{u"project.qde"_s, qde.toUtf8()}}));
        QdpxImporter importer(m_annotations);
        const std::optional<QdpxImportReport> report = importer.importFile(path);
        QVERIFY2(report, qPrintable(importer.errorString()));
        QCOMPARE(report->themesCreated, 1);
        QCOMPARE(report->codings, 1);
    }

    void testTwoSelectionsOfOneSpanBecomeOneClaim()
    {
        // Two selections of the same words, each with its own code: one highlight with both themes,
        // and the import is one undo step.
        openLibrary();
        const QString text = u"Title line\n\nA: one two three four five.\n"_s;
        const QString selection = u"<PlainTextSelection guid=\"c0000000-0000-0000-0000-00000000000%1\" "
                                  "startPosition=\"%2\" endPosition=\"%3\"><Coding "
                                  "guid=\"d0000000-0000-0000-0000-00000000000%1\"><CodeRef "
                                  "targetGUID=\"a0000000-0000-0000-0000-00000000000%1\"/></Coding>"
                                  "</PlainTextSelection>"_s;
        const qsizetype start = text.indexOf(u"two"_s);
        const QString qde =
            u"<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>"
            "<Code guid=\"a0000000-0000-0000-0000-000000000001\" name=\"Tone\" isCodable=\"true\"/>"
            "<Code guid=\"a0000000-0000-0000-0000-000000000002\" name=\"Place\" isCodable=\"true\"/>"
            "</Codes></CodeBook><Sources>"
            "<TextSource guid=\"b0000000-0000-0000-0000-000000000001\" name=\"x\">"
            "<PlainTextContent>"_s +
            text + u"</PlainTextContent>"_s + selection.arg(1).arg(start).arg(start + 3) +
            selection.arg(2).arg(start).arg(start + 3) + u"</TextSource></Sources></Project>"_s;
        const QString path = m_dir.filePath(u"twice.qdpx"_s);
        QVERIFY(writeZip(path, {{u"project.qde"_s, qde.toUtf8()}}));
        const int steps = m_annotations->undoStack()->count();
        QdpxImporter importer(m_annotations);
        const std::optional<QdpxImportReport> report = importer.importFile(path);
        QVERIFY2(report, qPrintable(importer.errorString()));
        QCOMPARE(report->highlights, 1);
        QCOMPARE(report->codings, 2);
        const QList<Highlight> highlights = *m_store->highlights(report->articleIds.constFirst());
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights.constFirst().anchor.quote.exact, u"two"_s);
        QCOMPARE(m_store->themeIdsOfHighlight(highlights.constFirst().id)->size(), 2);
        QCOMPARE(m_annotations->undoStack()->count(), steps + 1);
        m_annotations->undoStack()->undo();
        QVERIFY(m_store->highlights(report->articleIds.constFirst())->isEmpty());
        QVERIFY(m_store->themes()->isEmpty());
    }

    void testRefusesUnsafeArchives_data()
    {
        QTest::addColumn<QList<Entry>>("entries");
        QTest::addColumn<QString>("message");
        const QByteArray text = "Hello\n";
        QTest::newRow("parent traversal")
            << QList<Entry>({{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)},
                   {u"sources/../../evil.txt"_s, text}})
            << u"path traversal"_s;
        QTest::newRow("backslash traversal")
            << QList<Entry>(
                   {{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)}, {u"..\\evil.txt"_s, text}})
            << u"path traversal"_s;
        QTest::newRow("absolute path")
            << QList<Entry>(
                   {{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)}, {u"/etc/evil.txt"_s, text}})
            << u"absolute path"_s;
        QTest::newRow("drive letter")
            << QList<Entry>(
                   {{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)}, {u"C:/evil.txt"_s, text}})
            << u"absolute path"_s;
        QTest::newRow("symlink") << QList<Entry>({{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)},
                                        {u"sources/t.txt"_s, "/etc/passwd", true}})
                                 << u"symbolic link"_s;
        QList<Entry> many = {{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)}};
        for (int i = 0; i < 10001; ++i)
            many.append({u"sources/%1.txt"_s.arg(i), QByteArray()});
        QTest::newRow("too many entries") << many << u"more than the 10000"_s;
        // 64 MiB of one byte deflates about a thousandfold.
        QTest::newRow("zip bomb") << QList<Entry>({{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)},
                                         {u"sources/t.txt"_s, QByteArray(64 * 1024 * 1024, 'a')}})
                                  << u"zip bomb"_s;
        QTest::newRow("xxe doctype")
            << QList<Entry>({{u"project.qde"_s,
                   "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                   "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>"}})
            << u"DOCTYPE"_s;
        QTest::newRow("billion laughs")
            << QList<Entry>({{u"project.qde"_s,
                   "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                   "\"&lol;&lol;&lol;\">]>"
                   "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol2;\"/>"}})
            << u"DOCTYPE"_s;
        QTest::newRow("not a project")
            << QList<Entry>({{u"project.qde"_s, "<Other/>"}}) << u"not a REFI-QDA"_s;
        QTest::newRow("missing source")
            << QList<Entry>({{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)}})
            << u"does not hold"_s;
    }

    void testRefusesUnsafeArchives()
    {
        QFETCH(QList<Entry>, entries);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(u"bad.qdpx"_s);
        QVERIFY(writeZip(path, entries));
        expectRefused(path, message);
    }

    void testCountsBytesWhileInflating()
    {
        // An entry that declares 1,000 bytes but inflates to 100,000: the directory lies, the count does not.
        const QString path = m_dir.filePath(u"liar.qdpx"_s);
        QVERIFY(writeZip(path,
            {{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)},
                {u"sources/t.txt"_s, QByteArray(100000, 'a')}}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const auto patchSize = [&bytes](const QByteArray &signature, int offset) {
            int patched = 0;
            for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) {
                const uchar *size = reinterpret_cast<const uchar *>(bytes.constData() + at + offset);
                if ((size[0] | size[1] << 8 | size[2] << 16 | uint(size[3]) << 24) != 100000)
                    continue;
                bytes[at + offset] = char(1000 & 0xff);
                bytes[at + offset + 1] = char(1000 >> 8);
                bytes[at + offset + 2] = 0;
                bytes[at + offset + 3] = 0;
                ++patched;
            }
            return patched;
        };
        QCOMPARE(patchSize(QByteArray("PK\x03\x04", 4), 22), 1); // local header
        QCOMPARE(patchSize(QByteArray("PK\x01\x02", 4), 24), 1); // central directory
        file.seek(0);
        file.write(bytes);
        file.close();
        expectRefused(path, u"more than it declares"_s);
    }

    void testAppliesTheCallersSizeCap()
    {
        // A lower total cap stands for the 512 MB one: 4 KB declared against 1 KB allowed.
        const QString path = m_dir.filePath(u"big.qdpx"_s);
        QVERIFY(writeZip(path,
            {{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)},
                {u"sources/t.txt"_s, QByteArray(4096, 'x')}}));
        ZipLimits limits;
        limits.maxTotalSize = 1024;
        const Snapshot before = snapshot();
        QdpxImporter importer(m_annotations, limits);
        QVERIFY(!importer.importFile(path));
        QVERIFY2(importer.errorString().contains(u"more than"_s), qPrintable(importer.errorString()));
        QCOMPARE(snapshot(), before);
    }

    void testSchemaCatchesInvalidProjects()
    {
        // The validation above can fail: a selection without positions is not a project.
        const QString path = m_dir.filePath(u"invalid.qdpx"_s);
        QVERIFY(writeZip(path,
            {{u"project.qde"_s,
                "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"
                "<TextSource guid=\"b0000000-0000-0000-0000-000000000001\">"
                "<PlainTextSelection guid=\"c0000000-0000-0000-0000-000000000001\"/>"
                "</TextSource></Sources></Project>"}}));
        validate(path, false);
    }

    void testLibraryExportHoldsEveryArticle()
    {
        ReadResult read = ArticleReader::readBytes(
            u"Second Piece\n\nAda: A different text entirely.\n"_s.toUtf8(), u"two.txt"_s, u"text"_s);
        QVERIFY(read.article);
        const qint64 second = m_store->addArticle(*read.article).id;
        QVERIFY(highlight(second, u"different text"_s, HighlightColour::Purple));
        QList<qint64> ids;
        for (const ArticleSummary &a : *m_store->articles())
            ids.append(a.id);
        const QString path = m_dir.filePath(u"library.qdpx"_s);
        QdpxExporter exporter(m_store);
        QVERIFY(exporter.exportArticles(ids, path));
        validate(path);
        openLibrary();
        QdpxImporter importer(m_annotations);
        const std::optional<QdpxImportReport> report = importer.importFile(path);
        QVERIFY2(report, qPrintable(importer.errorString()));
        QCOMPARE(report->articlesCreated, 2);
        QCOMPARE(report->highlights, 1);
    }

    void testCliExportsAndImports()
    {
        const qint64 article = m_store->articles()->constFirst().id;
        const qint64 h = highlight(article, u"The fishermen come to listen"_s, HighlightColour::Orange);
        QVERIFY(h);
        QVERIFY(m_annotations->tagHighlight(h, m_store->themes()->constFirst().id));
        const QString project = m_dir.filePath(u"cli.qdpx"_s);
        const CliRunner cli(m_dir.path());
        const auto run = [&cli](const QStringList &args, QString *out, QString *err) {
            const CliRun result = cli.run(args);
            *out = QString::fromUtf8(result.out);
            *err = QString::fromUtf8(result.err);
            return result.exitCode;
        };
        QString out;
        QString err;
        QCOMPARE(run({u"--library"_s, m_store->path(), u"export"_s, u"--all"_s, u"--format"_s, u"qdpx"_s,
                         u"--output"_s, project},
                     &out, &err),
            0);
        validate(project);
        const QString fresh = m_dir.filePath(u"cli-fresh.sqlite"_s);
        QCOMPARE(run({u"--library"_s, fresh, u"import-qdpx"_s, project}, &out, &err), 0);
        QVERIFY2(out.contains(u"highlights 1, codings 1"_s), qPrintable(out + err));
        // A refused archive: exit status 1 and one sentence saying why.
        const QString bad = m_dir.filePath(u"cli-bad.qdpx"_s);
        QVERIFY(writeZip(bad, {{u"project.qde"_s, minimalProject(u"internal://t.txt"_s)}, {u"../x"_s, "x"}}));
        QCOMPARE(run({u"--library"_s, fresh, u"import-qdpx"_s, bad}, &out, &err), 1);
        QVERIFY2(err.startsWith(u"colloquy-cli: "_s) && err.contains(u"path traversal"_s), qPrintable(err));
    }

    void testNotAZip()
    {
        const QString path = m_dir.filePath(u"plain.qdpx"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a zip at all");
        file.close();
        expectRefused(path, u"not a readable zip"_s);
    }

    void testRefusesProjectsOverItsLimits_data()
    {
        QTest::addColumn<QByteArray>("qde");
        QTest::addColumn<QdpxLimits>("limits");
        QTest::addColumn<QString>("message");
        const QString text = u"one.txt"_s;
        QdpxLimits small;
        small.maxCodes = 3;
        small.maxSources = 2;
        small.maxSelections = 4;
        small.maxCodingsPerSelection = 2;
        QString codes;
        for (int i = 0; i < 4; ++i)
            codes += u"<Code guid=\"%1\" name=\"Code %2\" isCodable=\"true\"/>"_s.arg(guidOf('a', i)).arg(i);
        QTest::newRow("codes") << projectXml(codes, textSourceXml(0, text, {})) << small
                               << u"more than 3 codes"_s;
        QString sources;
        for (int i = 0; i < 3; ++i)
            sources += textSourceXml(i, text, {});
        QTest::newRow("sources") << projectXml({}, sources) << small << u"more than 2 text sources"_s;
        QString selections;
        for (int i = 0; i < 5; ++i)
            selections += selectionXml(i, 7, 10);
        QTest::newRow("selections") << projectXml({}, textSourceXml(0, text, selections)) << small
                                    << u"more than 4 coded selections"_s;
        const QString refs =
            u"<CodeRef targetGUID=\"%1\"/><CodeRef targetGUID=\"%2\"/>"
            "<CodeRef targetGUID=\"%3\"/>"_s.arg(guidOf('a', 0), guidOf('a', 1), guidOf('a', 2));
        QTest::newRow("codings of one selection")
            << projectXml(codes.left(codes.indexOf(u"<Code"_s, 10)),
                   textSourceXml(0, text,
                       u"<PlainTextSelection guid=\"%1\" startPosition=\"7\" endPosition=\"10\">"
                       "<Coding guid=\"%2\">%3</Coding></PlainTextSelection>"_s.arg(
                           guidOf('c', 0), guidOf('d', 0), refs)))
            << small << u"more than 2 codes"_s;
        // The hostile project of the reliability issue, with the real limits: 50,000 nested codes.
        QTest::newRow("50,000 nested codes") << projectXml(nestedCodesXml(50000), textSourceXml(0, text, {}))
                                             << QdpxLimits() << u"more than 5,000 codes"_s;
    }

    void testRefusesProjectsOverItsLimits()
    {
        QFETCH(QByteArray, qde);
        QFETCH(QdpxLimits, limits);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(u"over.qdpx"_s);
        QVERIFY(writeZip(path, {{u"project.qde"_s, qde}, {u"sources/one.txt"_s, InterviewText.toUtf8()}}));
        expectRefused(path, message, limits);
    }

    void testFlattensCodesDeeperThanTheLimit()
    {
        // 40 levels: the 8 below level 32 hang from level 32, and a coding of the deepest one still counts.
        const qsizetype start = InterviewText.indexOf(u"Salt air"_s);
        const QString source =
            textSourceXml(0, u"one.txt"_s, selectionXml(0, start, start + 8, guidOf('a', 39)));
        const QString path = m_dir.filePath(u"deep.qdpx"_s);
        QVERIFY(writeZip(path,
            {{u"project.qde"_s, projectXml(nestedCodesXml(40), source)},
                {u"sources/one.txt"_s, InterviewText.toUtf8()}}));
        openLibrary();
        QdpxImporter importer(m_annotations);
        const std::optional<QdpxImportReport> report = importer.importFile(path);
        QVERIFY2(report, qPrintable(importer.errorString()));
        QCOMPARE(report->themesCreated, 40);
        QVERIFY2(report->messages.join(u'\n').contains(u"8 codes nested deeper than 32 levels"_s),
            qPrintable(report->messages.join(u'\n')));
        const Codebook codebook(*m_store->themes());
        int deepest = 0;
        for (const Theme &theme : codebook.themes())
            deepest = std::max(deepest, int(codebook.pathOf(theme.id).size()));
        QCOMPARE(deepest, 32);
        const QList<Highlight> highlights = *m_store->highlights(report->articleIds.constFirst());
        QCOMPARE(highlights.size(), 1);
        const QList<qint64> tags = *m_store->themeIdsOfHighlight(highlights.constFirst().id);
        QCOMPARE(tags.size(), 1);
        QCOMPARE(codebook.theme(tags.constFirst())->name, u"Level 39"_s);
        QCOMPARE(codebook.pathOf(tags.constFirst()).size(), 32);
    }

    void testSourcesNamingOneTextBecomeOneArticle()
    {
        // 3 sources name one entry (a hostile project names it 400 times): one article, read once,
        // with the selections of all three.
        QString sources;
        int n = 0;
        for (const QString &quote : {u"Salt air"_s, u"fishermen"_s, u"count the waves"_s}) {
            const qsizetype start = InterviewText.indexOf(quote);
            sources += textSourceXml(n, u"one.txt"_s, selectionXml(n, start, start + quote.size()));
            ++n;
        }
        const QString path = m_dir.filePath(u"same.qdpx"_s);
        QVERIFY(writeZip(path,
            {{u"project.qde"_s, projectXml({}, sources)}, {u"sources/one.txt"_s, InterviewText.toUtf8()}}));
        openLibrary();
        QdpxImporter importer(m_annotations);
        const std::optional<QdpxImportReport> report = importer.importFile(path);
        QVERIFY2(report, qPrintable(importer.errorString()));
        QCOMPARE(report->articleIds.size(), 1);
        QCOMPARE(report->articlesCreated, 1);
        QCOMPARE(report->highlights, 3);
        QVERIFY2(report->messages.join(u'\n').contains(u"'source 2' holds the same text as 'source 0'"_s),
            qPrintable(report->messages.join(u'\n')));
        QCOMPARE(m_store->articles()->size(), 1);
    }

    void testQuoteSearchStopsAtItsBudget()
    {
        // A selection whose offsets are far from its words needs a search of the whole text: with no
        // budget for it, it is skipped and said so once; one whose words are near its offsets is not.
        QString text = u"Harbour log\n\nAnna Lind: "_s;
        for (int i = 0; i < 300; ++i)
            text += u"The tide came in at its hour and the boats rose with it. "_s;
        text += u"Then the crane broke.\n"_s;
        const qsizetype near = text.indexOf(u"boats rose"_s);
        const QString selections = selectionXml(0, 2, 12, {}, u"the crane broke"_s) +
            selectionXml(1, near + 3, near + 13, {}, u"boats rose"_s);
        const QString path = m_dir.filePath(u"budget.qdpx"_s);
        QVERIFY(writeZip(path,
            {{u"project.qde"_s, projectXml({}, textSourceXml(0, u"log.txt"_s, selections))},
                {u"sources/log.txt"_s, text.toUtf8()}}));
        for (const bool withBudget : {false, true}) {
            openLibrary();
            QdpxLimits limits;
            if (!withBudget)
                limits.quoteSearchBudget = 0;
            QdpxImporter importer(m_annotations, {}, limits);
            const std::optional<QdpxImportReport> report = importer.importFile(path);
            QVERIFY2(report, qPrintable(importer.errorString()));
            const QString messages = report->messages.join(u'\n');
            QCOMPARE(report->highlights, withBudget ? 2 : 1);
            QCOMPARE(
                messages.contains(u"1 selections whose offsets do not fit the text were not looked for"_s),
                !withBudget);
        }
    }

    void testReportHoldsAtMostItsMessages()
    {
        QString selections;
        for (int i = 0; i < 12; ++i)
            selections += selectionXml(i, 5000 + i, 5010 + i);
        const QString path = m_dir.filePath(u"chatty.qdpx"_s);
        QVERIFY(writeZip(path,
            {{u"project.qde"_s, projectXml({}, textSourceXml(0, u"one.txt"_s, selections))},
                {u"sources/one.txt"_s, InterviewText.toUtf8()}}));
        QdpxLimits limits;
        limits.maxMessages = 5;
        QdpxImporter importer(m_annotations, {}, limits);
        const std::optional<QdpxImportReport> report = importer.importFile(path);
        QVERIFY2(report, qPrintable(importer.errorString()));
        QCOMPARE(report->messages.size(), 6);
        QVERIFY(report->messages.constFirst().contains(u"lies outside the text"_s));
        QCOMPARE(report->messages.constLast(), u"7 more messages like these left out"_s);
    }

private:
    void validate(const QString &path, bool expectValid = true)
    {
        const QString xsd = testDataPath(u"qdpx/Project-mrt2019.xsd"_s);
        QVERIFY(QFile::exists(xsd));
        const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
        QVERIFY2(!xmllint.isEmpty(), "xmllint (libxml2-utils) is needed to validate exports");
        ZipArchiveReader zip;
        QVERIFY(zip.open(path));
        const QString qde = m_dir.filePath(u"project.qde"_s);
        QFile out(qde);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*zip.read(u"project.qde"_s));
        out.close();
        QProcess lint;
        lint.start(xmllint, {u"--noout"_s, u"--schema"_s, xsd, qde});
        QVERIFY(lint.waitForFinished());
        if (expectValid)
            QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
        else
            QVERIFY(lint.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestQdpx)
#include "tst_qdpx.moc"
