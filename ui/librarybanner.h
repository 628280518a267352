#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Colloquy {

/**
 * The strip above the article that says what is wrong with the open library:
 * read-only (why, and that edits are refused) or damaged (with the ways out:
 * restore a backup, salvage what reads cleanly). Hidden while there is nothing
 * to say. The window fills it and connects its buttons; it knows nothing of
 * the store. Owned by its parent widget; GUI thread only.
 */
class LibraryBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information, ///< read-only by circumstance: nothing is wrong with the library
        Warning, ///< damaged: open read-only until it is recovered
    };

    explicit LibraryBanner(QWidget *parent = nullptr);

    /// Shows `text` (plain text) and, besides, the buttons added with addButton().
    void showMessage(const QString &text, Kind kind);
    /// A button on the banner's right; shown with the message.
    QPushButton *addButton(const QString &text, const QString &objectName);
    /// Hides the banner and removes its buttons.
    void clear();
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace Colloquy
