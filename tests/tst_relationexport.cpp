// Links between claims (ClaimRelations) through every export that carries
// them: the Web Annotation file read back into another library restores the
// same links (one undo step, nothing new the second time), the CSV's `id` and
// `relations` columns and the Markdown notes name each link, and the annotated
// PDF's appendix lists them. The exact bytes are in the golden files
// (tst_exportgolden); here the links are read back from what was written.

#include "markedarticle.h"
#include "temporarylibrary.h"
#include "testarticles.h"
#include "testdata.h"

#include "annotate/annotations.h"
#include "compare/claimrelations.h"
#include "export/pdfexporter.h"
#include "export/textexporter.h"
#include "export/webannotationimporter.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <poppler-qt6.h>

#include <QSet>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;
using TestArticles::speech;

namespace {

const QString Saves = u"Night ferries save a day of travel."_s;
const QString TooDear = u"The cabins are too dear for families."_s;
const QString WillPay = u"Families will pay if the cabins are shared."_s;
const QString Daylight = u"A ferry that sails at night wastes no daylight."_s;

Article ferriesArticle()
{
    return TestArticles::article(u"Night Ferries Debate"_s,
        {speech(u"Ines Arroyo"_s, u"travel writer"_s, {Saves + u' ' + TooDear}),
            speech(u"Pavel Lund"_s, u"ferry operator"_s, {WillPay})});
}

Article hearingArticle()
{
    return TestArticles::article(u"Port Budget Hearing"_s, {speech(u"Oona Berg"_s, {}, {Daylight})});
}

/// Each link of `articleId`'s claims as `from quote | kind | to quote`, sorted.
QStringList linksOf(const LibraryStore &store, qint64 articleId)
{
    const auto quoteOf = [&store](qint64 id) {
        const std::optional<Highlight> h = store.highlight(id).valueOr({});
        return h ? h->anchor.quote.exact : u"?"_s;
    };
    QStringList links;
    for (const ClaimRelation &r : store.relationsOfArticle(articleId).valueOr({}))
        links.append(quoteOf(r.fromId) + u" | "_s + relationKindName(r.kind) + u" | "_s + quoteOf(r.toId));
    links.sort();
    return links;
}

/// `from | kind | to`, the two ends in text order when the kind is symmetric (its direction unsaid).
QString canonicalLink(const QString &from, const QString &kind, const QString &to)
{
    const bool symmetric = isSymmetric(relationKindFromName(kind).value_or(RelationKind::RespondsTo));
    return symmetric && to < from ? to + u" | "_s + kind + u" | "_s + from
                                  : from + u" | "_s + kind + u" | "_s + to;
}

} // namespace

class TestRelationExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void webAnnotationsBringTheLinksBackAsOneUndoStep();
    void aLinkToAClaimTheLibraryLacksIsSkipped();
    void csvNamesEachLinkByTheOtherClaimsId();
    void markdownNotesSayEachLink();
    void pdfAppendixListsTheLinks();

private:
    /// Exports the ferries article through TextExporter; the file's path, empty on failure.
    QString exportFerries(TextExportFormat format);
    /// A second library with both articles and, when `withDaylight`, Oona's claim highlighted.
    std::unique_ptr<TemporaryLibrary> otherLibrary(bool withDaylight, qint64 *ferries);

    std::unique_ptr<TemporaryLibrary> m_library;
    qint64 m_ferries = 0;
    qint64 m_hearing = 0;
    QStringList m_links;
};

void TestRelationExport::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    Annotations &annotations = *m_library->annotations();
    m_hearing = addMarkedArticle(annotations, hearingArticle(), {{0, Daylight, {}, {}, {u"Travel"_s}}});
    m_ferries = addMarkedArticle(annotations, ferriesArticle(),
        {{0, Saves, {}, {}, {u"Travel"_s}}, {0, TooDear, {}, {}, {u"Cost"_s}},
            {1, WillPay, {}, u"Cites no figures."_s, {u"Cost"_s}}});
    const LibraryStore &store = *m_library->store();
    ClaimRelations &relations = *m_library->session()->claimRelations();
    // Pavel disagrees with Ines; Ines answers Oona, in the other article.
    QVERIFY(relations.relate(highlightQuoting(store, m_ferries, WillPay),
        highlightQuoting(store, m_ferries, TooDear), RelationKind::DisagreesWith));
    QVERIFY(relations.relate(highlightQuoting(store, m_ferries, Saves),
        highlightQuoting(store, m_hearing, Daylight), RelationKind::RespondsTo));
    m_links = linksOf(store, m_ferries);
    QCOMPARE(m_links,
        (QStringList {
            WillPay + u" | disagrees-with | "_s + TooDear, Saves + u" | responds-to | "_s + Daylight}));
}

void TestRelationExport::cleanup()
{
    m_library.reset();
}

QString TestRelationExport::exportFerries(TextExportFormat format)
{
    const QString path = m_library->filePath(u"ferries."_s + textExportFormatName(format));
    TextExportOptions options;
    options.format = format;
    TextExporter exporter(m_library->store());
    if (!exporter.exportArticle(m_ferries, path, options)) {
        qWarning("export failed: %s", qPrintable(exporter.errorString()));
        return {};
    }
    return path;
}

std::unique_ptr<TemporaryLibrary> TestRelationExport::otherLibrary(bool withDaylight, qint64 *ferries)
{
    auto other = std::make_unique<TemporaryLibrary>();
    if (!other->isOpen())
        return nullptr;
    Annotations &annotations = *other->annotations();
    QList<Mark> marks;
    if (withDaylight)
        marks.append({0, Daylight, {}, {}, {u"Travel"_s}});
    addMarkedArticle(annotations, hearingArticle(), marks);
    *ferries = addMarkedArticle(annotations, ferriesArticle(), {});
    return other;
}

void TestRelationExport::webAnnotationsBringTheLinksBackAsOneUndoStep()
{
    const QString path = exportFerries(TextExportFormat::JsonLd);
    QVERIFY(!path.isEmpty());
    qint64 ferries = 0;
    const std::unique_ptr<TemporaryLibrary> other = otherLibrary(true, &ferries);
    QVERIFY(other);
    QUndoStack *stack = other->undoStack();
    const int steps = stack->count();

    WebAnnotationImporter importer(other->annotations(), other->session()->claimRelations());
    const std::optional<AnnotationImportReport> report = importer.importFile(path);
    QVERIFY2(report, qPrintable(importer.errorString()));
    QCOMPARE(report->articleId, ferries);
    QCOMPARE(report->created(), 3);
    QCOMPARE(report->linked, 2);
    QCOMPARE(report->linksSkipped, 0);
    QCOMPARE(linksOf(*other->store(), ferries), m_links);
    QCOMPARE(stack->count(), steps + 1);

    // Undo takes the highlights and their links away together; redo brings the same back.
    stack->undo();
    QVERIFY(other->store()->highlights(ferries)->isEmpty());
    QVERIFY(linksOf(*other->store(), ferries).isEmpty());
    stack->redo();
    QCOMPARE(linksOf(*other->store(), ferries), m_links);

    // The same file again changes nothing and adds no step.
    const std::optional<AnnotationImportReport> again = importer.importFile(path);
    QVERIFY(again);
    QCOMPARE(again->duplicates, 3);
    QCOMPARE(again->linked, 0);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(linksOf(*other->store(), ferries), m_links);
}

void TestRelationExport::aLinkToAClaimTheLibraryLacksIsSkipped()
{
    const QString path = exportFerries(TextExportFormat::JsonLd);
    QVERIFY(!path.isEmpty());
    qint64 ferries = 0;
    const std::unique_ptr<TemporaryLibrary> other = otherLibrary(false, &ferries);
    QVERIFY(other);
    WebAnnotationImporter importer(other->annotations(), other->session()->claimRelations());
    const std::optional<AnnotationImportReport> report = importer.importFile(path);
    QVERIFY2(report, qPrintable(importer.errorString()));
    QCOMPARE(report->linked, 1);
    QCOMPARE(report->linksSkipped, 1); // Oona's claim is not highlighted here
    QCOMPARE(linksOf(*other->store(), ferries), QStringList {m_links.at(0)});

    // Without the relations service the highlights come in and every link is skipped.
    qint64 bare = 0;
    const std::unique_ptr<TemporaryLibrary> third = otherLibrary(true, &bare);
    QVERIFY(third);
    const std::optional<AnnotationImportReport> plain =
        WebAnnotationImporter(third->annotations()).importFile(path);
    QVERIFY(plain);
    QCOMPARE(plain->created(), 3);
    QCOMPARE(plain->linksSkipped, 2);
    QVERIFY(linksOf(*third->store(), bare).isEmpty());
}

void TestRelationExport::csvNamesEachLinkByTheOtherClaimsId()
{
    const QString path = exportFerries(TextExportFormat::Csv);
    QVERIFY(!path.isEmpty());
    bool wellFormed = false;
    const QList<QStringList> rows = readCsv(QString::fromUtf8(readFile(path)), &wellFormed);
    QVERIFY(wellFormed);
    const QStringList header = rows.value(0);
    const qsizetype quote = header.indexOf(u"quote"_s);
    const qsizetype id = header.indexOf(u"id"_s);
    const qsizetype relations = header.indexOf(u"relations"_s);
    QVERIFY(quote >= 0 && id >= 0 && relations >= 0);
    // Read the links back: a row's relations name the other claim by its id (the store's, off the file).
    QHash<qint64, QString> quoteById;
    for (const QStringList &row : rows.mid(1))
        quoteById.insert(row.at(id).toLongLong(), row.at(quote));
    quoteById.insert(highlightQuoting(*m_library->store(), m_hearing, Daylight), Daylight);
    QSet<QString> links;
    for (const QStringList &row : rows.mid(1)) {
        for (const QString &link : row.at(relations).split(u"; "_s, Qt::SkipEmptyParts)) {
            const QString kind = link.section(u' ', 0, 0);
            const QString other = quoteById.value(link.section(u' ', 1).toLongLong());
            // `answered-by` is the other end of `responds-to`; a symmetric link shows on both its claims.
            if (kind == u"answered-by"_s)
                links.insert(canonicalLink(other, u"responds-to"_s, row.at(quote)));
            else
                links.insert(canonicalLink(row.at(quote), kind, other));
        }
    }
    QStringList expected;
    for (const QString &link : std::as_const(m_links)) {
        const QStringList parts = link.split(u" | "_s);
        expected.append(canonicalLink(parts.at(0), parts.at(1), parts.at(2)));
    }
    expected.sort();
    QStringList read(links.cbegin(), links.cend());
    read.sort();
    QCOMPARE(read, expected);
    // The symmetric link shows on both its claims.
    for (const QStringList &row : rows.mid(1)) {
        if (row.at(quote) == TooDear)
            QCOMPARE(row.at(relations),
                u"disagrees-with %1"_s.arg(highlightQuoting(*m_library->store(), m_ferries, WillPay)));
    }
}

void TestRelationExport::markdownNotesSayEachLink()
{
    const QString path = exportFerries(TextExportFormat::Markdown);
    QVERIFY(!path.isEmpty());
    const QString markdown = QString::fromUtf8(readFile(path));
    // Notes are numbered in reading order: [1] Saves, [2] TooDear, [3] WillPay.
    QVERIFY(markdown.contains(u"> **[3]** “"_s + WillPay));
    QVERIFY(markdown.contains(u"> ⇄ disagrees with **[2]** Ines Arroyo: “"_s + TooDear + u"”"_s));
    QVERIFY(markdown.contains(u"> ⇄ disagrees with **[3]** Pavel Lund: “"_s + WillPay + u"”"_s));
    // The claim in another article is named with its article, as it has no number here.
    QVERIFY(markdown.contains(u"> ⇄ responds to Oona Berg: “"_s + Daylight + u"” (Port Budget Hearing)"_s));
}

void TestRelationExport::pdfAppendixListsTheLinks()
{
    const QString path = m_library->filePath(u"ferries.pdf"_s);
    PdfExporter exporter(m_library->store());
    QVERIFY2(exporter.exportArticle(m_ferries, path), qPrintable(exporter.errorString()));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    QVERIFY(document);
    QString text;
    for (int page = 0; page < document->numPages(); ++page)
        text += document->page(page)->text(QRectF()) + u' ';
    text = text.simplified();
    QVERIFY(text.contains(u"Links between claims"_s));
    QVERIFY2(text.contains(u"Pavel Lund: “"_s + WillPay + u"” (p. 1) disagrees with Ines Arroyo: “"_s +
                 TooDear + u"” (p. 1)"_s),
        qPrintable(text));
    QVERIFY(text.contains(u"Ines Arroyo: “"_s + Saves + u"” (p. 1) responds to Oona Berg: “"_s + Daylight +
        u"” (Port Budget Hearing)"_s));
}

QTEST_MAIN(TestRelationExport)
#include "tst_relationexport.moc"
