#pragma once

#include <QString>

namespace Colloquy {

/// A speaker the user renamed in a segmentation edit, for LibraryStore::replaceArticle():
/// the note on `from` moves to `to`, and `to` links to profile `person`.
struct SpeakerRename
{
    QString from;
    QString to;
    /// The profile `to` keeps; 0 links `to` by its name as an import would.
    qint64 person = 0;
    /// False when `to` is another speaker's name already: two speakers joined, each note stays.
    bool moveNote = true;
};

} // namespace Colloquy
