#pragma once

#include "logging.h"
#include "store/database_p.h"
#include "store/librarystore.h"
#include "store/transaction_p.h"

#include <functional>
#include <type_traits>

// LibraryStore's private part, shared by the .cpp files that implement it
// (librarystore.cpp for articles, annotationstore.cpp for annotations,
// peoplestore.cpp for profiles, searchstore.cpp for search).

namespace Colloquy {

struct LibraryStore::Private
{
    mutable Store::Database db; ///< mutable: reads take and give back its kept statements
    QString path;
    QString error; ///< why the last write (or open) failed
    QString readOnly; ///< why writes are refused; empty when the library is writable
    bool damaged = false; ///< readOnly because a check failed
    int schemaVersion = 0;
    const PersonMatcher *matcher = nullptr;

    // The open step (LibraryStore::beginStep()).
    int stepDepth = 0;
    bool stepFailed = false;
    std::unique_ptr<Store::Transaction> stepTransaction; ///< begun at the step's first write
    /// Signals held back until the step commits, each once, in order.
    QList<std::pair<QString, std::function<void()>>> heldSignals;

    /// Runs `emitSignal` now, or when the open step commits; `key` names it
    /// so that a step emits each signal once.
    void announce(const QString &key, std::function<void()> emitSignal)
    {
        if (stepDepth == 0) {
            emitSignal();
            return;
        }
        for (const auto &held : std::as_const(heldSignals)) {
            if (held.first == key)
                return;
        }
        heldSignals.append({key, std::move(emitSignal)});
    }

    /// A write failed: says why in `error` and the log. Always false.
    bool fail(const QString &message)
    {
        error = message;
        qCWarning(lcStore).noquote() << message;
        return false;
    }
    bool fail(const QString &what, const Store::Statement &statement)
    {
        return fail(QStringLiteral("%1: %2").arg(what, statement.errorText()));
    }

    /// Why a read inside a write failed: `error`, not logged again. Always false.
    bool failed(const QString &message)
    {
        error = message;
        return false;
    }
    bool failed(const Failure &failure) { return failed(failure.message); }

    /// A read failed: says why in the log and returns it, `error` stays.
    static Failure readFailure(const QString &message)
    {
        qCWarning(lcStore).noquote() << message;
        return Failure {message};
    }
    static Failure readFailure(const QString &what, const Store::Statement &statement)
    {
        return readFailure(QStringLiteral("%1: %2").arg(what, statement.errorText()));
    }
    static QString notOpen() { return QStringLiteral("the library is not open"); }

    // Writes: startWrite(), begin(), the statements (exec(), forEach()), commit().

    /// The prologue of every write: clears `error` and checks the library is open.
    bool startWrite();
    /// Begins `transaction`; `what` names the write in the error.
    bool begin(Store::Transaction &transaction, const QString &what);
    /// Commits `transaction`; `what` names the write in the error.
    bool commit(Store::Transaction &transaction, const QString &what);

    /// Runs one statement of a write; on failure `error` says "`what`: reason".
    Store::Statement exec(const QString &what, const QString &sql, Store::Binds binds = {})
    {
        Store::Statement statement = db.run(sql, binds);
        if (!statement.ok())
            fail(what, statement);
        return statement;
    }

    // Reads: each(), one(), all(), which check that the library is open.

    /// Runs a read and hands each row to `row`; the failure, if any.
    template<typename Row>
    std::optional<Failure> each(const QString &what, const QString &sql, Store::Binds binds, Row &&row) const
    {
        if (!db.isOpen())
            return readFailure(notOpen());
        Store::Statement statement = db.run(sql, binds);
        while (statement.ok() && statement.next())
            row(statement);
        if (!statement.ok())
            return readFailure(what, statement);
        return std::nullopt;
    }

    /// A read of at most one row, made a value by `row`: nullopt when there is none.
    template<typename Row>
    auto one(const QString &what, const QString &sql, Store::Binds binds, Row &&row) const
        -> Result<std::optional<std::invoke_result_t<Row, const Store::Statement &>>>
    {
        std::optional<std::invoke_result_t<Row, const Store::Statement &>> result;
        if (auto failure = each(what, sql, binds, [&](const Store::Statement &s) {
                if (!result)
                    result = row(s);
            }))
            return *failure;
        return result;
    }

    /// A read of a list, each row made a value by `row`.
    template<typename Row>
    auto all(const QString &what, const QString &sql, Store::Binds binds, Row &&row) const
        -> Result<QList<std::invoke_result_t<Row, const Store::Statement &>>>
    {
        QList<std::invoke_result_t<Row, const Store::Statement &>> result;
        if (auto failure = each(what, sql, binds, [&](const Store::Statement &s) { result.append(row(s)); }))
            return *failure;
        return result;
    }

    /**
     * Runs `sql` once for each of `items` inside a write: `run` binds one item
     * and executes; `what` names the item in the failure. Prepares nothing for
     * an empty list (a single edit touches one or two of a change's lists).
     */
    template<typename List, typename Run, typename What>
    bool forEach(List &items, const QString &sql, Run run, What what)
    {
        if (items.isEmpty())
            return true;
        Store::Statement statement = db.prepare(sql);
        for (auto &item : items) {
            if (!run(statement, item))
                return fail(what(item), statement);
        }
        return true;
    }

    /// forEach() for rows with an `id` that `run`'s upsert inserts when it is
    /// 0: the id the row got is written back.
    template<typename List, typename Run, typename What>
    bool upsertEach(List &rows, const QString &sql, Run run, What what)
    {
        return forEach(
            rows, sql,
            [&run](Store::Statement &statement, auto &row) {
                if (!run(statement, std::as_const(row)))
                    return false;
                if (row.id <= 0)
                    row.id = statement.insertedId();
                return true;
            },
            what);
    }
    /// forEach() over row ids bound to `:id`; `what` has `%1` for the id.
    bool forEachId(const QList<qint64> &ids, const QString &sql, const QString &what)
    {
        return forEach(
            ids, sql,
            [](Store::Statement &s, qint64 id) {
                return s.exec({{QStringLiteral(":id"), id}});
            },
            [&what](qint64 id) { return what.arg(id); });
    }
    /// The prologue of a row change (AnnotationChange, PeopleChange): startWrite(),
    /// begin, and foreign keys checked at COMMIT, so that restored rows and
    /// those pointing at them may arrive in any order. `what` names the rows.
    bool beginRowChange(Store::Transaction &transaction, const QString &what)
    {
        return startWrite() && begin(transaction, QStringLiteral("cannot start saving %1").arg(what)) &&
            exec(
                QStringLiteral("cannot save %1").arg(what), QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    }

    bool open(const QString &filePath, Store::Database::Access access = Store::Database::Access::ReadWrite);
    /// Opens an existing library without writing anything to it; `readOnly` is why.
    bool openReadOnly(const QString &filePath);
    /// A read-only library cannot be migrated: fails unless its schema is the latest.
    /// What SQLite's quick_check finds wrong with the open file: empty when nothing.
    QString damage();
    bool checkSchemaIsCurrent(const QString &filePath);
    bool checkIsOurs(const QString &filePath);
    bool checkFullTextSearch(const QString &filePath);
    bool configure();
    /// The article with this content hash, nullopt when there is none.
    Result<std::optional<qint64>> findByHash(const QString &hash) const;
    /// Inserts the article row; its id.
    std::optional<qint64> insertArticle(const Article &article, const QString &hash);
    /// Deletes the article (its rows cascade) and updates the profiles its
    /// speakers linked to; inside the caller's transaction.
    bool deleteArticle(qint64 id);
    /// Puts the article row of `article` (by id) over the stored one.
    bool updateArticleRow(const Article &article, const QString &hash);

    struct StoredSpeaker
    {
        qint64 id = 0;
        bool hasBio = false;
    };
    /// The speakers row of `speaker` in the article, inserted when `stored` has none by that name.
    std::optional<qint64> speakerId(
        qint64 articleId, const Speaker &speaker, QHash<QString, StoredSpeaker> &stored);
    /// Inserts the segments, their paragraphs and speakers; inside the caller's transaction.
    bool insertSegments(qint64 articleId, const QList<Segment> &segments);
    /// Links the article's new speakers to profiles (Store::linkSpeakersToPeople()).
    bool linkSpeakers(qint64 articleId, const QString &what, const QHash<QString, qint64> &previous = {});

    /// The profiles an article's speakers keep through replaceArticle().
    struct KeptPeople
    {
        QHash<QString, qint64> byName;
        QList<qint64> touched; ///< whose display names may change
    };
    /// Reads them, applies `renames` to them and moves the renamed speakers' notes.
    std::optional<KeptPeople> keptPeople(qint64 articleId, const QList<SpeakerRename> &renames);
    /// replaceArticle() after the article row: segments, speakers, profiles, anchors.
    bool replaceSegments(const ArticleChange &change);
    bool writeAnchors(qint64 articleId, const QList<Highlight> &highlights);
    /// Reads the segments of `article` (by id) with their speakers and paragraphs.
    std::optional<Failure> readSegments(Article &article) const;
    /// Puts the article's scheme and cast row (none for an empty scheme); inside the caller's transaction.
    bool writeScheme(qint64 articleId, const SegmentationScheme &scheme);
    /// Reads the scheme of `article` (by id); an empty one when none was stored.
    std::optional<Failure> readScheme(Article &article) const;
    /// applyPeopleChange(): puts `people`, filling in new ids; the profile
    /// links to person 0 go to (the first new one, else the first), 0 for none.
    std::optional<qint64> putPeople(QList<PeopleChange::Person> &people);
    /// applyPeopleChange(): relinks `links`, those to person 0 to `firstNew`.
    bool linkPeople(QList<PeopleChange::Link> &links, qint64 firstNew);
    /// One profile (`personId` > 0) or all, with their appearances.
    Result<QList<PersonProfile>> readPeople(qint64 personId) const;

    // annotationstore.cpp: the parts of applyAnnotationChange(), inside its transaction.
    bool removeAnnotations(const AnnotationChange &change);
    bool putThemes(QList<Theme> &themes);
    bool putHighlights(QList<Highlight> &highlights);
    bool putNotes(AnnotationChange &change);
    bool putTaggings(AnnotationChange &change);

    // catalogstore.cpp: the parts of applyLibraryChange(), inside its transaction.
    /// Puts `collections`, filling in new ids; the first new id (0 for none).
    std::optional<qint64> putCollections(QList<Collection> &collections);
    /// Inserts the rows of `record` (speakers, segments and paragraphs get new row ids).
    bool restoreArticle(const ArticleRecord &record);
    bool writeDetails(const QList<ArticleDetails> &details);
    bool writeMemberships(const QList<LibraryChange::Membership> &memberships, bool add, qint64 firstNew);
    // comparisonstore.cpp: words per segment, for the overview and the matrix.
    /// Writes the word count of each of `segments` (the article's, by ordinal); inside the caller's
    /// transaction.
    bool writeWordCounts(qint64 articleId, const QList<Segment> &segments);

    // relationstore.cpp: the parts of applyAnnotationChange() for claim relations.
    bool removeRelations(const QList<qint64> &ids);
    bool putRelations(QList<ClaimRelation> &relations);

    // attributestore.cpp: the parts of applyPeopleChange() for speaker attributes.
    bool putAttributes(QList<SpeakerAttribute> &attributes);
    bool removeValues(const QList<AttributeValue> &values);
    /// Values with attributeId 0 go to `firstNewAttribute`.
    bool putValues(QList<AttributeValue> &values, qint64 firstNewAttribute);
    bool removeAttributes(const QList<qint64> &ids);
};

namespace Store {
/// The highlight in columns 0–13 of `row`, in the order annotationstore.cpp
/// selects them (h.id … h.modified_at, then the speaker's name). (annotationstore.cpp)
Highlight highlightFromRow(const Statement &row);
} // namespace Store

} // namespace Colloquy
