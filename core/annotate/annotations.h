#pragma once

#include "model/articlenote.h"
#include "model/highlight.h"
#include "model/newhighlight.h"
#include "model/note.h"
#include "model/reimportreport.h"
#include "model/tagging.h"
#include "model/theme.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace Colloquy {

struct Article;
class EditHistory;
class LibraryStore;

/**
 * The one way to change annotations: highlights, their notes, the codebook of
 * themes and the taggings that make a highlight a claim.
 *
 * Each intent-level method validates its input, then writes in one
 * transaction and has committed when it returns; on any error it returns
 * false (or nullopt), leaves the library unchanged and says why in
 * errorString(). A method that changes something is one step of the
 * session's EditHistory: one undo command on the undoStack(), kept in the
 * library; undo and redo write back the exact rows, ids included. A method
 * asked to do what is already so (recolour to the same colour) succeeds
 * without an undo step. Several calls that make one user step go between
 * beginMacro() and endMacro() (or an EditStep on history()): one
 * transaction and one undo step, all or nothing.
 *
 * Note bursts: the UI saves a note as the user types. Calls to setNote() on
 * the same highlight (or setArticleNote()/setSpeakerNote() on the same note)
 * between beginNoteBurst() and endNoteBurst() merge into one undo step;
 * outside a burst every call is its own step. The core keeps no
 * timer: the UI decides when a burst ends (focus out, a pause, another
 * highlight).
 *
 * Everything is saved at once, so the stack is never "clean" in the
 * document sense: do not call QUndoStack::setClean() (Qt does not merge into
 * the command at the clean index, which would split note bursts).
 *
 * Reads go straight to the LibraryStore. Made and owned by LibrarySession,
 * which gives it the session's store and its one undo stack (so no service
 * can start a history of its own); use from the store's thread.
 */
class Annotations : public QObject
{
    Q_OBJECT
public:
    ~Annotations() override;

    LibraryStore *store() const;
    /// The session's undo stack, which every service pushes on; the UI makes its undo/redo actions from it.
    QUndoStack *undoStack() const;
    /// The session's history, for steps made of several calls (EditStep).
    EditHistory *history() const;
    /// Why the last call failed; empty after a call that succeeded.
    QString errorString() const;

    /// The account's name: its full name (the GECOS field on Unix), else the
    /// login name, else "unknown". What author() is until setAuthor().
    static QString currentAuthor();
    /// Who new highlights and notes are by: the name set with setAuthor()
    /// (the annotator name of the Preferences), else currentAuthor().
    QString author() const;
    /// Names the annotator of new highlights and notes from now on; blank
    /// goes back to currentAuthor(). Changes nothing already stored.
    void setAuthor(const QString &name);

    /// Highlights `[start, end)` of segment `segment` (an ordinal) of Segment::text().
    std::optional<qint64> addHighlight(qint64 articleId, qsizetype segment, qsizetype start, qsizetype end,
        HighlightColour colour = HighlightColour::Yellow);
    /**
     * Adds many highlights with their notes and themes as one edit, for
     * imports: every item is checked as addHighlight() checks it (and its
     * themes must exist) before anything is written; then all rows go in one
     * transaction and one undo step named `undoText` ("Add highlights" when
     * empty) whose undo removes them all. Returns the new ids in the order
     * given; on any error nothing is stored and errorString() names the item.
     * An empty list succeeds without an undo step.
     */
    std::optional<QList<qint64>> addHighlights(
        const QList<NewHighlight> &highlights, const QString &undoText = QString());
    bool recolourHighlight(qint64 highlightId, HighlightColour colour);
    /// Removes the highlight with its note, taggings and relations (all come back on undo).
    bool removeHighlight(qint64 highlightId);
    /// Anchors the highlight (an orphan, typically) to `[start, end)` of
    /// segment `segment` of its article: new position and quote selectors
    /// from the current text, state Anchored. Colour, note and themes stay;
    /// undo puts back the old anchor and state exactly.
    bool reattachHighlight(qint64 highlightId, qsizetype segment, qsizetype start, qsizetype end);

    /// Sets the highlight's Markdown note; blank text removes the note.
    bool setNote(qint64 highlightId, const QString &markdown);
    /// Sets the Markdown note on the article itself; blank text removes it.
    bool setArticleNote(qint64 articleId, const QString &markdown);
    /// Sets the note on one of the article's speakers, named exactly as
    /// Article::speakers() names them; blank text removes it (also for a name
    /// a re-import took out of the text, which keeps its note until then).
    bool setSpeakerNote(qint64 articleId, const QString &speaker, const QString &markdown);
    /// Between these, successive calls of setNote(), setArticleNote() or
    /// setSpeakerNote() on the same note merge into one undo step.
    void beginNoteBurst();
    void endNoteBurst();

    bool tagHighlight(qint64 highlightId, qint64 themeId);
    bool untagHighlight(qint64 highlightId, qint64 themeId);
    /// Tags each highlight with its theme in one transaction and one undo step;
    /// taggings already there are skipped. All or nothing, like addHighlights().
    bool tagHighlights(const QList<Tagging> &taggings);

    /// A new theme under `parentId` (0: top level). Names are trimmed and unique among siblings.
    std::optional<qint64> createTheme(const QString &name, qint64 parentId = 0,
        HighlightColour colour = HighlightColour::Yellow, const QString &description = QString());
    bool renameTheme(qint64 themeId, const QString &name);
    bool recolourTheme(qint64 themeId, HighlightColour colour);
    bool describeTheme(qint64 themeId, const QString &description);
    /// Moves a theme under `parentId` (0: top level); refuses to make a cycle.
    bool reparentTheme(qint64 themeId, qint64 parentId);
    /// Moves `from`'s claims and sub-themes to `into`, then removes `from`: one undo step.
    bool mergeThemes(qint64 from, qint64 into);
    /// How many highlights a theme tags: what deleteTheme() would untag.
    int claimCountForTheme(qint64 themeId) const;
    /// Untags the theme's claims, moves its sub-themes to its parent, removes it.
    bool deleteTheme(qint64 themeId);

    /**
     * Replaces article `articleId`'s text with `edited` (an ArticleReader
     * result for the edited file) and finds every highlight again with the
     * Anchorer: found ones get the new segment, offsets and quote context,
     * orphans keep their old selectors (a later re-import may find them) and
     * are listed in the report. The article keeps its id and import time;
     * highlights keep their ids, colours, notes and themes; speakers are
     * rebuilt from the new segmentation. One transaction and one undo step,
     * whose undo restores the old text, segments and anchors. Refuses a text
     * another article already has.
     */
    std::optional<ReimportReport> reimportArticle(qint64 articleId, const Article &edited);

    /// Several calls as one step: one transaction and one undo step
    /// (EditHistory::beginStep()). endMacro() commits; false when the step
    /// could not (nothing of it stays). cancelMacro() takes all of it back.
    void beginMacro(const QString &text);
    bool endMacro();
    void cancelMacro();

private:
    friend class LibrarySession;
    explicit Annotations(EditHistory &history, QObject *parent = nullptr);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
