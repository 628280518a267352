#pragma once

#include <QList>
#include <QStringView>

#include <memory>

namespace Colloquy {

/**
 * Bounded approximate search of one pattern in texts, by Levenshtein distance
 * (an insertion, a deletion or a substitution of one UTF-16 code unit each
 * cost one error). Case-sensitive; positions are QString indexes.
 *
 * The search is Myers' bit-parallel algorithm in Hyyrö's block form, so
 * patterns of any length work, with Ukkonen's cut-off: only the 64-row blocks
 * that can still hold a value within the error bound are computed. That is
 * O(n · ⌈m/64⌉) in the worst case and about O(n · ⌈k/64⌉) on prose, for a
 * text of n, a pattern of m and a bound of k. Start positions are recovered by
 * a dynamic programme restricted to the band of k diagonals, O(m · k) per end.
 *
 * The matcher copies the pattern and builds its tables once; reuse it for
 * several texts. Const methods are reentrant and safe to call from several
 * threads on one instance. Not copyable (the tables can be large), movable.
 */
class ApproximateMatcher
{
public:
    /// A place where a substring of the text within `errors` edits of the
    /// pattern ends (exclusive).
    struct End
    {
        qsizetype end = -1;
        int errors = -1;

        friend bool operator==(const End &, const End &) = default;
    };

    /// A located match `[start, end)`; invalid (all -1) when there is none.
    struct Match
    {
        qsizetype start = -1;
        qsizetype end = -1;
        int errors = -1;

        bool isValid() const { return errors >= 0; }
        friend bool operator==(const Match &, const Match &) = default;
    };

    explicit ApproximateMatcher(QStringView pattern);
    ~ApproximateMatcher();
    ApproximateMatcher(ApproximateMatcher &&) noexcept;
    ApproximateMatcher &operator=(ApproximateMatcher &&) noexcept;
    ApproximateMatcher(const ApproximateMatcher &) = delete;
    ApproximateMatcher &operator=(const ApproximateMatcher &) = delete;

    QStringView pattern() const;

    /// Every end position in increasing order where some substring ending
    /// there is within `maxErrors` edits of the pattern, with the least number
    /// of edits of such a substring. Empty for an empty pattern or a negative
    /// bound.
    QList<End> findEnds(QStringView text, int maxErrors) const;

    /// The candidates for each place where the pattern occurs within
    /// `maxErrors` edits. A place is a run of consecutive ends from
    /// findEnds(); its candidates are every match with the run's fewest
    /// errors, from up to eight of its ends. They differ only in where they
    /// start or end (`a#bc` matches `abc` as `a#bc` or as `bc`, one error
    /// each), so the caller picks among them, e.g. by the surrounding text.
    /// Ordered by end, then start.
    QList<Match> findMatches(QStringView text, int maxErrors) const;

    /// Every match that ends exactly at `end` with the fewest errors, by
    /// increasing start; empty when no substring ending there is within
    /// `maxErrors` edits.
    QList<Match> matchesEndingAt(QStringView text, qsizetype end, int maxErrors) const;

    /// The edit distance between the pattern and the whole of `text`.
    int distance(QStringView text) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
