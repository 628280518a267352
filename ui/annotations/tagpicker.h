#pragma once

#include <QFrame>

#include <optional>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace Colloquy {

class Annotations;

/**
 * A searchable popup list of the codebook for tagging one highlight.
 *
 * Keyboard first: typing filters the themes by their full names
 * (`Economy › Trade`), Up and Down move, Enter toggles the current theme on
 * the highlight (ticked themes are on it), Esc closes. When the typed name
 * matches no theme, the last row offers to create it; `Parent › Child` (or
 * `Parent > Child`) creates it under that parent. Every change goes through
 * Annotations: one undo step per toggle, creating and tagging together as one.
 * The picker stays open so several themes can be applied in a row.
 */
class TagPicker : public QFrame
{
    Q_OBJECT
public:
    explicit TagPicker(Annotations *annotations, QWidget *parent = nullptr);
    ~TagPicker() override;

    /// Shows the picker for `highlightId` with its top-left corner at `globalPos` (kept on screen).
    void popup(qint64 highlightId, const QPoint &globalPos);
    qint64 highlightId() const;

    QLineEdit *filterEdit() const;
    QListWidget *list() const;

    /// Toggles (or creates and applies) the theme of the list's current row.
    bool applyCurrent();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuild();
    bool applyItem(QListWidgetItem *item);
    std::optional<qint64> createThemePath(const QString &typed);

    Annotations *m_annotations;
    QLineEdit *m_filter;
    QListWidget *m_list;
    qint64 m_highlightId = 0;
};

} // namespace Colloquy
