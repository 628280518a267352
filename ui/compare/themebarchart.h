#pragma once

#include "model/thematrix.h"

#include <QWidget>

class QImage;
class QPainter;

namespace Colloquy {

/**
 * Claims per theme per voice as grouped bars: one group per theme that has
 * claims in scope (codebook order, parents counting their sub-themes as the
 * matrix does), in it one horizontal bar per voice with claims on the theme,
 * each voice in its own colour (SpeakerStyle) with a legend above, the value
 * written at the bar's end in the matrix's mode (counts, shares or per 1,000
 * words). It shows the ThemeMatrix the Compare dialog reads, so scope,
 * columns and filters are the matrix's.
 *
 * Painted with QPainter in the palette's colours (readable in dark mode), no
 * widget per bar. Up/Down (Home/End) move the current bar, framed while the
 * chart has the focus; the bar under the mouse or the current one is
 * described in a tooltip and the accessible description. toImage() paints
 * the whole chart for export. GUI thread only.
 */
class ThemeBarChart : public QWidget
{
    Q_OBJECT
public:
    /// One bar: a theme's claims by one voice (`column` of the matrix) as `mode` shows them.
    struct Bar
    {
        qint64 themeId = 0;
        qsizetype column = 0;
        double value = 0.0;
    };

    explicit ThemeBarChart(QWidget *parent = nullptr);

    void setMatrix(const ThemeMatrix &matrix, MatrixMode mode);
    /// The bars in the order drawn, top to bottom.
    QList<Bar> bars() const;
    int currentBar() const;
    void setCurrentBar(int index);
    /// Where bar `index` is drawn (its full row), in this widget's coordinates.
    QRect barRect(int index) const;
    /// The bar's theme, voice and value as one sentence.
    QString describe(int index) const;
    /// The colour of the matrix's column `column`.
    QColor voiceColour(qsizetype column) const;
    /// The whole chart painted at its size hint's height and `width`.
    QImage toImage(int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// The legend's swatches laid out in `width`: one rectangle per column; its height in `height`.
    QList<QRect> legendLayout(int width, int *height) const;
    /// Paints everything into a `width` wide area.
    void paint(QPainter &painter, int width, bool framed) const;
    int barHeight() const;
    /// Bar `index`'s row when the chart is `width` wide.
    QRect rowRect(int index, int width) const;
    /// The height the whole chart needs at `width`.
    int contentHeight(int width) const;
    int barAt(const QPoint &position) const;
    void showDescription(int index);

    ThemeMatrix m_matrix;
    MatrixMode m_mode = MatrixMode::Counts;
    QStringList m_names;
    QList<Bar> m_bars;
    /// Per bar, the index of its theme's group (for the headings between groups).
    QList<int> m_groups;
    int m_current = -1;
};

} // namespace Colloquy
