// How fast the conversation layout opens a long transcript: N turns (2,000 by
// default) among six voices, measured against the floor any reader must
// pay, a plain QTextDocument (and a plain QTextEdit) holding the same text.
// Prints, each the median of a few runs:
//   - baseline: QTextDocument::setPlainText() of the text, laid out in full,
//     and a QTextEdit with the same text shown and painted once;
//   - the article view in the conversation layout: the article set, shown
//     and painted once (what a reader waits for), then scrolled to the end
//     (the whole text laid out);
//   - compare of all the guests, built and painted;
//   - the highlights of the article (one every tenth turn) drawn again.
// Usage: colloquy-bench-conversation [TURNS]   (default 2000). Not a test.

#include "mediantime.h"
#include "reader/articleview.h"
#include "reader/compareview.h"
#include "reader/conversationview.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "testarticles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using Colloquy::Benchmarks::medianMs;

namespace {

// Our own filler: short, varied sentences, as a transcript's turns are.
QString sentence(int turn, int index)
{
    static const QStringList words {u"harbour"_s, u"council"_s, u"budget"_s, u"ferry"_s, u"winter"_s,
        u"grid"_s, u"bond"_s, u"tram"_s, u"school"_s, u"market"_s, u"river"_s, u"sensor"_s, u"the"_s,
        u"and"_s, u"we"_s, u"said"_s};
    QStringList sentence;
    const int length = 8 + (turn * 7 + index * 3) % 14;
    for (int i = 0; i < length; ++i)
        sentence.append(words.at((turn * 5 + index * 11 + i * 3) % words.size()));
    QString text = sentence.join(u' ');
    text[0] = text.at(0).toUpper();
    return text + (turn % 2 == 0 ? u'?' : u'.');
}

/// A host asking, five guests answering: the host speaks every other turn.
Article transcript(int turns)
{
    const QStringList guests {
        u"Aino Rask"_s, u"Bo Lindqvist"_s, u"Chidi Eze"_s, u"Dara Moss"_s, u"Eun-ji Park"_s};
    QList<Segment> segments;
    for (int turn = 0; turn < turns; ++turn) {
        QStringList paragraphs {sentence(turn, 0) + u' ' + sentence(turn, 1)};
        if (turn % 5 == 3)
            paragraphs.append(sentence(turn, 2));
        const bool host = turn % 2 == 0;
        segments.append(TestArticles::speech(host ? u"Host"_s : guests.at((turn / 2) % guests.size()),
            host ? u"the presenter"_s : u"a guest"_s, paragraphs));
    }
    return TestArticles::article(u"A Long Evening"_s, segments);
}

/// The article's text as a reader sees it: each turn's speaker, then its paragraphs.
QString plainText(const Article &article)
{
    QStringList lines;
    for (const Segment &segment : article.segments) {
        lines.append(segment.speaker->name);
        lines += segment.paragraphs;
    }
    return lines.join(u'\n');
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int turns = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    constexpr int Runs = 5;
    const QSize size(1200, 800);
    QTextStream out(stdout);
    const Article article = transcript(turns);
    const QString text = plainText(article);
    out << "transcript: " << turns << " turns, " << text.size() << " characters\n";

    const double document = medianMs(Runs, [&] {
        QTextDocument doc;
        doc.setDefaultFont(SpeechView::readingFont(12));
        doc.setPlainText(text);
        doc.setTextWidth(560);
        doc.documentLayout()->documentSize();
    });
    const double edit = medianMs(Runs, [&] {
        QTextEdit view;
        view.setReadOnly(true);
        view.setFont(SpeechView::readingFont(12));
        view.resize(size);
        view.show();
        view.setPlainText(text);
        view.grab();
    });
    out << "baseline: QTextDocument set and laid out in full " << document
        << " ms; QTextEdit shown and painted " << edit << " ms\n";

    ArticleView view;
    view.resize(size);
    view.setReadingPointSize(12);
    view.setArticleLayout(ArticleLayout::Conversation);
    view.show();
    const double open = medianMs(Runs, [&] {
        view.clear();
        QApplication::processEvents();
        view.setArticle(article);
        QApplication::processEvents();
        view.grab();
    });
    SpeechView *speech = view.conversationView()->readingPane()->speechView();
    const double toEnd = medianMs(1, [&] {
        speech->verticalScrollBar()->setValue(speech->verticalScrollBar()->maximum());
        view.grab();
    });
    out << "conversation: opened, shown and painted " << open << " ms (" << open / edit
        << "x the QTextEdit); scrolled to the end " << toEnd << " ms\n";

    const double compare = medianMs(Runs, [&] {
        view.conversationView()->setComparing(false);
        view.conversationView()->setComparing(true);
        QApplication::processEvents();
        view.grab();
    });
    out << "compare of the five guests (" << view.conversationView()->compareView()->rowCount()
        << " rows): built, aligned and painted " << compare << " ms\n";
    view.conversationView()->setComparing(false);

    QList<HighlightSpan> highlights;
    for (int turn = 0; turn < turns; turn += 10) {
        HighlightSpan span;
        span.id = turn + 1;
        span.segment = turn;
        span.position = {0, 12};
        highlights.append(span);
    }
    SpeakerPane *pane = view.conversationView()->readingPane();
    const double redraw = medianMs(Runs, [&] {
        pane->setHighlights(highlights, {});
        view.grab();
    });
    out << highlights.size() << " highlights drawn again: " << redraw << " ms\n";
    // The same highlights as claims: margin marks, and the coding strip placing each along the text.
    QHash<qint64, QList<QColor>> claims;
    for (const HighlightSpan &span : std::as_const(highlights))
        claims.insert(span.id, {QColor(Qt::blue), QColor(Qt::red)});
    const double claimRedraw = medianMs(Runs, [&] {
        pane->setHighlights(highlights, claims);
        view.grab();
    });
    out << highlights.size() << " claims drawn again, with the coding strip: " << claimRedraw << " ms\n";
    return 0;
}
