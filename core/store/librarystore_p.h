#pragma once

#include "logging.h"
#include "store/librarystore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

// LibraryStore's private part, shared by the .cpp files that implement it
// (librarystore.cpp for articles, annotationstore.cpp for annotations).

namespace Colloquy {

struct LibraryStore::Private
{
    QString connectionName;
    QSqlDatabase db;
    QString path;
    QString error;
    int schemaVersion = 0;

    bool fail(const QString &message)
    {
        error = message;
        qCWarning(lcStore).noquote() << message;
        return false;
    }

    bool failQuery(const QString &what, const QSqlQuery &query)
    {
        return fail(QStringLiteral("%1: %2").arg(what, query.lastError().text().simplified()));
    }

    void closeConnection()
    {
        if (connectionName.isEmpty())
            return;
        db.close();
        // The handle must be gone before removeDatabase(), or Qt warns the connection is still in use.
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
        schemaVersion = 0;
    }

    bool openConnection(const QString &filePath);
    bool checkIsOurs(const QString &filePath);
    bool checkFullTextSearch(const QString &filePath);
    bool configure();
    bool migrate(const QString &filePath);
    bool findByHash(const QString &hash, std::optional<qint64> *id);
    QList<qint64> readIds(const QString &sql, qint64 key, const QString &what);
    std::optional<qint64> insertSpeaker(qint64 articleId, int ordinal, const Speaker &speaker);
    /// Inserts the segments, their paragraphs and speakers; inside the caller's transaction.
    bool insertSegments(qint64 articleId, const QList<Segment> &segments);
    /// One profile (`personId` > 0) or all, with their appearances; empty on error too.
    QList<PersonProfile> readPeople(qint64 personId);
};

} // namespace Colloquy
