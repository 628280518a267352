// A library location is a file path or a libpq-style PostgreSQL URI: each form the README and
// libpq document is read into its parts, and each malformed URI is refused with a sentence that
// says what is wrong.

#include "model/librarylocation.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Colloquy::LibraryLocation;

class LibraryLocationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFilePaths_data();
    void readsFilePaths();
    void readsServerUris_data();
    void readsServerUris();
    void refusesMalformedUris_data();
    void refusesMalformedUris();
    void displayStringHidesThePassword();
    void displayStringReadsBackAsTheSameLocation();
};

void LibraryLocationTest::readsFilePaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::newRow("absolute") << u"/home/mira/fieldwork.sqlite"_s << u"/home/mira/fieldwork.sqlite"_s;
    QTest::newRow("relative") << u"library.sqlite"_s << u"library.sqlite"_s;
    QTest::newRow("colon in the name") << u"notes:2026.sqlite"_s << u"notes:2026.sqlite"_s;
    QTest::newRow("file URL") << u"file:///srv/team%20notes.sqlite"_s << u"/srv/team notes.sqlite"_s;
}

void LibraryLocationTest::readsFilePaths()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    const auto location = LibraryLocation::parse(text);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QVERIFY(location->isFile());
    QCOMPARE(location->filePath(), path);
    QCOMPARE(location->displayString(), path);
}

void LibraryLocationTest::readsServerUris_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("socket");

    QTest::newRow("host and port") << u"postgresql://ines@db.example.org:6543/harbour"_s << u"ines"_s
                                   << u"db.example.org"_s << 6543 << u"harbour"_s << false;
    QTest::newRow("postgres scheme") << u"postgres://ines@db.example.org/harbour"_s << u"ines"_s
                                     << u"db.example.org"_s << 0 << u"harbour"_s << false;
    QTest::newRow("socket folder in the query")
        << u"postgresql://tomas@/harbour?host=/run/postgresql"_s << u"tomas"_s << u"/run/postgresql"_s << 0
        << u"harbour"_s << true;
    QTest::newRow("socket folder and port in the query")
        << u"postgresql://tomas@/harbour?host=/tmp/pg%20sock&port=55432"_s << u"tomas"_s << u"/tmp/pg sock"_s
        << 55432 << u"harbour"_s << true;
    QTest::newRow("percent-encoded socket folder as host")
        << u"postgresql://tomas@%2Fvar%2Frun%2Fpostgresql/harbour"_s << u"tomas"_s << u"/var/run/postgresql"_s
        << 0 << u"harbour"_s << true;
    QTest::newRow("IPv6 address") << u"postgresql://odile@[2001:db8::7]:5433/desk"_s << u"odile"_s
                                  << u"2001:db8::7"_s << 5433 << u"desk"_s << false;
    QTest::newRow("no user, no database")
        << u"postgresql://localhost"_s << QString() << u"localhost"_s << 0 << QString() << false;
    QTest::newRow("everything from libpq's defaults")
        << u"postgresql://"_s << QString() << QString() << 0 << QString() << false;
    QTest::newRow("query overrides the parts") << u"postgresql://ines@old/harbour?user=rahel&dbname=desk"_s
                                               << u"rahel"_s << u"old"_s << 0 << u"desk"_s << false;
    QTest::newRow("encoded names") << u"postgresql://m%C3%BCller@h/f%C3%A9lix"_s << u"müller"_s << u"h"_s << 0
                                   << u"félix"_s << false;
    QTest::newRow("upper-case scheme")
        << u"PostgreSQL://ines@h/harbour"_s << u"ines"_s << u"h"_s << 0 << u"harbour"_s << false;
}

void LibraryLocationTest::readsServerUris()
{
    QFETCH(QString, text);
    const auto location = LibraryLocation::parse(text);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QVERIFY(location->isPostgreSql());
    QVERIFY(location->filePath().isEmpty());
    QTEST(location->user(), "user");
    QTEST(location->host(), "host");
    QTEST(location->port(), "port");
    QTEST(location->databaseName(), "database");
    QTEST(location->hostIsSocketFolder(), "socket");
}

void LibraryLocationTest::refusesMalformedUris_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("port not a number") << u"postgresql://ines@h:54x/harbour"_s << u"port '54x'"_s;
    QTest::newRow("port too large") << u"postgresql://ines@h:70000/harbour"_s << u"port '70000'"_s;
    QTest::newRow("port zero in the query") << u"postgresql://ines@/harbour?port=0"_s << u"port '0'"_s;
    QTest::newRow("unclosed IPv6") << u"postgresql://ines@[2001:db8::7/harbour"_s << u"closing ']'"_s;
    QTest::newRow("junk after IPv6") << u"postgresql://ines@[::1]x/harbour"_s << u"after the IPv6"_s;
    QTest::newRow("bad percent escape") << u"postgresql://ines@h/har%zzbour"_s << u"hexadecimal"_s;
    QTest::newRow("parameter without value") << u"postgresql://ines@h/harbour?sslmode"_s << u"'sslmode'"_s;
    QTest::newRow("several hosts") << u"postgresql://ines@a,b/harbour"_s << u"several hosts"_s;
    QTest::newRow("missing slashes") << u"postgresql:ines@h/harbour"_s << u"postgresql://"_s;
    QTest::newRow("another scheme") << u"mysql://ines@h/harbour"_s << u"not a library location"_s;
    QTest::newRow("empty") << QString() << u"No library location"_s;
}

void LibraryLocationTest::refusesMalformedUris()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto location = LibraryLocation::parse(text);
    QVERIFY(location.failed());
    QVERIFY2(location.error().contains(reason), qPrintable(location.error()));
    if (!text.isEmpty())
        QVERIFY2(location.error().contains(text), qPrintable(location.error()));
}

void LibraryLocationTest::displayStringHidesThePassword()
{
    const auto location = LibraryLocation::parse(u"postgresql://ines:s3cret@h/harbour?sslmode=require"_s);
    QVERIFY2(location.ok(), qPrintable(location.error()));
    QCOMPARE(location->password(), u"s3cret"_s);
    QCOMPARE(location->parameters().value(u"sslmode"_s), u"require"_s);
    QCOMPARE(location->displayString(), u"postgresql://ines@h/harbour?sslmode=require"_s);
}

void LibraryLocationTest::displayStringReadsBackAsTheSameLocation()
{
    const auto socket = LibraryLocation::parse(u"postgresql://tomas@/harbour?port=55432&host=/run/pg"_s);
    QVERIFY2(socket.ok(), qPrintable(socket.error()));
    QCOMPARE(socket->displayString(), u"postgresql://tomas@/harbour?host=/run/pg&port=55432"_s);
    for (const QString &text : {u"postgresql://tomas@/harbour?host=/tmp/pg%20sock&port=55432"_s,
             u"postgresql://odile@[2001:db8::7]:5433/desk"_s, u"postgresql://m%C3%BCller@h/f%C3%A9lix"_s}) {
        const auto location = LibraryLocation::parse(text);
        QVERIFY2(location.ok(), qPrintable(location.error()));
        const auto again = LibraryLocation::parse(location->displayString());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(*again, *location);
    }
}

QTEST_GUILESS_MAIN(LibraryLocationTest)
#include "tst_librarylocation.moc"
