#pragma once

#include "model/highlightcolour.h"
#include "reader/articlelayout.h"

#include <QObject>

#include <array>

class QAction;
class QActionGroup;
class QKeySequence;
class QUndoStack;

namespace Colloquy {

/**
 * Every QAction of the main window, created once with its text, shortcuts,
 * icon and object name, so menus, toolbars and tests find the same action by
 * its id instead of building their own.
 *
 * The actions are children of this object. Their owner connects them; this
 * class knows nothing of what they do, except that Undo and Redo come from
 * the annotations' QUndoStack and follow it.
 *
 * The reading actions (highlight, remove, pick a colour) use plain keys, so
 * their shortcuts only apply within the widget they are added to (the
 * article), never in text fields elsewhere.
 */
class Actions : public QObject
{
    Q_OBJECT
public:
    enum class Id
    {
        Open,
        PasteArticle,
        ExportPdf,
        ExportMarkdown,
        ExportHtml,
        ExportCsv,
        ExportWebAnnotations,
        ExportAllClaims,
        ExportQdpx,
        ImportQdpx,
        ReimportArticle,
        ImportAnnotations,
        EditArticleDetails,
        DeleteArticle,
        BackUpNow,
        ShowBackups,
        Quit,
        LayoutSideBySide,
        LayoutStacked,
        LayoutOneAtATime,
        LayoutConversation,
        NextSpeaker,
        PreviousSpeaker,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        FindInLibrary,
        Search,
        SearchArticle,
        ShowLibrary,
        Undo,
        Redo,
        HighlightSelection,
        RemoveHighlight,
        TagSelection,
        EditNote,
        ShowAnnotations,
        ShowCodebook,
        ReviewSegmentation,
        ShowSpeakers,
        ShowAgreement,
        ShowSegmentationRules,
        CompareVoices,
        ColourYellow,
        ColourGreen,
        ColourBlue,
        ColourRed,
        ColourPurple,
        ColourOrange,
        Preferences,
        KeyboardShortcuts,
        About,
    };
    Q_ENUM(Id)

    /// `undoStack` gives Undo and Redo; it must outlive this object.
    explicit Actions(QUndoStack *undoStack, QObject *parent = nullptr);
    ~Actions() override;

    QAction *action(Id id) const;
    QList<QAction *> all() const;
    /// The shortcuts `action` was made with, before the user changed any.
    static QList<QKeySequence> defaultShortcuts(const QAction *action);
    /// What a list of actions calls `action`: its text without the mnemonic's
    /// `&` and the trailing `…`, and the same for Undo and Redo whatever they would undo.
    static QString plainText(const QAction *action);
    /// The actions with plain-key shortcuts for the article only (highlight,
    /// remove highlight, the colours); all() minus these are window-wide.
    QList<QAction *> readingActions() const;

    /// The exclusive group of the layout actions.
    QActionGroup *layoutGroup() const;
    QAction *layoutAction(ArticleLayout layout) const;
    /// Which layout a layout action stands for; nullopt for any other action.
    static std::optional<ArticleLayout> layoutOf(const QAction *action);

    /// The exclusive group of the six colour actions (keys 1–6).
    QActionGroup *colourGroup() const;
    QAction *colourAction(HighlightColour colour) const;
    /// Which colour a colour action stands for; nullopt for any other action.
    static std::optional<HighlightColour> colourOf(const QAction *action);

private:
    static constexpr int Count = int(Id::About) + 1;
    std::array<QAction *, Count> m_actions {};
    QActionGroup *m_layoutGroup = nullptr;
    QActionGroup *m_colourGroup = nullptr;
};

} // namespace Colloquy
