#include "store/librarycheck.h"

#include "model/article.h"
#include "store/database_p.h"
#include "store/fileaccess_p.h"
#include "store/migrations_p.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

QStringList quickCheck(Store::Database &db, int limit)
{
    Store::Statement check = db.runOnce(u"PRAGMA quick_check(%1)"_s.arg(qMax(1, limit)));
    QStringList found;
    while (check.next())
        found.append(check.text(0).remove(u"*** in database main ***"_s).simplified());
    if (!check.ok())
        return {check.errorText()};
    return found == QStringList {u"ok"_s} ? QStringList() : found;
}

} // namespace

QString CheckReport::summary() const
{
    if (!error.isEmpty())
        return error;
    QStringList parts;
    if (!sqlite.isEmpty())
        parts.append(u"SQLite found it damaged (%1)"_s.arg(sqlite.join(u"; "_s).left(200)));
    if (articles.size() == 1)
        parts.append(u"the text of article %1 no longer matches its SHA-256"_s.arg(articles.constFirst().id));
    else if (!articles.isEmpty())
        parts.append(u"the text of %1 articles no longer matches its SHA-256"_s.arg(articles.size()));
    return parts.join(u", and "_s);
}

CheckReport LibraryCheck::run(const QString &path, int limit)
{
    CheckReport report;
    if (!QFileInfo(path).isFile()) {
        report.error = u"there is no library at %1"_s.arg(path);
        return report;
    }
    Store::Database db;
    QString reason;
    if (!Store::openForReading(db, path, &reason)) {
        report.error = u"cannot open %1: %2"_s.arg(path, reason);
        return report;
    }
    const auto applicationId = Store::queryInt(db, u"PRAGMA application_id"_s, &reason);
    if (!applicationId) {
        report.error = u"cannot read %1: %2"_s.arg(path, reason);
        return report;
    }
    if (*applicationId != Store::ApplicationId) {
        report.error = u"%1 is not a Colloquy library"_s.arg(path);
        return report;
    }
    report.sqlite = quickCheck(db, limit);

    Store::Statement rows =
        db.run(u"SELECT id, title, content_hash, normalized_text FROM articles ORDER BY id"_s);
    while (rows.ok() && rows.next()) {
        ++report.articlesChecked;
        if (contentHashOf(rows.text(3)) != rows.text(2).toLatin1()) {
            report.articles.append(
                {rows.id(0), rows.text(1), u"its text no longer matches the SHA-256 stored with it"_s});
        }
    }
    if (!rows.ok())
        report.sqlite.append(u"cannot read the articles: %1"_s.arg(rows.errorText()));
    return report;
}

} // namespace Colloquy
