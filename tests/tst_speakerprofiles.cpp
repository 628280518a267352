#include "clirunner.h"
#include "temporarylibrary.h"
#include "testdata.h"

#include "annotate/annotations.h"
#include "import/articlereader.h"
#include "people/personname.h"
#include "people/speakerprofiles.h"
#include "session/librarysession.h"
#include "store/database_p.h"
#include "store/librarystore.h"
#include "store/migrations_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

QString fixture(const QString &name)
{
    return testDataPath(u"speakers/"_s + name);
}

bool sameVariants(const QString &a, const QString &b)
{
    const auto left = PersonName::parse(a);
    const auto right = PersonName::parse(b);
    return left && right && PersonName::matchesProfile(*left, {*right});
}

/// Everything a user can see of the profiles, ids included, as one comparable text.
QString snapshot(const LibraryStore &store)
{
    QStringList lines;
    for (const PersonProfile &p : *store.people()) {
        lines.append(u"%1|%2|%3"_s.arg(p.id).arg(p.displayName).arg(p.namedByUser));
        for (const PersonProfile::Appearance &a : p.appearances)
            lines.append(u"  %1|%2|%3|%4"_s.arg(a.speakerId).arg(a.articleId).arg(a.name, a.bio));
    }
    return lines.join(u'\n');
}

const PersonProfile *profileWithVariant(const QList<PersonProfile> &people, const QString &name)
{
    for (const PersonProfile &p : people) {
        if (p.variants().contains(name))
            return &p;
    }
    return nullptr;
}

} // namespace

class TestSpeakerProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Name matching, pure functions.
    void variantsOfOnePersonMatch_data();
    void variantsOfOnePersonMatch();
    void differentPeopleDoNotMatch_data();
    void differentPeopleDoNotMatch();
    void labelsThatNameNobodyAreNotPeople_data();
    void labelsThatNameNobodyAreNotPeople();
    void profileKnowsEveryGivenNameOfItsVariants();
    void fullestVariantIsTheDisplayName();

    // The library.
    void threeVariantsInThreeArticlesMakeOneProfile();
    void twoPeopleWithOneSurnameStayApart();
    void ambiguousInitialGetsItsOwnProfile();
    void questionAndAnswerLabelsGetNoProfile();
    void mergeUndoRedoRoundTrips();
    void splitUndoRedoRoundTrips();
    void renameUndoRedoRoundTripsAndSurvivesImports();
    void refusedEditsChangeNothing();
    void editsShareTheAnnotationsUndoStack();
    void removingTheLastArticleRemovesTheProfile();
    void reimportKeepsProfilesAndTheirNames();
    void migrationLinksExistingSpeakers();

    // colloquy-cli speakers.
    void cliListsProfilesAsJson();
    void cliEditsAndExitCodes();

private:
    qint64 import(const QString &name) { return m_library->importFile(fixture(name)); }
    /// Runs colloquy-cli on the test's library.
    CliRun cli(const QStringList &args) const;

    std::unique_ptr<TemporaryLibrary> m_library;
    LibraryStore *m_store = nullptr;
};

void TestSpeakerProfiles::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_store = m_library->store();
}

void TestSpeakerProfiles::cleanup()
{
    m_library.reset();
}

CliRun TestSpeakerProfiles::cli(const QStringList &args) const
{
    CliRunner runner(m_library->folder());
    runner.setLibrary(m_library->path());
    return runner.run(args);
}

void TestSpeakerProfiles::variantsOfOnePersonMatch_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("nickname in quotes vs middle name")
        << u"Dr Huiyao 'Henry' Wang"_s << u"Huiyao Henry Wang"_s;
    QTest::newRow("the name he goes by") << u"Henry Wang"_s << u"Huiyao Henry Wang"_s;
    QTest::newRow("the nickname alone") << u"Henry Wang"_s << u"Dr Huiyao 'Henry' Wang"_s;
    QTest::newRow("nickname in parentheses") << u"Robert (Bob) Okafor"_s << u"Bob Okafor"_s;
    QTest::newRow("initial and honorific") << u"Dr. H. Wang"_s << u"Huiyao Henry Wang"_s;
    QTest::newRow("diacritics, case, honorific")
        << u"Prof. Ana María López-Ruiz"_s << u"ana maria lopez-ruiz"_s;
    QTest::newRow("compound family name without hyphen")
        << u"ANA MARÍA LÓPEZ RUIZ"_s << u"Ana Maria Lopez-Ruiz"_s;
    QTest::newRow("family name first") << u"Wang Huiyao"_s << u"Huiyao Wang"_s;
    QTest::newRow("surname with honorific") << u"Mr. Okafor"_s << u"Robert Okafor"_s;
    QTest::newRow("surname label in capitals") << u"GROS"_s << u"Daniel Gros"_s;
    QTest::newRow("initials glued") << u"Dr. S.T Lindqvist"_s << u"Sara Lindqvist"_s;
    QTest::newRow("suffix") << u"John Smith, Jr."_s << u"John Smith"_s;
    QTest::newRow("particle") << u"Ludwig van Beethoven"_s << u"Beethoven"_s;
    QTest::newRow("apostrophe") << u"Mary O\u2019Brien"_s << u"MARY O'BRIEN"_s;
    QTest::newRow("role before the name") << u"Moderator Jane Doe"_s << u"Jane Doe"_s;
    QTest::newRow("formal title") << u"The Honourable Jane Doe"_s << u"Jane Doe"_s;
    QTest::newRow("ideographs as written") << u"汪文斌"_s << u"汪文斌"_s;
}

void TestSpeakerProfiles::variantsOfOnePersonMatch()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY2(sameVariants(a, b), qPrintable(a + u" / "_s + b));
    QVERIFY2(sameVariants(b, a), qPrintable(b + u" / "_s + a));
}

void TestSpeakerProfiles::differentPeopleDoNotMatch_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("two given names, one surname") << u"John Smith"_s << u"Jane Smith"_s;
    QTest::newRow("honorifics do not help") << u"Dr. John Smith"_s << u"Prof. Jane Smith"_s;
    QTest::newRow("initial of another name") << u"Dr. S.T Lindqvist"_s << u"Tomas Lindqvist"_s;
    QTest::newRow("an initial that is also a label") << u"A. Smith"_s << u"Jane Smith"_s;
    QTest::newRow("sibling with the same two surnames") << u"Pedro López Ruiz"_s << u"Ana López Ruiz"_s;
    QTest::newRow("western names are not swapped") << u"James Scott"_s << u"Scott James"_s;
    QTest::newRow("another Wang") << u"Wang Li"_s << u"Huiyao Wang"_s;
    QTest::newRow("different family names") << u"Henry Wang"_s << u"Henry Zhang"_s;
    QTest::newRow("no transliteration") << u"Wang Wenbin"_s << u"汪文斌"_s;
    QTest::newRow("different ideographs") << u"汪文斌"_s << u"汪洋"_s;
}

void TestSpeakerProfiles::differentPeopleDoNotMatch()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY2(!sameVariants(a, b), qPrintable(a + u" / "_s + b));
    QVERIFY2(!sameVariants(b, a), qPrintable(b + u" / "_s + a));
}

void TestSpeakerProfiles::labelsThatNameNobodyAreNotPeople_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("person");
    for (const QString &label : {u"Q"_s, u"A"_s, u"Question"_s, u"Answer"_s, u"GT"_s, u"BBC"_s, u"CGTN"_s,
             u"Moderator"_s, u"MODERATOR"_s, u"Host"_s, u"Interviewer"_s, u"Speaker 2"_s,
             u"Audience Member"_s, u"Unidentified Male"_s, u"Colloquy Review"_s, u"The Harbour Gazette"_s,
             u"THE ECONOMIST"_s, u""_s})
        QTest::newRow(qPrintable(u"not: "_s + label)) << label << false;
    for (const QString &label :
        {u"Gros"_s, u"GROS"_s, u"LI"_s, u"Dr. Lee"_s, u"Moderator Jane Doe"_s, u"Ilse Varga"_s, u"汪文斌"_s})
        QTest::newRow(qPrintable(u"person: "_s + label)) << label << true;
}

void TestSpeakerProfiles::labelsThatNameNobodyAreNotPeople()
{
    QFETCH(QString, label);
    QFETCH(bool, person);
    QCOMPARE(PersonName::isPerson(label), person);
}

void TestSpeakerProfiles::profileKnowsEveryGivenNameOfItsVariants()
{
    // `Huiyao Wang` and `Henry Wang` differ, but a profile that saw both names together unites them.
    const QList<PersonName> profile {
        *PersonName::parse(u"Huiyao Henry Wang"_s), *PersonName::parse(u"Henry Wang"_s)};
    QVERIFY(PersonName::matchesProfile(*PersonName::parse(u"Huiyao Wang"_s), profile));
    QVERIFY(!sameVariants(u"Huiyao Wang"_s, u"Henry Wang"_s));
    // An initial variant in a profile does not open it to every name with that letter.
    const QList<PersonName> smith {*PersonName::parse(u"John Smith"_s), *PersonName::parse(u"J. Smith"_s)};
    QVERIFY(!PersonName::matchesProfile(*PersonName::parse(u"Jane Smith"_s), smith));
}

void TestSpeakerProfiles::fullestVariantIsTheDisplayName()
{
    QList<PersonName> variants;
    for (const QString &name : {u"Henry Wang"_s, u"Dr. H. Wang"_s, u"Dr Huiyao 'Henry' Wang"_s, u"Wang"_s})
        variants.append(*PersonName::parse(name));
    QCOMPARE(PersonName::fullest(variants), 2);
    QCOMPARE(PersonName::fullest({}), -1);
}

void TestSpeakerProfiles::threeVariantsInThreeArticlesMakeOneProfile()
{
    const qint64 ports = import(u"ports-roundtable.txt"_s);
    const qint64 shipping = import(u"shipping-roundtable.txt"_s);
    const qint64 podcast = import(u"trade-podcast.txt"_s);
    QVERIFY(ports && shipping && podcast);

    const QList<PersonProfile> people = *m_store->people();
    QVERIFY2(m_store->errorString().isEmpty(), qPrintable(m_store->errorString()));
    const PersonProfile *wang = profileWithVariant(people, u"Henry Wang"_s);
    QVERIFY(wang);
    QCOMPARE(wang->displayName, u"Dr Huiyao 'Henry' Wang"_s);
    QCOMPARE(wang->variants(),
        (QStringList {u"Dr Huiyao 'Henry' Wang"_s, u"Huiyao Henry Wang"_s, u"Henry Wang"_s}));
    QCOMPARE(wang->articleIds(), (QList<qint64> {ports, shipping, podcast}));
    // The bio history, oldest import first, each with its article's title.
    QCOMPARE(wang->appearances.size(), 3);
    QCOMPARE(wang->appearances.at(0).bio, u"founder of the Harbour Policy Institute (China)"_s);
    QCOMPARE(wang->appearances.at(0).articleTitle, u"Can Container Ports Go Green by 2035?"_s);
    QCOMPARE(wang->appearances.at(1).bio, u"president of the Harbour Policy Institute (China)"_s);
    QVERIFY(wang->appearances.at(0).importedAt <= wang->appearances.at(1).importedAt);
    // The moderator of the podcast is nobody's profile.
    QVERIFY(!profileWithVariant(people, u"MODERATOR"_s));
    QCOMPARE(m_store->person(wang->id)->value().appearances.size(), 3);
}

void TestSpeakerProfiles::twoPeopleWithOneSurnameStayApart()
{
    QVERIFY(import(u"ports-roundtable.txt"_s));
    QVERIFY(import(u"shipping-roundtable.txt"_s));
    const QList<PersonProfile> people = *m_store->people();
    const PersonProfile *john = profileWithVariant(people, u"John Smith"_s);
    const PersonProfile *jane = profileWithVariant(people, u"Jane Smith"_s);
    QVERIFY(john && jane);
    QVERIFY(john->id != jane->id);
    QCOMPARE(john->appearances.size(), 1);
    QCOMPARE(jane->appearances.size(), 1);
}

void TestSpeakerProfiles::ambiguousInitialGetsItsOwnProfile()
{
    QVERIFY(import(u"ports-roundtable.txt"_s));
    QVERIFY(import(u"shipping-roundtable.txt"_s));
    Article article;
    article.sourceFormat = u"text"_s;
    article.normalizedText = u"J. Smith: Either Smith could have said this."_s;
    Segment segment;
    segment.kind = SegmentKind::Speaker;
    segment.speaker = Speaker {u"J. Smith"_s, QString()};
    segment.paragraphs = {u"Either Smith could have said this."_s};
    article.segments = {segment};
    QVERIFY(m_store->addArticle(article).created);

    const QList<PersonProfile> people = *m_store->people();
    const PersonProfile *initial = profileWithVariant(people, u"J. Smith"_s);
    QVERIFY(initial);
    QCOMPARE(initial->appearances.size(), 1); // neither John's nor Jane's: the user can merge
    QCOMPARE(people.size(), 4);
}

void TestSpeakerProfiles::questionAndAnswerLabelsGetNoProfile()
{
    // `Q` and `A` name nobody; the interviewee the note names, whom `A` resolves to, is a person.
    QVERIFY(import(u"reef-interview.txt"_s));
    const QList<PersonProfile> people = *m_store->people();
    QCOMPARE(people.size(), 1);
    QVERIFY2(profileWithVariant(people, u"Ilse Varga"_s), qPrintable(snapshot(*m_store)));
    QVERIFY(!profileWithVariant(people, u"Q"_s) && !profileWithVariant(people, u"A"_s));
}

void TestSpeakerProfiles::mergeUndoRedoRoundTrips()
{
    QVERIFY(import(u"ports-roundtable.txt"_s));
    QVERIFY(import(u"shipping-roundtable.txt"_s));
    const QList<PersonProfile> people = *m_store->people();
    const qint64 john = profileWithVariant(people, u"John Smith"_s)->id;
    const qint64 jane = profileWithVariant(people, u"Jane Smith"_s)->id;

    SpeakerProfiles &profiles = *m_library->profiles();
    const QString before = snapshot(*m_store);
    QVERIFY2(profiles.mergeProfiles(jane, john), qPrintable(profiles.errorString()));
    const QString after = snapshot(*m_store);
    QVERIFY(!*m_store->person(jane));
    QCOMPARE(m_store->person(john)->value().appearances.size(), 2);
    QCOMPARE(m_store->people()->size(), people.size() - 1);
    QVERIFY(profiles.undoStack()->canUndo());
    QVERIFY(!profiles.undoStack()->canRedo());

    profiles.undoStack()->undo();
    QCOMPARE(snapshot(*m_store), before);
    QVERIFY(profiles.undoStack()->canRedo());
    profiles.undoStack()->redo();
    QCOMPARE(snapshot(*m_store), after);
}

void TestSpeakerProfiles::splitUndoRedoRoundTrips()
{
    QVERIFY(import(u"ports-roundtable.txt"_s));
    const qint64 shipping = import(u"shipping-roundtable.txt"_s);
    QVERIFY(import(u"trade-podcast.txt"_s));
    const PersonProfile wang = *profileWithVariant(*m_store->people(), u"Henry Wang"_s);
    qint64 speaker = 0;
    for (const PersonProfile::Appearance &a : wang.appearances) {
        if (a.articleId == shipping)
            speaker = a.speakerId;
    }
    QVERIFY(speaker);

    SpeakerProfiles &profiles = *m_library->profiles();
    const QString before = snapshot(*m_store);
    const std::optional<qint64> split = profiles.splitAppearance(speaker);
    QVERIFY2(split, qPrintable(profiles.errorString()));
    const QString after = snapshot(*m_store);
    QCOMPARE(m_store->person(*split)->value().variants(), QStringList {u"Huiyao Henry Wang"_s});
    QCOMPARE(m_store->person(wang.id)->value().appearances.size(), 2);
    QCOMPARE(m_store->personOfSpeaker(speaker)->value_or(0), *split);

    profiles.undoStack()->undo();
    QCOMPARE(snapshot(*m_store), before);
    profiles.undoStack()->redo();
    QCOMPARE(snapshot(*m_store), after); // the same new id again
    profiles.undoStack()->undo();
    QCOMPARE(snapshot(*m_store), before);
}

void TestSpeakerProfiles::renameUndoRedoRoundTripsAndSurvivesImports()
{
    QVERIFY(import(u"shipping-roundtable.txt"_s));
    const qint64 wang = profileWithVariant(*m_store->people(), u"Huiyao Henry Wang"_s)->id;

    SpeakerProfiles &profiles = *m_library->profiles();
    const QString before = snapshot(*m_store);
    QVERIFY2(profiles.renameProfile(wang, u"  Wang Huiyao  "_s), qPrintable(profiles.errorString()));
    QCOMPARE(m_store->person(wang)->value().displayName, u"Wang Huiyao"_s);
    QVERIFY(m_store->person(wang)->value().namedByUser);
    const QString after = snapshot(*m_store);
    profiles.undoStack()->undo();
    QCOMPARE(snapshot(*m_store), before);
    profiles.undoStack()->redo();
    QCOMPARE(snapshot(*m_store), after);

    // A fuller variant imported later does not override the name the user chose.
    QVERIFY(import(u"ports-roundtable.txt"_s));
    QCOMPARE(m_store->person(wang)->value().appearances.size(), 2);
    QCOMPARE(m_store->person(wang)->value().displayName, u"Wang Huiyao"_s);
}

void TestSpeakerProfiles::reimportKeepsProfilesAndTheirNames()
{
    const qint64 article = import(u"shipping-roundtable.txt"_s);
    const QList<PersonProfile> people = *m_store->people();
    const qint64 wang = profileWithVariant(people, u"Huiyao Henry Wang"_s)->id;
    const qint64 jane = profileWithVariant(people, u"Jane Smith"_s)->id;
    SpeakerProfiles &profiles = *m_library->profiles();
    QVERIFY(profiles.renameProfile(wang, u"Wang Huiyao"_s));

    // The same article with one sentence more: the speakers rows are rebuilt.
    ReadResult read = ArticleReader::readFile(fixture(u"shipping-roundtable.txt"_s));
    QVERIFY(read.article);
    read.article->segments.last().paragraphs.append(u"A sentence the editor added later."_s);
    Annotations &annotations = *m_library->annotations();
    QVERIFY2(annotations.reimportArticle(article, *read.article), qPrintable(annotations.errorString()));

    QCOMPARE(m_store->people()->size(), people.size());
    QCOMPARE(m_store->person(wang)->value().displayName, u"Wang Huiyao"_s);
    QCOMPARE(m_store->person(wang)->value().appearances.size(), 1);
    QCOMPARE(m_store->person(wang)->value().appearances.constFirst().articleId, article);
    QCOMPARE(m_store->person(jane)->value().appearances.size(), 1);
}

void TestSpeakerProfiles::refusedEditsChangeNothing()
{
    QVERIFY(import(u"ports-roundtable.txt"_s));
    const PersonProfile john = *profileWithVariant(*m_store->people(), u"John Smith"_s);
    SpeakerProfiles &profiles = *m_library->profiles();
    const QString before = snapshot(*m_store);

    QVERIFY(!profiles.mergeProfiles(john.id, john.id));
    QVERIFY(!profiles.errorString().isEmpty());
    QVERIFY(!profiles.mergeProfiles(john.id, 999));
    QVERIFY(profiles.errorString().contains(u"999"_s));
    QVERIFY(!profiles.splitAppearance(john.appearances.constFirst().speakerId)); // nothing to split from
    QVERIFY(!profiles.splitAppearance(999));
    QVERIFY(!profiles.renameProfile(john.id, u"   "_s));
    QVERIFY(!profiles.renameProfile(999, u"Someone"_s));

    QCOMPARE(snapshot(*m_store), before);
    QCOMPARE(profiles.undoStack()->count(), 0);
}

void TestSpeakerProfiles::editsShareTheAnnotationsUndoStack()
{
    QVERIFY(import(u"ports-roundtable.txt"_s));
    QVERIFY(import(u"shipping-roundtable.txt"_s));
    const QList<PersonProfile> people = *m_store->people();
    const qint64 john = profileWithVariant(people, u"John Smith"_s)->id;
    const qint64 jane = profileWithVariant(people, u"Jane Smith"_s)->id;
    Annotations &annotations = *m_library->annotations();
    SpeakerProfiles &profiles = *m_library->profiles();
    QCOMPARE(profiles.undoStack(), annotations.undoStack());

    QVERIFY(annotations.createTheme(u"Ports"_s));
    QVERIFY(profiles.mergeProfiles(jane, john));
    QCOMPARE(annotations.undoStack()->count(), 2);
    // One Ctrl+Z history: the merge is undone first, then the theme.
    annotations.undoStack()->undo();
    QVERIFY(*m_store->person(jane));
    QCOMPARE(m_store->themes()->size(), 1);
    annotations.undoStack()->undo();
    QVERIFY(m_store->themes()->isEmpty());
}

void TestSpeakerProfiles::removingTheLastArticleRemovesTheProfile()
{
    const qint64 ports = import(u"ports-roundtable.txt"_s);
    QVERIFY(import(u"shipping-roundtable.txt"_s));
    const qint64 john = profileWithVariant(*m_store->people(), u"John Smith"_s)->id;
    const qint64 wang = profileWithVariant(*m_store->people(), u"Huiyao Henry Wang"_s)->id;
    QVERIFY(m_store->removeArticle(ports));
    QVERIFY(!*m_store->person(john));
    QCOMPARE(m_store->person(wang)->value().variants(), QStringList {u"Huiyao Henry Wang"_s});
    // The fuller variant left with its article.
    QCOMPARE(m_store->person(wang)->value().displayName, u"Huiyao Henry Wang"_s);
}

void TestSpeakerProfiles::migrationLinksExistingSpeakers()
{
    // A library as version 3 wrote it: speakers per article, no people.
    const QString path = m_library->filePath(u"old.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        {
            Store::Database migrated(db);
            QVERIFY2(Store::applyMigrations(migrated, Store::schemaMigrations().first(3), nullptr, &error),
                qPrintable(error));
        }
        QSqlQuery query(db);
        int article = 0;
        for (const QString &name : {u"Henry Wang"_s, u"Dr Huiyao 'Henry' Wang"_s, u"Q"_s}) {
            ++article;
            QVERIFY(query.exec(
                u"INSERT INTO articles (id, source_format, imported_at, content_hash, raw_source, "
                "normalized_text) VALUES (%1, 'text', '2026-01-0%1T00:00:00.000Z', 'h%1', '', '')"_s.arg(
                    article)));
            query.prepare(u"INSERT INTO speakers (article_id, ordinal, name) VALUES (:a, 0, :n)"_s);
            query.bindValue(u":a"_s, article);
            query.bindValue(u":n"_s, name);
            QVERIFY(query.exec());
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    LibrarySession library;
    const LibraryStore &store = *library.store();
    QVERIFY2(library.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
    const QList<PersonProfile> people = *store.people();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.constFirst().displayName, u"Dr Huiyao 'Henry' Wang"_s);
    QCOMPARE(people.constFirst().articleIds(), (QList<qint64> {1, 2}));
}

void TestSpeakerProfiles::cliListsProfilesAsJson()
{
    const qint64 ports = import(u"ports-roundtable.txt"_s);
    const qint64 shipping = import(u"shipping-roundtable.txt"_s);
    QVERIFY(ports && shipping);
    m_store->close(); // the CLI opens the file itself

    const CliRun run = cli({u"speakers"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray profiles = document.array();
    QCOMPARE(profiles.size(), 3); // Wang, John Smith, Jane Smith

    QJsonObject wang;
    for (const QJsonValue &value : profiles) {
        const QJsonObject profile = value.toObject();
        QStringList keys = profile.keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList {u"articles"_s, u"attributes"_s, u"bios"_s, u"id"_s, u"name"_s, u"named_by_user"_s,
                u"variants"_s}));
        QVERIFY(profile.value(u"id"_s).isDouble());
        if (profile.value(u"name"_s).toString().contains(u"Wang"_s))
            wang = profile;
    }
    QCOMPARE(wang.value(u"name"_s).toString(), u"Dr Huiyao 'Henry' Wang"_s);
    QCOMPARE(wang.value(u"variants"_s).toArray().size(), 2);
    const QJsonArray articles = wang.value(u"articles"_s).toArray();
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles.at(0).toObject().value(u"id"_s).toInteger(), ports);
    QCOMPARE(articles.at(1).toObject().value(u"title"_s).toString(), u"Who Pays for Cleaner Ships?"_s);
    const QJsonObject bio = wang.value(u"bios"_s).toArray().at(1).toObject();
    QCOMPARE(bio.value(u"article"_s).toInteger(), shipping);
    QCOMPARE(bio.value(u"bio"_s).toString(), u"president of the Harbour Policy Institute (China)"_s);
    QVERIFY(!bio.value(u"imported"_s).toString().isEmpty());

    const CliRun text = cli({u"speakers"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Dr Huiyao 'Henry' Wang\t2 articles"));
}

void TestSpeakerProfiles::cliEditsAndExitCodes()
{
    const qint64 ports = import(u"ports-roundtable.txt"_s);
    QVERIFY(import(u"shipping-roundtable.txt"_s));
    const QList<PersonProfile> people = *m_store->people();
    const qint64 john = profileWithVariant(people, u"John Smith"_s)->id;
    const qint64 jane = profileWithVariant(people, u"Jane Smith"_s)->id;
    m_store->close();

    CliRun run = cli({u"speakers"_s, u"merge"_s, QString::number(jane), QString::number(john), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"articles"_s).toArray().size(), 2);

    run = cli({u"speakers"_s, u"split"_s, QString::number(ports), u"john smith"_s});
    QCOMPARE(run.exitCode, 0);
    const qint64 split = run.out.trimmed().toLongLong();
    QVERIFY(split > jane);

    run = cli({u"speakers"_s, u"rename"_s, QString::number(split), u"John Q. Smith"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"name"_s).toString(), u"John Q. Smith"_s);

    // Refusals: one line on stderr, 1 for what the library refuses, 2 for a wrong command line.
    struct Refusal
    {
        QStringList args;
        int exitCode;
    };
    const QList<Refusal> refusals {
        {{u"speakers"_s, u"merge"_s, QString::number(john), QString::number(john)}, 1},
        {{u"speakers"_s, u"merge"_s, u"999"_s, QString::number(john)}, 1},
        {{u"speakers"_s, u"split"_s, QString::number(ports), u"Nobody Here"_s}, 1},
        {{u"speakers"_s, u"split"_s, u"999"_s, u"John Smith"_s}, 1},
        {{u"speakers"_s, u"rename"_s, QString::number(john), u""_s}, 1},
        {{u"speakers"_s, u"merge"_s, u"x"_s, u"1"_s}, 2},
        {{u"speakers"_s, u"merge"_s, u"1"_s}, 2},
        {{u"speakers"_s, u"shuffle"_s}, 2},
        {{u"speakers"_s, u"--format"_s, u"text"_s}, 2},
    };
    for (const Refusal &refusal : refusals) {
        run = cli(refusal.args);
        QVERIFY2(run.exitCode == refusal.exitCode,
            qPrintable(refusal.args.join(u' ') + u" -> "_s + QString::number(run.exitCode)));
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith("colloquy-cli: "));
        if (refusal.exitCode == 1)
            QCOMPARE(run.err.count('\n'), 1);
    }
}

QTEST_GUILESS_MAIN(TestSpeakerProfiles)
#include "tst_speakerprofiles.moc"
