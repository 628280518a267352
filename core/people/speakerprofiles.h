#pragma once

#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace Colloquy {

class EditHistory;

/**
 * The one way to change person profiles: merge two, split an article's
 * appearance off into a profile of its own, rename one.
 *
 * Like Annotations, each intent-level method validates, writes in one
 * transaction and has committed when it returns; on error it returns false
 * (or nullopt), changes nothing and says why in errorString(). Each change
 * is one step of the session's EditHistory (one undo command, kept in the
 * library), whose undo and redo write
 * back the exact rows, ids included: one Ctrl+Z history covers every edit.
 *
 * Reads go straight to LibraryStore::people(). Made and owned by
 * LibrarySession, with the session's store and undo stack; use from the
 * store's thread.
 */
class SpeakerProfiles : public QObject
{
    Q_OBJECT
public:
    ~SpeakerProfiles() override;

    /// The session's undo stack, which every service pushes on.
    QUndoStack *undoStack() const;
    /// The session's history, for steps made of several calls (EditStep).
    EditHistory *history() const;
    /// Why the last call failed; empty after a call that succeeded.
    QString errorString() const;

    /// Moves every appearance of `from` into `into` and removes `from`. The
    /// merged profile keeps a name the user gave (`into`'s first), else takes
    /// the fullest variant; it takes the attribute values of `from` it has none of.
    bool mergeProfiles(qint64 from, qint64 into);
    /// Gives an article's speaker (a speakers row id, PersonProfile::Appearance::speakerId)
    /// a profile of its own, named as that article printed it; returns the new profile.
    std::optional<qint64> splitAppearance(qint64 speakerId);
    /// Names the profile `name` (trimmed); later imports no longer change it.
    bool renameProfile(qint64 id, const QString &name);

private:
    friend class LibrarySession;
    explicit SpeakerProfiles(EditHistory &history, QObject *parent = nullptr);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
