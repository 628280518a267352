#pragma once

#include "model/segment.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace Colloquy {

class EditHistory;

/**
 * The one way to correct an article's segmentation: split, merge, assign a
 * segment to a speaker, rename a speaker, edit a bio, change a segment's kind.
 *
 * Each intent-level method validates its input, builds the corrected Article
 * and stores it with LibraryStore::replaceArticle() in one transaction, so it
 * has committed when it returns; on error it returns false, changes nothing
 * and says why in errorString(). Highlights follow the text they quote: their
 * offsets are carried over exactly where the edit only moved text between
 * segments, and the Anchorer looks for the others (one cut in two by a split);
 * a highlight it cannot place keeps its selectors as an orphan. Speakers keep
 * their person profile, a renamed one too when the new name fits the profile
 * (or the profile is only this article's). Segments the user edited carry no
 * detection rule: they were made by hand.
 *
 * Each change is one step of the session's EditHistory (one undo command,
 * kept in the library), whose undo and redo write back the article as it
 * was: one Ctrl+Z history covers every edit.
 *
 * The article's cast (SegmentationScheme::cast) follows every edit: it is
 * the article's speakers in order of first appearance, stored with the
 * scheme, so renames and merges show in the cast list too.
 *
 * Segments are addressed by ordinal, positions in Segment::text(). Made and
 * owned by LibrarySession, with the session's store and undo stack; use from
 * the store's thread.
 */
class SegmentationReview : public QObject
{
    Q_OBJECT
public:
    ~SegmentationReview() override;

    /// The session's undo stack, which every service pushes on.
    QUndoStack *undoStack() const;
    /// Why the last call failed; empty after a call that succeeded.
    QString errorString() const;

    /// Below this a detected boundary is worth a reviewer's look.
    static constexpr double lowConfidence = 0.75;

    /// Splits segment `segment` at `position` of its text; whitespace at the cut
    /// is dropped and both parts must keep some text. The second part keeps the
    /// kind and speaker, or becomes narration when `keepSpeaker` is false.
    bool splitSegment(qint64 articleId, qsizetype segment, qsizetype position, bool keepSpeaker = true);
    /// Joins segment `segment` to the one before it, which keeps its kind and speaker.
    bool mergeWithPrevious(qint64 articleId, qsizetype segment);
    /// Makes segment `segment` a turn of the article's speaker `name`.
    bool assignSpeaker(qint64 articleId, qsizetype segment, const QString &name);
    /// Makes segment `segment` a turn of a new speaker (name trimmed, not one of the article's).
    bool assignNewSpeaker(qint64 articleId, qsizetype segment, const QString &name, const QString &bio);
    /// Renames speaker `from` in all its turns. Renaming to another speaker's
    /// name joins the two (the first bio stays).
    bool renameSpeaker(qint64 articleId, const QString &from, const QString &to);
    /// Joins cast member `from` into `into`, another of the article's speakers: every
    /// turn resolved to `from` becomes `into`'s, which keeps its name, bio and profile.
    bool mergeSpeakers(qint64 articleId, const QString &from, const QString &into);
    /// Sets the bio of speaker `name`; blank text removes it.
    bool setSpeakerBio(qint64 articleId, const QString &name, const QString &bio);
    /// Changes segment `segment`'s kind. Speaker speech needs a speaker the
    /// segment already has (use assignSpeaker() otherwise); other kinds drop it.
    bool setSegmentKind(qint64 articleId, qsizetype segment, SegmentKind kind);

private:
    friend class LibrarySession;
    explicit SegmentationReview(EditHistory &history, QObject *parent = nullptr);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
