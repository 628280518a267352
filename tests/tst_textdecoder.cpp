#include "import/textdecoder.h"

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
};

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

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
