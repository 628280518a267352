#pragma once

#include "segment/segmenter.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Colloquy {

/// An article's expected segmentation: the `segment --json` schema plus the shape it stands for.
struct SegmentationExpectation
{
    QString shape; ///< `roundtable-glued`, `interview-qa`, `negative-roster` …
    Segmentation segmentation = {};
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
    int correctNames = 0; ///< expected speaker turns matched by a turn with the same speaker name
    int correctBios = 0; ///< … and the same bio (both absent counts as equal)
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
    int correctNames = 0;
    int correctBios = 0;

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
 * A boundary is where a segment starts: the line of the article's normalised
 * text that holds the first words of the segment's first paragraph, together
 * with the segment's kind. A detected boundary matches an expected one on the
 * same line with the same kind. Precision is matched / detected, recall is
 * matched / expected. Names and bios are scored per expected speaker turn: a
 * turn whose boundary was missed counts as a wrong name and a wrong bio.
 * Locating paragraphs ignores case, spacing and punctuation, so repaired
 * glue (`productive. Through`) and joined hard-wrapped lines still match.
 */
class SegmentationEval
{
public:
    /// Reads an expectation in the `segment --json` schema with a `shape` field.
    static std::optional<SegmentationExpectation> parseExpected(const QJsonObject &json, QString *error);

    static ArticleScore score(
        const QString &normalizedText, const Segmentation &expected, const Segmentation &actual);

    /// Every `NAME.expected.json` under `folder` (recursively) beside its source `NAME.EXT`:
    /// each source is read and segmented as `colloquy-cli segment` would.
    static EvaluationReport evaluateFolder(const QString &folder);
};

} // namespace Colloquy
