#pragma once

#include "import/articlereader.h"
#include "model/result.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

class QJsonObject;
class QJsonValue;
class QTextStream;

namespace Colloquy {
struct AgreementReport;
struct Article;
struct Highlight;
class Annotations;
class ClaimRelations;
class ClaimSuggestions;
class LibrarySession;
class LibraryStore;
class SegmentationReview;
class SpeakerAttributes;
class SpeakerProfiles;
struct ComparisonScope;
enum class HighlightColour;
namespace Store {
class PgConnection;
}
} // namespace Colloquy

namespace Colloquy::Cli {

struct CommandSpec;

/// colloquy-cli's exit codes.
enum ExitCode : int
{
    Success = 0,
    Failure = 1, ///< a file or the library could not be used
    UsageError = 2, ///< the command line itself was wrong
};

/// The global options, whatever the command.
struct Options
{
    bool json = false;
    QString libraryPath; ///< empty: LibraryStore::defaultPath()
    /// The command options given (`quote`, `theme`, …) with their values in
    /// order; main() has checked that the command takes them.
    QMap<QString, QStringList> values;

    QString value(const QString &name) const { return values.value(name).value(0); }
    bool isSet(const QString &name) const { return values.contains(name); }
};

/**
 * The handlers of colloquy-cli's commands; the command table (commandspec.h)
 * says which handler runs for which command line.
 *
 * Each takes the positional arguments after the command's name, writes its
 * result to `out` (JSON when Options::json is set) and each failure to `err`
 * as one line starting with `colloquy-cli: `, and returns an ExitCode. Only the
 * commands that need the library open it, once, on first use (openLibrary()).
 * Lives on the main thread for one command line; owns the store and services.
 */
class Commands
{
public:
    Commands(const Options &options, QTextStream &out, QTextStream &err);
    ~Commands();

    /// The command being run, for the usage lines of usageError().
    void setCommand(const CommandSpec *command);
    /**
     * Runs `command`'s handler on `args`. A command that writes is one step
     * of the library's history: everything it writes commits together when
     * it succeeds, or none of it (its output is then not printed). Output
     * goes to `out` once the step has committed; errors to `err` at once.
     */
    int run(const CommandSpec &command, const QStringList &args);
    /// Reports a mistake in the command line, then the usage lines; returns UsageError.
    int usageError(const QString &message);
    /// The handler of a group of sub-commands named without one of them.
    int unknownAction(const QStringList &args);

    int segment(const QStringList &args);
    int importFiles(const QStringList &args);
    int list(const QStringList &args);
    int show(const QStringList &args);
    int reimport(const QStringList &args);
    int eval(const QStringList &args);

    // Annotations (annotationcommands.cpp, themecommands.cpp).
    int highlight(const QStringList &args);
    int note(const QStringList &args);
    int tag(const QStringList &args);
    int untag(const QStringList &args);
    int unhighlight(const QStringList &args);
    int annotations(const QStringList &args);
    int themes(const QStringList &args);
    int themeAdd(const QStringList &args);
    int themeRename(const QStringList &args);
    int themeMerge(const QStringList &args);
    int themeDelete(const QStringList &args);

    // Full-text search (searchcommand.cpp).
    int search(const QStringList &args);

    // Person profiles across articles (speakercommands.cpp).
    int speakers(const QStringList &args);
    int speakersMerge(const QStringList &args);
    int speakersSplit(const QStringList &args);
    int speakersRename(const QStringList &args);

    // Managing the library (librarycommands.cpp).
    int deleteArticle(const QStringList &args);
    int rename(const QStringList &args);
    int collections(const QStringList &args);
    int collectionAdd(const QStringList &args);
    int collectionRemove(const QStringList &args);
    int collectionDelete(const QStringList &args);
    // Comparing voices (comparecommands.cpp, attributecommands.cpp).
    int matrix(const QStringList &args);
    int overview(const QStringList &args);
    int listClaims(const QStringList &args);
    int suggest(const QStringList &args);
    int relate(const QStringList &args);
    int unrelate(const QStringList &args);
    int themeRules(const QStringList &args);
    int speakersSet(const QStringList &args);
    int speakersUnset(const QStringList &args);
    int speakersAttributes(const QStringList &args);
    int speakersPropose(const QStringList &args);

    // Segmentation review (reviewcommands.cpp).
    int review(const QStringList &args);
    int reviewSplit(const QStringList &args);
    int reviewMerge(const QStringList &args);
    int reviewAssign(const QStringList &args);
    int reviewRename(const QStringList &args);
    int reviewBio(const QStringList &args);
    int reviewKind(const QStringList &args);
    int rules(const QStringList &args);
    int rulesRemove(const QStringList &args);

    // History and the Trash (historycommands.cpp).
    int undo(const QStringList &args);
    int redo(const QStringList &args);
    int history(const QStringList &args);
    int trash(const QStringList &args);
    int trashRestore(const QStringList &args);
    int trashEmpty(const QStringList &args);

    // Backups and recovery (backupcommands.cpp).
    int check(const QStringList &args);
    int backup(const QStringList &args);
    int backups(const QStringList &args);
    int restore(const QStringList &args);
    // Inter-coder agreement (agreementcommand.cpp).
    int agreement(const QStringList &args);

    // Export and exchange (exportcommands.cpp).
    int exportArticle(const QStringList &args);
    int importAnnotations(const QStringList &args);
    int importQdpx(const QStringList &args);

    // A team library on PostgreSQL (librarycommands.cpp).
    int libraryInitServer(const QStringList &args);
    int libraryGrant(const QStringList &args);

private:
    /// What a review action works on: the article and, for some, a segment (numbered from 0).
    struct ReviewTarget
    {
        qint64 article = 0;
        qsizetype segment = -1;
    };

    /// The library file --library names (or the default one); empty after
    /// reporting that it names none (a PostgreSQL library).
    QString libraryFile();
    /// libraryFile(), which must exist as a file; empty after reporting why not. (backupcommands.cpp)
    QString existingLibraryFile();
    /// Opens the library and makes the services, once; false after reporting why not.
    bool openLibrary();
    int fail(const QString &message);
    /// False when --format names no importer.
    /// Empty when --format and --encoding name what the reader knows; else a usage error's message.
    QString readOptionsProblem() const;
    /// ArticleReader::readFile() with --format and --encoding; says on stderr how
    /// a text that was not plainly UTF-8 was decoded.
    /// Applies the segmentation rules of the library --library names (or the default one) to
    /// `article` when that library exists as a file; false after reporting that it cannot be opened.
    bool applyExistingLibraryRules(Article &article);
    ReadResult readArticle(
        const QString &file, ArticleReader::Hashing hashing = ArticleReader::Hashing::WithContentHash);
    /// The checks most commands start with, in this order: the number of arguments (`countOk`,
    /// else the usage error "COMMAND: `wrongCount`"), the id in args[0] (a `what`) when `id` is
    /// not null, then opening the library. Returns Success, or the exit code after reporting.
    int start(const QStringList &args, bool countOk, const QString &wrongCount, const QString &what = {},
        qint64 *id = nullptr);
    // The messages of these name the command being run (setCommand()).
    /// The id in `text`, or 0 after reporting a usage error.
    qint64 parseId(const QString &what, const QString &text);
    /// The ordinal of a segment numbered from 1 in `text`; -1 after reporting a usage error.
    qsizetype parseSegment(const QString &text);
    /// Reads --color into `colour` (unchanged when not given); false after reporting a usage error.
    bool colourOption(std::optional<HighlightColour> *colour);
    /// The stored article (opening the library); nullopt after reporting that there is none or why not.
    std::optional<Article> storedArticle(qint64 id);
    /// After a read: true when it failed, after reporting its error.
    template<typename T>
    bool failed(const Result<T> &read)
    {
        if (read.ok())
            return false;
        fail(read.error());
        return true;
    }

    // Themes and highlights (annotationcommands.cpp, themecommands.cpp).
    /// The theme named `name` (case-insensitive); 0 after reporting none or several.
    qint64 themeByName(const QString &name);
    /// themeByName() for each name; false after reporting the first that failed.
    bool themesByName(const QStringList &names, QList<qint64> *ids);
    /// Like themeByName(), but creates a missing top-level theme.
    qint64 themeByNameOrNew(const QString &name);
    /// Tags highlight `id` with the themes `names`, creating missing ones; the error, "-" when
    /// already reported, or empty.
    QString tagWith(qint64 id, const QStringList &names);
    /// Reports `error` from tagWith() (unless it says "-": reported already); returns Failure.
    int tagFailed(const QString &error);
    QJsonObject highlightToJson(const Highlight &highlight);
    /// Prints highlight `id` when --json is set; returns Success.
    int printHighlight(qint64 id);
    /// The segment and offset where `quote` first occurs (within `speaker`'s turns); nullopt after reporting.
    std::optional<std::pair<qsizetype, qsizetype>> findQuote(
        const Article &article, const QString &quote, const QString &speaker);
    int articleNote(const QStringList &args);
    /// The speaker named `wanted` (ignoring case) of an article or its notes; empty after reporting none.
    QString noteSpeaker(const Article &article, const QString &wanted);
    void writeAnnotations(const QJsonObject &annotations);

    // Speakers (speakercommands.cpp).
    /// Prints profile `id` as JSON, or `text` as a line when not empty; returns Success.
    int printProfile(qint64 id, const QString &text);

    // Library (librarycommands.cpp).
    /// Puts the articles args[1…] into the collection named args[0] (made when new), or takes them out.
    int changeCollection(const QStringList &args, bool in);
    // Comparing voices (comparecommands.cpp).
    /// Reads --article, --people, --group-by and --filter into `scope`, then
    /// opens the library; returns Success, or the exit code after reporting.
    int comparisonScope(ComparisonScope *scope);
    /// The articles of --article; false after reporting a usage error.
    bool articleIds(QList<qint64> *ids);
    /// The attribute named `name`; 0 after reporting there is none.
    qint64 attributeByName(const QString &name);

    // Review (reviewcommands.cpp).
    /// Checks a review action's `count` arguments: article id, then segment when `withSegment`;
    /// returns Success, or the exit code after reporting.
    int reviewTarget(const QStringList &args, qsizetype count, bool withSegment, ReviewTarget *target);
    /// Reports a refused action, or prints the segments after it.
    int reviewDone(qint64 article, bool done);
    int reviewList(qint64 id);

    // Agreement (agreementcommand.cpp).
    void printAgreement(const AgreementReport &report, const QHash<qint64, QString> &themeNames);

    // Export (exportcommands.cpp).
    int exportQdpx(const QStringList &args);
    int exportPdf(qint64 articleId, const QString &output);
    int exportText(qint64 articleId, const QString &output, const QString &format);
    /// Reads --only-claims and --themes, then opens the library; returns Success, or the exit code
    /// after reporting (an empty --themes).
    int exportFilters(bool *onlyClaims, QStringList *themes);

    // Team library (librarycommands.cpp).
    /// Connects to --library, which must be a PostgreSQL URI; false after reporting why not.
    bool openServer(Store::PgConnection *connection);

    /// Prints an object or array as indented UTF-8 JSON.
    void writeJson(const QJsonValue &value);
    void writeSegments(const Article &article);

    /// Ends the step of a writing command: commits when `code` is Success (or a
    /// partial success the command keeps), else rolls back; prints the output. The final code.
    int finish(int code);
    /// Undo or redo of the newest step of the user's history.
    int replayHistory(const QStringList &args, bool forward);

    Options m_options;
    QTextStream &m_stdout;
    QString m_outText; ///< what the command prints, until its step has committed
    QTextStream m_out {&m_outText};
    QTextStream &m_err;
    bool m_stepOpen = false;
    /// import: files that could not be read do not take back the ones stored.
    bool m_keepPartial = false;
    const CommandSpec *m_command = nullptr;
    /// The library and its services, as the app has them; set by openLibrary().
    std::unique_ptr<LibrarySession> m_session;
    LibraryStore *m_library = nullptr;
    Annotations *m_annotations = nullptr;
    SpeakerProfiles *m_profiles = nullptr;
    SegmentationReview *m_review = nullptr;
    ClaimRelations *m_relations = nullptr;
    ClaimSuggestions *m_suggestions = nullptr;
    SpeakerAttributes *m_attributes = nullptr;
};

} // namespace Colloquy::Cli
