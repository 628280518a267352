#include "import/articlereader.h"
#include "import/textdecoder.h"
#include "testdata.h"

#include <QStringDecoder>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEncodings_data();
    void decodesEncodings();
    void refusesBinary_data();
    void refusesBinary();
    void normalizesWhitespace_data();
    void normalizesWhitespace();
    void detectsLegacyEncodings_data();
    void detectsLegacyEncodings();
    void forcedEncodingWins();
    void unknownForcedEncodingIsRefused();
    void declaredCharsetReadsAShortPage();
    void importReportsTheEncoding();
    void validUtf8IsRecognised_data();
    void validUtf8IsRecognised();
};

namespace {

QByteArray fixture(const QString &name)
{
    return Colloquy::Testing::readFile(Colloquy::Testing::testDataPath(u"charsets/"_s + name));
}

} // namespace

void TestTextDecoder::decodesEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QString sample = u"Zoë Ødegård: naïve café"_s;
    QTest::newRow("utf-8") << sample.toUtf8() << sample;
    QTest::newRow("utf-8 with bom") << "\xef\xbb\xbf"_ba + sample.toUtf8() << sample;
    QByteArray utf16("\xff\xfe", 2);
    for (const QChar c : sample) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    QTest::newRow("utf-16le with bom") << utf16 << sample;
    QTest::newRow("latin-1 fallback") << sample.toLatin1() << sample;
}

void TestTextDecoder::decodesEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QString error;
    const auto decoded = Colloquy::decodeText(bytes, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, text);
}

void TestTextDecoder::refusesBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("zip header") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10);
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls.append(char(1 + i % 7));
    QTest::newRow("control characters") << controls;
}

void TestTextDecoder::refusesBinary()
{
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY(!Colloquy::decodeText(bytes, &error));
    QVERIFY(!error.isEmpty());
}

void TestTextDecoder::normalizesWhitespace_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("crlf") << u"one\r\ntwo\r\n"_s << u"one\ntwo"_s;
    QTest::newRow("lone cr") << u"one\rtwo"_s << u"one\ntwo"_s;
    QTest::newRow("no-break spaces") << u"a\u00a0b\u202fc"_s << u"a b c"_s;
    QTest::newRow("runs of spaces and tabs") << u"  a \t  b  "_s << u"a b"_s;
    QTest::newRow("invisible characters") << u"co\u00adop\u200beration"_s << u"cooperation"_s;
    QTest::newRow("blank lines kept inside") << u"\n\na\n\n\nb\n\n"_s << u"a\n\n\nb"_s;
}

void TestTextDecoder::normalizesWhitespace()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Colloquy::normalizeText(input), expected);
}

void TestTextDecoder::detectsLegacyEncodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    // Each fixture is a short roundtable of our own in the encoding its name says.
    QTest::newRow("simplified chinese, gb18030") << u"gb18030"_s << u"GB18030"_s;
    QTest::newRow("traditional chinese, big5") << u"big5"_s << u"Big5"_s;
    QTest::newRow("japanese, shift-jis") << u"shift_jis"_s << u"Shift_JIS"_s;
    QTest::newRow("korean, euc-kr") << u"euc-kr"_s << u"EUC-KR"_s;
    QTest::newRow("russian, windows-1251") << u"windows-1251"_s << u"windows-1251"_s;
    QTest::newRow("french and german, windows-1252") << u"windows-1252"_s << u"windows-1252"_s;
}

void TestTextDecoder::detectsLegacyEncodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QString error;
    Colloquy::TextEncoding used;
    const auto decoded = Colloquy::decodeText(fixture(file + u".txt"_s), &error, &used);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, QString::fromUtf8(fixture(file + u".utf8"_s)));
    QCOMPARE(used.name.toLower(), encoding.toLower());
    QCOMPARE(used.source, Colloquy::TextEncoding::Source::Detected);
    QVERIFY(used.isNoteworthy());
    QVERIFY2(used.confidence > 50 && used.confidence <= 100, qPrintable(used.description()));
    QVERIFY(used.description().contains(u"detected"_s));
}

void TestTextDecoder::forcedEncodingWins()
{
    // The Russian fixture read as KOI8-R is garbage, but exactly what the user asked for.
    const QByteArray bytes = fixture(u"windows-1251.txt"_s);
    Colloquy::TextEncoding used;
    QString error;
    const auto koi8 = Colloquy::decodeText(bytes, &error, &used, u"KOI8-R"_s);
    QVERIFY2(koi8, qPrintable(error));
    QCOMPARE(used.source, Colloquy::TextEncoding::Source::Forced);
    QVERIFY(*koi8 != QString::fromUtf8(fixture(u"windows-1251.utf8"_s)));
    const auto right = Colloquy::decodeText(bytes, &error, &used, u"windows-1251"_s);
    QCOMPARE(*right, QString::fromUtf8(fixture(u"windows-1251.utf8"_s)));
    QCOMPARE(used.confidence, 100);
}

void TestTextDecoder::unknownForcedEncodingIsRefused()
{
    QString error;
    QVERIFY(!Colloquy::decodeText("plain"_ba, &error, nullptr, u"no-such-charset"_s));
    QVERIFY2(error.contains(u"no-such-charset"_s), qPrintable(error));
}

void TestTextDecoder::declaredCharsetReadsAShortPage()
{
    // Two words are too few to guess from; the page's <meta charset> says it.
    const Colloquy::ReadResult read =
        Colloquy::ArticleReader::readBytes(fixture(u"declared-1251.html"_s), u"page.html"_s);
    QVERIFY2(read.article, qPrintable(read.error));
    QVERIFY2(read.article->normalizedText.contains(u"Анна"_s), qPrintable(read.article->normalizedText));
    QCOMPARE(read.article->metadata.value(u"encoding"_s).toString(), u"windows-1251"_s);
    QCOMPARE(read.article->metadata.value(u"encoding_source"_s).toString(), u"declared"_s);
}

void TestTextDecoder::importReportsTheEncoding()
{
    const QByteArray bytes = fixture(u"gb18030.txt"_s);
    Colloquy::ReadResult read = Colloquy::ArticleReader::readBytes(bytes, u"ports.txt"_s);
    QVERIFY2(read.article, qPrintable(read.error));
    QCOMPARE(read.article->title, u"港口的未来"_s);
    QCOMPARE(read.article->metadata.value(u"encoding"_s).toString(), u"GB18030"_s);
    QCOMPARE(read.article->metadata.value(u"encoding_source"_s).toString(), u"detected"_s);
    QCOMPARE(read.article->rawSource, bytes); // the original bytes are kept as they were

    read = Colloquy::ArticleReader::readBytes(bytes, u"ports.txt"_s, QString(), u"GB18030"_s);
    QVERIFY2(read.article, qPrintable(read.error));
    QCOMPARE(read.article->metadata.value(u"encoding_source"_s).toString(), u"forced"_s);

    // Plain UTF-8 is the normal case and says nothing.
    read = Colloquy::ArticleReader::readBytes(fixture(u"gb18030.utf8"_s), u"ports.txt"_s);
    QVERIFY2(read.article, qPrintable(read.error));
    QVERIFY(!read.article->metadata.contains(u"encoding"_s));
}

void TestTextDecoder::validUtf8IsRecognised_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << "plain text"_ba << true;
    QTest::newRow("two, three and four bytes") << u"é中😀"_s.toUtf8() << true;
    QTest::newRow("overlong slash") << "\xc0\xaf"_ba << false;
    QTest::newRow("surrogate") << "\xed\xa0\x80"_ba << false;
    QTest::newRow("past U+10FFFF") << "\xf4\x90\x80\x80"_ba << false;
    QTest::newRow("cut short") << "ab\xe4\xb8"_ba << false;
    QTest::newRow("latin-1 byte") << "caf\xe9"_ba << false;
}

void TestTextDecoder::validUtf8IsRecognised()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Colloquy::isValidUtf8(bytes), valid);
    // The same verdict as Qt's own decoder.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes);
    Q_UNUSED(decoded);
    QCOMPARE(!utf8.hasError(), valid);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
