#include "highlightcontroller.h"

#include "actions.h"
#include "annotate/annotations.h"
#include "articleview.h"
#include "highlightstyle.h"
#include "speakerpane.h"
#include "speechview.h"
#include "store/librarystore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QTextCursor>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

HighlightController::HighlightController(
    Annotations *annotations, ArticleView *view, Actions *actions, QObject *parent)
    : QObject(parent)
    , m_annotations(annotations)
    , m_view(view)
    , m_actions(actions)
{
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
    for (SpeakerPane *pane : m_view->panes()) {
        SpeechView *speech = pane->speechView();
        disconnect(speech, &SpeechView::contextMenuAboutToShow, this, nullptr);
        connect(speech, &SpeechView::contextMenuAboutToShow, this,
            [this, pane](QMenu *menu, int position) { extendContextMenu(pane, menu, position); });
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
    return highlightIn(pane, m_colour);
}

bool HighlightController::removeHighlightAtCursor()
{
    SpeakerPane *pane = focusedPane();
    if (!pane)
        return false;
    const QTextCursor cursor = pane->speechView()->textCursor();
    const std::optional<Highlight> highlight = pane->highlightAt(cursor.selectionStart());
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
    const QList<Highlight> highlights = store->highlights(m_articleId);
    QHash<qint64, QColor> themeColours;
    for (const Theme &theme : store->themes())
        themeColours.insert(theme.id, HighlightStyle::swatch(theme.colour));
    QHash<qint64, QList<QColor>> claimColours;
    for (const Highlight &highlight : highlights) {
        for (const qint64 themeId : store->themeIdsOfHighlight(highlight.id))
            claimColours[highlight.id].append(themeColours.value(themeId));
    }
    for (SpeakerPane *pane : m_view->panes())
        pane->setHighlights(highlights, claimColours);
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

bool HighlightController::highlightIn(SpeakerPane *pane, HighlightColour colour)
{
    SpeechView *speech = pane->speechView();
    QTextCursor cursor = speech->textCursor();
    if (!cursor.hasSelection()) {
        Q_EMIT statusMessage(tr("Select some text in a speech to highlight it"));
        return false;
    }
    const std::optional<SpeakerPane::SegmentRange> range =
        pane->segmentRange(cursor.selectionStart(), cursor.selectionEnd());
    if (!range) {
        Q_EMIT statusMessage(tr("A highlight stays within one turn: select text of a single turn"));
        return false;
    }
    if (range->start == range->end) {
        Q_EMIT statusMessage(tr("Select some words to highlight"));
        return false;
    }
    if (!m_annotations->addHighlight(m_articleId, range->segment, range->start, range->end, colour)) {
        Q_EMIT statusMessage(tr("Cannot highlight: %1").arg(m_annotations->errorString()));
        return false;
    }
    // Drop the selection so the reader sees the highlight's colour, not the selection's.
    cursor.setPosition(pane->documentPosition(range->segment, range->end));
    speech->setTextCursor(cursor);
    Q_EMIT statusMessage(tr("Highlighted in %1").arg(HighlightStyle::displayName(colour).toLower()));
    return true;
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
        added = true;
    }
    if (const std::optional<Highlight> highlight = pane->highlightAt(position)) {
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
