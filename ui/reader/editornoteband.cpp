#include "reader/editornoteband.h"

#include "reader/speechview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Colloquy {

namespace {
// Long notes scroll inside the band instead of pushing the speakers away.
constexpr int MaxNoteLines = 7;
} // namespace

EditorNoteBand::EditorNoteBand(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_preview(new QLabel(this))
    , m_body(new SpeechView(this))
{
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setAccessibleName(tr("Editor's note"));

    m_toggle->setObjectName(QStringLiteral("editorNoteToggle"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::DownArrow);
    QFont toggleFont = m_toggle->font();
    toggleFont.setBold(true);
    m_toggle->setFont(toggleFont);
    connect(m_toggle, &QToolButton::clicked, this, [this] {
        setExpanded(!m_expanded);
        Q_EMIT toggled(m_expanded);
    });

    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setMinimumWidth(0);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_preview->installEventFilter(this);

    m_body->setObjectName(QStringLiteral("editorNoteBody"));
    m_body->setAccessibleName(tr("Editor's note text"));
    m_body->setColumnAlignment(Qt::AlignLeft);
    m_body->setFittedLines(MaxNoteLines);
    m_body->document()->setDocumentMargin(4);
    // Let the band's colour show through the text.
    m_body->viewport()->setAutoFillBackground(false);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(8);
    top->addWidget(m_toggle, 0, Qt::AlignLeft);
    top->addWidget(m_preview, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 8);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_body); // no alignment: it would shrink the view to its size hint
    setExpanded(true);
}

void EditorNoteBand::setNote(const QString &label, const QStringList &paragraphs)
{
    m_label = label.isEmpty() ? tr("Editor's Note") : label;
    m_toggle->setText(m_label);
    m_body->setParagraphs(paragraphs);
    m_previewText = paragraphs.isEmpty() ? QString() : paragraphs.constFirst();
    updatePreview();
}

QString EditorNoteBand::label() const
{
    return m_label;
}

bool EditorNoteBand::isExpanded() const
{
    return m_expanded;
}

void EditorNoteBand::setExpanded(bool expanded)
{
    m_expanded = expanded;
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setToolTip(expanded ? tr("Fold the editor's note") : tr("Unfold the editor's note"));
    m_body->setVisible(expanded);
    m_preview->setVisible(!expanded);
    updatePreview();
}

void EditorNoteBand::setReadingPointSize(qreal pointSize)
{
    m_body->setFont(SpeechView::readingFont(pointSize * 0.95));
}

QToolButton *EditorNoteBand::toggleButton() const
{
    return m_toggle;
}

SpeechView *EditorNoteBand::body() const
{
    return m_body;
}

bool EditorNoteBand::eventFilter(QObject *watched, QEvent *event)
{
    // The preview is elided to whatever width the layout gives it.
    if (watched == m_preview && event->type() == QEvent::Resize)
        updatePreview();
    return QWidget::eventFilter(watched, event);
}

void EditorNoteBand::updatePreview()
{
    if (m_expanded)
        return;
    const int width = std::max(0, m_preview->width());
    m_preview->setText(m_preview->fontMetrics().elidedText(m_previewText, Qt::ElideRight, width));
}

} // namespace Colloquy
