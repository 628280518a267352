#include "anchor/anchorer.h"

#include "anchor/approximatematcher.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

namespace Colloquy {

namespace {

/*
 * Weights of a candidate's score, each term in [0, 1].
 *
 * The quote is what the reader marked, so its errors weigh most: half of the
 * score. The context (prefix and suffix, equally) comes next: it is what tells
 * a repeated quote's occurrences apart, and it survives edits elsewhere in the
 * text. The distance from the old place weighs least: an insertion before the
 * highlight moves it by any amount, so distance mostly breaks ties between
 * places that are otherwise alike (a repeated phrase in a repeated context).
 * With these weights a wholly different context (−0.35) outweighs a move
 * across the whole article (−0.15).
 */
constexpr double QuoteWeight = 0.5;
constexpr double PrefixWeight = 0.175;
constexpr double SuffixWeight = 0.175;
constexpr double ProximityWeight = 0.15;

constexpr qsizetype ContextLength = 32;
constexpr int ErrorCap = 32;

struct Candidate
{
    qsizetype segment = -1;
    qsizetype start = -1;
    qsizetype end = -1;
    int errors = 0;
    double score = -1.0;
    qsizetype distance = 0; ///< from the old place, in code units across the article

    bool isValid() const { return segment >= 0; }
};

/// The state of one anchor() call: the article's layout and the context matchers.
class Search
{
public:
    Search(const Anchor &stored, const QList<QStringView> &texts)
        : m_stored(stored)
        , m_texts(texts)
    {
        m_offsets.reserve(texts.size());
        for (const QStringView text : texts) {
            m_offsets.push_back(m_total);
            m_total += text.size();
        }
        if (stored.segment < 0)
            m_oldPosition = 0;
        else if (stored.segment >= texts.size())
            m_oldPosition = m_total;
        else
            m_oldPosition = m_offsets[stored.segment] +
                std::clamp<qsizetype>(stored.position.start, 0, texts[stored.segment].size());
    }

    bool contextHolds(qsizetype segment, qsizetype start, qsizetype end) const
    {
        const QStringView text = m_texts[segment];
        return text.first(start).endsWith(m_stored.quote.prefix) &&
            text.sliced(end).startsWith(m_stored.quote.suffix);
    }

    Candidate candidate(qsizetype segment, qsizetype start, qsizetype end, int errors)
    {
        const QStringView text = m_texts[segment];
        const QString &prefix = m_stored.quote.prefix;
        const QString &suffix = m_stored.quote.suffix;
        const qsizetype quoteLength = m_stored.quote.exact.size();

        if (!m_prefixMatcher)
            m_prefixMatcher.emplace(prefix);
        if (!m_suffixMatcher)
            m_suffixMatcher.emplace(suffix);
        const qsizetype before = std::min(start, prefix.size());
        const qsizetype after = std::min(text.size() - end, suffix.size());
        const double prefixSimilarity = similarity(*m_prefixMatcher, text.sliced(start - before, before));
        const double suffixSimilarity = similarity(*m_suffixMatcher, text.sliced(end, after));

        const qsizetype distance = std::abs(m_offsets[segment] + start - m_oldPosition);
        const double proximity = 1.0 - double(distance) / double(std::max<qsizetype>(m_total, 1));
        const double quoteSimilarity = 1.0 - double(errors) / double(quoteLength);

        const double score = QuoteWeight * quoteSimilarity + PrefixWeight * prefixSimilarity +
            SuffixWeight * suffixSimilarity + ProximityWeight * proximity;
        return {segment, start, end, errors, score, distance};
    }

    /// Keeps the better of `best` and `other`: higher score, then nearer, then earlier.
    static void keepBetter(Candidate &best, const Candidate &other)
    {
        if (!best.isValid() || other.score > best.score ||
            (other.score == best.score && other.distance < best.distance))
            best = other;
    }

    void findExact(qsizetype segment, Candidate &best)
    {
        const QStringView text = m_texts[segment];
        const QString &exact = m_stored.quote.exact;
        for (qsizetype at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1))
            keepBetter(best, candidate(segment, at, at + exact.size(), 0));
    }

    void findApproximate(const ApproximateMatcher &matcher, int maxErrors, qsizetype segment, Candidate &best)
    {
        for (const ApproximateMatcher::Match &match : matcher.findMatches(m_texts[segment], maxErrors))
            keepBetter(best, candidate(segment, match.start, match.end, match.errors));
    }

private:
    static double similarity(const ApproximateMatcher &reference, QStringView found)
    {
        const qsizetype length = reference.pattern().size();
        if (length == 0)
            return 1.0;
        const int errors = std::min<qsizetype>(reference.distance(found), length);
        return 1.0 - double(errors) / double(length);
    }

    const Anchor &m_stored;
    const QList<QStringView> &m_texts;
    std::vector<qsizetype> m_offsets;
    qsizetype m_total = 0;
    qsizetype m_oldPosition = 0;
    std::optional<ApproximateMatcher> m_prefixMatcher;
    std::optional<ApproximateMatcher> m_suffixMatcher;
};

AnchorResult resultFor(AnchorState state, const Candidate &found)
{
    return {state, found.segment, {found.start, found.end}, found.errors, found.score};
}

/// Widens a fuzzy match that would cut a surrogate pair in half.
void keepSurrogatePairsWhole(QStringView text, Candidate &found)
{
    if (found.start > 0 && text[found.start].isLowSurrogate() && text[found.start - 1].isHighSurrogate())
        --found.start;
    if (found.end > 0 && found.end < text.size() && text[found.end - 1].isHighSurrogate() &&
        text[found.end].isLowSurrogate())
        ++found.end;
}

} // namespace

Anchor Anchorer::describe(QStringView segmentText, qsizetype segment, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, segmentText.size());
    end = std::clamp<qsizetype>(end, start, segmentText.size());
    return {segment, {start, end}, quoteSelectorFor(segmentText, start, end, ContextLength)};
}

int Anchorer::maxErrorsFor(qsizetype quoteLength)
{
    return int(std::clamp<qsizetype>(quoteLength / 4, 0, ErrorCap));
}

AnchorResult Anchorer::anchor(const Anchor &stored, const QStringList &segmentTexts) const
{
    QList<QStringView> views;
    views.reserve(segmentTexts.size());
    for (const QString &text : segmentTexts)
        views.append(text);
    return anchor(stored, views);
}

AnchorResult Anchorer::anchor(const Anchor &stored, const QList<QStringView> &segmentTexts) const
{
    const QString &exact = stored.quote.exact;
    if (exact.isEmpty() || segmentTexts.isEmpty())
        return {};

    Search search(stored, segmentTexts);
    const qsizetype home = stored.segment >= 0 && stored.segment < segmentTexts.size() ? stored.segment : -1;

    if (home >= 0) {
        // 1. The stored offsets, when they still hold the quote.
        const QStringView text = segmentTexts[home];
        const auto [start, end] = stored.position;
        const bool offsetsHold =
            start >= 0 && start <= end && end <= text.size() && text.sliced(start, end - start) == exact;
        if (offsetsHold && search.contextHolds(home, start, end))
            return resultFor(AnchorState::Anchored, search.candidate(home, start, end, 0));

        // 2. The exact quote in the same segment; the stored offsets compete when their context changed.
        Candidate best;
        search.findExact(home, best);
        if (best.isValid()) {
            const bool stayed = offsetsHold && best.start == start;
            return resultFor(stayed ? AnchorState::Anchored : AnchorState::Moved, best);
        }
    }

    // 3. The exact quote in the other segments.
    Candidate best;
    for (qsizetype segment = 0; segment < segmentTexts.size(); ++segment) {
        if (segment != home)
            search.findExact(segment, best);
    }
    if (best.isValid())
        return resultFor(AnchorState::Moved, best);

    // 4. A bounded approximate match, in the same segment first.
    const int maxErrors = maxErrorsFor(exact.size());
    if (maxErrors == 0)
        return {};
    const ApproximateMatcher matcher(exact);
    if (home >= 0)
        search.findApproximate(matcher, maxErrors, home, best);
    if (!best.isValid()) {
        for (qsizetype segment = 0; segment < segmentTexts.size(); ++segment) {
            if (segment != home)
                search.findApproximate(matcher, maxErrors, segment, best);
        }
    }
    if (!best.isValid())
        return {};

    const QStringView text = segmentTexts[best.segment];
    const qsizetype start = best.start;
    const qsizetype end = best.end;
    keepSurrogatePairsWhole(text, best);
    if (best.start != start || best.end != end)
        best.errors = matcher.distance(text.sliced(best.start, best.end - best.start));
    return resultFor(AnchorState::Fuzzy, best);
}

} // namespace Colloquy
