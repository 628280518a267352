#include "actions.h"

#include "fallbackicons_p.h"
#include "reader/highlightstyle.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QRegularExpression>
#include <QStyle>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr const char *LayoutProperty = "colloquyLayout";
constexpr const char *ColourProperty = "colloquyColour";
constexpr const char *DefaultShortcutsProperty = "colloquyDefaultShortcuts";
constexpr const char *PlainTextProperty = "colloquyPlainText";

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

QList<QKeySequence> redoShortcuts()
{
    // Ctrl+Shift+Z everywhere, plus what the platform adds (Ctrl+Y on Windows).
    QList<QKeySequence> keys {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}
} // namespace

Actions::Actions(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
{
    setObjectName(u"actions"_s);
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
    make(Id::PasteArticle, u"file_paste_article"_s, tr("&Paste as New Article"),
        QIcon::fromTheme(u"edit-paste"_s), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)})
        ->setStatusTip(tr("Import the text on the clipboard as a new article"));
    make(Id::ExportPdf, u"file_export_pdf"_s, tr("Annotated &PDF…"), QIcon::fromTheme(u"document-export"_s),
        {})
        ->setStatusTip(tr("Export the article with its highlights, notes and themes as an annotated PDF"));
    make(Id::ExportMarkdown, u"file_export_markdown"_s, tr("&Markdown…"), QIcon(), {})
        ->setStatusTip(tr("Export the article with its highlights, notes and themes as Markdown"));
    make(Id::ExportHtml, u"file_export_html"_s, tr("&HTML…"), QIcon(), {})
        ->setStatusTip(tr("Export the article with its highlights, notes and themes as one web page"));
    make(Id::ExportCsv, u"file_export_csv"_s, tr("&CSV…"), QIcon(), {})
        ->setStatusTip(tr("Export the article's highlights as a spreadsheet, one row each"));
    make(Id::ExportWebAnnotations, u"file_export_jsonld"_s, tr("&Web Annotations (JSON-LD)…"), QIcon(), {})
        ->setStatusTip(tr("Export the article's highlights as W3C Web Annotations other tools can read"));
    make(Id::ExportAllClaims, u"file_export_all_claims"_s, tr("&All Claims…"), QIcon(), {})
        ->setStatusTip(tr("Export every claim of the library, grouped by theme, as Markdown or CSV"));
    make(Id::ExportQdpx, u"file_export_qdpx"_s, tr("&REFI-QDA Project…"),
        QIcon::fromTheme(u"document-export"_s), {})
        ->setStatusTip(
            tr("Export the library with its themes and claims for other qualitative analysis tools"));
    make(Id::ImportQdpx, u"file_import_qdpx"_s, tr("Import &REFI-QDA Project…"),
        QIcon::fromTheme(u"document-import"_s), {})
        ->setStatusTip(tr("Import texts, codes and codings from another qualitative analysis tool"));
    make(Id::ReimportArticle, u"file_reimport"_s, tr("Re-&import Edited Version…"),
        QIcon::fromTheme(u"document-revert"_s), {})
        ->setStatusTip(tr("Replace this article's text with an edited file, keeping its highlights"));
    make(Id::ImportAnnotations, u"file_import_annotations"_s, tr("Import &Web Annotations…"),
        QIcon::fromTheme(u"document-import"_s), {})
        ->setStatusTip(tr("Add the highlights of a W3C Web Annotation (JSON-LD) file to this article"));
    make(Id::EditArticleDetails, u"file_article_details"_s, tr("Article &Details…"),
        QIcon::fromTheme(u"document-properties"_s), {QKeySequence(Qt::Key_F2)})
        ->setStatusTip(tr("Edit this article's title, source, web address and publication date"));
    make(Id::DeleteArticle, u"file_delete_article"_s, tr("De&lete Article…"),
        QIcon::fromTheme(u"edit-delete"_s), {})
        ->setStatusTip(tr("Delete this article and its highlights from the library (Undo brings it back)"));
    make(Id::BackUpNow, u"file_back_up_now"_s, tr("Back &Up Now"), QIcon::fromTheme(u"document-save"_s), {})
        ->setStatusTip(tr("Make a backup of the library now, beside the library file"));
    make(Id::ShowBackups, u"file_backups"_s, tr("&Backups…"), QIcon::fromTheme(u"document-open-recent"_s), {})
        ->setStatusTip(tr("List the library's backups and restore one"));
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
    makeLayout(Id::LayoutConversation, ArticleLayout::Conversation, u"view_layout_conversation"_s,
        tr("&Conversation"), u"view-conversation-balloon"_s, FallbackIcon::Conversation, Qt::Key_4,
        tr("Show the turns in reading order, each headed by its speaker"));

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
    make(Id::ZoomReset, u"view_zoom_reset"_s, tr("Reset &Zoom"),
        themeIcon(u"zoom-original"_s, FallbackIcon::ZoomReset), {QKeySequence(Qt::CTRL | Qt::Key_0)})
        ->setStatusTip(tr("Show the reading text at its normal size"));

    make(Id::FindInLibrary, u"library_find"_s, tr("&Filter Library"),
        themeIcon(u"view-filter"_s, FallbackIcon::Search), {QKeySequence(Qt::CTRL | Qt::Key_L)})
        ->setStatusTip(tr("Filter the library by title or speaker"));
    make(Id::Search, u"edit_search"_s, tr("&Search Library…"),
        themeIcon(u"edit-find"_s, FallbackIcon::Search), QKeySequence::keyBindings(QKeySequence::Find))
        ->setStatusTip(tr("Search the text and notes of every article"));
    make(Id::SearchArticle, u"edit_search_article"_s, tr("Search in &Article…"),
        themeIcon(u"edit-find"_s, FallbackIcon::Search), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)})
        ->setStatusTip(tr("Search the text and notes of the article shown"));
    QAction *showLibrary = make(Id::ShowLibrary, u"view_show_library"_s, tr("Show &Library"),
        themeIcon(u"view-sidetree"_s, FallbackIcon::Library), {QKeySequence(Qt::Key_F9)});
    showLibrary->setCheckable(true);
    showLibrary->setChecked(true);
    showLibrary->setStatusTip(tr("Show or hide the list of articles"));

    // The stack keeps their text ("Undo Remove highlight") and enabled state current.
    QAction *undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"edit_undo"_s);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    undo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Undo));
    undo->setProperty(PlainTextProperty, tr("Undo"));
    m_actions[int(Id::Undo)] = undo;
    QAction *redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"edit_redo"_s);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    redo->setShortcuts(redoShortcuts());
    redo->setProperty(PlainTextProperty, tr("Redo"));
    m_actions[int(Id::Redo)] = redo;

    make(Id::HighlightSelection, u"edit_highlight"_s, tr("&Highlight"),
        QIcon::fromTheme(u"draw-highlight"_s, HighlightStyle::icon(HighlightColour::Yellow)),
        {QKeySequence(Qt::Key_H)})
        ->setStatusTip(tr("Highlight the selected text in the current colour"));
    make(Id::RemoveHighlight, u"edit_remove_highlight"_s, tr("Remo&ve Highlight"),
        QIcon::fromTheme(u"edit-delete"_s), {QKeySequence(Qt::Key_Delete)})
        ->setStatusTip(tr("Remove the highlight under the cursor"));

    make(Id::TagSelection, u"edit_tag"_s, tr("&Tag with Theme…"), QIcon::fromTheme(u"tag"_s),
        {QKeySequence(Qt::Key_T)})
        ->setStatusTip(tr("Tag the selection or the highlight under the cursor with themes"));
    make(Id::EditNote, u"edit_note"_s, tr("&Note…"), QIcon::fromTheme(u"document-edit"_s),
        {QKeySequence(Qt::Key_N)})
        ->setStatusTip(tr("Write a note on the selection or the highlight under the cursor"));
    QAction *showAnnotations = make(Id::ShowAnnotations, u"view_show_annotations"_s, tr("Show &Annotations"),
        QIcon::fromTheme(u"view-list-text"_s), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    showAnnotations->setCheckable(true);
    showAnnotations->setStatusTip(tr("Show or hide the list of this article's highlights"));
    make(Id::ShowCodebook, u"edit_codebook"_s, tr("&Codebook…"), QIcon::fromTheme(u"tag-folder"_s),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)})
        ->setStatusTip(tr("Create, rename, recolour, move, merge and delete themes"));
    make(Id::ReviewSegmentation, u"view_review_segmentation"_s, tr("&Review Segmentation…"),
        QIcon::fromTheme(u"document-properties"_s), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)})
        ->setStatusTip(tr("Check and correct the speakers and boundaries found in this article"));
    make(Id::ShowSpeakers, u"view_speakers"_s, tr("Spea&kers Across Articles…"),
        QIcon::fromTheme(u"system-users"_s), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)})
        ->setStatusTip(tr("One profile per person across the library: rename, merge and split them"));
    make(Id::ShowAgreement, u"tools_agreement"_s, tr("Inter-coder &Agreement…"),
        QIcon::fromTheme(u"view-statistics"_s), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)})
        ->setStatusTip(tr("How consistently coders applied the themes: percent agreement and kappa"));
    make(Id::ShowSegmentationRules, u"tools_segmentation_rules"_s, tr("Segmentation &Rules…"),
        QIcon::fromTheme(u"view-list-details"_s), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)})
        ->setStatusTip(tr("The corrections remembered for later imports: see and remove them"));
    make(Id::CompareVoices, u"view_compare_voices"_s, tr("Compare &Voices…"),
        QIcon::fromTheme(u"view-statistics"_s), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)})
        ->setStatusTip(
            tr("Themes × speakers: who says what about each theme, and an overview of the speakers"));

    m_colourGroup = new QActionGroup(this);
    m_colourGroup->setExclusive(true);
    const QList<HighlightColour> palette = highlightPalette();
    for (qsizetype i = 0; i < palette.size(); ++i) {
        const HighlightColour colour = palette.at(i);
        const QString name = HighlightStyle::displayName(colour);
        QAction *action = make(Id(int(Id::ColourYellow) + int(i)), u"edit_colour_"_s + colourName(colour),
            name, HighlightStyle::icon(colour), {QKeySequence(Qt::Key(Qt::Key_1 + int(i)))});
        action->setCheckable(true);
        action->setProperty(ColourProperty, QVariant::fromValue(int(colour)));
        action->setStatusTip(tr("Highlight in %1 from now on").arg(name.toLower()));
        m_colourGroup->addAction(action);
    }
    for (QAction *action : readingActions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    QAction *preferences = make(Id::Preferences, u"settings_configure"_s, tr("&Configure Colloquy…"),
        QIcon::fromTheme(u"configure"_s), {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Your name, the reading font, colours, language, layouts and library"));
    make(Id::KeyboardShortcuts, u"help_shortcuts"_s, tr("&Keyboard Shortcuts…"),
        QIcon::fromTheme(u"configure-shortcuts"_s), {})
        ->setStatusTip(tr("See every action's shortcut and change it"));

    QAction *about = make(Id::About, u"help_about"_s, tr("&About Colloquy"),
        styleIcon(u"help-about"_s, QStyle::SP_MessageBoxInformation), {});
    about->setMenuRole(QAction::AboutRole);

    // The Export submenu's entries say what they export only beside its title.
    const QList<std::pair<Id, QString>> exportNames {{Id::ExportPdf, tr("Export as Annotated PDF")},
        {Id::ExportMarkdown, tr("Export as Markdown")}, {Id::ExportHtml, tr("Export as HTML")},
        {Id::ExportCsv, tr("Export as CSV")}, {Id::ExportWebAnnotations, tr("Export as Web Annotations")},
        {Id::ExportAllClaims, tr("Export All Claims")}, {Id::ExportQdpx, tr("Export as REFI-QDA Project")}};
    for (const auto &[id, name] : exportNames)
        action(id)->setProperty(PlainTextProperty, name);
    for (QAction *action : all())
        action->setProperty(DefaultShortcutsProperty, QVariant::fromValue(action->shortcuts()));
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

QList<QKeySequence> Actions::defaultShortcuts(const QAction *action)
{
    return action ? action->property(DefaultShortcutsProperty).value<QList<QKeySequence>>()
                  : QList<QKeySequence>();
}

QString Actions::plainText(const QAction *action)
{
    if (!action)
        return {};
    const QVariant fixed = action->property(PlainTextProperty);
    QString text = fixed.isValid() ? fixed.toString() : action->text();
    static const QRegularExpression mnemonic(u"&(?!&)"_s);
    text.remove(mnemonic).replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

QList<QAction *> Actions::readingActions() const
{
    QList<QAction *> actions {action(Id::HighlightSelection), action(Id::RemoveHighlight),
        action(Id::TagSelection), action(Id::EditNote)};
    actions += m_colourGroup->actions();
    return actions;
}

QActionGroup *Actions::colourGroup() const
{
    return m_colourGroup;
}

QAction *Actions::colourAction(HighlightColour colour) const
{
    const qsizetype index = highlightPalette().indexOf(colour);
    return action(Id(int(Id::ColourYellow) + int(std::max(qsizetype(0), index))));
}

std::optional<HighlightColour> Actions::colourOf(const QAction *action)
{
    const QVariant value = action ? action->property(ColourProperty) : QVariant();
    if (!value.isValid())
        return std::nullopt;
    return HighlightColour(value.toInt());
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
    case ArticleLayout::Conversation:
        return action(Id::LayoutConversation);
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
