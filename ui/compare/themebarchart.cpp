#include "compare/themebarchart.h"

#include "reader/listkeys.h"
#include "reader/speakerstyle.h"

#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr int Margin = 8;
/// Space between a theme's bars and the next theme's heading.
constexpr int GroupGap = 6;
} // namespace

ThemeBarChart::ThemeBarChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Claims per theme and voice"));
}

void ThemeBarChart::setMatrix(const ThemeMatrix &matrix, MatrixMode mode)
{
    m_matrix = matrix;
    m_mode = mode;
    m_names = matrix.columnNames();
    for (QString &name : m_names) {
        if (name.isEmpty())
            name = tr("(no value)");
    }
    m_bars.clear();
    m_groups.clear();
    int group = 0;
    for (const qint64 theme : matrix.rows()) {
        if (matrix.total(theme) == 0)
            continue;
        for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
            if (matrix.count(theme, c) > 0) {
                m_bars.append({theme, c, matrix.value(theme, c, mode)});
                m_groups.append(group);
            }
        }
        ++group;
    }
    m_current = m_bars.isEmpty() ? -1 : std::clamp(m_current, 0, int(m_bars.size()) - 1);
    setAccessibleDescription(m_bars.isEmpty() ? tr("No claims in scope") : describe(m_current));
    updateGeometry();
    update();
}

QList<ThemeBarChart::Bar> ThemeBarChart::bars() const
{
    return m_bars;
}

int ThemeBarChart::currentBar() const
{
    return m_current;
}

void ThemeBarChart::setCurrentBar(int index)
{
    if (index < 0 || index >= m_bars.size() || index == m_current)
        return;
    m_current = index;
    setAccessibleDescription(describe(index));
    update();
}

QString ThemeBarChart::describe(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const Bar &bar = m_bars.at(index);
    const qint64 count = m_matrix.count(bar.themeId, bar.column);
    QString text = tr("%1 — %2: %n claim(s)", nullptr, int(count))
                       .arg(m_matrix.codebook.displayPath(bar.themeId), m_names.value(bar.column));
    if (m_mode != MatrixMode::Counts)
        text += u" ("_s + ThemeMatrix::formatValue(bar.value, m_mode) +
            (m_mode == MatrixMode::Share ? tr(" of the voice's claims") : tr(" per 1,000 words")) + u')';
    return text;
}

QColor ThemeBarChart::voiceColour(qsizetype column) const
{
    return SpeakerStyle::colour(int(column), palette());
}

int ThemeBarChart::barHeight() const
{
    return fontMetrics().height() + 6;
}

QList<QRect> ThemeBarChart::legendLayout(int width, int *height) const
{
    const QFontMetrics fm = fontMetrics();
    const int swatch = fm.height();
    QList<QRect> items;
    int x = Margin;
    int y = Margin;
    for (const QString &name : m_names) {
        const int itemWidth = swatch + 4 + fm.horizontalAdvance(name) + 2 * Margin;
        if (x > Margin && x + itemWidth > width - Margin) {
            x = Margin;
            y += swatch + 4;
        }
        items.append(QRect(x, y, itemWidth, swatch));
        x += itemWidth;
    }
    *height = m_names.isEmpty() ? Margin : y + swatch + Margin;
    return items;
}

QRect ThemeBarChart::barRect(int index) const
{
    return rowRect(index, width());
}

QRect ThemeBarChart::rowRect(int index, int width) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    int y = 0;
    legendLayout(width, &y);
    const int heading = fontMetrics().height() + 4;
    for (int i = 0; i <= index; ++i) {
        if (i == 0 || m_groups.at(i) != m_groups.at(i - 1))
            y += (i == 0 ? 0 : GroupGap) + heading;
        if (i < index)
            y += barHeight();
    }
    return QRect(Margin, y, width - 2 * Margin, barHeight());
}

int ThemeBarChart::contentHeight(int width) const
{
    const QRect last = rowRect(int(m_bars.size()) - 1, width);
    int legend = 0;
    legendLayout(width, &legend);
    return last.isNull() ? legend + Margin : last.bottom() + 1 + Margin;
}

int ThemeBarChart::barAt(const QPoint &position) const
{
    for (int i = 0; i < m_bars.size(); ++i) {
        if (barRect(i).contains(position))
            return i;
    }
    return -1;
}

QSize ThemeBarChart::sizeHint() const
{
    constexpr int Width = 560;
    return {Width, contentHeight(Width)};
}

QSize ThemeBarChart::minimumSizeHint() const
{
    // As tall as the chart at the width it has, so a scroll area scrolls rather than cuts it.
    return {240, contentHeight(width() > 0 ? width() : sizeHint().width())};
}

void ThemeBarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (height() < contentHeight(width()))
        updateGeometry(); // the legend wrapped to more lines
}

void ThemeBarChart::paint(QPainter &p, int width, bool framed) const
{
    const QFontMetrics fm = fontMetrics();
    const QPalette pal = palette();
    int legendHeight = 0;
    const QList<QRect> legend = legendLayout(width, &legendHeight);
    for (int c = 0; c < legend.size(); ++c) {
        const QRect item = legend.at(c);
        p.fillRect(QRect(item.topLeft(), QSize(item.height(), item.height())), voiceColour(c));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(
            item.adjusted(item.height() + 4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, m_names.at(c));
    }
    int labelWidth = 0;
    for (const QString &name : m_names)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(name));
    labelWidth = std::min(labelWidth + Margin, width / 3);
    const int valueWidth = fm.horizontalAdvance(u"100.0%"_s) + Margin;
    const int barSpace = std::max(10, width - 2 * Margin - labelWidth - valueWidth);
    double most = 0.0;
    for (const Bar &bar : m_bars)
        most = std::max(most, bar.value);
    QFont bold = p.font();
    bold.setBold(true);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const QRect row = rowRect(i, width);
        p.setPen(pal.color(QPalette::Text));
        if (i == 0 || m_groups.at(i) != m_groups.at(i - 1)) {
            const QFont plain = p.font();
            p.setFont(bold);
            p.drawText(QRect(Margin, row.top() - fm.height() - 4, width - 2 * Margin, fm.height() + 4),
                Qt::AlignLeft | Qt::AlignVCenter, m_matrix.codebook.displayPath(bar.themeId));
            p.setFont(plain);
        }
        p.drawText(QRect(row.left() + Margin, row.top(), labelWidth - Margin, row.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(m_names.value(bar.column), Qt::ElideRight, labelWidth - Margin));
        const int length = most > 0 ? std::max(2, int(barSpace * bar.value / most)) : 2;
        const QRect fill(row.left() + labelWidth, row.top() + 2, length, row.height() - 4);
        p.fillRect(fill, voiceColour(bar.column));
        p.drawText(QRect(fill.right() + 4, row.top(), valueWidth, row.height()),
            Qt::AlignLeft | Qt::AlignVCenter, ThemeMatrix::formatValue(bar.value, m_mode));
        if (framed && i == m_current) {
            p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
            p.drawRect(row.adjusted(0, 0, -1, -1));
        }
    }
}

void ThemeBarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setFont(font());
    paint(p, width(), hasFocus());
}

QImage ThemeBarChart::toImage(int width) const
{
    const int height = std::max(1, contentHeight(width));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    p.setFont(font());
    paint(p, width, false);
    return image;
}

void ThemeBarChart::keyPressEvent(QKeyEvent *event)
{
    const std::optional<int> next = listKeyTarget(event->key(), m_current, int(m_bars.size()));
    if (!next) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (*next < 0)
        return; // no bars
    setCurrentBar(*next);
    // In a scroll area, bring the bar into view.
    if (auto *area = parentWidget() ? qobject_cast<QScrollArea *>(parentWidget()->parentWidget()) : nullptr)
        area->ensureVisible(0, barRect(*next).center().y(), 0, barHeight());
    showDescription(*next);
}

void ThemeBarChart::mousePressEvent(QMouseEvent *event)
{
    setCurrentBar(barAt(event->position().toPoint()));
    QWidget::mousePressEvent(event);
}

bool ThemeBarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describe(index), this, barRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

void ThemeBarChart::showDescription(int index)
{
    const QRect rect = barRect(index);
    QToolTip::showText(mapToGlobal(rect.topLeft()), describe(index), this, rect);
}

} // namespace Colloquy
