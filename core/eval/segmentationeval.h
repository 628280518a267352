#pragma once

#include "segment/segmenter.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Colloquy {

/// One segment of an expectation in the reference format of `../shared/tools/segcheck.py`:
/// what a hand-labeller writes down instead of the whole text.
struct ReferenceSegment
{
    SegmentKind kind = SegmentKind::Narration;
    QString speaker; ///< the person; null for segments without a speaker
    QStringList aliases; ///< other accepted names (the labels as printed)
    QString bio; ///< null when the turn's label or heading prints none: then not scored
    QString firstWords; ///< the first six words of the segment's own text
    QString text; ///< captions and metadata: the whole line
};

/// An article's expected segmentation, in one of two formats: the `segment --json` schema
/// plus the shape it stands for, or segcheck.py's reference format (`first_words`, `aliases`).
struct SegmentationExpectation
{
    QString shape; ///< `roundtable-glued`, `interview-qa`, `negative-roster` …
    Segmentation segmentation = {}; ///< the `segment --json` format
    bool reference = false; ///< read from the reference format: `referenceSegments` hold it
    QList<ReferenceSegment> referenceSegments;
    bool checksTitle = false; ///< the reference format names the title (optional there)
};

/// How one article's segmentation compares with its expectation.
struct ArticleScore
{
    QString file; ///< the source file, as given to the evaluation
    QString shape;
    int expectedBoundaries = 0;
    int detectedBoundaries = 0;
    int matchedBoundaries = 0;
    int expectedSpeakerTurns = 0;
    int scoredNames = 0; ///< speaker turns whose name is scored
    int correctNames = 0; ///< … matched by a turn with the same speaker name
    int scoredBios = 0; ///< speaker turns whose bio is scored
    int correctBios = 0; ///< … matched by a turn with the same bio
    int expectedCaptions = 0; ///< reference format: captions, scored apart from boundaries
    int correctCaptions = 0;
    QStringList problems; ///< one line per difference; empty when the article passes

    bool passed() const { return problems.isEmpty(); }
};

/// Sums of ArticleScore over several articles, with the ratios the report prints.
struct ScoreTotals
{
    int files = 0;
    int failingFiles = 0;
    int expectedBoundaries = 0;
    int detectedBoundaries = 0;
    int matchedBoundaries = 0;
    int expectedSpeakerTurns = 0;
    int scoredNames = 0;
    int correctNames = 0;
    int scoredBios = 0;
    int correctBios = 0;
    int expectedCaptions = 0;
    int correctCaptions = 0;

    void add(const ArticleScore &score);
    double precision() const;
    double recall() const;
    double f1() const;
    double nameAccuracy() const;
    double bioAccuracy() const;
};

/// Every scored article of a folder, and the failures to read some.
struct EvaluationReport
{
    QList<ArticleScore> articles;
    QStringList errors; ///< expectation files that could not be used, one line each

    ScoreTotals overall() const;
    QMap<QString, ScoreTotals> byShape() const;
};

/**
 * Measures a segmentation against an expected one.
 *
 * In the `segment --json` format, a boundary is where a segment starts: the line
 * of the article's normalised text that holds the first words of the segment's
 * first paragraph, together with the segment's kind. A detected boundary
 * matches an expected one on the same line with the same kind. Precision is
 * matched / detected, recall is matched / expected. Names and bios are scored
 * per expected speaker turn: a turn whose boundary was missed counts as a wrong
 * name and a wrong bio. Locating paragraphs ignores case, spacing and
 * punctuation, so repaired glue (`productive. Through`) and joined
 * hard-wrapped lines still match.
 *
 * In the reference format it scores as `../shared/tools/segcheck.py` does, so
 * both give the same figures: only content segments (editor's note, speech,
 * narration) are boundaries, aligned in order where the detected segment's
 * first paragraph starts with the expected first words; names are scored over
 * matched speaker turns, ignoring case, leading honorifics and trailing
 * punctuation, and accepting aliases; bios over matched turns that print one.
 */
class SegmentationEval
{
public:
    /// Reads an expectation in the `segment --json` schema with a `shape` field, or in the
    /// reference format (segments with `first_words`).
    static std::optional<SegmentationExpectation> parseExpected(const QJsonObject &json, QString *error);

    static ArticleScore score(
        const QString &normalizedText, const Segmentation &expected, const Segmentation &actual);
    /// Scores against a reference-format expectation (segcheck.py's figures).
    static ArticleScore scoreReference(const SegmentationExpectation &expected, const Segmentation &actual);
    /// A name as the reference format compares it: case-folded, spaces collapsed, without
    /// leading honorifics or trailing punctuation (`Dr. K.M Rahim:` → `k.m rahim`).
    static QString comparableName(const QString &name);

    /// Every `NAME.expected.json` under `folder` (recursively) beside its source `NAME.EXT`:
    /// each source is read and segmented as `colloquy-cli segment` would.
    static EvaluationReport evaluateFolder(const QString &folder);
};

} // namespace Colloquy
