// How fast the search panel answers a keystroke on a large library: N
// articles of our own filler (20 paragraphs each) and notes on some
// highlights, searched for single words and two-word phrases. Prints the
// median and p95 of LibraryStore::search() alone (the baseline, the floor
// any panel must pay) beside the panel's search with its results laid out
// and painted offscreen.
// Usage: colloquy-bench-search [ARTICLES] [QUERIES]   (default 1000 and 200). Not a test.

#include "anchor/anchorer.h"
#include "model/searchquery.h"
#include "search/searchpanel.h"
#include "store/librarystore.h"
#include "testarticles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

namespace {

const QStringList Words {u"harbour"_s, u"council"_s, u"budget"_s, u"ferry"_s, u"winter"_s, u"grid"_s,
    u"bond"_s, u"tram"_s, u"school"_s, u"market"_s, u"river"_s, u"sensor"_s, u"library"_s, u"orchard"_s,
    u"bridge"_s, u"tariff"_s, u"clinic"_s, u"quay"_s, u"lamp"_s, u"census"_s, u"pension"_s, u"depot"_s,
    u"cable"_s, u"granary"_s, u"meadow"_s, u"turbine"_s, u"archive"_s, u"ledger"_s, u"signal"_s};

// Our own filler: 40 words, picked so that each word is common in some
// articles and rare in others.
QString paragraph(int article, int index)
{
    QStringList sentence;
    for (int i = 0; i < 40; ++i)
        sentence.append(Words.at((article * 11 + index * 7 + i * i * 3) % Words.size()));
    return sentence.join(u' ') + u'.';
}

struct Times
{
    double median = 0;
    double p95 = 0;
};

Times summarise(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.at(std::min(times.size() - 1, times.size() * 95 / 100))};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int articles = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int queries = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200;
    QTextStream out(stdout);

    QTemporaryDir dir;
    LibraryStore store;
    if (!store.open(dir.filePath(u"bench.sqlite"_s)))
        return 1;
    QElapsedTimer build;
    build.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AnnotationChange notes;
    for (int a = 0; a < articles; ++a) {
        QList<Segment> segments;
        for (int s = 0; s < 4; ++s) {
            QStringList paragraphs;
            for (int p = 0; p < 5; ++p)
                paragraphs.append(paragraph(a, s * 5 + p));
            segments.append(TestArticles::speech(u"Speaker %1"_s.arg(s), u"a voice"_s, paragraphs));
        }
        const AddResult added = store.addArticle(TestArticles::article(u"Article %1"_s.arg(a), segments));
        if (!added.error.isEmpty())
            return 1;
        // One highlight with a note per article.
        AnnotationChange highlight;
        Highlight h;
        h.articleId = added.id;
        h.anchor = Anchorer::describe(segments.at(a % 4).text(), a % 4, 0, 12);
        h.author = u"bench"_s;
        h.created = h.modified = now;
        highlight.putHighlights = {h};
        if (!store.applyAnnotationChange(highlight))
            return 1;
        notes.putNotes.append(Note {highlight.putHighlights.constFirst().id,
            u"Check the %1 figures against the %2"_s.arg(
                Words.at(a % Words.size()), Words.at(a * 5 % Words.size())),
            u"bench"_s, now, now});
    }
    if (!store.applyAnnotationChange(notes))
        return 1;
    out << "library: " << articles << " articles, " << articles * 20 << " paragraphs, " << articles
        << " notes (built in " << build.elapsed() / 1000.0 << " s)\n";

    QStringList texts;
    for (int q = 0; q < queries; ++q) {
        const QString word = Words.at(q * 7 % Words.size());
        texts.append(q % 4 == 3 ? u"\"%1 %2\""_s.arg(word, Words.at((q * 7 + 3) % Words.size())) : word);
    }

    QList<double> bare;
    qsizetype hits = 0;
    for (const QString &text : std::as_const(texts)) {
        SearchQuery query;
        query.text = text;
        QElapsedTimer timer;
        timer.start();
        hits += store.search(query)->size();
        bare.append(timer.nsecsElapsed() / 1e6);
    }

    SearchPanel panel(&store);
    panel.resize(360, 900);
    panel.show();
    QList<double> shown;
    for (const QString &text : std::as_const(texts)) {
        QElapsedTimer timer;
        timer.start();
        panel.field()->setText(text);
        panel.search();
        panel.results()->doItemsLayout();
        panel.results()->viewport()->repaint();
        shown.append(timer.nsecsElapsed() / 1e6);
    }

    const Times base = summarise(bare);
    const Times panelTimes = summarise(shown);
    out << queries << " queries (3 in 4 single words, 1 in 4 two-word phrases), limit 50, " << hits / queries
        << " hits each on average:\n";
    out << "baseline  LibraryStore::search():         median " << base.median << " ms, p95 " << base.p95
        << " ms\n";
    out << "search panel, results laid out + painted: median " << panelTimes.median << " ms, p95 "
        << panelTimes.p95 << " ms  (" << panelTimes.median / base.median << "x baseline)\n";
    return 0;
}
