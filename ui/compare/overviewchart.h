#pragma once

#include "model/speakeroverview.h"

#include <QWidget>

namespace Colloquy {

/**
 * The speaker overview as a bar chart: per voice, a bar of its share of the
 * words and, beside it, a bar of its claims (scaled to the most claims),
 * with the figures written at their ends. Painted with QPainter in the
 * palette's colours, so it reads in dark mode. Up and Down move the current
 * voice (framed); its figures are the tooltip and the accessible description.
 * GUI thread only.
 */
class OverviewChart : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewChart(QWidget *parent = nullptr);

    void setRows(const QList<SpeakerOverviewRow> &rows, const QStringList &names);
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    /// The figures of row `row` as one sentence.
    QString describe(int row) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    int rowAt(int y) const;

    QList<SpeakerOverviewRow> m_rows;
    QStringList m_names;
    int m_current = -1;
};

} // namespace Colloquy
