// Annotating as a reader does it: the floating toolbar on a selection, the
// tag picker (T), the note editor (N), the annotation sidebar and the
// codebook manager, all driven with QTest key and mouse events. Asserts what
// the library stores and what the reader sees. Runs offscreen on a temporary
// library and temporary settings.

#include "actions.h"
#include "annotate/annotations.h"
#include "annotations/annotationmodel.h"
#include "annotations/annotationsidebar.h"
#include "annotations/codebookdialog.h"
#include "annotations/highlightcontroller.h"
#include "annotations/noteeditor.h"
#include "annotations/selectiontoolbar.h"
#include "annotations/tagpicker.h"
#include "dialoganswers.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "reader/articleview.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleHints>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVariantAnimation>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

const QString MarenFirst = u"Ferries should run every twenty minutes, even in winter."_s;
const QString MarenSecond = u"A timetable nobody trusts is worse than none at all."_s;
const QString Osei = u"Cheap fares matter less than a boat that actually comes."_s;

Article crossing()
{
    return TestArticles::article(u"Crossings"_s,
        {TestArticles::speech(u"Maren"_s, u"a harbour pilot"_s, {MarenFirst, MarenSecond}),
            TestArticles::speech(u"Osei"_s, u"a commuter"_s, {Osei})});
}

} // namespace

class TestAnnotationUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void floatingToolBarFollowsTheSelection();
    void tPicksAThemeOrCreatesOneAndEnterApplies();
    void tagPickerFiltersToggleAndCreatesSubThemes();
    void nWritesANoteSavedAsYouTypeUndoneInOneStep();
    void contextMenuOffersNoteAndTag();
    void sidebarListsGroupsFiltersAndFollowsUndo();
    void clickingASidebarEntrySelectsItsText();
    void sidebarMarksOrphans();
    void reattachHereAttachesAnOrphanToTheSelection();
    void codebookDeleteAsksWithTheClaimCountAndUndoRestores();
    void codebookRenamesRecoloursMovesAndMerges();
    void codebookListsClaimsAcrossArticlesAndOpensThem();

private:
    SpeakerPane *pane(int index) const
    {
        return m_gui.child<ArticleView>(u"articleView"_s)->panes().at(index);
    }
    SpeechView *view(int index) const { return pane(index)->speechView(); }
    void select(SpeechView *view, int from, int length) { QVERIFY(selectText(view, from, length)); }
    QStringList themeNamesOf(qint64 highlightId) const;
    /// A highlight of "Cheap" (Osei's first word) stored as an orphan, as a
    /// re-import leaves one: the UI cannot make one. Nullopt on failure.
    std::optional<qint64> addOrphan(HighlightColour colour = HighlightColour::Yellow);
    QList<Highlight> stored() const { return *m_gui.store()->highlights(m_articleId); }

    AnnotationSidebar *annotationSidebar() const
    {
        return m_gui.child<AnnotationSidebar>(u"annotationSidebar"_s);
    }
    HighlightController *highlighter() const
    {
        return m_gui.child<HighlightController>(u"highlightController"_s);
    }

    MainWindowFixture m_gui;
    qint64 m_articleId = 0;
};

void TestAnnotationUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestAnnotationUi::init()
{
    m_articleId = m_gui.openOn(crossing());
    QVERIFY(m_articleId > 0);
    QCOMPARE(m_gui.child<ArticleView>(u"articleView"_s)->panes().size(), 2);
}

void TestAnnotationUi::cleanup()
{
    m_gui.reset();
}

std::optional<qint64> TestAnnotationUi::addOrphan(HighlightColour colour)
{
    const std::optional<qint64> id = m_gui.annotations()->addHighlight(m_articleId, 1, 0, 5, colour);
    if (!id)
        return std::nullopt;
    Highlight orphan = m_gui.store()->highlight(*id)->value();
    orphan.state = AnchorState::Orphaned;
    AnnotationChange change;
    change.putHighlights = {orphan};
    return m_gui.store()->applyAnnotationChange(change) ? id : std::nullopt;
}

QStringList TestAnnotationUi::themeNamesOf(qint64 highlightId) const
{
    QStringList names;
    for (const qint64 id : *m_gui.store()->themeIdsOfHighlight(highlightId))
        names.append(m_gui.store()->theme(id)->value().name);
    return names;
}

void TestAnnotationUi::floatingToolBarFollowsTheSelection()
{
    SpeechView *maren = view(0);
    SelectionToolBar *bar = nullptr;
    for (SelectionToolBar *candidate : m_gui.window()->findChildren<SelectionToolBar *>()) {
        if (candidate->view() == maren)
            bar = candidate;
    }
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
    const int start = int(MarenFirst.indexOf(u"every twenty minutes"_s));
    select(maren, start, 20);
    QTRY_VERIFY(bar->isVisible());
    // Near the selection, wholly inside the window.
    QVERIFY(m_gui.window()->rect().contains(bar->geometry()));
    const QRect selection = maren->cursorRect(maren->textCursor());
    const QPoint selectionInWindow = maren->viewport()->mapTo(m_gui.window(), selection.center());
    QVERIFY(std::abs(bar->geometry().center().y() - selectionInWindow.y()) < 4 * bar->height());
    // Focus elsewhere hides it; back in the speech, it shows again.
    annotationSidebar()->textFilter()->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(!bar->isVisible());
    maren->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(bar->isVisible());

    auto *green = bar->findChild<QToolButton *>(u"selectionColour_green"_s);
    QVERIFY(green);
    QTest::mouseClick(green, Qt::LeftButton);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().colour, HighlightColour::Green);
    QCOMPARE(stored().first().anchor.quote.exact, u"every twenty minutes"_s);
    // The selection is gone, and the bar with it; the speech kept the focus.
    QVERIFY(!bar->isVisible());
    QVERIFY(maren->hasFocus());

    // Tag from the bar: highlights in the current colour and opens the picker on it.
    select(maren, 0, 7); // "Ferries"
    QTRY_VERIFY(bar->isVisible());
    QTest::mouseClick(bar->findChild<QToolButton *>(u"selectionTag"_s), Qt::LeftButton);
    TagPicker *picker = highlighter()->tagPicker();
    QTRY_VERIFY(picker->isVisible());
    QCOMPARE(stored().size(), 2);
    QCOMPARE(m_gui.store()->highlight(picker->highlightId())->value().anchor.quote.exact, u"Ferries"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!picker->isVisible());
}

void TestAnnotationUi::tPicksAThemeOrCreatesOneAndEnterApplies()
{
    SpeechView *osei = view(1);
    const int start = int(Osei.indexOf(u"a boat that actually comes"_s));
    select(osei, start, 26);
    QTest::keyClick(osei, Qt::Key_T);

    TagPicker *picker = highlighter()->tagPicker();
    QTRY_VERIFY(picker->isVisible());
    QTRY_VERIFY(picker->filterEdit()->hasFocus());
    QCOMPARE(stored().size(), 1); // T highlighted the selection first
    const qint64 id = stored().first().id;
    QCOMPARE(picker->highlightId(), id);

    QTest::keyClicks(picker->filterEdit(), u"Reliability"_s);
    QCOMPARE(picker->list()->count(), 1);
    QVERIFY(picker->list()->currentItem()->text().contains(u"Create theme"_s));
    QVERIFY(picker->list()->currentItem()->text().contains(u"Reliability"_s));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);

    // A claim with that theme, stored at once.
    QCOMPARE(themeNamesOf(id), QStringList {u"Reliability"_s});
    QCOMPARE(m_gui.store()->themes()->size(), 1);
    // The picker stays open, the new theme ticked.
    QVERIFY(picker->isVisible());
    QCOMPARE(picker->filterEdit()->text(), QString());
    QCOMPARE(picker->list()->count(), 1);
    QCOMPARE(picker->list()->item(0)->checkState(), Qt::Checked);
    // The claim carries its theme's mark in the pane.
    QCOMPARE(osei->marginMarks().size(), 1);

    // Enter again removes it; Esc closes.
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QVERIFY(themeNamesOf(id).isEmpty());
    QTest::keyClick(picker->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!picker->isVisible());

    // Undo: the untag, then creating and tagging as one step, then the highlight.
    QTRY_VERIFY(osei->hasFocus());
    QTest::keyClick(osei, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(themeNamesOf(id), QStringList {u"Reliability"_s});
    QTest::keyClick(osei, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_gui.store()->themes()->isEmpty());
    QCOMPARE(stored().size(), 1);
    QTest::keyClick(osei, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(stored().isEmpty());
}

void TestAnnotationUi::tagPickerFiltersToggleAndCreatesSubThemes()
{
    Annotations *annotations = m_gui.annotations();
    const std::optional<qint64> economy = annotations->createTheme(u"Economy"_s, 0, HighlightColour::Blue);
    QVERIFY(economy);
    QVERIFY(annotations->createTheme(u"Trade"_s, *economy));
    QVERIFY(annotations->createTheme(u"Safety"_s, 0, HighlightColour::Red));
    const std::optional<qint64> id = annotations->addHighlight(m_articleId, 0, 0, 7);
    QVERIFY(id);

    // No selection: T works on the highlight under the cursor.
    SpeechView *maren = view(0);
    select(maren, 3, 0);
    QTest::keyClick(maren, Qt::Key_T);
    TagPicker *picker = highlighter()->tagPicker();
    QTRY_VERIFY(picker->isVisible());
    QCOMPARE(picker->highlightId(), *id);
    QCOMPARE(picker->list()->count(), 3);
    QStringList rows;
    for (int i = 0; i < picker->list()->count(); ++i)
        rows.append(picker->list()->item(i)->text());
    QCOMPARE(rows, (QStringList {u"Economy"_s, u"Economy \u203A Trade"_s, u"Safety"_s}));

    // Type to filter, Down to move, Enter to apply.
    QTest::keyClicks(picker->filterEdit(), u"econ"_s);
    QCOMPARE(picker->list()->count(), 3); // two themes, and "Create theme “econ”" last
    QCOMPARE(picker->list()->item(0)->text(), u"Economy"_s);
    QVERIFY(picker->list()->item(2)->text().startsWith(u"Create theme"_s));
    QTest::keyClick(picker->filterEdit(), Qt::Key_Down);
    QCOMPARE(picker->list()->currentItem()->text(), u"Economy \u203A Trade"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Enter);
    QCOMPARE(themeNamesOf(*id), QStringList {u"Trade"_s});

    // A path creates the missing sub-theme under the existing parent.
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), u"Economy > Fares"_s);
    QVERIFY(picker->list()->item(picker->list()->count() - 1)->text().contains(u"Economy \u203A Fares"_s));
    picker->list()->setCurrentRow(picker->list()->count() - 1);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QCOMPARE(m_gui.store()->themes()->size(), 4);
    bool found = false;
    for (const Theme &theme : *m_gui.store()->themes())
        found = found || (theme.name == u"Fares"_s && theme.parentId == *economy);
    QVERIFY(found);
    QCOMPARE(themeNamesOf(*id).size(), 2);

    // A click applies a row too.
    QListWidget *list = picker->list();
    QCOMPARE(list->item(list->count() - 1)->text(), u"Safety"_s);
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(list->count() - 1)).center());
    QTRY_COMPARE(themeNamesOf(*id).size(), 3);
    QVERIFY(picker->isVisible());
    QTest::keyClick(picker->filterEdit(), Qt::Key_Escape);
}

void TestAnnotationUi::nWritesANoteSavedAsYouTypeUndoneInOneStep()
{
    SpeechView *maren = view(0);
    const qsizetype second = MarenFirst.size() + 1;
    const int start = pane(0)->documentPosition(0, second + MarenSecond.indexOf(u"worse"_s));
    select(maren, start, 5);
    QUndoStack *stack = m_gui.annotations()->undoStack();
    QTest::keyClick(maren, Qt::Key_N);

    NoteEditor *editor = highlighter()->noteEditor();
    QTRY_VERIFY(editor->isVisible());
    QTRY_VERIFY(editor->editor()->hasFocus());
    QCOMPARE(stored().size(), 1);
    const qint64 id = stored().first().id;
    QCOMPARE(editor->highlightId(), id);
    const int afterHighlight = stack->count();

    QTest::keyClicks(editor->editor(), u"**Un"_s);
    // Saved as typed: no Save button, no timer.
    QCOMPARE(m_gui.store()->note(id)->value().markdown, u"**Un"_s);
    QTest::keyClicks(editor->editor(), u"trusted** timetables"_s);
    QTest::keyClick(editor->editor(), Qt::Key_Return);
    QTest::keyClicks(editor->editor(), u"- cost riders"_s);
    const QString typed = u"**Untrusted** timetables\n- cost riders"_s;
    QCOMPARE(m_gui.store()->note(id)->value().markdown, typed);
    QCOMPARE(stack->count(), afterHighlight + 1); // the whole burst is one step

    QTest::keyClick(editor->editor(), Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    QTRY_VERIFY(maren->hasFocus());
    QTest::keyClick(maren, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!m_gui.store()->note(id)->has_value());
    QCOMPARE(stored().size(), 1);
    QTest::keyClick(maren, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_gui.store()->note(id)->value().markdown, typed);

    // N on the highlight again opens its note where it was left.
    select(maren, start + 2, 0);
    QTest::keyClick(maren, Qt::Key_N);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->editor()->toPlainText(), typed);
    QTest::keyClick(editor->editor(), Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    // So does selecting exactly its text: no second highlight over the same words.
    select(maren, start, 5);
    QTest::keyClick(maren, Qt::Key_N);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->highlightId(), id);
    QCOMPARE(stored().size(), 1);
    QTest::keyClick(editor->editor(), Qt::Key_Escape);
}

void TestAnnotationUi::contextMenuOffersNoteAndTag()
{
    const std::optional<qint64> id = m_gui.annotations()->addHighlight(m_articleId, 1, 0, 5);
    QVERIFY(id);
    SpeechView *osei = view(1);
    QMenu menu;
    Q_EMIT osei->contextMenuAboutToShow(&menu, 2);
    QAction *note = nullptr;
    QAction *tag = nullptr;
    for (QAction *action : menu.actions()) {
        const QString text = action->text().remove(u'&');
        if (text.startsWith(u"Add Note"_s))
            note = action;
        if (text.startsWith(u"Tag with Themes"_s))
            tag = action;
    }
    QVERIFY(note && tag);
    tag->trigger();
    QTRY_VERIFY(highlighter()->tagPicker()->isVisible());
    QCOMPARE(highlighter()->tagPicker()->highlightId(), *id);
    QTest::keyClick(highlighter()->tagPicker()->filterEdit(), Qt::Key_Escape);
    note->trigger();
    QTRY_VERIFY(highlighter()->noteEditor()->isVisible());
    QCOMPARE(highlighter()->noteEditor()->highlightId(), *id);
    QTest::keyClick(highlighter()->noteEditor()->editor(), Qt::Key_Escape);
}

void TestAnnotationUi::sidebarListsGroupsFiltersAndFollowsUndo()
{
    Annotations *annotations = m_gui.annotations();
    const std::optional<qint64> first = annotations->addHighlight(m_articleId, 0, 0, 7); // Ferries
    const std::optional<qint64> second =
        annotations->addHighlight(m_articleId, 0, 8, 14, HighlightColour::Red); // should
    const std::optional<qint64> third = annotations->addHighlight(m_articleId, 1, 0, 11); // Cheap fares
    QVERIFY(first && second && third);
    const std::optional<qint64> fares = annotations->createTheme(u"Fares"_s, 0, HighlightColour::Orange);
    QVERIFY(fares);
    QVERIFY(annotations->tagHighlight(*third, *fares));
    QVERIFY(annotations->setNote(*second, u"modal verb, a *demand*"_s));

    AnnotationSidebar *sidebar = annotationSidebar();
    QVERIFY(sidebar->isVisible());
    QTreeView *list = sidebar->view();
    QAbstractItemModel *model = list->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(AnnotationModel::SpeakerRole).toString(), u"Maren"_s);
    QCOMPARE(model->rowCount(model->index(0, 0)), 2);
    QCOMPARE(model->rowCount(model->index(1, 0)), 1);
    const QModelIndex claim = model->index(0, 0, model->index(1, 0));
    QCOMPARE(claim.data(AnnotationModel::QuoteRole).toString(), u"Cheap fares"_s);
    QCOMPARE(claim.data(AnnotationModel::ThemesRole).toString(), u"Fares"_s);
    QCOMPARE(model->index(1, 0, model->index(0, 0)).data(AnnotationModel::NoteRole).toString(),
        u"modal verb, a *demand*"_s);

    auto visibleHighlights = [model] {
        QList<qint64> ids;
        for (int g = 0; g < model->rowCount(); ++g) {
            for (int r = 0; r < model->rowCount(model->index(g, 0)); ++r)
                ids.append(model->index(r, 0, model->index(g, 0))
                               .data(AnnotationModel::HighlightIdRole)
                               .toLongLong());
        }
        return ids;
    };
    // Speaker filter.
    QComboBox *speaker = sidebar->speakerFilter();
    speaker->setCurrentIndex(speaker->findText(u"Osei"_s));
    QCOMPARE(visibleHighlights(), QList<qint64> {*third});
    speaker->setCurrentIndex(0);
    // Theme filter.
    sidebar->themeFilter()->setCurrentIndex(sidebar->themeFilter()->findText(u"Fares"_s));
    QCOMPARE(visibleHighlights(), QList<qint64> {*third});
    sidebar->themeFilter()->setCurrentIndex(0);
    // Colour filter.
    QComboBox *colour = sidebar->colourFilter();
    colour->setCurrentIndex(colour->findData(int(HighlightColour::Red)));
    QCOMPARE(visibleHighlights(), QList<qint64> {*second});
    colour->setCurrentIndex(0);
    // Text over quotes, notes and theme names, typed as a reader would.
    sidebar->textFilter()->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(sidebar->textFilter(), u"demand"_s);
    QCOMPARE(visibleHighlights(), QList<qint64> {*second});
    sidebar->textFilter()->clear();
    QCOMPARE(visibleHighlights().size(), 3);

    // Every edit and undo shows at once.
    QVERIFY(annotations->removeHighlight(*first));
    QCOMPARE(visibleHighlights().size(), 2);
    annotations->undoStack()->undo();
    QCOMPARE(visibleHighlights().size(), 3);

    // Hidden and shown from the View menu's action.
    QAction *show = m_gui.action(Actions::Id::ShowAnnotations);
    QVERIFY(show->isChecked());
    show->trigger();
    QVERIFY(!sidebar->isVisible());
    // Edits while hidden show as soon as it is back.
    QVERIFY(annotations->removeHighlight(*first));
    show->trigger();
    QVERIFY(sidebar->isVisible());
    QCOMPARE(visibleHighlights().size(), 2);
}

void TestAnnotationUi::clickingASidebarEntrySelectsItsText()
{
    const std::optional<qint64> id = m_gui.annotations()->addHighlight(m_articleId, 1, 17, 28);
    QVERIFY(id);
    QTreeView *list = annotationSidebar()->view();
    const QModelIndex entry = list->model()->index(0, 0, list->model()->index(0, 0));
    QCOMPARE(entry.data(AnnotationModel::HighlightIdRole).toLongLong(), *id);
    const QRect rect = list->visualRect(entry);
    QVERIFY(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());

    SpeechView *osei = view(1);
    QTRY_VERIFY(osei->hasFocus());
    QCOMPARE(osei->textCursor().selectedText(), Osei.mid(17, 11));
    // It flashes: a frame over the highlight, drawn on top of the selection,
    // that fades out by itself.
    QVERIFY(osei->isFlashing());
    const int from = pane(1)->documentPosition(1, 17);
    QCOMPARE(osei->flashRange(), std::make_pair(from, from + 11));
    // Held at its brightest, the frame shows against the same view unflashed
    // (with a steady text cursor, which would blink otherwise).
    QGuiApplication::styleHints()->setCursorFlashTime(0);
    osei->flashAnimation()->pause();
    osei->flashAnimation()->setCurrentTime(0);
    const QImage flashing = osei->viewport()->grab().toImage();
    osei->flashAnimation()->resume();
    QTRY_VERIFY(!osei->isFlashing());
    QCOMPARE(osei->flashRange(), std::make_pair(0, 0));
    QVERIFY(osei->viewport()->grab().toImage() != flashing);
    // Keyboard only: Ctrl+Shift+A hides the sidebar, again shows it with the
    // list focused; Down to the entry, Enter to reveal it.
    const std::optional<qint64> other = m_gui.annotations()->addHighlight(m_articleId, 0, 0, 7);
    QVERIFY(other);
    QTest::keyClick(osei, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!list->isVisible());
    QTest::keyClick(osei, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(list->hasFocus());
    const QModelIndex maren = list->model()->index(0, 0, list->model()->index(0, 0));
    QCOMPARE(maren.data(AnnotationModel::HighlightIdRole).toLongLong(), *other);
    list->setCurrentIndex(list->model()->index(0, 0)); // the speaker's group row
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex(), maren);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(view(0)->hasFocus());
    QCOMPARE(view(0)->textCursor().selectedText(), u"Ferries"_s);
}

void TestAnnotationUi::sidebarMarksOrphans()
{
    QVERIFY(addOrphan());

    QAbstractItemModel *model = annotationSidebar()->view()->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex group = model->index(0, 0);
    QVERIFY(group.data(AnnotationModel::OrphansRole).toBool());
    QVERIFY(group.data().toString().contains(u"Orphaned"_s));
    QCOMPARE(
        model->index(0, 0, group).data(AnnotationModel::AnchorStateRole).toInt(), int(AnchorState::Orphaned));
    QVERIFY(view(1)->highlightRuns().isEmpty()); // not drawn where its text no longer is
}

void TestAnnotationUi::reattachHereAttachesAnOrphanToTheSelection()
{
    // An orphan as a re-import leaves it: its text ("Cheap") is no longer found.
    Annotations *annotations = m_gui.annotations();
    const std::optional<qint64> id = addOrphan(HighlightColour::Purple);
    QVERIFY(id);
    Highlight orphan = m_gui.store()->highlight(*id)->value();
    annotations->undoStack()->clear();

    AnnotationSidebar *sidebar = annotationSidebar();
    QTreeView *list = sidebar->view();
    QAction *reattach = sidebar->reattachAction();
    QTRY_VERIFY(sidebar->reattachButton()->isVisible());
    QVERIFY(!reattach->isEnabled()); // no orphan chosen yet
    const auto orphanEntry = [list] {
        const QModelIndex group = list->model()->index(list->model()->rowCount() - 1, 0);
        return group.data(AnnotationModel::OrphansRole).toBool() ? list->model()->index(0, 0, group)
                                                                 : QModelIndex();
    };
    QVERIFY(orphanEntry().isValid());

    // The reader selects where it belongs, then picks Re-attach Here from the orphan's context menu.
    SpeechView *osei = view(1);
    const int start = int(Osei.indexOf(u"a boat that actually comes"_s));
    select(osei, start, 26);
    const QRect rect = list->visualRect(orphanEntry());
    QVERIFY(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(reattach->isEnabled());
    QVERIFY(osei->textCursor().hasSelection()); // clicking the orphan kept it
    QContextMenuEvent menuEvent(
        QContextMenuEvent::Mouse, rect.center(), list->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(list->viewport(), &menuEvent);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QVERIFY(menu->actions().contains(reattach));
    menu->close();
    reattach->trigger();

    const Highlight attached = m_gui.store()->highlight(*id)->value();
    QCOMPARE(attached.state, AnchorState::Anchored);
    QCOMPARE(attached.anchor.segment, 1);
    QCOMPARE(attached.anchor.quote.exact, u"a boat that actually comes"_s);
    QCOMPARE(attached.colour, HighlightColour::Purple);
    // The orphan section is gone; the highlight is drawn where it now belongs.
    QAbstractItemModel *model = list->model();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, 0).data(AnnotationModel::OrphansRole).toBool());
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY(!sidebar->reattachButton()->isVisible());
    QCOMPARE(pane(1)->highlights().size(), 1);
    QVERIFY(!osei->highlightRuns().isEmpty());
    QCOMPARE(osei->textCursor().selectedText(), u"a boat that actually comes"_s);

    // Ctrl+Z puts it back exactly as it was, orphaned and listed apart.
    QTest::keyClick(osei, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_gui.store()->highlight(*id)->value(), orphan);
    QVERIFY(orphanEntry().isValid());
    QVERIFY(osei->highlightRuns().isEmpty());
    QTRY_VERIFY(sidebar->reattachButton()->isVisible());

    // Again with the button under the list, after selecting other words.
    select(osei, 0, 5); // "Cheap"
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(orphanEntry()).center());
    QVERIFY(reattach->isEnabled());
    QTest::mouseClick(sidebar->reattachButton(), Qt::LeftButton);
    QCOMPARE(m_gui.store()->highlight(*id)->value().state, AnchorState::Anchored);
    QCOMPARE(m_gui.store()->highlight(*id)->value().anchor.quote.exact, u"Cheap"_s);
    QCOMPARE(annotations->undoStack()->count(), 1); // the undone step was replaced by this one
}

void TestAnnotationUi::codebookDeleteAsksWithTheClaimCountAndUndoRestores()
{
    Annotations *annotations = m_gui.annotations();
    const std::optional<qint64> theme = annotations->createTheme(u"Winter"_s, 0, HighlightColour::Blue);
    const std::optional<qint64> child = annotations->createTheme(u"Ice"_s, *theme);
    const std::optional<qint64> a = annotations->addHighlight(m_articleId, 0, 0, 7);
    const std::optional<qint64> b = annotations->addHighlight(m_articleId, 1, 0, 5);
    QVERIFY(theme && child && a && b);
    QVERIFY(annotations->tagHighlight(*a, *theme));
    QVERIFY(annotations->tagHighlight(*b, *theme));

    QTest::keyClick(m_gui.window(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    CodebookDialog *codebook = m_gui.child<CodebookDialog>(u"codebookDialog"_s);
    QTRY_VERIFY(codebook->isVisible());
    QTreeWidget *tree = codebook->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Winter"_s);
    QCOMPARE(tree->topLevelItem(0)->text(1), u"2"_s);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), u"Ice"_s);
    codebook->setCurrentThemeId(*theme);
    QTRY_VERIFY(tree->hasFocus());

    // Cancel first: nothing changes.
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(asked.contains(u"2 claims"_s));
    QVERIFY(asked.contains(u"Winter"_s));
    QVERIFY(*m_gui.store()->theme(*theme));

    codebook->activateWindow();
    tree->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(tree->hasFocus());
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(!*m_gui.store()->theme(*theme));
    QVERIFY(m_gui.store()->themeIdsOfHighlight(*a)->isEmpty());
    QVERIFY(m_gui.store()->themeIdsOfHighlight(*b)->isEmpty());
    QCOMPARE(m_gui.store()->theme(*child)->value().parentId, 0); // the sub-theme moved up
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Ice"_s);

    QTRY_COMPARE(QApplication::activeWindow(), codebook);
    // Ctrl+Z in the codebook brings the theme and its taggings back.
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(*m_gui.store()->theme(*theme));
    QCOMPARE(*m_gui.store()->themeIdsOfHighlight(*a), QList<qint64> {*theme});
    QCOMPARE(*m_gui.store()->themeIdsOfHighlight(*b), QList<qint64> {*theme});
    QCOMPARE(m_gui.store()->theme(*child)->value().parentId, *theme);
    QCOMPARE(tree->topLevelItem(0)->text(1), u"2"_s);
}

void TestAnnotationUi::codebookRenamesRecoloursMovesAndMerges()
{
    Annotations *annotations = m_gui.annotations();
    const std::optional<qint64> fares = annotations->createTheme(u"Fares"_s);
    const std::optional<qint64> cost = annotations->createTheme(u"Cost"_s);
    const std::optional<qint64> h = annotations->addHighlight(m_articleId, 1, 0, 11);
    QVERIFY(fares && cost && h);
    QVERIFY(annotations->tagHighlight(*h, *fares));
    CodebookDialog *codebook = m_gui.child<CodebookDialog>(u"codebookDialog"_s);
    m_gui.action(Actions::Id::ShowCodebook)->trigger();
    QTRY_VERIFY(codebook->isVisible());
    QTreeWidget *tree = codebook->tree();

    // Rename in place: F2, type, Enter.
    codebook->setCurrentThemeId(*fares);
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Ticket prices"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    // The item view commits the edit from the event loop.
    QTRY_COMPARE(m_gui.store()->theme(*fares)->value().name, u"Ticket prices"_s);
    QTRY_COMPARE(tree->topLevelItem(1)->text(0), u"Ticket prices"_s);

    // Describe.
    codebook->setCurrentThemeId(*fares);
    codebook->descriptionEdit()->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(codebook->descriptionEdit(), u"What riders pay"_s);
    QTest::keyClick(codebook->descriptionEdit(), Qt::Key_Return);
    QCOMPARE(m_gui.store()->theme(*fares)->value().description, u"What riders pay"_s);
    QVERIFY(codebook->isVisible()); // Enter confirmed the text and left the dialog open

    // Move under Cost, then merge into it: the claim follows.
    codebook->setCurrentThemeId(*fares);
    auto menuAction = [tree](const QString &menuTitle, const QString &entry) -> QAction * {
        for (QAction *action : tree->actions()) {
            if (action->menu() && action->text().remove(u'&') == menuTitle) {
                Q_EMIT action->menu()->aboutToShow();
                for (QAction *inner : action->menu()->actions()) {
                    if (inner->text() == entry)
                        return inner;
                }
            }
        }
        return nullptr;
    };
    QAction *moveToCost = menuAction(u"Move To"_s, u"Cost"_s);
    QVERIFY(moveToCost);
    moveToCost->trigger();
    QCOMPARE(m_gui.store()->theme(*fares)->value().parentId, *cost);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), u"Ticket prices"_s);
    QAction *blue = menuAction(u"Colour"_s, u"Blue"_s);
    QVERIFY(blue);
    blue->trigger();
    QCOMPARE(m_gui.store()->theme(*fares)->value().colour, HighlightColour::Blue);
    QAction *mergeIntoCost = menuAction(u"Merge Into"_s, u"Cost"_s);
    QVERIFY(mergeIntoCost);
    mergeIntoCost->trigger();
    QVERIFY(!*m_gui.store()->theme(*fares));
    QCOMPARE(*m_gui.store()->themeIdsOfHighlight(*h), QList<qint64> {*cost});
    QCOMPARE(tree->topLevelItem(0)->text(1), u"1"_s);

    // New theme (Insert) starts renaming it at once.
    tree->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(tree->hasFocus());
    QTRY_COMPARE(QApplication::activeWindow(), codebook);
    QTest::keyClick(tree, Qt::Key_Insert);
    QCOMPARE(m_gui.store()->themes()->size(), 2);
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    // Each change was one undo step: create, merge, recolour, move, describe, rename.
    QUndoStack *stack = annotations->undoStack();
    for (int i = 0; i < 6; ++i)
        stack->undo();
    QCOMPARE(m_gui.store()->theme(*fares)->value().name, u"Fares"_s);
    QCOMPARE(m_gui.store()->theme(*fares)->value().parentId, 0);
}

void TestAnnotationUi::codebookListsClaimsAcrossArticlesAndOpensThem()
{
    Annotations *annotations = m_gui.annotations();
    const AddResult other = m_gui.store()->addArticle(TestArticles::article(u"Night buses"_s,
        {TestArticles::speech(u"Lene"_s, u"a driver"_s, {u"The last bus is the one people remember."_s})}));
    QVERIFY(other.error.isEmpty());
    const std::optional<qint64> theme = annotations->createTheme(u"Reliability"_s);
    const std::optional<qint64> here = annotations->addHighlight(m_articleId, 1, 0, 11); // Cheap fares
    const std::optional<qint64> there = annotations->addHighlight(other.id, 0, 4, 12); // last bus
    QVERIFY(theme && here && there);
    QVERIFY(annotations->tagHighlight(*here, *theme));
    QVERIFY(annotations->tagHighlight(*there, *theme));

    CodebookDialog *codebook = m_gui.child<CodebookDialog>(u"codebookDialog"_s);
    m_gui.action(Actions::Id::ShowCodebook)->trigger();
    QTRY_VERIFY(codebook->isVisible());
    codebook->setCurrentThemeId(*theme);
    QListWidget *claims = codebook->claimList();
    QCOMPARE(claims->count(), 2);
    QVERIFY(claims->item(0)->text().contains(u"Osei"_s));
    QVERIFY(claims->item(0)->text().contains(u"Cheap fares"_s));
    QVERIFY(claims->item(1)->text().contains(u"Lene"_s));
    QVERIFY(claims->item(1)->text().contains(u"Night buses"_s));

    // Enter on a claim of another article opens it at the claim.
    claims->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(claims->hasFocus());
    claims->setCurrentRow(1);
    QTest::keyClick(claims, Qt::Key_Return);
    QCOMPARE(m_gui.child<ArticleView>(u"articleView"_s)->panes().size(), 1);
    QCOMPARE(pane(0)->name(), u"Lene"_s);
    QCOMPARE(view(0)->textCursor().selectedText(), u"last bus"_s);
    QCOMPARE(annotationSidebar()->model()->articleId(), other.id);
}

QTEST_MAIN(TestAnnotationUi)
#include "tst_annotationui.moc"
