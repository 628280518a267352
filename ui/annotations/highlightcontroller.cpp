#include "annotations/highlightcontroller.h"

#include "actions.h"
#include "annotate/annotations.h"
#include "annotations/noteeditor.h"
#include "annotations/selectiontoolbar.h"
#include "annotations/tagpicker.h"
#include "reader/articleview.h"
#include "reader/highlightstyle.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "store/librarystore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QTextCursor>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

HighlightController::HighlightController(
    Annotations *annotations, ArticleView *view, Actions *actions, QObject *parent)
    : QObject(parent)
    , m_annotations(annotations)
    , m_view(view)
    , m_actions(actions)
    , m_tagPicker(new TagPicker(annotations, view))
    , m_noteEditor(new NoteEditor(annotations, view))
{
    setObjectName(u"highlightController"_s);
    connect(m_tagPicker, &TagPicker::statusMessage, this, &HighlightController::statusMessage);
    connect(m_noteEditor, &NoteEditor::statusMessage, this, &HighlightController::statusMessage);
    connect(m_actions->action(Actions::Id::TagSelection), &QAction::triggered, this,
        &HighlightController::tagSelection);
    connect(
        m_actions->action(Actions::Id::EditNote), &QAction::triggered, this, &HighlightController::editNote);
    connect(m_annotations->store(), &LibraryStore::annotationsChanged, this, &HighlightController::render);
    connect(m_actions->action(Actions::Id::HighlightSelection), &QAction::triggered, this,
        &HighlightController::highlightSelection);
    connect(m_actions->action(Actions::Id::RemoveHighlight), &QAction::triggered, this,
        &HighlightController::removeHighlightAtCursor);
    connect(m_actions->colourGroup(), &QActionGroup::triggered, this, [this](QAction *action) {
        if (const std::optional<HighlightColour> colour = Actions::colourOf(action)) {
            setCurrentColour(*colour);
            Q_EMIT statusMessage(
                tr("Highlighting in %1").arg(HighlightStyle::displayName(*colour).toLower()));
        }
    });
    m_actions->colourAction(m_colour)->setChecked(true);
}

HighlightController::~HighlightController() = default;

void HighlightController::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_rendered = false; // new panes: draw them whatever was drawn before
    for (SpeakerPane *pane : m_view->panes()) {
        SpeechView *speech = pane->speechView();
        disconnect(speech, &SpeechView::contextMenuAboutToShow, this, nullptr);
        connect(speech, &SpeechView::contextMenuAboutToShow, this,
            [this, pane](QMenu *menu, int position) { extendContextMenu(pane, menu, position); });
        disconnect(speech, &SpeechView::selectionChanged, this, nullptr);
        connect(speech, &SpeechView::selectionChanged, this, [this, pane, speech] {
            if (speech->textCursor().hasSelection())
                m_selectionPane = pane;
        });
        // One bar per speech; the property marks a speech that has one.
        if (!speech->property("colloquySelectionBar").toBool()) {
            speech->setProperty("colloquySelectionBar", true);
            auto *bar = new SelectionToolBar(speech);
            connect(bar, &SelectionToolBar::highlightRequested, this,
                [this, pane](HighlightColour colour) { highlightIn(pane, colour); });
            connect(bar, &SelectionToolBar::noteRequested, this, [this, pane] {
                if (const std::optional<qint64> id = targetIn(pane))
                    openNoteEditor(pane, *id);
            });
            connect(bar, &SelectionToolBar::tagRequested, this, [this, pane] {
                if (const std::optional<qint64> id = targetIn(pane))
                    openTagPicker(pane, *id);
            });
        }
    }
    render();
}

qint64 HighlightController::articleId() const
{
    return m_articleId;
}

HighlightColour HighlightController::currentColour() const
{
    return m_colour;
}

void HighlightController::setCurrentColour(HighlightColour colour)
{
    m_actions->colourAction(colour)->setChecked(true);
    if (colour == m_colour)
        return;
    m_colour = colour;
    Q_EMIT currentColourChanged(colour);
}

bool HighlightController::highlightSelection()
{
    SpeakerPane *pane = focusedPane();
    if (!pane) {
        Q_EMIT statusMessage(tr("Select some text in a speech to highlight it"));
        return false;
    }
    return highlightIn(pane, m_colour).has_value();
}

bool HighlightController::tagSelection()
{
    SpeakerPane *pane = focusedPane();
    const std::optional<qint64> id = pane ? targetIn(pane) : std::nullopt;
    if (!id)
        return false;
    openTagPicker(pane, *id);
    return true;
}

bool HighlightController::editNote()
{
    SpeakerPane *pane = focusedPane();
    const std::optional<qint64> id = pane ? targetIn(pane) : std::nullopt;
    if (!id)
        return false;
    openNoteEditor(pane, *id);
    return true;
}

bool HighlightController::revealHighlight(qint64 highlightId)
{
    for (SpeakerPane *pane : m_view->panes()) {
        const QList<HighlightSpan> shown = pane->highlights();
        const auto found = std::find_if(shown.cbegin(), shown.cend(),
            [highlightId](const HighlightSpan &h) { return h.id == highlightId; });
        if (found != shown.cend())
            return m_view->revealSpan(found->segment, found->position.start, found->position.end) != nullptr;
    }
    Q_EMIT statusMessage(
        tr("This highlight lost its place in the text: select where it belongs and choose Re-attach Here"));
    return false;
}

bool HighlightController::reattachToSelection(qint64 highlightId)
{
    // The pane selected in last, else any pane that still shows a selection.
    SpeakerPane *pane = m_selectionPane;
    if (!pane || !m_view->panes().contains(pane) || !pane->speechView()->textCursor().hasSelection()) {
        pane = nullptr;
        for (SpeakerPane *candidate : m_view->panes()) {
            if (candidate->speechView()->textCursor().hasSelection())
                pane = candidate;
        }
    }
    if (!pane) {
        Q_EMIT statusMessage(tr("Select the text to re-attach the highlight to, then choose Re-attach Here"));
        return false;
    }
    const QTextCursor cursor = pane->speechView()->textCursor();
    const std::optional<SpeakerPane::SegmentRange> range =
        pane->segmentRange(cursor.selectionStart(), cursor.selectionEnd());
    if (!range || range->start == range->end) {
        Q_EMIT statusMessage(tr("A highlight stays within one turn: select text of a single turn"));
        return false;
    }
    if (!m_annotations->reattachHighlight(highlightId, range->segment, range->start, range->end)) {
        Q_EMIT statusMessage(tr("Cannot re-attach the highlight: %1").arg(m_annotations->errorString()));
        return false;
    }
    // The store's change has redrawn the panes: show the highlight where it now is.
    m_view->revealSpan(range->segment, range->start, range->end);
    Q_EMIT statusMessage(tr("Re-attached the highlight"));
    return true;
}

TagPicker *HighlightController::tagPicker() const
{
    return m_tagPicker;
}

NoteEditor *HighlightController::noteEditor() const
{
    return m_noteEditor;
}

std::optional<qint64> HighlightController::targetIn(SpeakerPane *pane)
{
    const QTextCursor cursor = pane->speechView()->textCursor();
    if (cursor.hasSelection()) {
        // Selecting exactly an existing highlight means that highlight, not a copy of it.
        if (const std::optional<SpeakerPane::SegmentRange> range =
                pane->segmentRange(cursor.selectionStart(), cursor.selectionEnd())) {
            for (const HighlightSpan &highlight : pane->highlights()) {
                if (highlight.segment == range->segment && highlight.position.start == range->start &&
                    highlight.position.end == range->end)
                    return highlight.id;
            }
        }
        return highlightIn(pane, m_colour);
    }
    if (const std::optional<HighlightSpan> highlight = pane->highlightAt(cursor.position()))
        return highlight->id;
    Q_EMIT statusMessage(tr("Select some text or put the cursor on a highlight"));
    return std::nullopt;
}

QPoint HighlightController::popupPosition(SpeakerPane *pane, qint64 highlightId) const
{
    SpeechView *speech = pane->speechView();
    QTextCursor cursor(speech->document());
    for (const HighlightSpan &highlight : pane->highlights()) {
        if (highlight.id == highlightId)
            cursor.setPosition(pane->documentPosition(highlight.segment, highlight.position.end));
    }
    const QRect rect = speech->cursorRect(cursor);
    return speech->viewport()->mapToGlobal(rect.bottomLeft() + QPoint(0, 4));
}

void HighlightController::openTagPicker(SpeakerPane *pane, qint64 highlightId)
{
    m_tagPicker->popup(highlightId, popupPosition(pane, highlightId));
}

void HighlightController::openNoteEditor(SpeakerPane *pane, qint64 highlightId)
{
    m_noteEditor->popup(highlightId, popupPosition(pane, highlightId));
}

bool HighlightController::removeHighlightAtCursor()
{
    SpeakerPane *pane = focusedPane();
    if (!pane)
        return false;
    const QTextCursor cursor = pane->speechView()->textCursor();
    const std::optional<HighlightSpan> highlight = pane->highlightAt(cursor.selectionStart());
    if (!highlight) {
        Q_EMIT statusMessage(tr("There is no highlight at the cursor"));
        return false;
    }
    if (!m_annotations->removeHighlight(highlight->id)) {
        Q_EMIT statusMessage(tr("Cannot remove the highlight: %1").arg(m_annotations->errorString()));
        return false;
    }
    Q_EMIT statusMessage(tr("Removed the highlight"));
    return true;
}

void HighlightController::render()
{
    if (m_articleId == 0)
        return;
    const LibraryStore *store = m_annotations->store();
    const QList<HighlightSpan> highlights = store->highlightSpans(m_articleId).valueOr({});
    QHash<qint64, QColor> themeColours;
    for (const Theme &theme : store->themes().valueOr({}))
        themeColours.insert(theme.id, HighlightStyle::swatch(theme.colour));
    QHash<qint64, QList<QColor>> claimColours;
    const QHash<qint64, QList<qint64>> themeIds = store->themeIdsOfArticle(m_articleId).valueOr({});
    for (auto it = themeIds.cbegin(); it != themeIds.cend(); ++it) {
        for (const qint64 themeId : it.value())
            claimColours[it.key()].append(themeColours.value(themeId));
    }
    // A note or a theme's description changes nothing the panes draw: skip re-placing every pane's runs.
    if (m_rendered && claimColours == m_renderedClaims && highlights == m_renderedHighlights)
        return;
    for (SpeakerPane *pane : m_view->panes())
        pane->setHighlights(highlights, claimColours);
    m_rendered = true;
    m_renderedHighlights = highlights;
    m_renderedClaims = claimColours;
}

SpeakerPane *HighlightController::focusedPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (SpeakerPane *pane : m_view->panes()) {
        if (focus && pane->isAncestorOf(focus))
            return pane;
    }
    return nullptr;
}

std::optional<qint64> HighlightController::highlightIn(SpeakerPane *pane, HighlightColour colour)
{
    SpeechView *speech = pane->speechView();
    QTextCursor cursor = speech->textCursor();
    if (!cursor.hasSelection()) {
        Q_EMIT statusMessage(tr("Select some text in a speech to highlight it"));
        return std::nullopt;
    }
    const std::optional<SpeakerPane::SegmentRange> range =
        pane->segmentRange(cursor.selectionStart(), cursor.selectionEnd());
    if (!range) {
        Q_EMIT statusMessage(tr("A highlight stays within one turn: select text of a single turn"));
        return std::nullopt;
    }
    if (range->start == range->end) {
        Q_EMIT statusMessage(tr("Select some words to highlight"));
        return std::nullopt;
    }
    const std::optional<qint64> id =
        m_annotations->addHighlight(m_articleId, range->segment, range->start, range->end, colour);
    if (!id) {
        Q_EMIT statusMessage(tr("Cannot highlight: %1").arg(m_annotations->errorString()));
        return std::nullopt;
    }
    // Drop the selection so the reader sees the highlight's colour, not the selection's.
    cursor.setPosition(pane->documentPosition(range->segment, range->end));
    speech->setTextCursor(cursor);
    Q_EMIT statusMessage(tr("Highlighted in %1").arg(HighlightStyle::displayName(colour).toLower()));
    return id;
}

QString HighlightController::shortcutText(Actions::Id id) const
{
    return m_actions->action(id)->shortcut().toString(QKeySequence::NativeText);
}

void HighlightController::extendContextMenu(SpeakerPane *pane, QMenu *menu, int position)
{
    QAction *before = menu->actions().value(0);
    auto add = [&](QAction *action) {
        menu->insertAction(before, action);
    };

    const QTextCursor cursor = pane->speechView()->textCursor();
    bool added = false;
    if (cursor.hasSelection() && position >= cursor.selectionStart() && position <= cursor.selectionEnd()) {
        const QString key =
            m_actions->action(Actions::Id::HighlightSelection)->shortcut().toString(QKeySequence::NativeText);
        auto *highlight = new QAction(HighlightStyle::icon(m_colour), tr("&Highlight") + u'\t' + key, menu);
        connect(highlight, &QAction::triggered, this, [this, pane] { highlightIn(pane, m_colour); });
        add(highlight);
        auto *colours = new QMenu(tr("Highlight &in"), menu);
        for (const HighlightColour colour : highlightPalette()) {
            QAction *action =
                colours->addAction(HighlightStyle::icon(colour), HighlightStyle::displayName(colour));
            connect(action, &QAction::triggered, this, [this, pane, colour] { highlightIn(pane, colour); });
        }
        add(colours->menuAction());
        auto *note = new QAction(m_actions->action(Actions::Id::EditNote)->icon(),
            tr("Highlight and Add &Note…") + u'\t' + shortcutText(Actions::Id::EditNote), menu);
        connect(note, &QAction::triggered, this, [this, pane] {
            if (const std::optional<qint64> id = highlightIn(pane, m_colour))
                openNoteEditor(pane, *id);
        });
        add(note);
        auto *tag = new QAction(m_actions->action(Actions::Id::TagSelection)->icon(),
            tr("Highlight and &Tag…") + u'\t' + shortcutText(Actions::Id::TagSelection), menu);
        connect(tag, &QAction::triggered, this, [this, pane] {
            if (const std::optional<qint64> id = highlightIn(pane, m_colour))
                openTagPicker(pane, *id);
        });
        add(tag);
        added = true;
    } else if (const std::optional<HighlightSpan> highlight = pane->highlightAt(position)) {
        const qint64 id = highlight->id;
        const bool hasNote = m_annotations->store()->note(id).valueOr({}).has_value();
        auto *note = new QAction(m_actions->action(Actions::Id::EditNote)->icon(),
            (hasNote ? tr("Edit &Note…") : tr("Add &Note…")) + u'\t' + shortcutText(Actions::Id::EditNote),
            menu);
        connect(note, &QAction::triggered, this, [this, pane, id] { openNoteEditor(pane, id); });
        add(note);
        auto *tag = new QAction(m_actions->action(Actions::Id::TagSelection)->icon(),
            tr("&Tag with Themes…") + u'\t' + shortcutText(Actions::Id::TagSelection), menu);
        connect(tag, &QAction::triggered, this, [this, pane, id] { openTagPicker(pane, id); });
        add(tag);
    }
    if (const std::optional<HighlightSpan> highlight = pane->highlightAt(position)) {
        const qint64 id = highlight->id;
        auto *remove = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Remove Highlight"), menu);
        connect(remove, &QAction::triggered, this, [this, id] {
            if (!m_annotations->removeHighlight(id))
                Q_EMIT statusMessage(tr("Cannot remove the highlight: %1").arg(m_annotations->errorString()));
        });
        add(remove);
        auto *colours = new QMenu(tr("&Colour"), menu);
        for (const HighlightColour colour : highlightPalette()) {
            QAction *action =
                colours->addAction(HighlightStyle::icon(colour), HighlightStyle::displayName(colour));
            action->setCheckable(true);
            action->setChecked(colour == highlight->colour);
            connect(action, &QAction::triggered, this, [this, id, colour] {
                if (!m_annotations->recolourHighlight(id, colour))
                    Q_EMIT statusMessage(
                        tr("Cannot change the colour: %1").arg(m_annotations->errorString()));
            });
        }
        add(colours->menuAction());
        added = true;
    }
    if (added && before)
        menu->insertSeparator(before);
}

} // namespace Colloquy
