#pragma once

#include "articlelayout.h"

#include <QObject>

#include <array>

class QAction;
class QActionGroup;

namespace Colloquy {

/**
 * Every QAction of the main window, created once with its text, shortcuts,
 * icon and object name, so menus, toolbars and tests find the same action by
 * its id instead of building their own.
 *
 * The actions are children of this object. Their owner connects them; this
 * class knows nothing of what they do.
 */
class Actions : public QObject
{
    Q_OBJECT
public:
    enum class Id
    {
        Open,
        Quit,
        LayoutSideBySide,
        LayoutStacked,
        LayoutOneAtATime,
        NextSpeaker,
        PreviousSpeaker,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        FindInLibrary,
        ShowLibrary,
        About,
    };
    Q_ENUM(Id)

    explicit Actions(QObject *parent = nullptr);
    ~Actions() override;

    QAction *action(Id id) const;
    QList<QAction *> all() const;

    /// The exclusive group of the three layout actions.
    QActionGroup *layoutGroup() const;
    QAction *layoutAction(ArticleLayout layout) const;
    /// Which layout a layout action stands for; nullopt for any other action.
    static std::optional<ArticleLayout> layoutOf(const QAction *action);

private:
    static constexpr int Count = int(Id::About) + 1;
    std::array<QAction *, Count> m_actions {};
    QActionGroup *m_layoutGroup = nullptr;
};

} // namespace Colloquy
