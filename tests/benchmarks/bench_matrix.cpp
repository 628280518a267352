// The theme × voice matrix at library scale (issue 12, point 8): ARTICLES
// articles of invented text, four speakers each drawn from a pool of people,
// CLAIMS claims on a two-level codebook, and one 50,000-word article. Prints,
// each the median of a few runs and beside its baseline measured in the same
// run on the same file:
//   - the bare grouped SQL query (claims per theme and person, QSqlQuery on a
//     connection of its own), against LibraryStore::themeMatrix() for the
//     whole library by people, the model loaded and the heat map view laid out
//     and rendered to an offscreen image (target: under 200 ms and within
//     1.5x of the bare query);
//   - the speaker overview and the suggestion list for the long article
//     (target: each under 100 ms), beside a bare read of its turns.
// Usage: colloquy-bench-matrix [ARTICLES [CLAIMS [KEEP_DIR]]]   (default 1000 100000); with
// KEEP_DIR the library is written there and kept, to look at with sqlite3. Not a test.

#include "anchor/anchorer.h"
#include "compare/claimsuggestions.h"
#include "compare/heatmapdelegate.h"
#include "compare/thematrixmodel.h"
#include "mediantime.h"
#include "session/librarysession.h"
#include "store/annotationchange.h"
#include "store/librarystore.h"
#include "testarticles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using Colloquy::Benchmarks::medianMs;

namespace {

constexpr int SpeakersPerArticle = 4;
constexpr int People = 150;
constexpr int ParentThemes = 6;
constexpr int ChildThemes = 4;

// Our own filler words, so sentences and quotes differ.
const QStringList Words {u"harbour"_s, u"council"_s, u"budget"_s, u"ferry"_s, u"winter"_s, u"grid"_s,
    u"bond"_s, u"tram"_s, u"school"_s, u"market"_s, u"river"_s, u"sensor"_s, u"quay"_s, u"orchard"_s,
    u"levy"_s, u"depot"_s, u"tenant"_s, u"bridge"_s, u"pylon"_s, u"meadow"_s};

/// A paragraph of `sentences` invented sentences of twelve words each.
QString paragraph(int seed, int sentences)
{
    QStringList text;
    for (int s = 0; s < sentences; ++s) {
        QStringList sentence;
        for (int w = 0; w < 12; ++w)
            sentence.append(Words.at((seed * 7 + s * 11 + w * 3) % Words.size()));
        sentence.first()[0] = sentence.first().at(0).toUpper();
        text.append(sentence.join(u' ') + u'.');
    }
    return text.join(u' ');
}

QString personName(int person)
{
    static const QStringList first {u"Ilse"_s, u"Pavel"_s, u"Mira"_s, u"Tomas"_s, u"Runa"_s, u"Oskar"_s,
        u"Lena"_s, u"Chidi"_s, u"Ada"_s, u"Bo"_s};
    static const QStringList last {u"Marrow"_s, u"Dunst"_s, u"Okafor"_s, u"Verlinde"_s, u"Eik"_s,
        u"Halvorsen"_s, u"Sato"_s, u"Quinn"_s, u"Brandt"_s, u"Lindqvist"_s, u"Abernathy"_s, u"Osei"_s,
        u"Marchetti"_s, u"Novak"_s, u"Ferreira"_s};
    return first.at(person % first.size()) + u' ' + last.at(person / first.size() % last.size());
}

/// The codebook: parents, then their children; the ids of the children (what claims carry).
QList<qint64> addCodebook(LibraryStore &store)
{
    AnnotationChange parents;
    for (int p = 0; p < ParentThemes; ++p)
        parents.putThemes.append(Theme {0, 0, u"Topic %1"_s.arg(p), HighlightColour(p % 6), QString()});
    store.applyAnnotationChange(parents);
    AnnotationChange children;
    for (const Theme &parent : std::as_const(parents.putThemes)) {
        for (int c = 0; c < ChildThemes; ++c)
            children.putThemes.append(
                Theme {0, parent.id, parent.name + u" aspect %1"_s.arg(c), parent.colour, QString()});
    }
    store.applyAnnotationChange(children);
    QList<qint64> ids;
    for (const Theme &theme : std::as_const(children.putThemes))
        ids.append(theme.id);
    return ids;
}

/// `claims` claims on `article`, spread over its segments, each with one or two themes.
void addClaims(LibraryStore &store, const Article &article, qint64 articleId, int claims,
    const QList<qint64> &themes, int seed)
{
    AnnotationChange change;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < claims; ++i) {
        const qsizetype segment = i % article.segments.size();
        const QString text = article.segments.at(segment).text();
        const qsizetype start = (qsizetype(i) * 37 + seed) % std::max<qsizetype>(1, text.size() - 60);
        Highlight h;
        h.articleId = articleId;
        h.anchor = Anchorer::describe(text, segment, start, start + 20 + i % 30);
        h.colour = HighlightColour(i % 6);
        h.author = u"bench"_s;
        h.created = h.modified = now;
        change.putHighlights.append(h);
    }
    store.applyAnnotationChange(change);
    AnnotationChange tags;
    for (int i = 0; i < claims; ++i) {
        const qint64 id = change.putHighlights.at(i).id;
        tags.tag.append({id, themes.at((seed + i) % themes.size())});
        if (i % 4 == 0)
            tags.tag.append({id, themes.at((seed + i * 7 + 3) % themes.size())});
    }
    store.applyAnnotationChange(tags);
}

Article library(int index)
{
    QList<Segment> segments;
    for (int turn = 0; turn < SpeakersPerArticle * 2; ++turn) {
        const int person = (index * 13 + (turn % SpeakersPerArticle) * 37) % People;
        segments.append(TestArticles::speech(personName(person), {}, {paragraph(index + turn, 6)}));
    }
    return TestArticles::article(u"Forum %1"_s.arg(index), segments);
}

/// One long article: ten speakers, turns of 500 words, 50,000 words in all.
Article longArticle()
{
    QList<Segment> segments;
    for (int turn = 0; turn < 100; ++turn) {
        segments.append(TestArticles::speech(personName((turn % 10) * 11), {},
            {paragraph(turn, 14), paragraph(turn + 1, 14), paragraph(turn + 2, 14)}));
    }
    return TestArticles::article(u"The Long Hearing"_s, segments);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int articles = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int claims = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path =
        argc > 3 ? QString::fromLocal8Bit(argv[3]) + u"/bench.sqlite"_s : dir.filePath(u"bench.sqlite"_s);
    LibrarySession session;
    if (!session.open(path))
        return 1;
    LibraryStore &store = *session.store();
    QElapsedTimer generation;
    generation.start();
    const QList<qint64> themes = addCodebook(store);
    for (int a = 0; a < articles; ++a) {
        const Article article = library(a);
        const AddResult added = store.addArticle(article);
        if (!added.error.isEmpty())
            return 1;
        addClaims(store, article, added.id, claims / articles, themes, a);
    }
    const Article hearing = longArticle();
    const AddResult long_ = store.addArticle(hearing);
    if (!long_.error.isEmpty())
        return 1;
    addClaims(store, hearing, long_.id, 300, themes, 7);
    qint64 words = 0;
    for (const Segment &s : hearing.segments)
        words += s.text().split(u' ', Qt::SkipEmptyParts).size();
    out << articles << " articles, " << claims + 300 << " claims, " << themes.size() << " themes under "
        << ParentThemes << " parents; long article " << words << " words; generated in "
        << generation.elapsed() / 1000.0 << " s\n";

    // The bare grouped query, on a connection of its own to the same file.
    double bare = 0;
    qint64 bareCells = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bare"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return 1;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString sql =
            u"SELECT ht.theme_id, COALESCE('p' || sp.person_id, 's' || sp.id), count(*) "
            "FROM highlights AS h JOIN highlight_themes AS ht ON ht.highlight_id = h.id "
            "JOIN segments AS s ON s.article_id = h.article_id AND s.ordinal = h.segment_ordinal "
            "JOIN speakers AS sp ON sp.id = s.speaker_id GROUP BY 1, 2"_s;
        bare = medianMs(7, [&] {
            query.exec(sql);
            bareCells = 0;
            while (query.next())
                ++bareCells;
        });
        query.finish();
    }
    QSqlDatabase::removeDatabase(u"bare"_s);
    out << "baseline  bare grouped SQL (theme x person, " << bareCells << " cells): " << bare << " ms\n";

    ComparisonScope byPeople;
    byPeople.grouping = VoiceGrouping::People;
    const double read = medianMs(7, [&] { (void)*store.themeMatrix(byPeople); });
    ThemeMatrixModel model;
    QTreeView view;
    view.setModel(&model);
    view.setItemDelegate(new HeatMapDelegate(&view));
    view.setUniformRowHeights(true);
    view.resize(1200, 800);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const double shown = medianMs(7, [&] {
        model.setMatrix(*store.themeMatrix(byPeople));
        view.expandAll();
        view.header()->resizeSections(QHeaderView::ResizeToContents);
        view.render(&image);
    });
    const ThemeMatrix matrix = model.matrix();
    const double drawn = medianMs(7, [&] {
        model.setMatrix(matrix);
        view.expandAll();
        view.header()->resizeSections(QHeaderView::ResizeToContents);
        view.render(&image);
    });
    out << "themeMatrix() whole library by people (" << matrix.columns.size() << " columns, "
        << matrix.rows().size() << " rows): " << read << " ms (" << read / bare << "x baseline)\n";
    out << "model + view rendered offscreen alone: " << drawn << " ms\n";
    out << "matrix read + model + view rendered offscreen: " << shown << " ms (" << shown / bare
        << "x baseline; target < 200 ms and < 1.5x)\n";

    ComparisonScope one;
    one.articleIds = {long_.id};
    const double turns = medianMs(7, [&] { (void)*store.article(long_.id); });
    out << "baseline  read the long article (store.article()): " << turns << " ms\n";
    const double overview = medianMs(7, [&] { (void)*store.speakerOverview(one); });
    out << "speaker overview of the long article: " << overview << " ms (target < 100 ms)\n";
    SuggestionQuery query;
    query.themeId = themes.first();
    query.rules = {u"harbour ferry"_s, u"\"tram depot\""_s, u"orch*"_s};
    query.articleIds = {long_.id};
    qsizetype found = 0;
    const double suggest = medianMs(7, [&] { found = session.claimSuggestions()->suggest(query)->size(); });
    out << "suggestion list for the long article (" << found << " sentences): " << suggest
        << " ms (target < 100 ms)\n";
    return 0;
}
