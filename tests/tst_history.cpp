// Undo survives a restart and nothing deleted is lost at once (issue 11):
// every write command is one step kept in the library, `undo`, `redo` and
// `history` work across processes, a restarted session can undo what the CLI
// did, deleted articles wait in the Trash, and a command that fails leaves
// nothing behind.

#include "annotate/annotations.h"
#include "clirunner.h"
#include "librarydump.h"
#include "session/librarysession.h"
#include "store/edithistory.h"
#include "store/librarystore.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void undoInALaterCommandTakesBackTheWholeStep();
    void historyListsStepsNewestFirst();
    void restartedSessionUndoesWhatTheCommandLineDid();
    void deletedArticleWaitsInTheTrash();
    void undoBringsADeletedArticleBack();
    void emptyingTheTrashRemovesForGood();
    void failedCommandLeavesNothingBehind();
    void laterCommandsUndoAndRedoEveryKindOfStep();

private:
    CliRun cli(const QStringList &args) const
    {
        return m_cli->run(QStringList {u"--library"_s, m_library} + args);
    }
    QStringList state() const { return dumpLibrary(m_library, WholeLibrary | DumpPart::WithoutTimes); }
    QStringList articleIds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_library;
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(u"library.sqlite"_s);
    m_cli = std::make_unique<CliRunner>(m_dir->path());
    QCOMPARE(cli({u"import"_s, testDataPath(u"cli/roundtable.txt"_s)}).exitCode, 0);
}

void TestHistory::cleanup()
{
    m_cli.reset();
    m_dir.reset();
}

QStringList TestHistory::articleIds() const
{
    QStringList ids;
    const CliRun list = cli({u"list"_s, u"--json"_s});
    for (const QJsonValue &value : QJsonDocument::fromJson(list.out).array())
        ids.append(QString::number(value.toObject().value(u"id"_s).toInteger()));
    return ids;
}

void TestHistory::undoInALaterCommandTakesBackTheWholeStep()
{
    const QStringList imported = state();
    const CliRun highlight = cli({u"highlight"_s, u"1"_s, u"--quote"_s, u"story of small harbors"_s,
        u"--note"_s, u"Not decline."_s, u"--theme"_s, u"Ports"_s, u"--theme"_s, u"Trade"_s});
    QCOMPARE(highlight.exitCode, 0);
    const QStringList highlighted = state();
    QVERIFY(highlighted != imported);

    // The highlight, its note and both new themes were one step: one undo takes all of them back.
    const CliRun undo = cli({u"undo"_s});
    QCOMPARE(undo.exitCode, 0);
    QVERIFY2(undo.out.startsWith("undone: "), undo.out.constData());
    QCOMPARE(state(), imported);

    const CliRun redo = cli({u"redo"_s});
    QCOMPARE(redo.exitCode, 0);
    QCOMPARE(state(), highlighted);
}

void TestHistory::historyListsStepsNewestFirst()
{
    QCOMPARE(cli({u"theme"_s, u"add"_s, u"Ports"_s}).exitCode, 0);
    QCOMPARE(cli({u"theme"_s, u"rename"_s, u"Ports"_s, u"Harbours"_s}).exitCode, 0);
    QCOMPARE(cli({u"undo"_s}).exitCode, 0);

    const CliRun history = cli({u"history"_s});
    QCOMPARE(history.exitCode, 0);
    const QStringList lines = history.outLines();
    QCOMPARE(lines.size(), 2); // the rename, the theme (an import is not an undo step)
    QVERIFY2(lines.at(0).endsWith(u"\t(undone)"_s), qPrintable(lines.at(0)));
    QVERIFY2(!lines.at(1).contains(u"(undone)"_s), qPrintable(lines.at(1)));

    // Nothing left to redo once a new step is made: the undone rename is gone from the history.
    QCOMPARE(cli({u"theme"_s, u"add"_s, u"Trade"_s}).exitCode, 0);
    QCOMPARE(cli({u"history"_s}).outLines().size(), 2);
    const CliRun redo = cli({u"redo"_s});
    QVERIFY(redo.exitCode != 0);
    QCOMPARE(redo.errLines().size(), 1);
}

void TestHistory::restartedSessionUndoesWhatTheCommandLineDid()
{
    const QStringList imported = state();
    QCOMPARE(
        cli({u"highlight"_s, u"1"_s, u"--quote"_s, u"left behind"_s, u"--theme"_s, u"Risk"_s}).exitCode, 0);

    LibrarySession session;
    QVERIFY2(session.open(m_library, LibraryStore::OpenMode::Existing),
        qPrintable(session.store()->errorString()));
    QVERIFY(!session.undoStack()->canUndo());
    QVERIFY2(session.loadHistory(), qPrintable(session.history()->errorString()));
    QCOMPARE(session.undoStack()->count(), 1);
    QVERIFY(session.undoStack()->canUndo());
    QVERIFY(!session.undoStack()->canRedo());

    session.undoStack()->undo();
    QCOMPARE(state(), imported);
    QVERIFY(session.undoStack()->canRedo());
    session.store()->close();

    // The undo was itself kept: the command line can redo it.
    QCOMPARE(cli({u"redo"_s}).exitCode, 0);
    QCOMPARE(cli({u"annotations"_s, u"1"_s, u"--json"_s}).out.count("\"quote\""), 1);
}

void TestHistory::deletedArticleWaitsInTheTrash()
{
    QCOMPARE(articleIds(), QStringList {u"1"_s});
    const CliRun removed = cli({u"delete"_s, u"1"_s});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(articleIds().isEmpty());
    QVERIFY(cli({u"search"_s, u"harbors"_s}).out.isEmpty());

    const CliRun trash = cli({u"trash"_s, u"--json"_s});
    QCOMPARE(trash.exitCode, 0);
    const QJsonArray trashed = QJsonDocument::fromJson(trash.out).array();
    QCOMPARE(trashed.size(), 1);
    QCOMPARE(trashed.at(0).toObject().value(u"id"_s).toInteger(), 1);

    // Importing the same text again points at the Trash rather than making a copy.
    const CliRun again = cli({u"import"_s, testDataPath(u"cli/roundtable.txt"_s)});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("in the Trash"), again.out.constData());

    QCOMPARE(cli({u"trash"_s, u"restore"_s, u"1"_s}).exitCode, 0);
    QCOMPARE(articleIds(), QStringList {u"1"_s});
    QVERIFY(!cli({u"search"_s, u"harbors"_s}).out.isEmpty());
}

void TestHistory::undoBringsADeletedArticleBack()
{
    QCOMPARE(
        cli({u"highlight"_s, u"1"_s, u"--quote"_s, u"left behind"_s, u"--note"_s, u"Kept."_s}).exitCode, 0);
    const QStringList annotated = state();
    QCOMPARE(cli({u"delete"_s, u"1"_s}).exitCode, 0);
    QVERIFY(articleIds().isEmpty());
    QCOMPARE(cli({u"undo"_s}).exitCode, 0);
    QCOMPARE(state(), annotated);
}

void TestHistory::emptyingTheTrashRemovesForGood()
{
    QCOMPARE(cli({u"delete"_s, u"1"_s}).exitCode, 0);
    const CliRun empty = cli({u"trash"_s, u"empty"_s});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.outLines(), QStringList {u"removed 1 article for good"_s});
    QCOMPARE(cli({u"trash"_s}).out, QByteArray());
    QCOMPARE(dumpLibrary(m_library, DumpPart::Articles), QStringList());
}

void TestHistory::failedCommandLeavesNothingBehind()
{
    const QStringList before =
        dumpLibrary(m_library, WholeLibrary | DumpPart::UndoHistory | DumpPart::WithoutTimes);
    // The themes would be made before the quote is looked for: the failure must take them back too.
    const CliRun highlight =
        cli({u"highlight"_s, u"1"_s, u"--quote"_s, u"words nobody said"_s, u"--theme"_s, u"Orphan"_s});
    QVERIFY(highlight.exitCode != 0);
    QCOMPARE(highlight.errLines().size(), 1);
    QVERIFY(highlight.out.isEmpty());
    QCOMPARE(dumpLibrary(m_library, WholeLibrary | DumpPart::UndoHistory | DumpPart::WithoutTimes), before);
}

void TestHistory::laterCommandsUndoAndRedoEveryKindOfStep()
{
    // Each kind of step is stored with every field it changed (relations, attributes, collections,
    // details, the Trash), so a later command, reading it back from the library, undoes it exactly.
    QCOMPARE(cli({u"highlight"_s, u"1"_s, u"--quote"_s, u"story of small harbors"_s}).exitCode, 0);
    QCOMPARE(cli({u"highlight"_s, u"1"_s, u"--quote"_s, u"patient money"_s}).exitCode, 0);
    const QList<QStringList> steps {
        {u"relate"_s, u"2"_s, u"1"_s, u"responds-to"_s},
        {u"speakers"_s, u"set"_s, u"1"_s, u"country"_s, u"Norway"_s, u"--type"_s, u"category"_s},
        {u"speakers"_s, u"set"_s, u"1"_s, u"country"_s, u"Iceland"_s},
        {u"collection"_s, u"add"_s, u"Ports"_s, u"1"_s},
        {u"rename"_s, u"1"_s, u"Harbours Now"_s},
        {u"unrelate"_s, u"2"_s, u"1"_s},
        {u"delete"_s, u"1"_s},
    };
    QList<QStringList> states {state()};
    for (const QStringList &step : steps) {
        const CliRun run = cli(step);
        QVERIFY2(run.exitCode == 0, qPrintable(step.join(u' ') + u": "_s + QString::fromUtf8(run.err)));
        states.append(state());
        QVERIFY2(states.constLast() != states.at(states.size() - 2), qPrintable(step.join(u' ')));
    }
    for (qsizetype i = steps.size(); i > 0; --i) {
        QCOMPARE(cli({u"undo"_s}).exitCode, 0);
        QCOMPARE(state(), states.at(i - 1));
    }
    for (qsizetype i = 1; i <= steps.size(); ++i) {
        QCOMPARE(cli({u"redo"_s}).exitCode, 0);
        QCOMPARE(state(), states.at(i));
    }
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
