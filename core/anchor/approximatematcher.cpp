#include "anchor/approximatematcher.h"

#include <QString>

#include <algorithm>
#include <array>
#include <vector>

namespace Colloquy {

namespace {

using Word = quint64;
constexpr qsizetype WordBits = 64;
constexpr Word HighBit = Word(1) << (WordBits - 1);

/*
 * One column step of one 64-row block (Myers 1999, in the form of Hyyrö 2003
 * and edlib). `pv`/`mv` hold the vertical deltas (+1/−1) of the column, `eq`
 * the rows whose pattern character equals the text character, `hin` the
 * horizontal delta entering at the block's top. Returns the horizontal delta
 * at the row `scoreBit`: the block's bottom row, which is also the carry into
 * the next block, except in the last block, whose score row is the pattern's
 * last one.
 */
inline int advanceBlock(Word &pv, Word &mv, Word eq, int hin, Word scoreBit)
{
    const Word hinNegative = hin < 0 ? 1 : 0;
    const Word xv = eq | mv;
    eq |= hinNegative;
    const Word xh = (((eq & pv) + pv) ^ pv) | eq;
    Word ph = mv | ~(xh | pv);
    Word mh = pv & xh;
    const int hout = (ph & scoreBit) ? 1 : ((mh & scoreBit) ? -1 : 0);
    ph <<= 1;
    mh <<= 1;
    mh |= hinNegative;
    ph |= hin > 0 ? 1 : 0;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    return hout;
}

} // namespace

class ApproximateMatcher::Private
{
public:
    explicit Private(QStringView text);

    quint32 symbolOf(char16_t c) const
    {
        if (c < latin1.size())
            return latin1[c];
        if (hashSymbols.empty())
            return 0;
        for (quint32 slot = hashSlot(c);; slot = (slot + 1) & hashMask) {
            if (hashSymbols[slot] == 0 || hashKeys[slot] == c)
                return hashSymbols[slot];
        }
    }
    qsizetype blockRows(qsizetype block) const
    {
        return std::min(WordBits, pattern.size() - block * WordBits);
    }
    Word scoreBit(qsizetype block) const { return block == blocks - 1 ? lastRowBit : HighBit; }
    const Word *equalities(char16_t c) const { return peq.data() + symbolOf(c) * blocks; }

    QString pattern;
    qsizetype blocks = 0;
    Word lastRowBit = HighBit;
    // Symbol 0 stands for every character absent from the pattern (no bits set).
    std::vector<Word> peq;
    std::array<quint32, 256> latin1 {};
    // Open addressing for the rest of UTF-16; a zero symbol marks a free slot.
    std::vector<char16_t> hashKeys;
    std::vector<quint32> hashSymbols;
    quint32 hashMask = 0;

private:
    quint32 hashSlot(char16_t c) const { return ((quint32(c) * 2654435761u) >> 15) & hashMask; }
};

ApproximateMatcher::Private::Private(QStringView text)
    : pattern(text.toString())
    , blocks((text.size() + WordBits - 1) / WordBits)
{
    const qsizetype m = pattern.size();
    if (m == 0)
        return;
    lastRowBit = Word(1) << ((m - 1) % WordBits);

    const qsizetype wide =
        std::count_if(pattern.cbegin(), pattern.cend(), [](QChar c) { return c.unicode() >= 256; });
    if (wide > 0) {
        quint32 slots = 16;
        while (slots < 2 * wide)
            slots *= 2;
        hashKeys.assign(slots, 0);
        hashSymbols.assign(slots, 0);
        hashMask = slots - 1;
    }

    quint32 symbols = 1;
    std::vector<quint32> symbolAt(m);
    for (qsizetype i = 0; i < m; ++i) {
        const char16_t c = pattern[i].unicode();
        quint32 *symbol = nullptr;
        if (c < latin1.size()) {
            symbol = &latin1[c];
        } else {
            quint32 slot = hashSlot(c);
            while (hashSymbols[slot] != 0 && hashKeys[slot] != c)
                slot = (slot + 1) & hashMask;
            hashKeys[slot] = c;
            symbol = &hashSymbols[slot];
        }
        if (*symbol == 0)
            *symbol = symbols++;
        symbolAt[i] = *symbol;
    }

    peq.assign(std::size_t(symbols) * blocks, 0);
    for (qsizetype i = 0; i < m; ++i)
        peq[symbolAt[i] * blocks + i / WordBits] |= Word(1) << (i % WordBits);
}

ApproximateMatcher::ApproximateMatcher(QStringView pattern)
    : d(std::make_unique<Private>(pattern))
{ }

ApproximateMatcher::~ApproximateMatcher() = default;
ApproximateMatcher::ApproximateMatcher(ApproximateMatcher &&) noexcept = default;
ApproximateMatcher &ApproximateMatcher::operator=(ApproximateMatcher &&) noexcept = default;

QStringView ApproximateMatcher::pattern() const
{
    return d->pattern;
}

QList<ApproximateMatcher::End> ApproximateMatcher::findEnds(QStringView text, int maxErrors) const
{
    QList<End> ends;
    const qsizetype m = d->pattern.size();
    if (m == 0 || maxErrors < 0)
        return ends;
    // No value in the last row exceeds m, so a larger bound changes nothing.
    const qsizetype k = std::min<qsizetype>(maxErrors, m);
    const qsizetype blocks = d->blocks;

    std::vector<Word> pv(blocks, ~Word(0));
    std::vector<Word> mv(blocks, 0);
    // The value of the column at each block's score row; exact wherever it is <= k.
    std::vector<qsizetype> score(blocks);
    for (qsizetype b = 0; b < blocks; ++b)
        score[b] = b * WordBits + d->blockRows(b);

    // Ukkonen's cut-off: blocks after `last` hold only values > k. Column 0 is
    // D[i][0] = i, so the first rows up to k are live.
    qsizetype last = std::min(blocks, (k + WordBits) / WordBits) - 1;

    for (qsizetype j = 0; j < text.size(); ++j) {
        const Word *eq = d->equalities(text[j].unicode());
        // A match may start anywhere: the top row is all zeros, so nothing enters block 0.
        int hout = 0;
        for (qsizetype b = 0; b <= last; ++b) {
            hout = advanceBlock(pv[b], mv[b], eq[b], hout, d->scoreBit(b));
            score[b] += hout;
        }

        // Only the row just below the live area can fall to <= k in this column,
        // and only through a match or a decrease from above (the diagonal never
        // decreases). When it can, the next block joins, seeded with the largest
        // values the previous column could have had there.
        if (last < blocks - 1 && score[last] - hout <= k && ((eq[last + 1] & 1) || hout < 0)) {
            const qsizetype b = ++last;
            pv[b] = ~Word(0);
            mv[b] = 0;
            const qsizetype before = score[b - 1] - hout + d->blockRows(b);
            score[b] = before + advanceBlock(pv[b], mv[b], eq[b], hout, d->scoreBit(b));
        } else {
            // A block is dead when even its top row, at most 63 above the score row, is > k.
            // Block 0 always stays: a new match can start in any column.
            while (last > 0 && score[last] >= k + WordBits)
                --last;
        }

        if (last == blocks - 1 && score[last] <= k)
            ends.append({j + 1, int(score[last])});
    }
    return ends;
}

QList<ApproximateMatcher::Match> ApproximateMatcher::matchesEndingAt(
    QStringView text, qsizetype end, int maxErrors) const
{
    QList<Match> matches;
    const qsizetype m = d->pattern.size();
    if (maxErrors < 0 || end < 0 || end > text.size())
        return matches;
    if (m == 0) {
        matches.append({end, end, 0});
        return matches;
    }
    const qsizetype k = std::min<qsizetype>(maxErrors, m);
    const QStringView pattern = d->pattern;

    // Edit distance of the reversed pattern against growing reversed windows
    // that end at `end`, restricted to the diagonals |i - j| <= k: the others
    // cannot be within the bound. Values are capped at k + 1.
    const qsizetype window = std::min(end, m + k);
    const int over = int(k) + 1;
    std::vector<int> previous(window + 2, over);
    std::vector<int> current(window + 2, over);
    for (qsizetype j = 0; j <= std::min(window, k); ++j)
        previous[j] = int(j);

    for (qsizetype i = 1; i <= m; ++i) {
        const qsizetype lo = std::max<qsizetype>(0, i - k);
        const qsizetype hi = std::min(window, i + k);
        if (lo > hi)
            return matches;
        if (lo > 0)
            current[lo - 1] = over;
        const QChar p = pattern[m - i];
        int rowMinimum = over;
        for (qsizetype j = lo; j <= hi; ++j) {
            int value = int(i);
            if (j > 0) {
                value = previous[j - 1] + (p == text[end - j] ? 0 : 1);
                value = std::min(value, previous[j] + 1);
                value = std::min(value, current[j - 1] + 1);
            }
            current[j] = std::min(value, over);
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        current[hi + 1] = over;
        if (rowMinimum >= over)
            return matches;
        std::swap(previous, current);
    }

    const qsizetype lo = std::max<qsizetype>(0, m - k);
    const qsizetype hi = std::min(window, m + k);
    if (lo > hi)
        return matches;
    const int fewest = *std::min_element(previous.cbegin() + lo, previous.cbegin() + hi + 1);
    if (fewest >= over)
        return matches;
    // Longest window first, so that starts come out in increasing order.
    for (qsizetype j = hi; j >= lo; --j) {
        if (previous[j] == fewest)
            matches.append({end - j, end, fewest});
    }
    return matches;
}

QList<ApproximateMatcher::Match> ApproximateMatcher::findMatches(QStringView text, int maxErrors) const
{
    // A match with e errors usually drags neighbours with e+1, e+2 … along:
    // one run of consecutive ends is one place in the text.
    constexpr qsizetype maxEndsPerRun = 8;
    const QList<End> ends = findEnds(text, maxErrors);
    QList<Match> matches;
    std::vector<qsizetype> lowest;
    for (qsizetype first = 0; first < ends.size();) {
        qsizetype next = first + 1;
        while (next < ends.size() && ends[next].end == ends[next - 1].end + 1)
            ++next;

        int fewest = ends[first].errors;
        for (qsizetype i = first; i < next; ++i)
            fewest = std::min(fewest, ends[i].errors);
        lowest.clear();
        for (qsizetype i = first; i < next; ++i) {
            if (ends[i].errors == fewest)
                lowest.push_back(ends[i].end);
        }
        // Repetitive text can make a run as long as the text; sample it evenly.
        const qsizetype tried = std::min<qsizetype>(qsizetype(lowest.size()), maxEndsPerRun);
        for (qsizetype t = 0; t < tried; ++t) {
            const qsizetype at = tried == 1 ? 0 : t * qsizetype(lowest.size() - 1) / (tried - 1);
            const QList<Match> alternatives = matchesEndingAt(text, lowest[at], fewest);
            Q_ASSERT(!alternatives.isEmpty() && alternatives.constFirst().errors == fewest);
            matches.append(alternatives);
        }
        first = next;
    }
    return matches;
}

int ApproximateMatcher::distance(QStringView text) const
{
    const qsizetype m = d->pattern.size();
    if (m == 0)
        return int(text.size());
    const qsizetype blocks = d->blocks;
    std::vector<Word> pv(blocks, ~Word(0));
    std::vector<Word> mv(blocks, 0);
    qsizetype score = m;
    for (const QChar c : text) {
        const Word *eq = d->equalities(c.unicode());
        // Global alignment: the top row is D[0][j] = j, so +1 enters every column.
        int hout = 1;
        for (qsizetype b = 0; b < blocks; ++b)
            hout = advanceBlock(pv[b], mv[b], eq[b], hout, d->scoreBit(b));
        score += hout;
    }
    return int(score);
}

} // namespace Colloquy
