// Highlighting as a reader does it: select text in a speaker pane, press H,
// pick colours with 1–6, remove with Delete, undo and redo with the keyboard.
// Asserts what the pane's document shows and what the library stores. Runs
// offscreen on a temporary library and temporary settings.

#include "actions.h"
#include "annotate/annotations.h"
#include "annotations/highlightcontroller.h"
#include "dialoganswers.h"
#include "library/librarypanel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "reader/articleview.h"
#include "reader/highlightstyle.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QScrollBar>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

const QString IngridFirst = u"Our busiest hour is not the morning, it is the hour after school."_s;
const QString IngridSecond = u"We have stopped measuring ourselves by loans alone."_s;
const QString KwameFirst =
    u"Libraries are one of the last indoor places where nobody expects you to buy anything."_s;

Segment speech(const QString &name, const QStringList &paragraphs)
{
    return TestArticles::speech(name, u"a speaker"_s, paragraphs);
}

/// Segment 0: a caption; Ingrid speaks in 1 and again in 3, Kwame in 2.
Article roundtable()
{
    Segment caption;
    caption.kind = SegmentKind::Caption;
    caption.paragraphs = {u"Photo: a reading room"_s};
    return TestArticles::article(u"Libraries"_s,
        {caption, speech(u"Ingrid"_s, {IngridFirst, IngridSecond}), speech(u"Kwame"_s, {KwameFirst}),
            speech(u"Ingrid"_s, {u"Come on a Tuesday and see for yourself."_s})});
}

/// The highlight colour the view paints under character `position`; invalid when none.
QColor backgroundAt(const SpeechView *view, int position)
{
    const std::optional<SpeechView::HighlightRun> run = view->highlightRunAt(position);
    return run ? run->background : QColor();
}

/// The colour of the underline at character `position`; invalid when none.
QColor underlineAt(const SpeechView *view, int position)
{
    const std::optional<SpeechView::HighlightRun> run = view->highlightRunAt(position);
    return run ? run->underline : QColor();
}

bool underlinedAt(const SpeechView *view, int position)
{
    return underlineAt(view, position).isValid();
}

} // namespace

class TestHighlighting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editMenuUndoAndRedoFollowTheStack();
    void pressingHHighlightsTheSelectionInYellow();
    void digitKeysPickTheColourOfTheNextHighlight();
    void undoRemovesTheHighlightAndRedoBringsItBack();
    void deleteRemovesTheHighlightUnderTheCursor();
    void refusesASelectionAcrossTwoTurns();
    void trimsASelectionEndingAtAParagraphBreak();
    void refusesHWithoutASelection();
    void overlapsShowDeeperAndClaimsAreMarked();
    void contextMenuRecoloursAndRemoves();
    void reRenderingKeepsTheScrollPosition();
    void highlightsArePaintedUnderTheText();
    void aSpeakerShownLaterIsLaidOutAtItsWidth();
    void textSetWhileHiddenIsLaidOutWhenShown();
    void keysInTheLibraryFilterStayText();

private:
    SpeakerPane *pane(int index) const
    {
        return m_gui.child<ArticleView>(u"articleView"_s)->panes().at(index);
    }
    SpeechView *view(int index) const { return pane(index)->speechView(); }
    /// Selects `[from, from + length)` of the view's document and focuses the view.
    void select(SpeechView *view, int from, int length) { QVERIFY(selectText(view, from, length)); }
    QList<Highlight> stored() const { return *m_gui.store()->highlights(m_articleId); }

    HighlightController *highlighter() const
    {
        return m_gui.child<HighlightController>(u"highlightController"_s);
    }

    MainWindowFixture m_gui;
    qint64 m_articleId = 0;
};

void TestHighlighting::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestHighlighting::init()
{
    m_articleId = m_gui.openOn(roundtable(), {1200, 800});
    QVERIFY(m_articleId > 0);
    QCOMPARE(m_gui.child<ArticleView>(u"articleView"_s)->panes().size(), 2);
}

void TestHighlighting::cleanup()
{
    m_gui.reset();
}

void TestHighlighting::editMenuUndoAndRedoFollowTheStack()
{
    QAction *undo = m_gui.action(Actions::Id::Undo);
    QAction *redo = m_gui.action(Actions::Id::Redo);
    QVERIFY(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QVERIFY(m_gui.annotations()->addHighlight(m_articleId, 1, 4, 11));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
}

void TestHighlighting::pressingHHighlightsTheSelectionInYellow()
{
    SpeechView *ingrid = view(0);
    // "busiest hour", selected with the keyboard as a reader would.
    const int start = int(IngridFirst.indexOf(u"busiest"_s));
    ingrid->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(ingrid->hasFocus());
    QTextCursor cursor = ingrid->textCursor();
    cursor.setPosition(start);
    ingrid->setTextCursor(cursor);
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(ingrid, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(ingrid->textCursor().selectedText(), u"busiest hour"_s);

    QTest::keyClick(ingrid, Qt::Key_H);

    const QList<Highlight> highlights = stored();
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(highlights.first().anchor.quote.exact, u"busiest hour"_s);
    QCOMPARE(highlights.first().anchor.segment, qsizetype(1));
    QCOMPARE(highlights.first().anchor.position.start, qsizetype(start));
    QCOMPARE(highlights.first().colour, HighlightColour::Yellow);
    QCOMPARE(highlights.first().speaker, u"Ingrid"_s);

    // The reader sees yellow on exactly those words, and the selection is gone.
    const QColor yellow = HighlightStyle::tint(HighlightColour::Yellow, ingrid->palette());
    QVERIFY(!ingrid->textCursor().hasSelection());
    QCOMPARE(backgroundAt(ingrid, start), yellow);
    QCOMPARE(backgroundAt(ingrid, start + 11), yellow);
    QVERIFY(!backgroundAt(ingrid, start - 1).isValid());
    QVERIFY(!backgroundAt(ingrid, start + 12).isValid());
    QVERIFY(m_gui.window()->statusBar()->currentMessage().contains(u"yellow"_s));
}

void TestHighlighting::digitKeysPickTheColourOfTheNextHighlight()
{
    SpeechView *kwame = view(1);
    kwame->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(kwame->hasFocus());
    QTest::keyClick(kwame, Qt::Key_3);
    QCOMPARE(highlighter()->currentColour(), HighlightColour::Blue);
    QVERIFY(m_gui.child<Actions>(u"actions"_s)->colourAction(HighlightColour::Blue)->isChecked());
    QVERIFY(m_gui.action(Actions::Id::HighlightSelection)->toolTip().contains(u"blue"_s));

    const int start = int(KwameFirst.indexOf(u"last indoor places"_s));
    select(kwame, start, 18);
    QTest::keyClick(kwame, Qt::Key_H);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().colour, HighlightColour::Blue);
    QCOMPARE(stored().first().anchor.quote.exact, u"last indoor places"_s);
    QCOMPARE(backgroundAt(kwame, start + 5), HighlightStyle::tint(HighlightColour::Blue, kwame->palette()));

    QTest::keyClick(kwame, Qt::Key_6);
    QCOMPARE(highlighter()->currentColour(), HighlightColour::Orange);
    // The choice is remembered for the next window.
    QVERIFY(m_gui.openWindow());
    QCOMPARE(highlighter()->currentColour(), HighlightColour::Orange);
}

void TestHighlighting::undoRemovesTheHighlightAndRedoBringsItBack()
{
    SpeechView *ingrid = view(0);
    select(ingrid, 4, 7); // "busiest"
    QTest::keyClick(ingrid, Qt::Key_H);
    select(ingrid, 12, 4); // "hour"
    QTest::keyClick(ingrid, Qt::Key_2);
    QTest::keyClick(ingrid, Qt::Key_H);
    const QList<Highlight> both = stored();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(1).colour, HighlightColour::Green);
    QUndoStack *stack = m_gui.annotations()->undoStack();

    QTest::keyClick(ingrid, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), both.mid(0, 1));
    QVERIFY(!backgroundAt(ingrid, 13).isValid());
    QVERIFY(backgroundAt(ingrid, 5).isValid());
    QVERIFY(stack->canUndo());
    QVERIFY(stack->canRedo());

    QTest::keyClick(ingrid, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(), both);
    QCOMPARE(backgroundAt(ingrid, 13), HighlightStyle::tint(HighlightColour::Green, ingrid->palette()));
    QVERIFY(!stack->canRedo());

    // Undo works from anywhere in the window, not only from the pane.
    QTest::keyClick(m_gui.window(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(m_gui.window(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(stored().isEmpty());
    QVERIFY(!stack->canUndo());
    QVERIFY(!backgroundAt(ingrid, 5).isValid());
}

void TestHighlighting::deleteRemovesTheHighlightUnderTheCursor()
{
    SpeechView *ingrid = view(0);
    Annotations *annotations = m_gui.annotations();
    QVERIFY(annotations->addHighlight(m_articleId, 1, 4, 16)); // "busiest hour"
    // In the second paragraph: offsets count the paragraph break.
    const qsizetype second = IngridFirst.size() + 1;
    QVERIFY(
        annotations->addHighlight(m_articleId, 1, second + 3, second + 7, HighlightColour::Red)); // "have"
    const int secondInDocument = pane(0)->documentPosition(1, second);
    QCOMPARE(ingrid->document()->findBlock(secondInDocument).text(), IngridSecond);
    QCOMPARE(backgroundAt(ingrid, secondInDocument + 4),
        HighlightStyle::tint(HighlightColour::Red, ingrid->palette()));

    ingrid->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(ingrid->hasFocus());
    QTextCursor cursor = ingrid->textCursor();
    cursor.setPosition(secondInDocument + 5);
    ingrid->setTextCursor(cursor);
    QTest::keyClick(ingrid, Qt::Key_Delete);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().anchor.quote.exact, u"busiest hour"_s);
    QVERIFY(!backgroundAt(ingrid, secondInDocument + 4).isValid());

    // Nothing under the cursor: nothing removed, and the reader is told.
    cursor.setPosition(1);
    ingrid->setTextCursor(cursor);
    QTest::keyClick(ingrid, Qt::Key_Delete);
    QCOMPARE(stored().size(), 1);
    QVERIFY(m_gui.window()->statusBar()->currentMessage().contains(u"no highlight"_s));

    QTest::keyClick(ingrid, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored().size(), 2);
}

void TestHighlighting::refusesASelectionAcrossTwoTurns()
{
    SpeechView *ingrid = view(0);
    // From the second paragraph of the first turn into the second turn.
    const int from = pane(0)->documentPosition(1, IngridFirst.size() + 1 + 8);
    const int to = pane(0)->documentPosition(3, 4);
    QVERIFY(from > 0 && to > from);
    select(ingrid, from, to - from);
    QTest::keyClick(ingrid, Qt::Key_H);
    QVERIFY(stored().isEmpty());
    QVERIFY(m_gui.window()->statusBar()->currentMessage().contains(u"one turn"_s));
    QVERIFY(!backgroundAt(ingrid, from + 1).isValid());

    // Two paragraphs of one turn are one segment: that is fine.
    select(ingrid, 4, int(IngridFirst.size()) + 4);
    QTest::keyClick(ingrid, Qt::Key_H);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().anchor.quote.exact, IngridFirst.mid(4) + u"\nWe have"_s);
}

void TestHighlighting::trimsASelectionEndingAtAParagraphBreak()
{
    SpeechView *ingrid = view(0);
    // An offset past the segment's end stays at its end: the end of its second paragraph.
    const int start = pane(0)->documentPosition(1, 0);
    const int end = start + int(IngridFirst.size() + 1 + IngridSecond.size());
    QCOMPARE(pane(0)->documentPosition(1, 100000), end);
    QCOMPARE(ingrid->document()->findBlock(end - 1).text(), IngridSecond);

    // Dragged over the paragraph break: the break is not part of the quote.
    select(ingrid, start + 4, int(IngridFirst.size()) - 4 + 1);
    QTest::keyClick(ingrid, Qt::Key_H);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().anchor.quote.exact, IngridFirst.mid(4));
}

void TestHighlighting::refusesHWithoutASelection()
{
    view(1)->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(view(1)->hasFocus());
    QTest::keyClick(view(1), Qt::Key_H);
    QVERIFY(stored().isEmpty());
    QVERIFY(m_gui.window()->statusBar()->currentMessage().contains(u"Select some text"_s));
    // Whitespace alone is no highlight either.
    select(view(1), int(KwameFirst.indexOf(u' ')), 1);
    QTest::keyClick(view(1), Qt::Key_H);
    QVERIFY(stored().isEmpty());
}

void TestHighlighting::overlapsShowDeeperAndClaimsAreMarked()
{
    Annotations *annotations = m_gui.annotations();
    const std::optional<qint64> first = annotations->addHighlight(m_articleId, 1, 0, 16);
    QVERIFY(annotations->addHighlight(m_articleId, 1, 8, 30));
    QVERIFY(first);
    SpeechView *ingrid = view(0);
    const QColor single = HighlightStyle::tint(HighlightColour::Yellow, ingrid->palette());
    QCOMPARE(backgroundAt(ingrid, 2), single);
    QCOMPARE(backgroundAt(ingrid, 20), single);
    const QColor overlap = backgroundAt(ingrid, 10);
    QVERIFY(overlap.isValid());
    QVERIFY(overlap != single);
    QVERIFY(overlap.lightnessF() < single.lightnessF());
    QVERIFY(!underlinedAt(ingrid, 2));

    const std::optional<qint64> theme = annotations->createTheme(u"Youth"_s, 0, HighlightColour::Green);
    QVERIFY(theme);
    QVERIFY(annotations->tagHighlight(*first, *theme));
    QVERIFY(underlinedAt(ingrid, 2));
    QVERIFY(!underlinedAt(ingrid, 20));
    QCOMPARE(underlineAt(ingrid, 2), HighlightStyle::swatch(HighlightColour::Green));
    QCOMPARE(ingrid->marginMarks().size(), 1);
    QCOMPARE(ingrid->marginMarks().first().colours,
        QList<QColor> {HighlightStyle::swatch(HighlightColour::Green)});
}

void TestHighlighting::contextMenuRecoloursAndRemoves()
{
    const std::optional<qint64> id = m_gui.annotations()->addHighlight(m_articleId, 2, 0, 9);
    QVERIFY(id);
    SpeechView *kwame = view(1);
    auto actionNamed = [](QMenu *menu, const QString &text) -> QAction * {
        for (QAction *action : menu->actions()) {
            if (action->text().remove(u'&').startsWith(text))
                return action;
        }
        return nullptr;
    };

    QMenu menu;
    Q_EMIT kwame->contextMenuAboutToShow(&menu, 4);
    QAction *colour = actionNamed(&menu, u"Colour"_s);
    QVERIFY(colour && colour->menu());
    QAction *purple = actionNamed(colour->menu(), u"Purple"_s);
    QVERIFY(purple);
    purple->trigger();
    QCOMPARE(m_gui.store()->highlight(*id)->value().colour, HighlightColour::Purple);
    QCOMPARE(backgroundAt(kwame, 4), HighlightStyle::tint(HighlightColour::Purple, kwame->palette()));

    QMenu again;
    Q_EMIT kwame->contextMenuAboutToShow(&again, 4);
    QAction *remove = actionNamed(&again, u"Remove Highlight"_s);
    QVERIFY(remove);
    remove->trigger();
    QVERIFY(stored().isEmpty());

    // On a selection: highlight in a chosen colour.
    select(kwame, 10, 3);
    QMenu onSelection;
    Q_EMIT kwame->contextMenuAboutToShow(&onSelection, 11);
    QVERIFY(!actionNamed(&onSelection, u"Remove Highlight"_s));
    QAction *highlightIn = actionNamed(&onSelection, u"Highlight in"_s);
    QVERIFY(highlightIn && highlightIn->menu());
    actionNamed(highlightIn->menu(), u"Red"_s)->trigger();
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().colour, HighlightColour::Red);
    QCOMPARE(stored().first().anchor.quote.exact, KwameFirst.mid(10, 3));
}

void TestHighlighting::reRenderingKeepsTheScrollPosition()
{
    QStringList paragraphs;
    for (int i = 0; i < 40; ++i)
        paragraphs.append(
            u"Paragraph %1 of a long answer that goes on for a while to fill the pane."_s.arg(i));
    const AddResult added =
        m_gui.store()->addArticle(TestArticles::article(u"Long"_s, {speech(u"Ada"_s, paragraphs)}));
    m_articleId = added.id;
    m_gui.window()->showArticle(added.id);
    SpeechView *ada = view(0);
    QScrollBar *bar = ada->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const int scrolled = bar->value();

    QVERIFY(m_gui.annotations()->addHighlight(added.id, 0, 0, 9));
    QCOMPARE(bar->value(), scrolled);
    QVERIFY(backgroundAt(ada, 1).isValid());
}

void TestHighlighting::highlightsArePaintedUnderTheText()
{
    QVERIFY(m_gui.annotations()->addHighlight(m_articleId, 1, 0, 16)); // "Our busiest hour"
    SpeechView *ingrid = view(0);
    const QRgb tint = HighlightStyle::tint(HighlightColour::Yellow, ingrid->palette()).rgb();
    // The boxes of the highlighted words and of the words after them, on the first line.
    const auto box = [ingrid](int from, int to) {
        QTextCursor cursor(ingrid->document());
        cursor.setPosition(from);
        const QRect start = ingrid->cursorRect(cursor);
        cursor.setPosition(to);
        const QRect end = ingrid->cursorRect(cursor);
        return QRect(start.topLeft(), QPoint(end.left() - 1, start.bottom())).adjusted(1, 1, -1, -1);
    };
    const auto tintShare = [ingrid, tint](const QRect &rect) {
        const QImage image = ingrid->viewport()->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        const QRect pixels = QRectF(QPointF(rect.topLeft()) * ratio, QSizeF(rect.size()) * ratio).toRect();
        int tinted = 0;
        for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
            for (int x = pixels.left(); x <= pixels.right(); ++x)
                tinted += QColor(image.pixel(x, y)).rgb() == tint;
        }
        return double(tinted) / double(pixels.width() * pixels.height());
    };
    // The tint fills the space around the glyphs, which stay drawn on top.
    const double inside = tintShare(box(0, 16));
    QVERIFY2(inside > 0.4 && inside < 1.0, qPrintable(QString::number(inside)));
    QCOMPARE(tintShare(box(17, 24)), 0.0);
}

void TestHighlighting::aSpeakerShownLaterIsLaidOutAtItsWidth()
{
    // One speaker at a time: the second pane is hidden when the article opens.
    m_gui.action(Actions::Id::LayoutOneAtATime)->trigger();
    const AddResult added = m_gui.store()->addArticle(TestArticles::article(
        u"Later"_s, {speech(u"Ada"_s, {u"First words."_s}), speech(u"Ben"_s, {KwameFirst, KwameFirst})}));
    m_gui.window()->showArticle(added.id);
    QVERIFY(m_gui.annotations()->addHighlight(added.id, 1, 0, 9));
    SpeechView *ben = view(1);
    QVERIFY(!ben->isVisible());

    m_gui.child<ArticleView>(u"articleView"_s)->setCurrentSpeaker(1);
    QTRY_VERIFY(ben->isVisible());
    // Laid out at the column the view shows, not whatever width it had while hidden.
    const QSizeF size = ben->document()->documentLayout()->documentSize();
    QCOMPARE(ben->document()->pageSize().width(), qreal(ben->lineWrapColumnOrWidth()));
    QVERIFY(size.height() > 2 * QFontMetricsF(ben->font()).lineSpacing());
    QVERIFY(backgroundAt(ben, 2).isValid());
}

void TestHighlighting::textSetWhileHiddenIsLaidOutWhenShown()
{
    SpeechView speech;
    speech.resize(400, 300);
    speech.show();
    QVERIFY(QTest::qWaitForWindowExposed(&speech));
    speech.hide();
    // Set while hidden, shown again at the same size: no resize lays it out.
    speech.setParagraphs({IngridFirst, IngridSecond});
    speech.show();
    QVERIFY(QTest::qWaitForWindowExposed(&speech));
    QVERIFY(!speech.document()->pageSize().isNull());
    QVERIFY(speech.document()->documentLayout()->documentSize().height() >
        2 * QFontMetricsF(speech.font()).lineSpacing());
}

void TestHighlighting::keysInTheLibraryFilterStayText()
{
    select(view(0), 4, 7);
    QLineEdit *filter = m_gui.child<LibraryPanel>(u"libraryPanel"_s)->filterEdit();
    filter->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"h3"_s);
    QVERIFY(stored().isEmpty());
    QCOMPARE(highlighter()->currentColour(), HighlightColour::Yellow);
    QCOMPARE(filter->text(), u"h3"_s);
}

QTEST_MAIN(TestHighlighting)
#include "tst_highlighting.moc"
