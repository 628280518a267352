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

/// How the segmenter found a segment's boundary: the rule that fired and how
/// sure it is (0–1), so a reviewer can look at the doubtful ones first.
/// An empty rule means the segment was not detected (made by hand, or older data).
struct SegmentDetection
{
    QString rule;
    double confidence = 0.0;

    friend bool operator==(const SegmentDetection &, const SegmentDetection &) = default;
};

/// A run of paragraphs of one kind. `label` is what the source printed before
/// the text (`Editor's Note`, `Q`, `MS. JEAN-PIERRE`), null when nothing was printed;
/// `speaker.name` is the person it stands for. `timestamp` is the time printed
/// with the label (`00:01:05`), null when none.
struct Segment
{
    SegmentKind kind = SegmentKind::Narration;
    QString label;
    std::optional<Colloquy::Speaker> speaker;
    QStringList paragraphs;
    SegmentDetection detection = {};
    QString timestamp = {};

    /// The paragraphs joined by `\n`: the text highlights' offsets count in,
    /// as a QTextDocument with one block per paragraph counts them.
    QString text() const { return paragraphs.join(u'\n'); }

    friend bool operator==(const Segment &, const Segment &) = default;
};

/// How the segmenter read an article as a whole: the scheme that explains it
/// best (`transcript`, `q&a`, `headed roundtable`, `none` …), how sure it is
/// (0–1), the evidence that decided, and its cast: each voice once, by the
/// person its labels were resolved to.
struct SegmentationScheme
{
    QString name;
    double confidence = 0.0;
    QStringList evidence;
    QStringList cast;

    friend bool operator==(const SegmentationScheme &, const SegmentationScheme &) = default;
};

} // namespace Colloquy
