#pragma once

#include "model/speaker.h"

#include <QStringList>

#include <optional>

namespace Colloquy {

/// What a run of paragraphs is: only `Speaker` segments carry a speaker.
enum class SegmentKind
{
    Caption, ///< photo or illustration credits, shown apart from speech
    Metadata, ///< bylines, dates, sources
    EditorNote, ///< the editor's introduction
    Speaker, ///< one voice's turn
    Narration, ///< text nobody in particular speaks
};

/// The stable name used in JSON and in the database (`editor_note`, …).
QString segmentKindName(SegmentKind kind);
/// Inverse of segmentKindName(); nullopt for an unknown name.
std::optional<SegmentKind> segmentKindFromName(QStringView name);

/// A run of paragraphs of one kind. `label` is what the source printed before
/// the text (`Editor's Note`, `Q`), null when nothing was printed.
struct Segment
{
    SegmentKind kind = SegmentKind::Narration;
    QString label;
    std::optional<Colloquy::Speaker> speaker;
    QStringList paragraphs;

    /// The paragraphs joined by `\n`: the text highlights' offsets count in,
    /// as a QTextDocument with one block per paragraph counts them.
    QString text() const { return paragraphs.join(u'\n'); }

    friend bool operator==(const Segment &, const Segment &) = default;
};

} // namespace Colloquy
