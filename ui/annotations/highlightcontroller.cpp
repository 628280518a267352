#include "annotations/highlightcontroller.h"

#include "actions.h"
#include "annotate/annotations.h"
#include "annotations/noteeditor.h"
#include "annotations/selectiontoolbar.h"
#include "annotations/tagpicker.h"
#include "annotations/themepaths.h"
#include "reader/articleview.h"
#include "reader/highlightstyle.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "store/librarystore.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTextCursor>
#include <QToolTip>

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
    // Another layout, or compare in the conversation: other panes to draw in.
    connect(m_view, &ArticleView::panesChanged, this, [this] {
        if (m_articleId != 0)
            wirePanes();
    });
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
    wirePanes();
}

void HighlightController::wirePanes()
{
    m_rendered = false; // new panes: draw them whatever was drawn before
    for (SpeakerPane *pane : m_view->textPanes())
        wirePane(pane);
    render();
}

void HighlightController::wirePane(SpeakerPane *pane)
{
    SpeechView *speech = pane->speechView();
    // A pane shown again (a layout switch) is wired already: once is enough.
    if (speech->property("colloquyHighlighting").toBool())
        return;
    speech->setProperty("colloquyHighlighting", true);
    connect(speech, &SpeechView::contextMenuAboutToShow, this,
        [this, pane](QMenu *menu, int position) { extendContextMenu(pane, menu, position); });
    connect(pane, &SpeakerPane::claimChosen, this, &HighlightController::claimChosen);
    connect(speech, &SpeechView::selectionChanged, this, [this, pane, speech] {
        if (speech->textCursor().hasSelection())
            m_selectionPane = pane;
    });
    speech->installEventFilter(this);
    speech->viewport()->installEventFilter(this);
    auto *bar = new SelectionToolBar(speech);
    connect(bar, &SelectionToolBar::highlightRequested, this,
        [this, pane](HighlightColour colour) { applyColour(pane, colour); });
    connect(bar, &SelectionToolBar::noteRequested, this, [this, pane] {
        if (const std::optional<qint64> id = targetIn(pane))
            openNoteEditor(pane, *id);
    });
    connect(bar, &SelectionToolBar::tagRequested, this, [this, pane] {
        if (const std::optional<qint64> id = targetIn(pane))
            openTagPicker(pane, *id);
    });
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
    // Among all the article's highlights, not only those shown: a
    // conversation's filter may hide it, and revealing lifts the filter.
    const auto found = std::find_if(m_renderedHighlights.cbegin(), m_renderedHighlights.cend(),
        [highlightId](const HighlightSpan &h) { return h.id == highlightId; });
    if (found != m_renderedHighlights.cend() && found->state != AnchorState::Orphaned &&
        m_view->revealSpan(found->segment, found->position.start, found->position.end))
        return true;
    Q_EMIT statusMessage(
        tr("This highlight lost its place in the text: select where it belongs and choose Re-attach Here"));
    return false;
}

bool HighlightController::reattachToSelection(qint64 highlightId)
{
    // The pane selected in last, else any pane that still shows a selection.
    SpeakerPane *pane = m_selectionPane;
    if (!pane || !m_view->textPanes().contains(pane) || !pane->speechView()->textCursor().hasSelection()) {
        pane = nullptr;
        for (SpeakerPane *candidate : m_view->textPanes()) {
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
        if (const std::optional<HighlightSpan> selected = selectedHighlight(pane))
            return selected->id;
        return highlightIn(pane, m_colour);
    }
    if (const std::optional<HighlightSpan> highlight = pane->highlightAt(cursor.position()))
        return highlight->id;
    Q_EMIT statusMessage(tr("Select some text or put the cursor on a highlight"));
    return std::nullopt;
}

std::optional<HighlightSpan> HighlightController::selectedHighlight(SpeakerPane *pane) const
{
    const QTextCursor cursor = pane->speechView()->textCursor();
    if (!cursor.hasSelection()) {
        // Strictly inside: the caret left at a highlight's end (after H) is not "in" it.
        const std::optional<HighlightSpan> around = pane->highlightAt(cursor.position());
        if (around && pane->documentPosition(around->segment, around->position.end) > cursor.position())
            return around;
        return std::nullopt;
    }
    const std::optional<SpeakerPane::SegmentRange> range =
        pane->segmentRange(cursor.selectionStart(), cursor.selectionEnd());
    if (!range)
        return std::nullopt;
    for (const HighlightSpan &highlight : pane->highlights()) {
        if (highlight.segment == range->segment && highlight.position.start == range->start &&
            highlight.position.end == range->end)
            return highlight;
    }
    return std::nullopt;
}

bool HighlightController::recolourHighlight(qint64 highlightId, HighlightColour colour)
{
    if (!m_annotations->recolourHighlight(highlightId, colour)) {
        Q_EMIT statusMessage(tr("Cannot change the colour: %1").arg(m_annotations->errorString()));
        return false;
    }
    Q_EMIT statusMessage(tr("The highlight is now %1").arg(HighlightStyle::displayName(colour).toLower()));
    return true;
}

void HighlightController::applyColour(SpeakerPane *pane, HighlightColour colour)
{
    if (const std::optional<HighlightSpan> selected = selectedHighlight(pane))
        recolourHighlight(selected->id, colour);
    else
        highlightIn(pane, colour);
}

std::optional<HighlightColour> HighlightController::colourKey(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    for (const HighlightColour colour : highlightPalette()) {
        if (m_actions->colourAction(colour)->shortcuts().contains(pressed))
            return colour;
    }
    return std::nullopt;
}

SpeakerPane *HighlightController::paneOf(const QObject *speechOrViewport) const
{
    for (SpeakerPane *pane : m_view->textPanes()) {
        const SpeechView *speech = pane->speechView();
        if (speech == speechOrViewport || speech->viewport() == speechOrViewport)
            return pane;
    }
    return nullptr;
}

bool HighlightController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        // A colour key on a chosen highlight recolours it; elsewhere it picks
        // the colour of the next highlight (the colour action's shortcut).
        const auto *key = static_cast<QKeyEvent *>(event);
        const std::optional<HighlightColour> colour = colourKey(key);
        SpeakerPane *pane = colour ? paneOf(watched) : nullptr;
        const std::optional<HighlightSpan> selected = pane ? selectedHighlight(pane) : std::nullopt;
        if (!selected)
            break;
        event->accept();
        if (event->type() == QEvent::KeyPress)
            recolourHighlight(selected->id, *colour);
        return true;
    }
    case QEvent::ToolTip:
        if (SpeakerPane *pane = paneOf(watched)) {
            const auto *help = static_cast<QHelpEvent *>(event);
            showToolTip(pane, help->pos(), help->globalPos());
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void HighlightController::showToolTip(SpeakerPane *pane, const QPoint &viewportPos, const QPoint &globalPos)
{
    const SpeechView *speech = pane->speechView();
    const QPoint scroll(speech->horizontalScrollBar()->value(), speech->verticalScrollBar()->value());
    const int position = speech->document()->documentLayout()->hitTest(viewportPos + scroll, Qt::ExactHit);
    const std::optional<HighlightSpan> highlight = position >= 0 ? pane->highlightAt(position) : std::nullopt;
    const QString text = highlight ? toolTipText(highlight->id) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, speech->viewport());
}

QString HighlightController::toolTipText(qint64 highlightId) const
{
    // Rich text, every piece of the reader's own text escaped.
    const LibraryStore *store = m_annotations->store();
    QStringList parts;
    const QList<qint64> themeIds = store->themeIdsOfHighlight(highlightId).valueOr({});
    if (!themeIds.isEmpty()) {
        const QHash<qint64, QString> paths = themePaths(store->themes().valueOr({}));
        QStringList names;
        for (const qint64 id : themeIds)
            names.append(paths.value(id).toHtmlEscaped());
        parts.append(u"<b>"_s + names.join(u", "_s) + u"</b>"_s);
    }
    if (const std::optional<Note> note = store->note(highlightId).valueOr({});
        note && !note->markdown.trimmed().isEmpty()) {
        constexpr qsizetype MaxNote = 600;
        QString markdown = note->markdown.trimmed();
        if (markdown.size() > MaxNote)
            markdown = markdown.left(MaxNote) + u'…';
        parts.append(markdown.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
    if (parts.isEmpty())
        return {};
    return u"<p style='white-space:pre-wrap'>"_s + parts.join(u"<br>"_s) + u"</p>"_s;
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
    const QList<Theme> themes = store->themes().valueOr({});
    QHash<qint64, QColor> themeColours;
    for (const Theme &theme : themes)
        themeColours.insert(theme.id, HighlightStyle::swatch(theme.colour));
    const QHash<qint64, QString> paths = themePaths(themes);
    QHash<qint64, QList<QColor>> claimColours;
    QHash<qint64, QStringList> claimThemes;
    const QHash<qint64, QList<qint64>> themeIds = store->themeIdsOfArticle(m_articleId).valueOr({});
    for (auto it = themeIds.cbegin(); it != themeIds.cend(); ++it) {
        for (const qint64 themeId : it.value()) {
            claimColours[it.key()].append(themeColours.value(themeId));
            claimThemes[it.key()].append(paths.value(themeId));
        }
    }
    // Names only label the coding strips' tooltips: a renamed theme needs no redraw.
    for (SpeakerPane *pane : m_view->textPanes())
        pane->setClaimThemes(claimThemes);
    // A note or a theme's description changes nothing the panes draw: skip re-placing every pane's runs.
    if (m_rendered && claimColours == m_renderedClaims && highlights == m_renderedHighlights)
        return;
    for (SpeakerPane *pane : m_view->textPanes())
        pane->setHighlights(highlights, claimColours);
    m_rendered = true;
    m_renderedHighlights = highlights;
    m_renderedClaims = claimColours;
}

SpeakerPane *HighlightController::focusedPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (SpeakerPane *pane : m_view->textPanes()) {
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
    // A selection that is exactly a highlight (one chosen in the sidebar) is that highlight.
    const std::optional<HighlightSpan> selected =
        cursor.hasSelection() ? selectedHighlight(pane) : std::nullopt;
    const bool onSelection =
        cursor.hasSelection() && position >= cursor.selectionStart() && position <= cursor.selectionEnd();
    const std::optional<HighlightSpan> under =
        onSelection && selected ? selected : pane->highlightAt(position);
    bool added = false;
    if (onSelection && !selected) {
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
    } else if (under) {
        const qint64 id = under->id;
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
    if (const std::optional<HighlightSpan> highlight = under) {
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
            connect(action, &QAction::triggered, this, [this, id, colour] { recolourHighlight(id, colour); });
        }
        add(colours->menuAction());
        added = true;
    }
    if (added && before)
        menu->insertSeparator(before);
}

} // namespace Colloquy
