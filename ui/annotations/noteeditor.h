#pragma once

#include <QElapsedTimer>
#include <QFrame>

class QLabel;
class QPlainTextEdit;

namespace Colloquy {

class Annotations;

/**
 * A small popup editor for one highlight's Markdown note.
 *
 * There is no Save button: every change is stored at once through
 * Annotations::setNote(). One editing burst is one undo step: the burst
 * starts when the editor opens and ends when it closes, or when typing pauses
 * for a few seconds (measured between keystrokes; nothing is deferred). Where
 * KF6 SyntaxHighlighting is available the text is highlighted with its
 * Markdown definition, in a theme that follows the palette; otherwise it is
 * plain text. Esc or a click outside closes it.
 */
class NoteEditor : public QFrame
{
    Q_OBJECT
public:
    explicit NoteEditor(Annotations *annotations, QWidget *parent = nullptr);
    ~NoteEditor() override;

    /// Opens the editor on `highlightId`'s note at `globalPos` (kept on screen).
    void popup(qint64 highlightId, const QPoint &globalPos);
    qint64 highlightId() const;
    QPlainTextEdit *editor() const;
    /// Whether the Markdown is syntax-highlighted (KF6 SyntaxHighlighting was found).
    static bool hasSyntaxHighlighting();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void save();
    void setupHighlighting();

    Annotations *m_annotations;
    QLabel *m_quote;
    QPlainTextEdit *m_edit;
    QElapsedTimer m_sinceLastChange;
    qint64 m_highlightId = 0;
    bool m_loading = false;
    bool m_inBurst = false;
    bool m_changed = false;
};

} // namespace Colloquy
