// What a user types into search: the FTS5 expression made from it must always
// parse (no query can fail), checked against a real FTS5 table in memory, and
// stay within the caps on terms and their length.

#include "fuzzsupport.h"

#include "store/ftsexpression.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Colloquy;
    // The connection is made once and looked up by name: a static QSqlDatabase would outlive the
    // application and the driver it needs (a crash at exit with Qt 6.8).
    static const bool ready = [] {
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fuzz"_s);
        d.setDatabaseName(u":memory:"_s);
        Fuzz::require(d.open(), "an in-memory SQLite database opens");
        QSqlQuery create(d);
        Fuzz::require(create.exec(u"CREATE VIRTUAL TABLE t USING fts5(text, "
                                  "tokenize='unicode61 remove_diacritics 2')"_s),
            "the FTS5 table is created");
        Fuzz::require(create.exec(u"INSERT INTO t (text) VALUES ('Café prices rose near the harbour')"_s),
            "a row goes in");
        return true;
    }();
    const QSqlDatabase db = QSqlDatabase::database(u"fuzz"_s, false);
    Fuzz::require(ready && db.isOpen(), "the FTS5 database is open");
    if (size > 4096)
        return 0; // longer than any search field; the parser is linear anyway
    const QString expression = ftsMatchExpression(QString::fromUtf8(Fuzz::bytesOf(data, size)));
    if (expression.isEmpty())
        return 0;
    // Bounded work: at most MaxQueryTerms terms of MaxTermLength characters (inner quotes doubled).
    Fuzz::require(expression.size() <= MaxQueryTerms * (2 * MaxTermLength + 8), "a query stays short");
    QSqlQuery query(db);
    query.prepare(u"SELECT rowid FROM t WHERE t MATCH :expression"_s);
    query.bindValue(u":expression"_s, expression);
    if (!query.exec()) {
        std::fprintf(
            stderr, "expression %s: %s\n", qPrintable(expression), qPrintable(query.lastError().text()));
        Fuzz::require(false, "every expression ftsMatchExpression() makes is valid FTS5");
    }
    while (query.next()) { }
    return 0;
}
