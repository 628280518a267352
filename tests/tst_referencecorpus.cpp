// The reference article lives outside the repository (../shared/corpus); it is
// read from there, never copied. The test skips where that folder is absent.

#include "expectedsegmentation.h"
#include "import/articlereader.h"
#include "testconfig.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestReferenceCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentsAsExpected_data();
    void segmentsAsExpected();
};

void TestReferenceCorpus::segmentsAsExpected_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expectation");

    const QDir corpus(QStringLiteral(COLLOQUY_SHARED_CORPUS_DIR));
    const QStringList expectations = corpus.entryList({u"*.expected.json"_s}, QDir::Files, QDir::Name);
    if (expectations.isEmpty())
        QSKIP("no shared corpus beside the checkout (../shared/corpus)");
    for (const QString &expectation : expectations) {
        QString error;
        const QJsonObject expected = ExpectedSegmentation::load(corpus.filePath(expectation), &error);
        const QString source = expected.value(u"source"_s).toString();
        QTest::newRow(qPrintable(source)) << corpus.filePath(source) << corpus.filePath(expectation);
    }
}

void TestReferenceCorpus::segmentsAsExpected()
{
    QFETCH(QString, source);
    QFETCH(QString, expectation);

    const Colloquy::ReadResult read = Colloquy::ArticleReader::readFile(source);
    QVERIFY2(read.article, qPrintable(read.error));
    QString error;
    const QJsonObject expected = ExpectedSegmentation::load(expectation, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const Colloquy::Segmentation actual {read.article->title, read.article->segments};
    const QStringList differences = ExpectedSegmentation::compare(expected, actual);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

    // Normalisation notes of the corpus: labels are not part of the text, glued sentences are split.
    for (const auto &segment : read.article->segments) {
        for (const QString &paragraph : segment.paragraphs) {
            QVERIFY2(!paragraph.startsWith(u"Editor's Note"_s), qPrintable(paragraph.left(40)));
            QVERIFY2(!paragraph.contains(QRegularExpression(u"\\p{Ll}{2}\\.\\p{Lu}\\p{Ll}"_s)),
                qPrintable(paragraph.left(80)));
        }
    }
}

QTEST_GUILESS_MAIN(TestReferenceCorpus)
#include "tst_referencecorpus.moc"
