#include "compare/overviewchart.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Colloquy {

namespace {
constexpr int Margin = 8;
} // namespace

OverviewChart::OverviewChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void OverviewChart::setRows(const QList<SpeakerOverviewRow> &rows, const QStringList &names)
{
    m_rows = rows;
    m_names = names;
    m_current = rows.isEmpty() ? -1 : std::clamp(m_current, 0, int(rows.size()) - 1);
    updateGeometry();
    update();
}

void OverviewChart::setCurrentRow(int row)
{
    if (row < 0 || row >= m_rows.size() || row == m_current)
        return;
    m_current = row;
    setAccessibleDescription(describe(row));
    update();
}

QString OverviewChart::describe(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const SpeakerOverviewRow &r = m_rows.at(row);
    return tr("%1: %2% of the words (%3), %n claim(s) on %4 themes", nullptr, int(r.claims))
        .arg(m_names.value(row))
        .arg(r.share * 100.0, 0, 'f', 1)
        .arg(r.words)
        .arg(r.themes);
}

int OverviewChart::rowHeight() const
{
    return fontMetrics().height() * 2 + Margin;
}

int OverviewChart::rowAt(int y) const
{
    const int row = (y - Margin) / rowHeight();
    return y >= Margin && row < m_rows.size() ? row : -1;
}

QSize OverviewChart::sizeHint() const
{
    return {420, Margin * 2 + rowHeight() * int(std::max<qsizetype>(m_rows.size(), 3))};
}

void OverviewChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (const QString &name : std::as_const(m_names))
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(name));
    labelWidth = std::min(labelWidth + Margin, width() / 3);
    const int barLeft = Margin + labelWidth;
    const int barSpace =
        std::max(10, width() - barLeft - Margin - fm.horizontalAdvance(QStringLiteral("100.0%")) - Margin);
    qint64 mostClaims = 1;
    for (const SpeakerOverviewRow &r : std::as_const(m_rows))
        mostClaims = std::max(mostClaims, r.claims);
    const QColor words = palette().color(QPalette::Highlight);
    const QColor claims = palette().color(QPalette::Link);
    for (int i = 0; i < m_rows.size(); ++i) {
        const SpeakerOverviewRow &r = m_rows.at(i);
        const QRect row(Margin, Margin + i * rowHeight(), width() - 2 * Margin, rowHeight() - Margin);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(row.left(), row.top(), labelWidth - Margin, row.height()),
            Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(m_names.value(i), Qt::ElideRight, labelWidth - Margin));
        const int half = row.height() / 2;
        const QRect wordBar(barLeft, row.top(), int(barSpace * r.share), half - 1);
        const QRect claimBar(
            barLeft, row.top() + half, int(barSpace * double(r.claims) / double(mostClaims)), half - 1);
        p.fillRect(wordBar, words);
        p.fillRect(claimBar, claims);
        p.drawText(wordBar.right() + 4, wordBar.top(), width(), half, Qt::AlignVCenter,
            QString::number(r.share * 100.0, 'f', 1) + u'%');
        p.drawText(claimBar.right() + 4, claimBar.top(), width(), half, Qt::AlignVCenter,
            tr("%n claim(s)", nullptr, int(r.claims)));
        if (i == m_current && hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
            p.drawRect(row.adjusted(-2, -2, 1, 1));
        }
    }
}

void OverviewChart::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        setCurrentRow(m_current + (event->key() == Qt::Key_Up ? -1 : 1));
        QToolTip::showText(
            mapToGlobal(QPoint(Margin, Margin + m_current * rowHeight())), describe(m_current), this);
        return;
    }
    QWidget::keyPressEvent(event);
}

void OverviewChart::mousePressEvent(QMouseEvent *event)
{
    setCurrentRow(rowAt(int(event->position().y())));
    QWidget::mousePressEvent(event);
}

bool OverviewChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), describe(row), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Colloquy
