#include "reader/elidedlabel.h"

#include <QEvent>
#include <QPainter>
#include <QTextLayout>

namespace Colloquy {

ElidedLabel::ElidedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ElidedLabel::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    updateGeometry();
    updateToolTip();
    update();
}

int ElidedLabel::maximumLines() const
{
    return m_maximumLines;
}

bool ElidedLabel::isElided() const
{
    return m_elided;
}

QStringList ElidedLabel::linesFor(int width, bool *elided) const
{
    QStringList lines;
    bool cut = false;
    const QString content = text().simplified();
    if (width > 0 && !content.isEmpty()) {
        QTextLayout layout(content, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (lines.size() + 1 == m_maximumLines) {
                // The last line takes the rest, elided.
                const QString rest = content.mid(line.textStart());
                const QString shown = fontMetrics().elidedText(rest, Qt::ElideRight, width);
                cut = shown != rest;
                lines.append(shown);
                break;
            }
            lines.append(content.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    if (elided)
        *elided = cut;
    return lines;
}

bool ElidedLabel::hasHeightForWidth() const
{
    return true;
}

int ElidedLabel::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    const int lines = int(linesFor(width - margins.left() - margins.right()).size());
    return lines * fontMetrics().lineSpacing() + margins.top() + margins.bottom();
}

QSize ElidedLabel::sizeHint() const
{
    const int width = fontMetrics().horizontalAdvance(text().simplified());
    return {width, heightForWidth(width)};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Narrow to a few letters; the text wraps and elides instead of widening the pane.
    const int width = fontMetrics().averageCharWidth() * 6;
    return {width, fontMetrics().lineSpacing()};
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    painter.setFont(font());
    const QRect area = contentsRect();
    const int spacing = fontMetrics().lineSpacing();
    int y = area.top();
    for (const QString &line : linesFor(area.width())) {
        painter.drawText(
            QRect(area.left(), y, area.width(), spacing), int(alignment()) | Qt::TextSingleLine, line);
        y += spacing;
    }
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    linesFor(contentsRect().width(), &m_elided);
    setToolTip(m_elided ? text() : QString());
}

} // namespace Colloquy
