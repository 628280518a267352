#pragma once

#include "model/agreementreport.h"
#include "model/codertagging.h"
#include "model/theme.h"

namespace Colloquy {

/// One article as agreement reads it: its segments' texts and every coder's taggings on it.
struct AgreementArticle
{
    qint64 id = 0;
    QString title;
    QStringList segmentTexts; ///< Segment::text() by ordinal
    QList<CoderTagging> taggings;
};

/**
 * Inter-coder agreement as pure computation: articles, codebook and options
 * in, an AgreementReport out. InterCoderAgreement feeds it from the store.
 *
 * Each decision is "coder c coded theme t on unit u, or not". Units:
 *  - Sentence / Paragraph: every sentence (SentenceSplitter) or paragraph of
 *    every segment; a coder coded t on it when one of their highlights tagged
 *    t shares at least one character with it. Every unit is rated for every
 *    theme any of the coders used in the articles.
 *  - Overlap: per theme, the coders' highlights tagged t merged where they
 *    overlap; each merged passage is a unit, and a coder coded t on it when
 *    their own t-highlights cover at least `minOverlap` of its characters.
 *    A passage of another theme that no t-highlight touches is a unit on which
 *    nobody coded t (so that kappa has "neither" decisions); one that a
 *    t-highlight touches is left to that t-passage, not counted twice.
 *
 * Per theme and overall (all decisions pooled): percent agreement is the
 * share of units on which all coders decided alike; kappa is Cohen's for two
 * coders and Fleiss' for more (Agreement::cohen(), Agreement::fleiss()).
 * Taggings of coders not in the options, of other articles, or outside their
 * segment's text are ignored. Any thread.
 */
namespace Agreement {

AgreementReport compute(
    const QList<AgreementArticle> &articles, const QList<Theme> &codebook, const AgreementOptions &options);

} // namespace Agreement

} // namespace Colloquy
