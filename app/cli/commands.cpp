#include "commands.h"

#include "annotate/annotations.h"
#include "eval/segmentationeval.h"
#include "import/articlereader.h"
#include "import/importerregistry.h"
#include "model/articlejson.h"
#include "people/speakerprofiles.h"
#include "review/segmentationreview.h"
#include "store/librarystore.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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
    void indent(int depth) { m_out.append(depth * 4, ' '); }

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
        m_out += '"';
        const QByteArray utf8 = text.toUtf8();
        // Runs that need no escape go in whole.
        qsizetype run = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const char c = utf8.at(i);
            if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20)
                continue;
            m_out.append(utf8.constData() + run, i - run);
            run = i + 1;
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\r':
                m_out += "\\r";
                break;
            default:
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                m_out += escaped;
            }
        }
        m_out.append(utf8.constData() + run, utf8.size() - run);
        m_out += '"';
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

// Error lines must stay one line each, whatever a file name or SQLite says.
QString oneLine(QString text)
{
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

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

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

Commands::Commands(const Options &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
{ }

// Out of line: Annotations and LibraryStore are complete here. The editors go first.
Commands::~Commands()
{
    m_profiles.reset();
    m_annotations.reset();
}

QString Commands::description()
{
    return u"Splits multi-voice articles into speaker segments and keeps them in a library.\n"
           "\n"
           "Commands:\n"
           "  segment FILE      Print how FILE splits into segments (does not touch the library).\n"
           "  import FILE...    Store each FILE in the library; prints ID<TAB>FILE per file.\n"
           "  list              List the articles in the library, newest first.\n"
           "  show ID           Print a stored article.\n"
           "  reimport ID FILE  Replace article ID's text with an edited version in FILE, keeping\n"
           "                    its highlights, notes and themes; prints how many highlights stayed\n"
           "                    (anchored), moved, matched approximately (fuzzy) or were orphaned.\n"
           "  eval DIR          Score the segmenter on every NAME.expected.json in DIR against its\n"
           "                    source NAME.EXT: boundary precision, recall, F1, names and bios.\n"
           "\n"
           "Annotations:\n"
           "  highlight ARTICLE_ID --quote TEXT [--speaker NAME] [--color NAME]\n"
           "            [--note TEXT] [--theme NAME]...\n"
           "                    Highlight the first occurrence of TEXT (within NAME's turns);\n"
           "                    prints the new id. Colours: yellow (default), green, blue, red,\n"
           "                    purple, orange. Missing themes are created.\n"
           "  note HIGHLIGHT_ID TEXT      Set the highlight's Markdown note (empty TEXT removes it).\n"
           "  note --article ID [--speaker NAME] TEXT\n"
           "                    Set the note on the article, or on one of its speakers.\n"
           "  tag HIGHLIGHT_ID THEME...   Tag a highlight with themes (missing themes are created).\n"
           "  untag HIGHLIGHT_ID THEME... Remove themes from a highlight.\n"
           "  unhighlight HIGHLIGHT_ID    Remove a highlight with its note and themes.\n"
           "  annotations ARTICLE_ID      List an article's notes and highlights.\n"
           "  themes                      Print the codebook as a tree with claim counts.\n"
           "  theme add NAME [--parent NAME] [--color C] [--description D]\n"
           "  theme rename OLD NEW | theme merge FROM INTO | theme delete NAME\n"
           "\n"
           "Search:\n"
           "  search QUERY [--speaker NAME] [--theme NAME] [--color C] [--article ID] [--limit N]\n"
           "                    Find words in the articles' text and in notes, best first; one hit\n"
           "                    per line with each match in [brackets]. Every word must occur,\n"
           "                    ignoring case and accents; \"a phrase\" in quotes, word* for a prefix.\n"
           "\n"
           "Speakers across articles:\n"
           "  speakers                    List person profiles with their name variants, articles and bios.\n"
           "  speakers merge FROM_ID INTO_ID   Merge one profile into another.\n"
           "  speakers split ARTICLE_ID NAME   Give NAME's appearance in that article a profile of its own.\n"
           "  speakers rename ID NAME     Name a profile (later imports keep the name).\n"
           "\n"
           "Segmentation review (segments numbered from 1, as show prints them):\n"
           "  review ID                   List segments with the rule and confidence that found each;\n"
           "                              low-confidence ones are marked with !.\n"
           "  review split ID SEGMENT POS [--narration]\n"
           "                    Split at character POS of the segment's text; the second part keeps\n"
           "                    the speaker (or becomes narration).\n"
           "  review merge ID SEGMENT     Join the segment to the one before it.\n"
           "  review assign ID SEGMENT NAME [--bio BIO]\n"
           "                    Make the segment NAME's turn (a new speaker when NAME is not one).\n"
           "  review rename ID OLD NEW    Rename a speaker in all its turns.\n"
           "  review bio ID NAME BIO      Set a speaker's bio (empty BIO removes it).\n"
           "  review kind ID SEGMENT KIND caption, metadata, editor_note, narration or speaker.\n"
           "\n"
           "Export:\n"
           "  export ARTICLE_ID --output FILE [--format pdf] [--page-size A4|Letter]\n"
           "         [--only-claims] [--themes A,B]\n"
           "                    Write the article with its highlights, notes and themes as an\n"
           "                    annotated PDF (real /Highlight annotations and bookmarks).\n"
           "  export ARTICLE_ID --output FILE --format md|html|csv|jsonld [--only-claims]\n"
           "         [--themes A,B] [--bom]\n"
           "                    The same in an open format: Markdown, a self-contained HTML page,\n"
           "                    CSV (one row per highlight; --bom for spreadsheets) or W3C Web\n"
           "                    Annotation JSON-LD.\n"
           "  export --all --output FILE --format csv|md [--themes A,B] [--bom]\n"
           "                    Every claim of the library (Markdown grouped by theme, then speaker).\n"
           "  import-annotations FILE [--article ID]\n"
           "                    Read Web Annotation JSON-LD back as highlights, notes and themes of\n"
           "                    article ID (default: the article whose text the file names), one undo\n"
           "                    step; prints how many anchored, moved, fuzzy, orphaned.\n"
           "  export ID... --format qdpx --output FILE   (or --all instead of ids)\n"
           "                    Write a REFI-QDA project (.qdpx) for other QDA tools.\n"
           "  import-qdpx FILE  Read a REFI-QDA project: texts, codes as themes, codings as claims.\n"
           "\n"
           "Exit status: 0 on success, 1 when a file or the library failed, 2 for a wrong command line."_s;
}

int Commands::usageError(const QString &message)
{
    m_err << "colloquy-cli: " << oneLine(message) << '\n'
          << "usage: colloquy-cli [--library PATH] [--json] segment FILE | import FILE... | list | show ID | "
             "reimport ID FILE | highlight | note | tag | untag | unhighlight | annotations | themes | "
             "theme ... | search QUERY | speakers ... | review ... | export ID --output FILE | "
             "import-annotations FILE | eval DIR\n"
          << "Run 'colloquy-cli --help' for details." << Qt::endl;
    return UsageError;
}

int Commands::fail(const QString &message)
{
    m_err << "colloquy-cli: " << oneLine(message) << Qt::endl;
    return Failure;
}

LibraryStore *Commands::library()
{
    if (m_library)
        return m_library.get();
    auto store = std::make_unique<LibraryStore>();
    const QString path =
        m_options.libraryPath.isEmpty() ? LibraryStore::defaultPath() : m_options.libraryPath;
    if (!store->open(path)) {
        fail(store->errorString());
        return nullptr;
    }
    m_library = std::move(store);
    return m_library.get();
}

void Commands::writeJson(const QJsonDocument &document)
{
    // Straight to the device: a long transcript's JSON is megabytes, not worth decoding and re-encoding.
    const QByteArray json = document.toJson(QJsonDocument::Indented);
    m_out.flush();
    if (QIODevice *device = m_out.device())
        device->write(json);
    else
        m_out << QString::fromUtf8(json);
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

bool Commands::knownFormat() const
{
    const QString format = m_options.value(u"format"_s);
    return !m_options.isSet(u"format"_s) || ImporterRegistry::instance().byName(format);
}

QString Commands::unknownFormatMessage() const
{
    return u"unknown format '%1' (known: %2)"_s.arg(
        m_options.value(u"format"_s), ImporterRegistry::instance().names().join(u", "_s));
}

int Commands::segment(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(args.isEmpty() ? u"segment: no file given"_s : u"segment: takes one file"_s);
    if (!knownFormat())
        return usageError(unknownFormatMessage());

    const ReadResult read = ArticleReader::readFile(
        args.constFirst(), m_options.value(u"format"_s), ArticleReader::Hashing::WithoutContentHash);
    if (!read.article)
        return fail(read.error);
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

int Commands::importFiles(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(u"import: no file given"_s);
    if (!knownFormat())
        return usageError(unknownFormatMessage());
    LibraryStore *store = library();
    if (!store)
        return Failure;

    bool anyFailed = false;
    QJsonArray results;
    for (const QString &file : args) {
        QJsonObject entry {{u"file"_s, file}};
        AddResult added;
        const ReadResult read = ArticleReader::readFile(file, m_options.value(u"format"_s));
        if (read.article) {
            added = store->addArticle(*read.article);
        } else {
            added.error = read.error;
        }

        if (!added.error.isEmpty()) {
            anyFailed = true;
            // The reader's messages name the file already; the store's do not.
            fail(read.article ? u"%1: %2"_s.arg(file, added.error) : added.error);
            entry.insert(u"id"_s, QJsonValue::Null);
            entry.insert(u"status"_s, u"error"_s);
            entry.insert(u"error"_s, oneLine(added.error));
        } else {
            entry.insert(u"id"_s, added.id);
            entry.insert(u"status"_s, added.created ? u"imported"_s : u"duplicate"_s);
            entry.insert(u"error"_s, QJsonValue::Null);
            if (!m_options.json) {
                m_out << added.id << '\t' << file;
                if (!added.created)
                    m_out << "\t(already in library)";
                m_out << Qt::endl;
            }
        }
        results.append(entry);
    }
    if (m_options.json)
        writeJson(QJsonDocument(results));
    return anyFailed ? Failure : Success;
}

int Commands::list(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"list: takes no arguments"_s);
    LibraryStore *store = library();
    if (!store)
        return Failure;

    const QList<ArticleSummary> summaries = store->articles();
    if (!store->errorString().isEmpty())
        return fail(store->errorString());

    if (m_options.json) {
        QJsonArray array;
        for (const ArticleSummary &summary : summaries) {
            array.append(QJsonObject {{u"id"_s, summary.id}, {u"title"_s, summary.displayTitle()},
                {u"speakers"_s, QJsonArray::fromStringList(summary.speakerNames)},
                {u"imported"_s, isoTime(summary.importedAt)}});
        }
        writeJson(QJsonDocument(array));
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
    if (args.size() != 1)
        return usageError(args.isEmpty() ? u"show: no article id given"_s : u"show: takes one article id"_s);
    bool ok = false;
    const qint64 id = args.constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(u"show: '%1' is not an article id"_s.arg(args.constFirst()));

    LibraryStore *store = library();
    if (!store)
        return Failure;
    const std::optional<Article> article = store->article(id);
    if (!article) {
        if (!store->errorString().isEmpty())
            return fail(store->errorString());
        return fail(u"there is no article %1 in the library"_s.arg(id));
    }

    if (m_options.json) {
        writeJson(QJsonDocument(articleToJson(*article)));
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
    bool ok = false;
    const qint64 id = args.constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(u"reimport: '%1' is not an article id"_s.arg(args.constFirst()));
    if (!knownFormat())
        return usageError(unknownFormatMessage());
    const QString file = args.at(1);

    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    // Read before anything is written: a file that cannot be read leaves the library as it was.
    const ReadResult read = ArticleReader::readFile(file, m_options.value(u"format"_s));
    if (!read.article)
        return fail(read.error);
    const std::optional<ReimportReport> report = annotations->reimportArticle(id, *read.article);
    if (!report)
        return fail(u"%1: %2"_s.arg(file, annotations->errorString()));

    QJsonArray orphans;
    for (const qint64 highlightId : report->orphanedIds) {
        const std::optional<Highlight> highlight = m_library->highlight(highlightId);
        orphans.append(QJsonObject {
            {u"id"_s, highlightId}, {u"quote"_s, highlight ? highlight->anchor.quote.exact : QString()}});
    }
    if (m_options.json) {
        writeJson(QJsonDocument(QJsonObject {{u"article"_s, id}, {u"highlights"_s, report->total()},
            {u"anchored"_s, report->anchored}, {u"moved"_s, report->moved}, {u"fuzzy"_s, report->fuzzy},
            {u"orphaned"_s, report->orphaned}, {u"orphans"_s, orphans}}));
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
        writeJson(QJsonDocument(QJsonObject {{u"overall"_s, totalsToJson(report.overall())},
            {u"shapes"_s, byShape}, {u"failing"_s, failing}}));
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
