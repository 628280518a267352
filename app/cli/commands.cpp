#include "commands.h"

#include "annotate/annotations.h"
#include "clitext_p.h"
#include "commandspec.h"
#include "eval/segmentationeval.h"
#include "helptext.h"
#include "import/articlereader.h"
#include "import/htmlimporter.h"
#include "import/importerregistry.h"
#include "import/textdecoder.h"
#include "model/articlejson.h"
#include "model/highlightcolour.h"
#include "model/librarylocation.h"
#include "people/speakerprofiles.h"
#include "review/segmentationreview.h"
#include "review/segmentationrules.h"
#include "session/librarysession.h"
#include "store/edithistory.h"
#include "store/librarystore.h"

#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

constexpr qsizetype ExcerptLength = 60;

/// Writes `segment --json` straight into bytes: the same document QJsonDocument would print
/// (keys in order, indented), without building it first, which for a long transcript costs more
/// than segmenting it.
class SegmentationJson
{
public:
    QByteArray write(const Article &article)
    {
        m_out.reserve(article.normalizedText.size() * 2);
        m_out += "{\n";
        const SegmentationScheme &scheme = article.scheme;
        key(1, "scheme");
        m_out += "{\n";
        key(2, "cast");
        strings(2, scheme.cast);
        m_out += ",\n";
        key(2, "confidence");
        number(std::round(scheme.confidence * 100.0) / 100.0);
        m_out += ",\n";
        key(2, "evidence");
        strings(2, scheme.evidence);
        m_out += ",\n";
        key(2, "name");
        string(scheme.name);
        m_out += '\n';
        indent(1);
        m_out += "},\n";
        key(1, "segments");
        m_out += "[\n";
        for (qsizetype i = 0; i < article.segments.size(); ++i) {
            segment(article.segments.at(i));
            m_out += i + 1 < article.segments.size() ? ",\n" : "\n";
        }
        indent(1);
        m_out += "],\n";
        key(1, "title");
        string(article.title);
        m_out += "\n}\n";
        return std::move(m_out);
    }

private:
    void indent(int depth) { m_out.append("                ", depth * 4); }

    void key(int depth, const char *name)
    {
        indent(depth);
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }

    void string(const QString &text)
    {
        if (text.isNull()) {
            m_out += "null";
            return;
        }
        // UTF-16 straight to escaped UTF-8 in the output, without a temporary per string.
        const qsizetype start = m_out.size();
        m_out.resize(start + 2 + text.size() * 6); // the most any character takes, escaped
        char *out = m_out.data() + start;
        *out++ = '"';
        const char16_t *in = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *const end = in + text.size();
        for (; in != end; ++in) {
            char32_t u = *in;
            if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
                *out++ = char(u);
                continue;
            }
            if (u < 0x80) {
                *out++ = '\\';
                switch (u) {
                case '"':
                case '\\':
                    *out++ = char(u);
                    break;
                case '\n':
                    *out++ = 'n';
                    break;
                case '\t':
                    *out++ = 't';
                    break;
                case '\r':
                    *out++ = 'r';
                    break;
                default:
                    out += std::snprintf(out, 6, "u%04x", unsigned(u));
                }
                continue;
            }
            // A surrogate pair is one character; a lone surrogate becomes U+FFFD.
            if (QChar::isHighSurrogate(u) && in + 1 != end && QChar::isLowSurrogate(in[1]))
                u = QChar::surrogateToUcs4(char16_t(u), *++in);
            else if (QChar::isSurrogate(u))
                u = 0xfffd;
            if (u < 0x800) {
                *out++ = char(0xc0 | (u >> 6));
            } else if (u < 0x10000) {
                *out++ = char(0xe0 | (u >> 12));
                *out++ = char(0x80 | ((u >> 6) & 0x3f));
            } else {
                *out++ = char(0xf0 | (u >> 18));
                *out++ = char(0x80 | ((u >> 12) & 0x3f));
                *out++ = char(0x80 | ((u >> 6) & 0x3f));
            }
            *out++ = char(0x80 | (u & 0x3f));
        }
        *out++ = '"';
        m_out.truncate(out - m_out.constData());
    }

    void number(double value) { m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest); }

    void strings(int depth, const QStringList &list)
    {
        if (list.isEmpty()) {
            m_out += "[]";
            return;
        }
        m_out += "[\n";
        for (qsizetype i = 0; i < list.size(); ++i) {
            indent(depth + 1);
            string(list.at(i));
            m_out += i + 1 < list.size() ? ",\n" : "\n";
        }
        indent(depth);
        m_out += ']';
    }

    void segment(const Segment &segment)
    {
        indent(2);
        m_out += "{\n";
        if (!segment.detection.rule.isEmpty()) {
            key(3, "detection");
            m_out += "{\n";
            key(4, "confidence");
            number(std::round(segment.detection.confidence * 100.0) / 100.0);
            m_out += ",\n";
            key(4, "rule");
            string(segment.detection.rule);
            m_out += '\n';
            indent(3);
            m_out += "},\n";
        }
        key(3, "kind");
        string(segmentKindName(segment.kind));
        m_out += ",\n";
        key(3, "label");
        string(segment.label);
        m_out += ",\n";
        key(3, "paragraphs");
        strings(3, segment.paragraphs);
        m_out += ",\n";
        key(3, "speaker");
        if (segment.speaker) {
            m_out += "{\n";
            key(4, "bio");
            string(segment.speaker->bio.isEmpty() ? QString() : segment.speaker->bio);
            m_out += ",\n";
            key(4, "name");
            string(segment.speaker->name);
            m_out += '\n';
            indent(3);
            m_out += '}';
        } else {
            m_out += "null";
        }
        if (!segment.timestamp.isEmpty()) {
            m_out += ",\n";
            key(3, "timestamp");
            string(segment.timestamp);
        }
        m_out += '\n';
        indent(2);
        m_out += '}';
    }

    QByteArray m_out;
};

QString excerpt(const QString &paragraph)
{
    if (paragraph.size() <= ExcerptLength)
        return paragraph;
    // End at a word boundary when there is one nearby; never cut a surrogate pair in half.
    qsizetype end = paragraph.lastIndexOf(u' ', ExcerptLength);
    if (end < ExcerptLength / 2) {
        end = ExcerptLength;
        if (paragraph.at(end - 1).isHighSurrogate())
            --end;
    }
    return paragraph.left(end).trimmed() + u"..."_s;
}

} // namespace

Commands::Commands(const Options &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_stdout(out)
    , m_err(err)
{ }

// Out of line: the services are complete here. Members go in reverse order: the services before the
// store they use.
Commands::~Commands() = default;

void Commands::setCommand(const CommandSpec *command)
{
    m_command = command;
}

int Commands::run(const CommandSpec &command, const QStringList &args)
{
    setCommand(&command);
    return finish((this->*command.run)(args));
}

int Commands::finish(int code)
{
    if (m_stepOpen) {
        m_stepOpen = false;
        EditHistory *history = m_session->history();
        if (code != Success && !m_keepPartial) {
            // Nothing of a failed command stays, nor does what it printed about it.
            history->rollbackStep();
            m_outText.clear();
        } else if (!history->commitStep()) {
            m_outText.clear();
            code = fail(history->errorString());
        }
    }
    m_out.flush();
    m_stdout << m_outText;
    m_stdout.flush();
    m_outText.clear();
    return code;
}

int Commands::usageError(const QString &message)
{
    m_err << "colloquy-cli: " << oneLine(message) << '\n' << HelpText::usage(m_command) << Qt::endl;
    return UsageError;
}

int Commands::fail(const QString &message)
{
    m_err << "colloquy-cli: " << oneLine(message) << Qt::endl;
    return Failure;
}

// The one place that opens the library and makes the services on it; the commands only use them.
// Only a command that writes may create a library; a read-only one refuses such a command.
QString Commands::libraryFile()
{
    const Result<LibraryLocation> location = LibraryLocation::parse(
        m_options.libraryPath.isEmpty() ? LibraryStore::defaultPath() : m_options.libraryPath);
    if (failed(location))
        return {};
    // The PostgreSQL backend is being built command by command; until a command runs on it, it says so.
    if (location->isPostgreSql()) {
        fail(u"%1 is a PostgreSQL library: colloquy-cli supports only `library init-server` and `library "
             u"grant` on it so far; %2 still needs a library file."_s.arg(
                 location->displayString(), m_command->name));
        return {};
    }
    return location->filePath();
}

bool Commands::openLibrary()
{
    if (m_library)
        return true;
    const QString path = libraryFile();
    if (path.isEmpty())
        return false;
    auto session = std::make_unique<LibrarySession>();
    const bool writes = m_command && m_command->writes;
    const bool existed = QFileInfo::exists(path);
    if (!existed && !writes) {
        fail(u"there is no library at %1 (a command that writes, such as import, creates one)"_s.arg(
            QFileInfo(path).absoluteFilePath()));
        return false;
    }
    if (!session->open(path, writes ? LibraryStore::OpenMode::Create : LibraryStore::OpenMode::Existing)) {
        fail(session->store()->errorString());
        return false;
    }
    LibraryStore *store = session->store();
    if (store->isReadOnly()) {
        if (writes) {
            fail(u"%1: the library is read-only because %2; nothing was changed"_s.arg(
                store->path(), store->readOnlyReason()));
            return false;
        }
        m_err << "colloquy-cli: note: " << oneLine(store->path()) << " is open read-only because "
              << oneLine(store->readOnlyReason()) << Qt::endl;
    }
    if (!existed)
        m_err << "colloquy-cli: created a new library at " << oneLine(store->path()) << Qt::endl;
    // One history for all of them, as in the app: the session's. A command that writes is one step.
    if (writes) {
        session->history()->beginStep(m_command->name);
        m_stepOpen = true;
    }
    m_session = std::move(session);
    m_library = m_session->store();
    m_annotations = m_session->annotations();
    m_profiles = m_session->speakerProfiles();
    m_review = m_session->segmentationReview();
    m_relations = m_session->claimRelations();
    m_suggestions = m_session->claimSuggestions();
    m_attributes = m_session->speakerAttributes();
    return true;
}

int Commands::unknownAction(const QStringList &args)
{
    const QString actions = m_command->actionNames(u" or "_s);
    if (args.isEmpty())
        return usageError(u"%1: %2?"_s.arg(m_command->name, actions));
    return usageError(u"%1: unknown action '%2' (%3)"_s.arg(m_command->name, args.constFirst(), actions));
}

int Commands::start(
    const QStringList &args, bool countOk, const QString &wrongCount, const QString &what, qint64 *id)
{
    if (!countOk)
        return usageError(m_command->name + u": "_s + wrongCount);
    if (id) {
        *id = parseId(what, args.constFirst());
        if (!*id)
            return UsageError;
    }
    return openLibrary() ? Success : Failure;
}

qint64 Commands::parseId(const QString &what, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        usageError(u"%1: '%2' is not %3"_s.arg(m_command->name, text, what));
        return 0;
    }
    return id;
}

qsizetype Commands::parseSegment(const QString &text)
{
    bool ok = false;
    const qsizetype number = text.toLongLong(&ok);
    if (!ok || number < 1) {
        usageError(u"%1: '%2' is not a segment number (1, 2, …)"_s.arg(m_command->name, text));
        return -1;
    }
    return number - 1;
}

bool Commands::colourOption(std::optional<HighlightColour> *colour)
{
    if (!m_options.isSet(u"color"_s))
        return true;
    const QString name = m_options.value(u"color"_s);
    *colour = colourFromName(name);
    if (*colour)
        return true;
    QStringList names;
    for (const HighlightColour known : highlightPalette())
        names.append(colourName(known));
    usageError(u"%1: unknown colour '%2' (one of %3)"_s.arg(m_command->name, name, names.join(u", "_s)));
    return false;
}

std::optional<Article> Commands::storedArticle(qint64 id)
{
    if (!openLibrary())
        return std::nullopt;
    Result<Article> article =
        m_library->article(id).orFailure(u"there is no article %1 in the library"_s.arg(id));
    if (failed(article))
        return std::nullopt;
    return *std::move(article);
}

void Commands::writeJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Commands::writeSegments(const Article &article)
{
    const qsizetype count = article.segments.size();
    m_out << count << (count == 1 ? " segment" : " segments") << '\n';
    for (qsizetype i = 0; i < count; ++i) {
        const Segment &segment = article.segments.at(i);
        QString who;
        if (segment.speaker) {
            who = segment.speaker->name;
            if (!segment.speaker->bio.isEmpty())
                who += u", "_s + segment.speaker->bio;
            if (!segment.label.isEmpty())
                who = segment.label + u" / "_s + who;
        } else {
            who = segment.label;
        }
        m_out << '\n' << '[' << (i + 1) << "] " << segmentKindName(segment.kind);
        if (!who.isEmpty())
            m_out << ": " << who;
        m_out << '\n';

        const qsizetype paragraphs = segment.paragraphs.size();
        m_out << "    " << paragraphs << (paragraphs == 1 ? " paragraph" : " paragraphs");
        if (paragraphs > 0)
            m_out << ": " << excerpt(segment.paragraphs.constFirst());
        m_out << '\n';
    }
    m_out.flush();
}

QString Commands::readOptionsProblem() const
{
    const QString format = m_options.value(u"format"_s);
    if (m_options.isSet(u"format"_s) && !ImporterRegistry::instance().byName(format))
        return u"unknown format '%1' (known: %2)"_s.arg(
            format, ImporterRegistry::instance().names().join(u", "_s));
    const QString encoding = m_options.value(u"encoding"_s);
    if (m_options.isSet(u"encoding"_s) && !isKnownEncoding(encoding))
        return u"unknown encoding '%1' (for example: UTF-8, GB18030, Big5, Shift_JIS, EUC-KR, windows-1251)"_s
            .arg(encoding);
    return QString();
}

ReadResult Commands::readArticle(const QString &file, ArticleReader::Hashing hashing)
{
    ReadResult read =
        ArticleReader::readFile(file, m_options.value(u"format"_s), m_options.value(u"encoding"_s), hashing);
    if (read.article && read.article->metadata.contains(u"encoding"_s)) {
        const QVariantMap &metadata = read.article->metadata;
        m_err << file << ": read as " << metadata.value(u"encoding"_s).toString() << " ("
              << metadata.value(u"encoding_source"_s).toString() << ", "
              << metadata.value(u"encoding_confidence"_s).toInt() << "% sure)" << Qt::endl;
    }
    if (read.article && read.article->metadata.contains(u"html_flattened"_s)) {
        m_err << file << ": " << read.article->metadata.value(u"html_flattened"_s).toInt()
              << " elements nested deeper than " << HtmlImporter::MaxNesting
              << " levels were flattened; their text is kept" << Qt::endl;
    }
    return read;
}

int Commands::segment(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(args.isEmpty() ? u"segment: no file given"_s : u"segment: takes one file"_s);
    if (const QString problem = readOptionsProblem(); !problem.isEmpty())
        return usageError(problem);

    // A preview stores nothing: the content hash, the library's identity of a text, is not needed.
    ReadResult read = readArticle(args.constFirst(), ArticleReader::Hashing::WithoutContentHash);
    if (!read.article)
        return fail(read.error);
    if (!applyExistingLibraryRules(*read.article))
        return Failure;
    const Article &article = *read.article;

    if (m_options.json) {
        const QByteArray json = SegmentationJson().write(article);
        m_out.flush();
        if (QIODevice *device = m_out.device())
            device->write(json);
        else
            m_out << QString::fromUtf8(json);
        m_out.flush();
        return Success;
    }
    m_out << "Title: " << (article.title.isNull() ? u"(none)"_s : article.title) << '\n';
    m_out << "Scheme: " << article.scheme.name << " (" << QString::number(article.scheme.confidence, 'f', 2)
          << ")\n";
    for (const QString &evidence : article.scheme.evidence)
        m_out << "    " << evidence << '\n';
    writeSegments(article);
    return Success;
}

bool Commands::applyExistingLibraryRules(Article &article)
{
    // A preview makes no library: only one that exists (as a file) has rules to apply.
    const Result<LibraryLocation> location = LibraryLocation::parse(
        m_options.libraryPath.isEmpty() ? LibraryStore::defaultPath() : m_options.libraryPath);
    if (location.failed() || location->isPostgreSql() || !QFileInfo::exists(location->filePath()))
        return true;
    if (!openLibrary())
        return false;
    m_session->segmentationRules()->applyTo(article);
    return true;
}

int Commands::importFiles(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(u"import: no file given"_s);
    if (const QString problem = readOptionsProblem(); !problem.isEmpty())
        return usageError(problem);

    // Read everything first: the library is locked for writing only while the articles go in.
    QList<ReadResult> reads;
    for (const QString &file : args)
        reads.append(readArticle(file));
    // Nothing readable: no library is opened, so none is created either.
    const bool anyRead = std::any_of(
        reads.cbegin(), reads.cend(), [](const ReadResult &read) { return read.article.has_value(); });
    if (anyRead && !openLibrary())
        return Failure;

    bool anyFailed = false;
    QJsonArray results;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &file = args.at(i);
        ReadResult &read = reads[i];
        QJsonObject entry {{u"file"_s, file}};
        if (!read.article) {
            // A file that cannot be read is reported; the others are still stored.
            anyFailed = true;
            fail(read.error);
            entry.insert(u"id"_s, QJsonValue::Null);
            entry.insert(u"status"_s, u"error"_s);
            entry.insert(u"error"_s, oneLine(read.error));
            results.append(entry);
            continue;
        }
        m_session->segmentationRules()->applyTo(*read.article);
        const AddResult added = m_library->addArticle(*read.article);
        if (!added.error.isEmpty()) {
            m_keepPartial = false; // a failed write takes the whole command back
            return fail(u"%1: %2"_s.arg(file, added.error));
        }
        m_keepPartial = true;
        const QString status = added.created ? u"imported"_s : added.inTrash ? u"in_trash"_s : u"duplicate"_s;
        entry.insert(u"id"_s, added.id);
        entry.insert(u"status"_s, status);
        entry.insert(u"error"_s, QJsonValue::Null);
        if (!m_options.json) {
            m_out << added.id << '\t' << file;
            if (added.inTrash)
                m_out << "\t(in the Trash: colloquy-cli trash restore " << added.id << ")";
            else if (!added.created)
                m_out << "\t(already in library)";
            m_out << Qt::endl;
        }
        results.append(entry);
    }
    if (m_options.json)
        writeJson(results);
    return anyFailed ? Failure : Success;
}

int Commands::list(const QStringList &args)
{
    if (const int refused = start(args, args.isEmpty(), u"takes no arguments"_s))
        return refused;

    const Result<QList<ArticleSummary>> read = m_library->articles();
    if (failed(read))
        return Failure;
    const QList<ArticleSummary> &summaries = *read;

    if (m_options.json) {
        writeJson(jsonArray(summaries, [](const ArticleSummary &summary) {
            return QJsonObject {{u"id"_s, summary.id}, {u"title"_s, summary.displayTitle()},
                {u"speakers"_s, QJsonArray::fromStringList(summary.speakerNames)},
                {u"imported"_s, isoTime(summary.importedAt)}};
        }));
        return Success;
    }
    for (const ArticleSummary &summary : summaries) {
        m_out << summary.id << '\t' << summary.displayTitle() << '\t' << summary.speakerNames.join(u", "_s)
              << '\t' << isoTime(summary.importedAt) << '\n';
    }
    m_out.flush();
    return Success;
}

int Commands::show(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused = start(args, args.size() == 1,
            args.isEmpty() ? u"no article id given"_s : u"takes one article id"_s, u"an article id"_s, &id))
        return refused;
    const std::optional<Article> article = storedArticle(id);
    if (!article)
        return Failure;

    if (m_options.json) {
        writeJson(articleToJson(*article));
        return Success;
    }
    QStringList speakers;
    for (const Speaker &speaker : article->speakers())
        speakers.append(speaker.name);
    m_out << "Article " << article->id << ": " << article->displayTitle() << '\n'
          << "Source: " << (article->sourcePath.isEmpty() ? u"(unknown)"_s : article->sourcePath) << '\n'
          << "Imported: " << isoTime(article->importedAt) << '\n'
          << "Speakers: " << (speakers.isEmpty() ? u"(none)"_s : speakers.join(u", "_s)) << '\n';
    writeSegments(*article);
    return Success;
}

int Commands::reimport(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(u"reimport: takes an article id and a file"_s);
    const qint64 id = parseId(u"an article id"_s, args.constFirst());
    if (!id)
        return UsageError;
    if (const QString problem = readOptionsProblem(); !problem.isEmpty())
        return usageError(problem);
    const QString file = args.at(1);

    // Read before the library: a file that cannot be read leaves it as it was, and unlocked.
    const ReadResult read = readArticle(file);
    if (!read.article)
        return fail(read.error);
    if (!openLibrary())
        return Failure;
    const std::optional<ReimportReport> report = m_annotations->reimportArticle(id, *read.article);
    if (!report)
        return fail(u"%1: %2"_s.arg(file, m_annotations->errorString()));

    QJsonArray orphans;
    for (const qint64 highlightId : report->orphanedIds) {
        const std::optional<Highlight> highlight = m_library->highlight(highlightId).valueOr({});
        orphans.append(QJsonObject {
            {u"id"_s, highlightId}, {u"quote"_s, highlight ? highlight->anchor.quote.exact : QString()}});
    }
    if (m_options.json) {
        writeJson(QJsonObject {{u"article"_s, id}, {u"highlights"_s, report->total()},
            {u"anchored"_s, report->anchored}, {u"moved"_s, report->moved}, {u"fuzzy"_s, report->fuzzy},
            {u"orphaned"_s, report->orphaned}, {u"orphans"_s, orphans}});
        return Success;
    }
    m_out << report->anchored << " anchored, " << report->moved << " moved, " << report->fuzzy << " fuzzy, "
          << report->orphaned << " orphaned\n";
    for (const QJsonValue &orphan : std::as_const(orphans)) {
        const QJsonObject object = orphan.toObject();
        m_out << "orphaned\t" << object.value(u"id"_s).toInteger() << "\t\""
              << oneLine(object.value(u"quote"_s).toString()) << "\"\n"; // one line per orphan
    }
    m_out.flush();
    return Success;
}

namespace {

QJsonObject totalsToJson(const ScoreTotals &totals)
{
    return QJsonObject {{u"files"_s, totals.files}, {u"failing_files"_s, totals.failingFiles},
        {u"expected_boundaries"_s, totals.expectedBoundaries},
        {u"detected_boundaries"_s, totals.detectedBoundaries},
        {u"matched_boundaries"_s, totals.matchedBoundaries}, {u"precision"_s, totals.precision()},
        {u"recall"_s, totals.recall()}, {u"f1"_s, totals.f1()},
        {u"speaker_turns"_s, totals.expectedSpeakerTurns}, {u"name_accuracy"_s, totals.nameAccuracy()},
        {u"names_scored"_s, totals.scoredNames}, {u"bio_accuracy"_s, totals.bioAccuracy()},
        {u"bios_scored"_s, totals.scoredBios}, {u"captions"_s, totals.expectedCaptions},
        {u"captions_correct"_s, totals.correctCaptions}};
}

QString tableRow(const QString &name, const ScoreTotals &totals)
{
    auto number = [](double value) {
        return QString::number(value, 'f', 3).rightJustified(7);
    };
    // Reference expectations describe their shape in a sentence: the table shows its start.
    const QString shown = name.size() > 27 ? name.left(26) + u"\u2026"_s : name;
    return shown.leftJustified(28) + QString::number(totals.files).rightJustified(6) +
        QString::number(totals.expectedBoundaries).rightJustified(8) + number(totals.precision()) +
        number(totals.recall()) + number(totals.f1()) + number(totals.nameAccuracy()) +
        number(totals.bioAccuracy()) + QString::number(totals.failingFiles).rightJustified(6);
}

} // namespace

int Commands::eval(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(args.isEmpty() ? u"eval: no folder given"_s : u"eval: takes one folder"_s);
    const EvaluationReport report = SegmentationEval::evaluateFolder(args.constFirst());
    for (const QString &error : report.errors)
        fail(error);
    if (report.articles.isEmpty())
        return report.errors.isEmpty() ? fail(u"%1: no *.expected.json files"_s.arg(args.constFirst()))
                                       : Failure;

    const QMap<QString, ScoreTotals> shapes = report.byShape();
    if (m_options.json) {
        QJsonObject byShape;
        for (auto it = shapes.cbegin(); it != shapes.cend(); ++it)
            byShape.insert(it.key(), totalsToJson(it.value()));
        QJsonArray failing;
        for (const ArticleScore &article : report.articles) {
            if (!article.passed())
                failing.append(QJsonObject {{u"file"_s, article.file}, {u"shape"_s, article.shape},
                    {u"problems"_s, QJsonArray::fromStringList(article.problems)}});
        }
        writeJson(QJsonObject {
            {u"overall"_s, totalsToJson(report.overall())}, {u"shapes"_s, byShape}, {u"failing"_s, failing}});
    } else {
        m_out << u"shape"_s.leftJustified(28) << " files  bounds      P      R     F1  names   bios  fail\n";
        for (auto it = shapes.cbegin(); it != shapes.cend(); ++it)
            m_out << tableRow(it.key(), it.value()) << '\n';
        m_out << tableRow(u"overall"_s, report.overall()) << '\n';
        for (const ArticleScore &article : report.articles) {
            if (article.passed())
                continue;
            m_out << "\nFAIL " << article.file << " (" << article.shape << ")\n";
            for (const QString &problem : article.problems)
                m_out << "    " << oneLine(problem) << '\n';
        }
        m_out.flush();
    }
    return report.errors.isEmpty() ? Success : Failure;
}

} // namespace Colloquy::Cli
