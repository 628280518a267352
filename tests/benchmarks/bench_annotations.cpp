// colloquy-bench-annotations: how the annotation store, the reader and search
// scale with a large library, each figure beside a baseline measured in the
// same run. Not a test: nothing here passes or fails. See README, "Benchmarks".

#include "actions.h"
#include "anchor/anchorer.h"
#include "annotate/annotations.h"
#include "annotations/highlightcontroller.h"
#include "reader/articleview.h"
#include "reader/speechview.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// ---- generated text: our own syllables make the words, a skewed pick makes common and rare ones ----

class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed)
        : m_random(seed)
    {
        const QStringList onsets = {u"b"_s, u"d"_s, u"f"_s, u"g"_s, u"k"_s, u"l"_s, u"m"_s, u"n"_s, u"p"_s,
            u"r"_s, u"s"_s, u"t"_s, u"v"_s, u"br"_s, u"st"_s, u"tr"_s, u"pl"_s, u"gr"_s, u"ch"_s, u"sh"_s};
        const QStringList nuclei = {
            u"a"_s, u"e"_s, u"i"_s, u"o"_s, u"u"_s, u"ai"_s, u"ou"_s, u"é"_s, u"ea"_s};
        const QStringList codas = {QString(), QString(), u"n"_s, u"r"_s, u"s"_s, u"l"_s, u"nd"_s, u"st"_s};
        while (m_words.size() < 4000) {
            QString word;
            const int syllables = 1 + int(m_random.bounded(3));
            for (int i = 0; i < syllables; ++i)
                word += pick(onsets) + pick(nuclei) + pick(codas);
            if (!m_seen.contains(word)) {
                m_seen.insert(word);
                m_words.append(word);
            }
        }
    }

    /// A word, common ones far more often (roughly Zipf-like).
    QString word()
    {
        const double r = m_random.generateDouble();
        return m_words.at(qsizetype(r * r * r * double(m_words.size())));
    }
    /// Any word of the vocabulary, each as likely.
    QString anyWord() { return m_words.at(m_random.bounded(int(m_words.size()))); }
    QString sentence(int words)
    {
        QStringList list;
        for (int i = 0; i < words; ++i)
            list.append(word());
        QString text = list.join(u' ') + u'.';
        text[0] = text.at(0).toUpper();
        return text;
    }
    QString paragraph(int words)
    {
        QStringList sentences;
        while (words > 0) {
            const int n = std::min(words, 6 + int(m_random.bounded(12)));
            sentences.append(sentence(n));
            words -= n;
        }
        return sentences.join(u' ');
    }
    QString name()
    {
        QString first = word();
        QString last = word() + word();
        first[0] = first.at(0).toUpper();
        last[0] = last.at(0).toUpper();
        return first + u' ' + last;
    }
    int bounded(int n) { return int(m_random.bounded(n)); }
    double uniform() { return m_random.generateDouble(); }

private:
    QString pick(const QStringList &list) { return list.at(m_random.bounded(int(list.size()))); }

    QRandomGenerator m_random;
    QStringList m_words;
    QSet<QString> m_seen;
};

// ---- the plan: every row both paths insert ----

struct PlannedHighlight
{
    int article = 0; ///< index in the plan
    qsizetype segment = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    HighlightColour colour = HighlightColour::Yellow;
    int theme = -1; ///< index into the themes, -1 untagged
    QString note = {};
};

struct Plan
{
    QList<Article> articles;
    QStringList themes; ///< the first ten are top level, the rest children of theme i % 10
    QList<PlannedHighlight> highlights;
    int bigArticle = 0;
};

Plan makePlan(TextGenerator &gen, int articleCount, int highlightCount, int bigHighlights)
{
    Plan plan;
    for (int t = 0; t < 40; ++t)
        plan.themes.append(u"Theme %1 %2"_s.arg(t).arg(gen.word()));
    for (int a = 0; a < articleCount; ++a) {
        const bool big = a == plan.bigArticle;
        Article article;
        article.title = gen.sentence(6);
        article.sourceFormat = u"text"_s;
        QStringList speakers;
        for (int s = 0; s < 4; ++s)
            speakers.append(gen.name() + u" %1"_s.arg(s));
        article.segments.append(
            {SegmentKind::EditorNote, u"Editor's Note"_s, std::nullopt, {gen.paragraph(60)}});
        const int turns = big ? 200 : 12;
        for (int t = 0; t < turns; ++t) {
            const QString &name = speakers.at(t % speakers.size());
            Segment segment {SegmentKind::Speaker, QString(), Speaker {name, u"speaker %1"_s.arg(t % 4)}, {}};
            for (int p = 0; p < 2; ++p)
                segment.paragraphs.append(gen.paragraph(40 + gen.bounded(30)));
            article.segments.append(segment);
        }
        QStringList all;
        for (const Segment &segment : std::as_const(article.segments))
            all.append(segment.text());
        article.normalizedText = all.join(u"\n\n"_s);
        article.rawSource = article.normalizedText.toUtf8();
        plan.articles.append(article);
    }
    const QList<HighlightColour> palette = highlightPalette();
    for (int h = 0; h < highlightCount; ++h) {
        PlannedHighlight planned;
        // The big article gets its 5,000 first; the rest spread over the others.
        planned.article =
            h < bigHighlights ? plan.bigArticle : 1 + (h - bigHighlights) % std::max(1, articleCount - 1);
        if (planned.article >= articleCount)
            planned.article = plan.bigArticle;
        const Article &article = plan.articles.at(planned.article);
        planned.segment = 1 + gen.bounded(int(article.segments.size() - 1));
        const QString text = article.segments.at(planned.segment).text();
        // A span of a few words starting at a word.
        qsizetype start = gen.bounded(int(text.size() - 40));
        while (start > 0 && text.at(start - 1) != u' ')
            --start;
        planned.start = start;
        planned.end = std::min(text.size(), start + 15 + gen.bounded(40));
        planned.colour = palette.at(gen.bounded(int(palette.size())));
        const double r = gen.uniform();
        if (r < 0.30)
            planned.theme = gen.bounded(int(plan.themes.size()));
        if (gen.uniform() < 0.20)
            planned.note = gen.paragraph(10 + gen.bounded(20));
        plan.highlights.append(planned);
    }
    return plan;
}

QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"''"_s);
    return u'\'' + quoted + u'\'';
}

// The same rows as the core path, as one SQL script for the sqlite3 tool: one transaction.
bool writeSqlScript(const Plan &plan, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream sql(&file);
    sql.setEncoding(QStringConverter::Utf8);
    sql << "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\nPRAGMA foreign_keys = ON;\nBEGIN "
           "IMMEDIATE;\n";
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    qint64 speakerId = 0;
    qint64 segmentId = 0;
    for (qsizetype a = 0; a < plan.articles.size(); ++a) {
        const Article &article = plan.articles.at(a);
        sql << "INSERT INTO articles (id, title, source_format, imported_at, content_hash, metadata, "
               "raw_source, "
               "normalized_text) VALUES ("
            << (a + 1) << ',' << sqlText(article.title) << ",'text','" << now << "','"
            << contentHashOf(article.normalizedText) << "','{}',CAST(" << sqlText(article.normalizedText)
            << " AS BLOB)," << sqlText(article.normalizedText) << ");\n";
        QHash<QString, qint64> speakers;
        for (qsizetype s = 0; s < article.segments.size(); ++s) {
            const Segment &segment = article.segments.at(s);
            QString speakerRef = u"NULL"_s;
            if (segment.speaker) {
                if (!speakers.contains(segment.speaker->name)) {
                    speakers.insert(segment.speaker->name, ++speakerId);
                    sql << "INSERT INTO speakers (id, article_id, ordinal, name, bio) VALUES (" << speakerId
                        << ',' << (a + 1) << ',' << (speakers.size() - 1) << ','
                        << sqlText(segment.speaker->name) << ',' << sqlText(segment.speaker->bio) << ");\n";
                }
                speakerRef = QString::number(speakers.value(segment.speaker->name));
            }
            sql << "INSERT INTO segments (id, article_id, ordinal, kind, label, speaker_id) VALUES ("
                << ++segmentId << ',' << (a + 1) << ',' << s << ",'" << segmentKindName(segment.kind) << "',"
                << (segment.label.isNull() ? u"NULL"_s : sqlText(segment.label)) << ',' << speakerRef
                << ");\n";
            for (qsizetype p = 0; p < segment.paragraphs.size(); ++p)
                sql << "INSERT INTO paragraphs (segment_id, ordinal, text) VALUES (" << segmentId << ',' << p
                    << ',' << sqlText(segment.paragraphs.at(p)) << ");\n";
        }
    }
    for (qsizetype t = 0; t < plan.themes.size(); ++t)
        sql << "INSERT INTO themes (id, parent_id, name, colour) VALUES (" << (t + 1) << ','
            << (t < 10 ? u"NULL"_s : QString::number(t % 10 + 1)) << ',' << sqlText(plan.themes.at(t))
            << ",'yellow');\n";
    const QString author = Annotations::currentAuthor();
    for (qsizetype h = 0; h < plan.highlights.size(); ++h) {
        const PlannedHighlight &planned = plan.highlights.at(h);
        const QString text = plan.articles.at(planned.article).segments.at(planned.segment).text();
        const Anchor anchor = Anchorer::describe(text, planned.segment, planned.start, planned.end);
        sql << "INSERT INTO highlights (id, article_id, segment_ordinal, start_offset, end_offset, "
               "quote_exact, "
               "quote_prefix, quote_suffix, anchor_state, colour, author, created_at, modified_at) VALUES ("
            << (h + 1) << ',' << (planned.article + 1) << ',' << planned.segment << ',' << planned.start
            << ',' << planned.end << ',' << sqlText(anchor.quote.exact) << ',' << sqlText(anchor.quote.prefix)
            << ',' << sqlText(anchor.quote.suffix) << ",'anchored','" << colourName(planned.colour) << "',"
            << sqlText(author) << ",'" << now << "','" << now << "');\n";
        if (planned.theme >= 0)
            sql << "INSERT INTO highlight_themes (highlight_id, theme_id) VALUES (" << (h + 1) << ','
                << (planned.theme + 1) << ");\n";
        if (!planned.note.isEmpty())
            sql << "INSERT INTO notes (highlight_id, markdown, author, created_at, modified_at) VALUES ("
                << (h + 1) << ',' << sqlText(planned.note) << ',' << sqlText(author) << ",'" << now << "','"
                << now << "');\n";
    }
    sql << "COMMIT;\n";
    sql.flush();
    return file.error() == QFile::NoError;
}

// CPU time of this thread: the figures other processes on a busy machine do not inflate.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

QString fmt(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

void row(const QString &what, const QString &figure, const QString &baseline, const QString &ratio)
{
    out() << what.leftJustified(44) << figure.rightJustified(14) << baseline.rightJustified(14)
          << ratio.rightJustified(9) << Qt::endl;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "colloquy-bench-annotations: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times the annotation store, the reader and search on a generated library."_s);
    parser.addHelpOption();
    const QCommandLineOption dirOption(
        u"dir"_s, u"Build the libraries in DIR (default: a temporary folder)."_s, u"DIR"_s);
    const QCommandLineOption articlesOption(
        u"articles"_s, u"Articles to generate (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption highlightsOption(
        u"highlights"_s, u"Highlights to generate (default 100000)."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption bigOption(
        u"big"_s, u"Highlights on the one article the reader opens (default 5000)."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption queriesOption(
        u"queries"_s, u"Search queries to time (default 200)."_s, u"N"_s, u"200"_s);
    const QCommandLineOption sqliteOption(
        u"sqlite3"_s, u"The sqlite3 tool (default: sqlite3 on PATH)."_s, u"PATH"_s, u"sqlite3"_s);
    const QCommandLineOption reuseOption(u"reuse"_s,
        u"Skip (a): time (b) and (c) on the library an earlier run left in --dir (same counts)."_s);
    parser.addOptions(
        {dirOption, articlesOption, highlightsOption, bigOption, queriesOption, sqliteOption, reuseOption});
    parser.process(app);

    const int articleCount = std::max(2, parser.value(articlesOption).toInt());
    const int highlightCount = std::max(1, parser.value(highlightsOption).toInt());
    const int bigHighlights = std::min(highlightCount, parser.value(bigOption).toInt());
    const int queryCount = std::max(1, parser.value(queriesOption).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    if (!QDir().mkpath(dir))
        return fail(u"cannot create %1"_s.arg(dir));
    const QString corePath = dir + u"/core.sqlite"_s;
    const QString barePath = dir + u"/bare.sqlite"_s;
    const QString scriptPath = dir + u"/inserts.sql"_s;
    const bool reuse = parser.isSet(reuseOption) && parser.isSet(dirOption) && QFile::exists(corePath);
    for (const QString &path : {corePath, barePath}) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            if (!reuse)
                QFile::remove(path + suffix);
        }
    }

    TextGenerator gen(20261128);
    QElapsedTimer timer;
    timer.start();
    const Plan plan = makePlan(gen, articleCount, highlightCount, bigHighlights);
    qsizetype paragraphs = 0;
    for (const Article &article : plan.articles) {
        for (const Segment &segment : article.segments)
            paragraphs += segment.paragraphs.size();
    }
    qsizetype tagged = 0;
    qsizetype notes = 0;
    for (const PlannedHighlight &h : plan.highlights) {
        tagged += h.theme >= 0;
        notes += !h.note.isEmpty();
    }
    out() << "Generated " << plan.articles.size() << " articles (" << paragraphs << " paragraphs), "
          << plan.highlights.size() << " highlights (" << tagged << " tagged, " << notes << " with notes) in "
          << fmt(ms(timer.nsecsElapsed()), 0) << " ms; libraries in " << dir << Qt::endl;
    out() << "Qt " << qVersion() << ", SQLite library store in WAL mode, synchronous=FULL" << Qt::endl
          << Qt::endl;

    LibrarySession session;
    LibraryStore &store = *session.store();
    if (!session.open(corePath))
        return fail(store.errorString());
    Annotations &annotations = *session.annotations();
    // The undo history of 150,000 edits is not what is measured; keep it bounded.
    session.undoStack()->setUndoLimit(100);
    QList<qint64> articleIds;
    if (reuse) {
        for (const ArticleSummary &summary : *store.articles())
            articleIds.append(summary.id);
        std::sort(articleIds.begin(), articleIds.end());
        if (articleIds.size() != plan.articles.size())
            return fail(u"%1 does not hold the library of this plan"_s.arg(corePath));
        out() << "(a) skipped: reusing " << corePath << Qt::endl << Qt::endl;
    } else {
        // ---- (a) building the library: the core API, one committed edit at a time, vs sqlite3 in one
        // transaction ----
        if (!writeSqlScript(plan, scriptPath))
            return fail(u"cannot write %1"_s.arg(scriptPath));
        {
            // The bare tool gets the same schema, triggers included: an empty library made by the store.
            LibraryStore empty;
            if (!empty.open(barePath))
                return fail(empty.errorString());
        }
        QProcess sqlite;
        sqlite.setStandardInputFile(scriptPath);
        sqlite.setStandardOutputFile(QProcess::nullDevice());
        timer.restart();
        sqlite.start(parser.value(sqliteOption), {barePath});
        if (!sqlite.waitForFinished(-1) || sqlite.exitStatus() != QProcess::NormalExit ||
            sqlite.exitCode() != 0)
            return fail(u"sqlite3 failed: %1 %2"_s.arg(
                sqlite.errorString(), QString::fromUtf8(sqlite.readAllStandardError())));
        const double bareMs = ms(timer.nsecsElapsed());

        // The core path as an import runs it: the codebook first, then each article with all its
        // highlights, notes and themes in one addHighlights() call (one transaction, one undo step).
        QList<QList<qsizetype>> highlightsOf(plan.articles.size());
        for (qsizetype h = 0; h < plan.highlights.size(); ++h)
            highlightsOf[plan.highlights.at(h).article].append(h);
        QList<qint64> themeIds;
        double articlesMs = 0;
        timer.restart();
        for (qsizetype t = 0; t < plan.themes.size(); ++t) {
            const auto id = annotations.createTheme(plan.themes.at(t), t < 10 ? 0 : themeIds.at(t % 10));
            if (!id)
                return fail(annotations.errorString());
            themeIds.append(*id);
        }
        QElapsedTimer articleTimer;
        for (qsizetype a = 0; a < plan.articles.size(); ++a) {
            articleTimer.start();
            const AddResult added = store.addArticle(plan.articles.at(a));
            articlesMs += ms(articleTimer.nsecsElapsed());
            if (added.id <= 0)
                return fail(added.error);
            articleIds.append(added.id);
            QList<NewHighlight> items;
            items.reserve(highlightsOf.at(a).size());
            for (const qsizetype h : highlightsOf.at(a)) {
                const PlannedHighlight &planned = plan.highlights.at(h);
                items.append(
                    {added.id, planned.segment, planned.start, planned.end, planned.colour, planned.note,
                        planned.theme >= 0 ? QList<qint64> {themeIds.at(planned.theme)} : QList<qint64> {}});
            }
            if (!annotations.addHighlights(items, u"Import annotations"_s))
                return fail(annotations.errorString());
        }
        const double coreMs = ms(timer.nsecsElapsed());
        const double annotateMs = coreMs - articlesMs;

        // Single edits, as the reader makes them: addHighlight(), tagHighlight(), setNote(), each
        // committed before it returns. Timed on a sample spread over the plan, in the full library,
        // then taken out again in one change so that (b) and (c) see the same library.
        const qsizetype sample = std::min<qsizetype>(2000, plan.highlights.size());
        QList<qint64> sampled;
        timer.restart();
        for (qsizetype i = 0; i < sample; ++i) {
            const PlannedHighlight &planned = plan.highlights.at(i * plan.highlights.size() / sample);
            const auto id = annotations.addHighlight(
                articleIds.at(planned.article), planned.segment, planned.start, planned.end, planned.colour);
            if (!id)
                return fail(annotations.errorString());
            sampled.append(*id);
            if (planned.theme >= 0 && !annotations.tagHighlight(*id, themeIds.at(planned.theme)))
                return fail(annotations.errorString());
            if (!planned.note.isEmpty() && !annotations.setNote(*id, planned.note))
                return fail(annotations.errorString());
        }
        const double singleMs = ms(timer.nsecsElapsed());
        annotations.undoStack()->clear();
        AnnotationChange removeSample;
        removeSample.removeHighlights = sampled;
        if (!store.applyAnnotationChange(removeSample))
            return fail(store.errorString());

        const double perHighlightBare = 1000.0 * bareMs / double(plan.highlights.size());
        const double perHighlightSingle = 1000.0 * singleMs / double(sample);
        row(u"(a) build the library"_s, u"core API"_s, u"sqlite3"_s, u"ratio"_s);
        row(u"    everything, total ms"_s, fmt(coreMs, 0), fmt(bareMs, 0), fmt(coreMs / bareMs, 1) + u"x"_s);
        row(u"    articles only (addArticle), ms"_s, fmt(articlesMs, 0), u"-"_s, u""_s);
        row(u"    annotations (addHighlights), ms"_s, fmt(annotateMs, 0), u"-"_s, u""_s);
        row(u"    per highlight incl. its tag and note, us"_s,
            fmt(1000.0 * annotateMs / double(plan.highlights.size()), 1), fmt(perHighlightBare, 1), u""_s);
        row(u"    single edits, per highlight, us"_s, fmt(perHighlightSingle, 0), fmt(perHighlightBare, 1),
            fmt(perHighlightSingle / perHighlightBare, 0) + u"x"_s);
        out() << "    (core: createTheme() for the codebook, then per article addArticle() and one\n"
                 "    addHighlights() with the notes and themes: one transaction and one undo step each;\n"
                 "    single edits: addHighlight() + tagHighlight() + setNote(), each its own committed,\n"
              << "    fsynced transaction with an undo step, on " << sample
              << " highlights spread over the plan;\n"
                 "    sqlite3: everything in one transaction)"
              << Qt::endl
              << Qt::endl;
    }

    // ---- (b) opening the article with the most highlights ----
    const qint64 bigId = articleIds.at(plan.bigArticle);
    QList<double> storeQuery, spanQuery, uiOpen, plainLayout, formattedLayout, bareSelect;
    qsizetype loadedHighlights = 0;
    qsizetype loadedSpans = 0;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        const std::optional<Article> article = *store.article(bigId);
        loadedHighlights = store.highlights(bigId)->size();
        storeQuery.append(ms(timer.nsecsElapsed()));
        timer.restart();
        loadedSpans = store.highlightSpans(bigId)->size();
        spanQuery.append(ms(timer.nsecsElapsed()));

        {
            // The reader: the view with its panes, the highlights drawn in, laid out and painted offscreen.
            Actions actions(annotations.undoStack());
            timer.restart();
            ArticleView view;
            HighlightController controller(&annotations, &view, &actions);
            view.resize(1400, 900);
            const std::optional<Article> shown = *store.article(bigId);
            view.setArticle(*shown);
            controller.setArticle(bigId);
            view.show();
            // QTextEdit lays out lazily, only as far as the first paint needs: lay every
            // speech out to its end, as the plain baseline does.
            for (const SpeechView *speech : view.findChildren<SpeechView *>())
                speech->document()->documentLayout()->documentSize();
            QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
            view.render(&image);
            uiOpen.append(ms(timer.nsecsElapsed()));
        }

        // Baselines: a plain QTextDocument with the same text, without and with 5,000 character formats.
        QStringList blocks;
        for (const Segment &segment : article->segments)
            blocks.append(segment.paragraphs);
        const QList<Highlight> highlights = *store.highlights(bigId);
        for (const bool formatted : {false, true}) {
            timer.restart();
            QTextDocument document;
            document.setPlainText(blocks.join(u'\n'));
            if (formatted) {
                // Each highlight's span in the joined text: segments follow one another, one block per
                // paragraph.
                QList<qsizetype> segmentStart;
                qsizetype at = 0;
                for (const Segment &segment : article->segments) {
                    segmentStart.append(at);
                    at += segment.text().size() + 1;
                }
                QTextCursor cursor(&document);
                QTextCharFormat format;
                format.setBackground(QColor(255, 230, 120, 160));
                for (const Highlight &h : highlights) {
                    const qsizetype base = segmentStart.at(h.anchor.segment);
                    cursor.setPosition(int(base + h.anchor.position.start));
                    cursor.setPosition(int(base + h.anchor.position.end), QTextCursor::KeepAnchor);
                    cursor.mergeCharFormat(format);
                }
            }
            document.setTextWidth(1400 / 4.0);
            document.documentLayout()->documentSize();
            QImage image(QSize(1400 / 4, 900), QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            document.drawContents(&painter, QRectF(0, 0, 1400 / 4.0, 900));
            painter.end();
            (formatted ? formattedLayout : plainLayout).append(ms(timer.nsecsElapsed()));
        }

        // The bare tool's SELECT of the same highlights (process start included).
        timer.restart();
        QProcess select;
        select.setStandardOutputFile(QProcess::nullDevice());
        select.start(parser.value(sqliteOption),
            {corePath,
                u"SELECT * FROM highlights WHERE article_id = %1 ORDER BY segment_ordinal, start_offset"_s
                    .arg(bigId)});
        select.waitForFinished(-1);
        bareSelect.append(ms(timer.nsecsElapsed()));
    }
    row(u"(b) open the article with %1 highlights"_s.arg(loadedHighlights), u"median ms"_s, u"baseline"_s,
        u"ratio"_s);
    row(u"    reader view laid out + painted vs plain doc"_s, fmt(median(uiOpen)), fmt(median(plainLayout)),
        fmt(median(uiOpen) / median(plainLayout)) + u"x"_s);
    row(u"    doc + %1 char formats vs plain doc"_s.arg(loadedHighlights), fmt(median(formattedLayout)),
        fmt(median(plainLayout)), fmt(median(formattedLayout) / median(plainLayout)) + u"x"_s);
    row(u"    store: article + highlights vs sqlite3 SELECT"_s, fmt(median(storeQuery)),
        fmt(median(bareSelect)), fmt(median(storeQuery) / median(bareSelect)) + u"x"_s);
    row(u"    store: %1 highlightSpans(), the reader's read"_s.arg(loadedSpans), fmt(median(spanQuery)),
        QString(), QString());
    out() << "    (5 runs each; the sqlite3 figure includes starting the process)" << Qt::endl << Qt::endl;

    // ---- (c) search: FTS5 through the store vs a LIKE scan ----
    // Two sets of words: drawn as often as they occur in the text (many near-stopwords that
    // match most paragraphs), and drawn evenly from the vocabulary (what a reader tends to look up).
    QStringList weighted, even;
    for (int q = 0; q < queryCount; ++q) {
        weighted.append(gen.word());
        even.append(gen.anyWord());
    }
    const QString connection = u"bench-like"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(corePath);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery like(db);
        like.setForwardOnly(true);
        // What search would do without an index: scan paragraphs and notes for the word, 50 rows.
        like.prepare(u"SELECT id, text FROM paragraphs WHERE text LIKE :w1 UNION ALL "
                     "SELECT highlight_id, markdown FROM notes WHERE markdown LIKE :w2 LIMIT 50"_s);
        row(u"(c) search %1 single words, LIMIT 50"_s.arg(queryCount), u"FTS5 ms"_s, u"LIKE ms"_s,
            u"ratio"_s);
        for (const bool byFrequency : {true, false}) {
            QList<double> ftsTimes, likeTimes, ftsCpu, likeCpu;
            qsizetype ftsHits = 0;
            for (const QString &word : byFrequency ? std::as_const(weighted) : std::as_const(even)) {
                double cpu = threadCpuMs();
                timer.restart();
                const Result<QList<SearchHit>> hits = store.search({.text = word});
                ftsTimes.append(ms(timer.nsecsElapsed()));
                ftsCpu.append(threadCpuMs() - cpu);
                if (hits.failed())
                    return fail(hits.error());
                ftsHits += hits->size();

                cpu = threadCpuMs();
                timer.restart();
                const QString pattern = u"%"_s + word + u"%"_s;
                like.bindValue(u":w1"_s, pattern);
                like.bindValue(u":w2"_s, pattern);
                if (!like.exec())
                    return fail(like.lastError().text());
                while (like.next()) { }
                likeTimes.append(ms(timer.nsecsElapsed()));
                likeCpu.append(threadCpuMs() - cpu);
            }
            out() << (byFrequency ? "    words as frequent as in the text"
                                  : "    words drawn evenly from the vocabulary")
                  << " (" << fmt(double(ftsHits) / double(queryCount), 1) << " hits per query)" << Qt::endl;
            row(u"      p50"_s, fmt(percentile(ftsTimes, 0.5), 2), fmt(percentile(likeTimes, 0.5), 2),
                fmt(percentile(ftsTimes, 0.5) / percentile(likeTimes, 0.5), 2) + u"x"_s);
            row(u"      p95"_s, fmt(percentile(ftsTimes, 0.95), 2), fmt(percentile(likeTimes, 0.95), 2),
                fmt(percentile(ftsTimes, 0.95) / percentile(likeTimes, 0.95), 2) + u"x"_s);
            row(u"      p50, CPU time only"_s, fmt(percentile(ftsCpu, 0.5), 2),
                fmt(percentile(likeCpu, 0.5), 2),
                fmt(percentile(ftsCpu, 0.5) / percentile(likeCpu, 0.5), 2) + u"x"_s);
            row(u"      p95, CPU time only"_s, fmt(percentile(ftsCpu, 0.95), 2),
                fmt(percentile(likeCpu, 0.95), 2),
                fmt(percentile(ftsCpu, 0.95) / percentile(likeCpu, 0.95), 2) + u"x"_s);
        }
        like.finish();

        // A filtered search ranks every match through the joins (no newest-first window): the
        // frequent words again, within the turns of the speaker who talks most, against a LIKE
        // scan through the same joins.
        QSqlQuery busiest(db);
        if (!busiest.exec(u"SELECT name FROM speakers GROUP BY name ORDER BY count(*) DESC LIMIT 1"_s) ||
            !busiest.next())
            return fail(busiest.lastError().text());
        const QString speaker = busiest.value(0).toString();
        busiest.finish();
        QSqlQuery likeBySpeaker(db);
        likeBySpeaker.setForwardOnly(true);
        likeBySpeaker.prepare(
            u"SELECT p.id, p.text FROM paragraphs AS p JOIN segments AS s ON s.id = p.segment_id "
            "JOIN speakers AS sp ON sp.id = s.speaker_id "
            "WHERE sp.name = :name AND p.text LIKE :w LIMIT 50"_s);
        QList<double> ftsTimes, likeTimes;
        qsizetype ftsHits = 0;
        for (const QString &word : std::as_const(weighted)) {
            timer.restart();
            const Result<QList<SearchHit>> hits = store.search({.text = word, .speaker = speaker});
            ftsTimes.append(ms(timer.nsecsElapsed()));
            if (hits.failed())
                return fail(hits.error());
            ftsHits += hits->size();
            timer.restart();
            likeBySpeaker.bindValue(u":name"_s, speaker);
            likeBySpeaker.bindValue(u":w"_s, QString(u"%"_s + word + u"%"_s));
            if (!likeBySpeaker.exec())
                return fail(likeBySpeaker.lastError().text());
            while (likeBySpeaker.next()) { }
            likeTimes.append(ms(timer.nsecsElapsed()));
        }
        likeBySpeaker.finish();
        out() << "    frequent words, only in the turns of " << speaker << " ("
              << fmt(double(ftsHits) / double(queryCount), 1) << " hits per query)" << Qt::endl;
        row(u"      p50"_s, fmt(percentile(ftsTimes, 0.5), 2), fmt(percentile(likeTimes, 0.5), 2),
            fmt(percentile(ftsTimes, 0.5) / percentile(likeTimes, 0.5), 2) + u"x"_s);
        row(u"      p95"_s, fmt(percentile(ftsTimes, 0.95), 2), fmt(percentile(likeTimes, 0.95), 2),
            fmt(percentile(ftsTimes, 0.95) / percentile(likeTimes, 0.95), 2) + u"x"_s);
    }
    QSqlDatabase::removeDatabase(connection);
    out() << "    (FTS5: bm25 over the matches, over the newest 5,000 per index for a word that has more;\n"
             "    snippets for the best 50. LIKE: the first 50 rows, unranked)"
          << Qt::endl;
    return 0;
}
