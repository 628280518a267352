#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Colloquy {

class SpeechView;

/**
 * The editor's note in a band above the speakers, with a toggle that folds it
 * to one line. Folded, it shows the start of the note so the reader knows
 * what is hidden.
 */
class EditorNoteBand : public QWidget
{
    Q_OBJECT
public:
    explicit EditorNoteBand(QWidget *parent = nullptr);

    /// `label` is what the source printed ("Editor's Note"); null shows a default.
    void setNote(const QString &label, const QStringList &paragraphs);
    QString label() const;

    bool isExpanded() const;
    void setExpanded(bool expanded);

    void setReadingPointSize(qreal pointSize);

    QToolButton *toggleButton() const;
    SpeechView *body() const;

Q_SIGNALS:
    /// Only when the user folds or unfolds the note, not for setExpanded().
    void toggled(bool expanded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePreview();

    QToolButton *m_toggle;
    QLabel *m_preview;
    SpeechView *m_body;
    QString m_label;
    QString m_previewText;
    bool m_expanded = true;
};

} // namespace Colloquy
