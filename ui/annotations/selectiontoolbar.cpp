#include "annotations/selectiontoolbar.h"

#include "reader/highlightstyle.h"
#include "reader/speechview.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr int Gap = 6;
}

SelectionToolBar::SelectionToolBar(SpeechView *view)
    : QFrame(view->window())
    , m_view(view)
{
    connect(view, &QObject::destroyed, this, &QObject::deleteLater);
    setObjectName(u"selectionToolBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(3, 3, 3, 3);
    layout->setSpacing(1);
    auto button = [this, layout](const QIcon &icon, const QString &text, const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setIcon(icon);
        b->setText(text);
        b->setToolTip(text);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(b);
        return b;
    };
    const QList<HighlightColour> palette = highlightPalette();
    for (qsizetype i = 0; i < palette.size(); ++i) {
        const HighlightColour colour = palette.at(i);
        QToolButton *b = button(HighlightStyle::icon(colour),
            tr("Highlight in %1 (%2)").arg(HighlightStyle::displayName(colour).toLower()).arg(i + 1),
            u"selectionColour_"_s + colourName(colour));
        connect(b, &QToolButton::clicked, this, [this, colour] { Q_EMIT highlightRequested(colour); });
    }
    QToolButton *note = button(QIcon::fromTheme(u"document-edit"_s), tr("Note (N)"), u"selectionNote"_s);
    note->setToolButtonStyle(Qt::ToolButtonTextOnly);
    note->setText(tr("Note"));
    connect(note, &QToolButton::clicked, this, &SelectionToolBar::noteRequested);
    QToolButton *tag = button(QIcon::fromTheme(u"tag"_s), tr("Tag with themes (T)"), u"selectionTag"_s);
    tag->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tag->setText(tr("Tag"));
    connect(tag, &QToolButton::clicked, this, &SelectionToolBar::tagRequested);
    hide();

    connect(view, &SpeechView::selectionChanged, this, &SelectionToolBar::follow);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &SelectionToolBar::follow);
    connect(qApp, &QApplication::focusChanged, this, &SelectionToolBar::follow);
}

SpeechView *SelectionToolBar::view() const
{
    return m_view;
}

void SelectionToolBar::follow()
{
    if (!m_view) {
        hide();
        return;
    }
    const QTextCursor cursor = m_view->textCursor();
    if (!cursor.hasSelection() || !m_view->hasFocus() || !m_view->isVisible()) {
        hide();
        return;
    }
    QTextCursor start = cursor;
    start.setPosition(cursor.selectionStart());
    QTextCursor end = cursor;
    end.setPosition(cursor.selectionEnd());
    const QPoint offset = m_view->viewport()->pos();
    const QRect first = m_view->cursorRect(start).translated(offset);
    const QRect last = m_view->cursorRect(end).translated(offset);
    adjustSize();
    int y = first.top() - height() - Gap;
    if (y < 0)
        y = last.bottom() + Gap;
    const QRect inside = m_view->viewport()->geometry();
    if (y + height() > inside.bottom() || last.bottom() < inside.top()) {
        // The selection scrolled out of sight: keep the bar out of the way.
        hide();
        return;
    }
    // In the window's coordinates, kept inside the window.
    const QPoint at = m_view->mapTo(parentWidget(), QPoint(first.left(), std::max(inside.top(), y)));
    const int right = parentWidget()->width() - width();
    move(std::clamp(at.x(), 0, std::max(0, right)), at.y());
    show();
    raise();
}

} // namespace Colloquy
