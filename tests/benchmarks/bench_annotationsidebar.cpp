// How the annotation sidebar copes with thousands of highlights: an article
// with N highlights (30 % tagged, 20 % with notes), measured against reading
// the same highlights from the store alone, the floor any list must pay.
// Prints, each the median of a few runs: the store read (baseline), the
// model reload, the sidebar laid out and painted offscreen, and one edit in
// the main window until the panes and the sidebar show it.
// Usage: colloquy-bench-sidebar [HIGHLIGHTS]   (default 5000). Not a test.

#include "anchor/anchorer.h"
#include "annotate/annotations.h"
#include "annotations/annotationmodel.h"
#include "annotations/annotationsidebar.h"
#include "mainwindow.h"
#include "mediantime.h"
#include "session/librarysession.h"
#include "store/librarystore.h"
#include "testarticles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using Colloquy::Benchmarks::medianMs;

namespace {

// Our own filler: varied sentences so quotes differ.
QString paragraph(int speaker, int index)
{
    static const QStringList words {u"harbour"_s, u"council"_s, u"budget"_s, u"ferry"_s, u"winter"_s,
        u"grid"_s, u"bond"_s, u"tram"_s, u"school"_s, u"market"_s, u"river"_s, u"sensor"_s};
    QStringList sentence;
    for (int i = 0; i < 90; ++i)
        sentence.append(words.at((speaker * 7 + index * 5 + i * 3) % words.size()));
    return sentence.join(u' ') + u'.';
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // Window settings go to a temporary folder, never the user's.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    LibrarySession session;
    LibraryStore &store = *session.store();
    if (!session.open(dir.filePath(u"bench.sqlite"_s)))
        return 1;
    QList<Segment> segments;
    constexpr int Speakers = 10;
    constexpr int Paragraphs = 20;
    for (int s = 0; s < Speakers; ++s) {
        QStringList paragraphs;
        for (int p = 0; p < Paragraphs; ++p)
            paragraphs.append(paragraph(s, p));
        segments.append(TestArticles::speech(u"Speaker %1"_s.arg(s), u"a voice"_s, paragraphs));
    }
    const AddResult added = store.addArticle(TestArticles::article(u"Benchmark"_s, segments));
    if (!added.error.isEmpty())
        return 1;
    const std::optional<Article> article = *store.article(added.id);

    // Rows written in bulk: the benchmark is about reading and showing them.
    AnnotationChange themes;
    for (int t = 0; t < 20; ++t)
        themes.putThemes.append(Theme {0, 0, u"Theme %1"_s.arg(t), HighlightColour(t % 6), QString()});
    store.applyAnnotationChange(themes);
    AnnotationChange highlights;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        const qsizetype segment = i % Speakers;
        const QString text = article->segments.at(segment).text();
        const qsizetype start = (qsizetype(i) * 37) % (text.size() - 40);
        Highlight h;
        h.articleId = added.id;
        h.anchor = Anchorer::describe(text, segment, start, start + 12 + i % 25);
        h.colour = HighlightColour(i % 6);
        h.author = u"bench"_s;
        h.created = h.modified = now;
        highlights.putHighlights.append(h);
    }
    store.applyAnnotationChange(highlights);
    AnnotationChange extras;
    for (int i = 0; i < count; ++i) {
        const qint64 id = highlights.putHighlights.at(i).id;
        if (i % 10 < 3)
            extras.tag.append({id, themes.putThemes.at(i % 20).id});
        if (i % 10 >= 8)
            extras.putNotes.append(Note {id, u"Note %1 with *some* Markdown"_s.arg(i), u"bench"_s, now, now});
    }
    store.applyAnnotationChange(extras);

    // The core's own cost of one edit (a committed, synced transaction), with nothing listening.
    double coreEdit = 0;
    {
        Annotations &bare = *session.annotations();
        int k = 0;
        coreEdit =
            medianMs(5, [&] { bare.setNote(highlights.putHighlights.first().id, u"bare %1"_s.arg(++k)); });
    }
    out << "highlights: " << count << " (30% tagged, 20% with notes), " << Speakers << " speakers\n";
    const double read = medianMs(5, [&] { (void)*store.highlights(added.id); });
    out << "baseline  store.highlights():              " << read << " ms\n";
    AnnotationModel model(&store);
    const double reload = medianMs(5, [&] { model.setArticle(added.id); });
    out << "model reload (3 queries + grouping):       " << reload << " ms  (" << reload / read
        << "x baseline)\n";

    AnnotationSidebar sidebar(&store);
    sidebar.resize(340, 900);
    sidebar.show();
    const double shown = medianMs(5, [&] {
        sidebar.setArticle(added.id, u"Benchmark"_s);
        (void)sidebar.view()->grab();
    });
    out << "sidebar reload + layout + paint:           " << shown << " ms  (" << shown / read
        << "x baseline)\n";

    MainWindow window(&session);
    window.resize(1400, 900);
    window.show();
    QElapsedTimer open;
    open.start();
    window.showArticle(added.id);
    (void)window.grab();
    out << "main window opens the article (painted):   " << open.nsecsElapsed() / 1e6 << " ms\n";
    Annotations *annotations = session.annotations();
    auto *windowSidebar = window.findChild<AnnotationSidebar *>(u"annotationSidebar"_s);
    const qint64 first = highlights.putHighlights.first().id;
    int n = 0;
    const double edit = medianMs(5, [&] {
        annotations->setNote(first, u"edited %1"_s.arg(++n));
        (void)window.grab();
    });
    windowSidebar->hide();
    const double editNoSidebar = medianMs(5, [&] {
        annotations->setNote(first, u"edited %1"_s.arg(++n));
        (void)window.grab();
    });
    // The same edit without painting: the store's commit, with only the panes'
    // (skipped) re-render listening. Commit latency on a busy disk varies a
    // lot, so it is measured here, beside the edits above.
    const double otherEdit = medianMs(5, [&] { annotations->setNote(first, u"edited %1"_s.arg(++n)); });
    windowSidebar->show();
    const double paintOnly = medianMs(5, [&] { (void)window.grab(); });
    out << "baseline  repaint the window, no edit:    " << paintOnly << " ms\n";
    out << "baseline  the edit in the core alone:      " << coreEdit << " ms\n";
    out << "one edit until panes + sidebar repainted:  " << edit << " ms\n";
    out << "the same edit with the sidebar hidden:     " << editNoSidebar << " ms\n";
    out << "baseline  the edit, no repaint, no sidebar: " << otherEdit << " ms\n";
    out << "the sidebar's share of an edit:            " << edit - editNoSidebar << " ms; the rest beyond "
        << "the baseline edit and the repaint: " << edit - otherEdit - paintOnly << " ms\n";
    return 0;
}
