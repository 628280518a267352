#pragma once

#include "model/article.h"
#include "model/claimentry.h"
#include "model/claimrelation.h"
#include "model/codertagging.h"
#include "model/comparisonscope.h"
#include "model/highlightspan.h"
#include "model/personprofile.h"
#include "model/result.h"
#include "model/searchhit.h"
#include "model/searchquery.h"
#include "model/speakerattribute.h"
#include "model/speakeroverview.h"
#include "model/speakerturn.h"
#include "model/thematrix.h"
#include "model/trashedarticle.h"
#include "store/annotationchange.h"
#include "store/articlechange.h"
#include "store/changepair.h"
#include "store/librarychange.h"
#include "store/peoplechange.h"
#include "store/rulechange.h"
#include "store/undorecord.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace Colloquy {

class PersonMatcher;

/// The outcome of LibraryStore::addArticle().
struct AddResult
{
    qint64 id = 0; ///< the new article, or the one that already had this content
    bool created = false; ///< false when the content hash was already in the library
    bool inTrash = false; ///< not created: the article with this content is in the Trash
    QString error; ///< non-empty when nothing was stored
};

/// The connection settings LibraryStore relies on, as SQLite reports them.
struct StoreDiagnostics
{
    int schemaVersion = 0; ///< `PRAGMA user_version`
    QString journalMode; ///< `wal` unless the file system refused it
    bool foreignKeys = false;
    int synchronous = 0; ///< 2 is FULL
    int busyTimeoutMs = 0;
};

/**
 * The SQLite library: articles, speakers, segments and paragraphs, the
 * annotations on them and the person profiles across them.
 *
 * All SQL of the application lives behind this class (core/store/). The
 * database runs in WAL mode with foreign keys on and synchronous=FULL; its
 * schema version is `PRAGMA user_version` and open() applies the pending
 * migrations in order, each in one transaction. Every write method has
 * committed (durably) when it returns.
 *
 * Speakers are stored once per article and name: every turn of a speaker reads
 * back with the speaker's bio, the first one the article gave for that name.
 * addArticle() links each speaker that names a person to a person profile
 * across articles, as the PersonMatcher it was given decides (a new profile
 * when none fits unambiguously); labels such as `Q` or `GT` stay without a
 * profile. A store made without a matcher (a test of the store alone) links
 * nobody: LibrarySession makes the application's store, with its matcher.
 *
 * Errors: a read returns a Result, whose failure says why (`Result<std::optional<T>>`
 * where it may find nothing, so "failed" and "not found" differ). A write
 * returns false (or AddResult::error) and leaves the reason in errorString().
 * Each failure is logged to `colloquy.store`.
 *
 * One instance owns one connection; use it from the thread that opened it.
 */
class LibraryStore : public QObject
{
    Q_OBJECT
public:
    /// `matcher` (not owned, may be null) links speakers to person profiles; it must outlive the store.
    explicit LibraryStore(const PersonMatcher *matcher = nullptr, QObject *parent = nullptr);
    ~LibraryStore() override;

    /// `library.sqlite` under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    /// The schema version this build creates and understands.
    static int latestSchemaVersion();

    /// How open() may treat the file.
    enum class OpenMode
    {
        Create, ///< read-write, creating a missing file (and its folders)
        Existing, ///< read-write; a missing file is an error, nothing is created
        ReadOnly, ///< never writes; a missing file is an error
    };

    /**
     * Opens the library at `path` and migrates it. A library that exists but
     * cannot be written (no permission on the file or its folder, a read-only
     * file system) opens read-only instead: isReadOnly() says so and why, reads
     * work, every write fails with one sentence. Read-only, a folder that cannot
     * hold SQLite's `-shm` file is read through the `immutable` URI parameter.
     * On failure the file is left as it was and errorString() says why.
     */
    bool open(const QString &path, OpenMode mode = OpenMode::Create);
    /// Checkpoints the WAL of a writable library into the file and empties it
    /// (`wal_checkpoint(TRUNCATE)`), then closes the connection; the instance
    /// may open() again. The destructor closes too.
    void close();
    bool isOpen() const;
    /// Open, but every write is refused (see open()).
    bool isReadOnly() const;
    /// Read-only because it is damaged: SQLite's check at open failed, or markDamaged() said so.
    bool isDamaged() const;
    /**
     * A check after open() (LibraryCheck in the background) found the library
     * damaged: from now on it is read-only, readOnlyReason() says `why` (a
     * clause), and damageFound() is emitted. Nothing more is written into it.
     */
    void markDamaged(const QString &why);
    /// Libraries up to this size are quick-checked by open() before anything
    /// writes; a larger one opens at once and relies on the check that the
    /// app runs in the background (LibraryCheck) and on `colloquy-cli check`.
    static constexpr qint64 OpenCheckLimit = 256 * 1024 * 1024;
    /// After the file was replaced and open() again (a restore): emits every
    /// library-wide change signal, so that views read everything again.
    void announceReplaced();

    /// Why the library is read-only, as a clause ("its folder /x cannot be
    /// written"); empty when it is writable.
    QString readOnlyReason() const;
    QString path() const;
    /// Why the last write (or open()) failed; empty after one that succeeded.
    /// Reads leave it alone: their Result carries their failure.
    QString errorString() const;
    int schemaVersion() const;
    /// What SQLite reports for the settings open() made, for bug reports and tests.
    StoreDiagnostics diagnostics() const;

    /**
     * Starts a step: every write until the matching endStep() goes into one
     * transaction, begun at the first of them (reads before it take no lock).
     * Steps nest; an inner one joins the outer. The change signals of the
     * writes are held back until the outermost step commits, and dropped when
     * it rolls back. EditHistory is what makes steps; a write alone is a
     * transaction of its own, or a savepoint inside an open step.
     */
    void beginStep();
    /**
     * Ends the innermost step. An inner one that does not `commit` makes the
     * outermost roll back whatever it says. The outermost commits or rolls
     * back everything since its beginStep(); false when a commit was asked for
     * and did not happen (errorString() says why; nothing of the step stays).
     */
    bool endStep(bool commit);
    /// A step is open and something inside it failed: it can only roll back.
    bool stepFailed() const;

    /// Applies any of the row changes below (the one ChangeCommand uses).
    bool apply(AnyChange &change);

    /// Stores an article with its segments in one transaction. Content already
    /// in the library (same hash) is not stored twice.
    AddResult addArticle(const Article &article);
    /**
     * Replaces the text of article `change.article.id` with `change.article`'s
     * (title, source, content hash, normalised text, segments; speakers rebuilt
     * from them) and writes the anchors and anchor states of
     * `change.highlights`, which must be that article's, in one transaction: on
     * any failure nothing changed. The id, the highlights' other fields, notes
     * and taggings stay. Refuses a text that another article already has (same
     * content hash).
     *
     * Speakers keep their person profile by name. Each of `change.renames` (a
     * segmentation edit) also moves the note on its old name to the new one
     * (unless the new name has a note already) and links the new name to its
     * `person`, or by name as an import would when that is 0.
     */
    bool replaceArticle(const ArticleChange &change);
    /// Removes an article and everything that belongs to it for good; false
    /// for an unknown id. (Deleting from the UI moves it to the Trash instead.)
    bool removeArticle(qint64 id);
    /// Moves an article into the Trash or out of it, in one transaction.
    /// Callers other than Annotations (which makes it undoable) should not need it.
    bool applyTrashChange(TrashChange &change);
    /// The articles in the Trash, most recently deleted first.
    Result<QList<TrashedArticle>> trashedArticles() const;
    /// Removes for good, in one transaction, the articles that went to the
    /// Trash before `before` (all of them for an invalid time); how many, or
    /// nullopt (nothing removed) with the reason in errorString().
    std::optional<int> purgeTrash(const QDateTime &before = QDateTime());
    /// When the article went to the Trash: an invalid time when it is not in
    /// it, nullopt for an unknown id.
    Result<std::optional<QDateTime>> trashedAt(qint64 articleId) const;

    /// All articles outside the Trash, newest import first.
    /// Every stored row of an article, for putting it back after
    /// removeArticle() (LibraryChange::restoreArticles); nullopt for an unknown id.
    Result<std::optional<ArticleRecord>> articleRecord(qint64 id) const;
    /// Applies every change of `change` in one transaction (all or nothing)
    /// and fills in the ids of the collections it inserted with id 0. Callers
    /// other than LibraryCatalogue (which makes it undoable) should not need it.
    bool applyLibraryChange(LibraryChange &change);
    /// The collections, by name.
    Result<QList<Collection>> collections() const;
    /// What the user said about an article; nullopt for an unknown id.
    Result<std::optional<ArticleDetails>> articleDetails(qint64 id) const;

    Result<QList<ArticleSummary>> articles() const;
    /// The full article; nullopt for an unknown id.
    Result<std::optional<Article>> article(qint64 id) const;
    Result<std::optional<qint64>> articleIdByHash(const QByteArray &contentHash) const;
    /// The text (Segment::text()) of each of the article's segments, by
    /// ordinal, without the rest of the article: what anchoring needs. nullopt
    /// for an unknown id.
    Result<std::optional<QStringList>> segmentTexts(qint64 articleId) const;
    /// The text of segment `segment` (an ordinal) of an article; nullopt when
    /// the article has no such segment.
    Result<std::optional<QString>> segmentText(qint64 articleId, qsizetype segment) const;

    /// Applies every row change of `change` in one transaction (all or
    /// nothing) and fills in the ids of the rows it inserted with id 0.
    /// Callers other than Annotations (which makes it undoable) should not
    /// need it.
    bool applyAnnotationChange(AnnotationChange &change);

    Result<std::optional<Highlight>> highlight(qint64 id) const;
    /// The article's highlights in reading order (segment, then start offset).
    Result<QList<Highlight>> highlights(qint64 articleId) const;
    /// The same, with only what drawing them takes: a narrower, faster read for the reader.
    Result<QList<HighlightSpan>> highlightSpans(qint64 articleId) const;
    Result<std::optional<Note>> note(qint64 highlightId) const;
    /// The note on the article itself (empty `speaker`) or on one of its speakers, by name.
    Result<std::optional<ArticleNote>> articleNote(
        qint64 articleId, const QString &speaker = QString()) const;
    /// The article's own note first, then its speakers' notes in the order
    /// they first speak, then notes on names the current text no longer has.
    Result<QList<ArticleNote>> articleNotes(qint64 articleId) const;
    /// The themes on a highlight, by theme id.
    Result<QList<qint64>> themeIdsOfHighlight(qint64 highlightId) const;
    /// The highlights tagged with a theme (its claims), by highlight id.
    Result<QList<qint64>> highlightIdsOfTheme(qint64 themeId) const;
    /// The themes of every claim of an article, by highlight id: one query for a whole list.
    Result<QHash<qint64, QList<qint64>>> themeIdsOfArticle(qint64 articleId) const;
    /// The Markdown notes of an article's highlights, by highlight id.
    Result<QHash<qint64, QString>> noteTextsOfArticle(qint64 articleId) const;
    /// Every theme on every highlight of an article, with the highlight's
    /// author and range, by author, segment and offset: what inter-coder
    /// agreement counts. Orphaned highlights (no place in the text) are left out.
    Result<QList<CoderTagging>> coderTaggings(qint64 articleId) const;
    /// Everyone who has a highlight in the library (highlight authors), by name.
    Result<QStringList> authors() const;
    Result<std::optional<Theme>> theme(qint64 id) const;
    /// The whole codebook, parents before children, siblings by name.
    Result<QList<Theme>> themes() const;

    /// Full-text search over the articles' paragraphs and the notes, best
    /// first, at most SearchQuery::limit hits. User input is never FTS5 syntax
    /// (see ftsMatchExpression()). An empty list means nothing matched.
    Result<QList<SearchHit>> search(const SearchQuery &query) const;
    /// Every person profile that has an appearance, by display name.
    Result<QList<PersonProfile>> people() const;
    /// One profile; nullopt for an unknown id.
    Result<std::optional<PersonProfile>> person(qint64 id) const;
    /// The profile an article's speaker (by speakers row id) is linked to: 0 for
    /// a label that names nobody, nullopt for an unknown speaker.
    Result<std::optional<qint64>> personOfSpeaker(qint64 speakerId) const;
    /// Applies `change` in one transaction (all or nothing) and fills in the ids
    /// of the profiles it created. Callers other than SpeakerProfiles (which
    /// makes it undoable) should not need it.
    bool applyPeopleChange(PeopleChange &change);

    // The undo history (EditHistory), one row per step in `undo_steps`.
    /// `author`'s steps, oldest first.
    Result<QList<UndoRecord>> undoRecords(const QString &author) const;
    /// Stores a new step of `record.author`: drops that author's undone steps
    /// (a new step ends their redo) and keeps the newest `keep`. The new id.
    std::optional<qint64> addUndoRecord(const UndoRecord &record, int keep);
    /// Replaces the changes of step `id` (two steps merged); drops `author`'s undone steps.
    bool updateUndoRecord(qint64 id, const QByteArray &changes, const QString &author);
    /// Whether step `id` is undone; nullopt when there is no such step.
    Result<std::optional<bool>> undoRecordUndone(qint64 id) const;
    bool setUndoRecordUndone(qint64 id, bool undone);
    // Comparing voices (comparisonstore.cpp, attributestore.cpp, relationstore.cpp).

    /// Themes × the voices of `scope`, in one grouped query: claims per theme
    /// (rolled up to parents, each claim once) and voice, with each voice's
    /// words and claims. Columns: speakers by article then order of speaking;
    /// people and attribute values by name, the voices without a value last.
    Result<ThemeMatrix> themeMatrix(const ComparisonScope &scope) const;
    /// Per voice of `scope`: turns, words, share of words, claims, themes, first and last turn;
    /// in the order themeMatrix() puts its columns.
    Result<QList<SpeakerOverviewRow>> speakerOverview(const ComparisonScope &scope) const;
    /// The claims of `scope` tagged with any of `themeIds` (empty: with any
    /// theme; sub-themes are not added), of the voice keyed `voiceKey` only
    /// when it is not empty; newest article first, then in reading order.
    Result<QList<ClaimEntry>> claims(
        const ComparisonScope &scope, const QList<qint64> &themeIds, const QString &voiceKey = {}) const;
    /// The speaker turns of `articleIds` (empty: every article), newest article
    /// first, then in order; only the turns with a paragraph matching the FTS5
    /// expression `match` when it is not empty (build it with ftsMatchExpression()).
    Result<QList<SpeakerTurn>> speakerTurns(const QList<qint64> &articleIds, const QString &match = {}) const;

    /// Every speaker attribute, by name.
    Result<QList<SpeakerAttribute>> speakerAttributes() const;
    /// The values of person `personId`, or of everyone when it is 0; by person, then attribute.
    Result<QList<AttributeValue>> attributeValues(qint64 personId = 0) const;
    /// The distinct values of an attribute, sorted: what a filter offers.
    Result<QStringList> valuesOfAttribute(qint64 attributeId) const;

    Result<std::optional<ClaimRelation>> claimRelation(qint64 id) const;
    /// The relations with one of `highlightIds` at either end, by id.
    Result<QList<ClaimRelation>> relationsOfHighlights(const QList<qint64> &highlightIds) const;
    /// The relations with a highlight of the article at either end, by id.
    Result<QList<ClaimRelation>> relationsOfArticle(qint64 articleId) const;

    /// The remembered segmentation rules, oldest first.
    Result<QList<SegmentationRule>> segmentationRules() const;
    /// Applies `change` in one transaction (all or nothing) and fills in the ids
    /// of the rules it inserted. SegmentationRules makes it undoable.
    bool applyRuleChange(RuleChange &change);

Q_SIGNALS:
    void articleAdded(qint64 id);
    void articleRemoved(qint64 id);
    /// After replaceArticle() committed: the article's text and segments changed.
    void articleChanged(qint64 id);
    /// After applyAnnotationChange() committed.
    void annotationsChanged();
    /// After applyPeopleChange() committed.
    void peopleChanged();
    /// After applyLibraryChange() committed: an article's details or collections changed.
    void articleDetailsChanged(qint64 id);
    /// After applyLibraryChange() committed: a collection was added, renamed or removed.
    void collectionsChanged();
    /// After applyRuleChange() committed: a segmentation rule was remembered or removed.
    void segmentationRulesChanged();
    /// markDamaged() made the library read-only.
    void damageFound();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
