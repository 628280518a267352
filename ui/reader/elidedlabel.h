#pragma once

#include <QLabel>

namespace Colloquy {

/**
 * A plain-text label that wraps at word boundaries up to a number of lines
 * and elides the rest with "…"; when it elides, its tooltip holds the whole
 * text. For names and bios in narrow pane headers, which must neither be cut
 * off mid-letter nor push the text they head out of sight.
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(const QString &text = {}, QWidget *parent = nullptr);

    /// At most this many lines (at least one); 2 by default.
    void setMaximumLines(int lines);
    int maximumLines() const;
    /// Whether the text shown now is cut short.
    bool isElided() const;

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The lines to draw at `width`, the last one elided when the text is longer.
    QStringList linesFor(int width, bool *elided = nullptr) const;
    void updateToolTip();

    int m_maximumLines = 2;
    bool m_elided = false;
};

} // namespace Colloquy
