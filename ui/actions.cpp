#include "actions.h"

#include "fallbackicons_p.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr const char *LayoutProperty = "colloquyLayout";

QIcon styleIcon(const QString &themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(themeName, QApplication::style()->standardIcon(fallback));
}

QList<QKeySequence> zoomInShortcuts()
{
    // Ctrl+= is Ctrl++ without Shift on most layouts; accept both.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    const QKeySequence equal(Qt::CTRL | Qt::Key_Equal);
    if (!keys.contains(equal))
        keys.append(equal);
    return keys;
}
} // namespace

Actions::Actions(QObject *parent)
    : QObject(parent)
{
    auto make = [this](Id id, const QString &objectName, const QString &text, const QIcon &icon,
                    const QList<QKeySequence> &shortcuts) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(objectName);
        action->setShortcuts(shortcuts);
        m_actions[int(id)] = action;
        return action;
    };

    QAction *open = make(Id::Open, u"file_open"_s, tr("&Open…"),
        styleIcon(u"document-open"_s, QStyle::SP_DialogOpenButton),
        QKeySequence::keyBindings(QKeySequence::Open));
    open->setStatusTip(tr("Import article files into the library"));
    QAction *quit = make(Id::Quit, u"file_quit"_s, tr("&Quit"), QIcon::fromTheme(u"application-exit"_s),
        QKeySequence::keyBindings(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);

    m_layoutGroup = new QActionGroup(this);
    m_layoutGroup->setExclusive(true);
    auto makeLayout = [&](Id id, ArticleLayout layout, const QString &objectName, const QString &text,
                          const QString &iconName, FallbackIcon fallback, Qt::Key key, const QString &tip) {
        QAction *action =
            make(id, objectName, text, themeIcon(iconName, fallback), {QKeySequence(Qt::CTRL | key)});
        action->setCheckable(true);
        action->setProperty(LayoutProperty, QVariant::fromValue(int(layout)));
        action->setStatusTip(tip);
        m_layoutGroup->addAction(action);
    };
    makeLayout(Id::LayoutSideBySide, ArticleLayout::SideBySide, u"view_layout_side_by_side"_s,
        tr("&Side by Side"), u"view-split-left-right"_s, FallbackIcon::SideBySide, Qt::Key_1,
        tr("Show the speakers in columns"));
    makeLayout(Id::LayoutStacked, ArticleLayout::Stacked, u"view_layout_stacked"_s, tr("S&tacked"),
        u"view-split-top-bottom"_s, FallbackIcon::Stacked, Qt::Key_2,
        tr("Show the speakers one above the other"));
    makeLayout(Id::LayoutOneAtATime, ArticleLayout::OneAtATime, u"view_layout_one_at_a_time"_s,
        tr("&One Speaker at a Time"), u"view-list-details"_s, FallbackIcon::OneAtATime, Qt::Key_3,
        tr("Show one speaker, chosen from a list"));

    make(Id::NextSpeaker, u"view_next_speaker"_s, tr("&Next Speaker"),
        styleIcon(u"go-down"_s, QStyle::SP_ArrowDown), {QKeySequence(Qt::CTRL | Qt::Key_PageDown)})
        ->setStatusTip(tr("Move to the next speaker"));
    make(Id::PreviousSpeaker, u"view_previous_speaker"_s, tr("&Previous Speaker"),
        styleIcon(u"go-up"_s, QStyle::SP_ArrowUp), {QKeySequence(Qt::CTRL | Qt::Key_PageUp)})
        ->setStatusTip(tr("Move to the previous speaker"));

    make(Id::ZoomIn, u"view_zoom_in"_s, tr("Zoom &In"), themeIcon(u"zoom-in"_s, FallbackIcon::ZoomIn),
        zoomInShortcuts())
        ->setStatusTip(tr("Make the reading text larger"));
    make(Id::ZoomOut, u"view_zoom_out"_s, tr("Zoom O&ut"), themeIcon(u"zoom-out"_s, FallbackIcon::ZoomOut),
        QKeySequence::keyBindings(QKeySequence::ZoomOut))
        ->setStatusTip(tr("Make the reading text smaller"));
    make(Id::ZoomReset, u"view_zoom_reset"_s, tr("&Reset Zoom"),
        themeIcon(u"zoom-original"_s, FallbackIcon::ZoomReset), {QKeySequence(Qt::CTRL | Qt::Key_0)})
        ->setStatusTip(tr("Show the reading text at its normal size"));

    make(Id::FindInLibrary, u"library_find"_s, tr("&Filter Library"),
        themeIcon(u"edit-find"_s, FallbackIcon::Search), QKeySequence::keyBindings(QKeySequence::Find))
        ->setStatusTip(tr("Filter the library by title or speaker"));
    QAction *showLibrary = make(Id::ShowLibrary, u"view_show_library"_s, tr("Show &Library"),
        themeIcon(u"view-sidetree"_s, FallbackIcon::Library), {QKeySequence(Qt::Key_F9)});
    showLibrary->setCheckable(true);
    showLibrary->setChecked(true);
    showLibrary->setStatusTip(tr("Show or hide the list of articles"));

    QAction *about = make(Id::About, u"help_about"_s, tr("&About Colloquy"),
        styleIcon(u"help-about"_s, QStyle::SP_MessageBoxInformation), {});
    about->setMenuRole(QAction::AboutRole);
}

Actions::~Actions() = default;

QAction *Actions::action(Id id) const
{
    return m_actions[int(id)];
}

QList<QAction *> Actions::all() const
{
    return {m_actions.cbegin(), m_actions.cend()};
}

QActionGroup *Actions::layoutGroup() const
{
    return m_layoutGroup;
}

QAction *Actions::layoutAction(ArticleLayout layout) const
{
    switch (layout) {
    case ArticleLayout::SideBySide:
        return action(Id::LayoutSideBySide);
    case ArticleLayout::Stacked:
        return action(Id::LayoutStacked);
    case ArticleLayout::OneAtATime:
        return action(Id::LayoutOneAtATime);
    }
    return action(Id::LayoutSideBySide);
}

std::optional<ArticleLayout> Actions::layoutOf(const QAction *action)
{
    const QVariant value = action ? action->property(LayoutProperty) : QVariant();
    if (!value.isValid())
        return std::nullopt;
    return ArticleLayout(value.toInt());
}

} // namespace Colloquy
