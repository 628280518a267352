#pragma once

#include <QMap>
#include <QStringList>

#include <memory>

class QJsonDocument;
class QJsonObject;
class QTextStream;

namespace Colloquy {
struct Article;
struct Highlight;
class Annotations;
class LibrarySession;
class LibraryStore;
class SegmentationReview;
class SpeakerProfiles;
} // namespace Colloquy

namespace Colloquy::Cli {

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
 * The commands of colloquy-cli.
 *
 * Each takes the positional arguments after the command name, writes its
 * result to `out` (JSON when Options::json is set) and each failure to `err`
 * as one line starting with `colloquy-cli: `, and returns an ExitCode. Only the
 * commands that need the library open it, once, on first use.
 */
class Commands
{
public:
    Commands(const Options &options, QTextStream &out, QTextStream &err);
    ~Commands();

    /// The command list for `--help`.
    static QString description();

    int segment(const QStringList &args);
    int importFiles(const QStringList &args);
    int list(const QStringList &args);
    int show(const QStringList &args);
    int reimport(const QStringList &args);
    int eval(const QStringList &args);

    // Annotations (annotationcommands.cpp).
    int highlight(const QStringList &args);
    int note(const QStringList &args);
    int tag(const QStringList &args);
    int untag(const QStringList &args);
    int unhighlight(const QStringList &args);
    int themes(const QStringList &args);
    int theme(const QStringList &args);
    int annotations(const QStringList &args);

    // Full-text search (searchcommand.cpp).
    int search(const QStringList &args);
    // Person profiles across articles (speakercommands.cpp).
    int speakers(const QStringList &args);
    // Segmentation review (reviewcommands.cpp).
    int review(const QStringList &args);
    // Export (exportcommands.cpp).
    int exportArticle(const QStringList &args);
    int importAnnotations(const QStringList &args);
    int importQdpx(const QStringList &args);

    /// Reports a mistake in the command line, then the usage line; returns UsageError.
    int usageError(const QString &message);

private:
    int fail(const QString &message);
    /// False when --format names no importer.
    bool knownFormat() const;
    QString unknownFormatMessage() const;
    LibraryStore *library();
    Annotations *annotator();
    /// The id in `text`, or 0 after reporting a usage error.
    qint64 parseId(const QString &command, const QString &what, const QString &text);
    /// The theme named `name` (case-insensitive); 0 after reporting none or several.
    qint64 themeByName(const QString &name);
    /// Like themeByName(), but creates a missing top-level theme.
    qint64 themeByNameOrNew(const QString &name);
    QJsonObject highlightToJson(const Highlight &highlight);
    int articleNote(const QStringList &args);
    int exportQdpx(const QStringList &args);
    int themeAdd(const QStringList &args);
    int themeRename(const QStringList &args);
    int themeMerge(const QStringList &args);
    int themeDelete(const QStringList &args);
    SpeakerProfiles *profiles();
    int speakersList();
    int speakersMerge(const QStringList &args);
    int speakersSplit(const QStringList &args);
    int speakersRename(const QStringList &args);
    int exportText(qint64 articleId, const QString &output, const QString &format);
    /// The names given with --themes; false after reporting an empty list.
    bool exportThemes(QStringList *themes);
    SegmentationReview *reviewer();
    /// The ordinal of a segment numbered from 1 in `text`; -1 after reporting a usage error.
    qsizetype parseSegment(const QString &command, const QString &text);
    int reviewList(qint64 id);
    void writeJson(const QJsonDocument &document);
    void writeSegments(const Article &article);

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    /// The library with its services, as the GUI has it; opened on first use.
    std::unique_ptr<LibrarySession> m_session;
    LibraryStore *m_library = nullptr; ///< m_session's store once it is open
};

} // namespace Colloquy::Cli
