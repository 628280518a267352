#include "agreement/agreementcalculator.h"

#include "agreement/kappa.h"
#include "model/sentencesplitter.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Agreement {

namespace {

using Ranges = QList<TextRange>;
/// One coder's ranges in one segment, by theme.
using CoderRanges = QHash<qint64, Ranges>;

bool intersects(const TextRange &a, const TextRange &b)
{
    return std::max(a.start, b.start) < std::min(a.end, b.end);
}

/// `ranges` sorted, overlapping or touching ones joined.
Ranges merged(Ranges ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    Ranges out;
    for (const TextRange &r : ranges) {
        if (!out.isEmpty() && r.start <= out.last().end)
            out.last().end = std::max(out.last().end, r.end);
        else
            out.append(r);
    }
    return out;
}

/// Characters of `unit` that `ranges` (merged) cover.
qsizetype coverage(const Ranges &ranges, const TextRange &unit)
{
    qsizetype covered = 0;
    for (const TextRange &r : ranges)
        covered += std::max<qsizetype>(0, std::min(r.end, unit.end) - std::max(r.start, unit.start));
    return covered;
}

/// One unit of text the coders decided on.
struct Unit
{
    qint64 article = 0;
    QString title;
    qsizetype segment = 0;
    TextRange range;
    QString text;
};

/// The coders' decisions on one unit for one theme.
struct Rating
{
    qsizetype unit = 0;
    qint64 theme = 0;
    QList<bool> coded;

    bool unanimous() const
    {
        return std::all_of(coded.begin(), coded.end(), [&](bool c) { return c == coded[0]; });
    }
};

class Builder
{
public:
    Builder(const AgreementOptions &options, const QList<qint64> &themes)
        : m_options(options)
        , m_themes(themes)
    { }

    void addSegment(const AgreementArticle &article, qsizetype segment, const QList<CoderRanges> &coders)
    {
        m_article = &article;
        m_segment = segment;
        m_coders = coders;
        if (m_options.unit == AgreementUnit::Overlap)
            addPassages();
        else
            addTextUnits();
    }

    QList<Unit> units;
    QList<Rating> ratings;

private:
    qsizetype addUnit(const TextRange &range)
    {
        const QString &text = m_article->segmentTexts.at(m_segment);
        units.append(
            {m_article->id, m_article->title, m_segment, range, text.mid(range.start, range.length())});
        return units.size() - 1;
    }

    void addTextUnits()
    {
        const QString &text = m_article->segmentTexts.at(m_segment);
        const Ranges ranges = m_options.unit == AgreementUnit::Paragraph ? SentenceSplitter::paragraphs(text)
                                                                         : SentenceSplitter::sentences(text);
        for (const TextRange &range : ranges) {
            const qsizetype unit = addUnit(range);
            for (qint64 theme : m_themes) {
                Rating rating {unit, theme, {}};
                for (const CoderRanges &coder : std::as_const(m_coders)) {
                    const Ranges &mine = coder.value(theme);
                    rating.coded.append(std::any_of(
                        mine.begin(), mine.end(), [&](const TextRange &r) { return intersects(r, range); }));
                }
                ratings.append(rating);
            }
        }
    }

    Ranges allRanges(qint64 theme) const
    {
        Ranges all;
        for (const CoderRanges &coder : m_coders)
            all += coder.value(theme);
        return all;
    }

    void addPassages()
    {
        QMap<std::pair<qsizetype, qsizetype>, qsizetype> unitAt; // a passage two themes share is one unit
        QList<std::pair<qsizetype, qint64>> passages; // unit, the theme it was merged from
        for (qint64 theme : m_themes) {
            for (const TextRange &passage : merged(allRanges(theme))) {
                const auto key = std::make_pair(passage.start, passage.end);
                if (!unitAt.contains(key))
                    unitAt.insert(key, addUnit(passage));
                passages.append({unitAt.value(key), theme});
                Rating rating {unitAt.value(key), theme, {}};
                for (const CoderRanges &coder : std::as_const(m_coders)) {
                    const double covered = coverage(merged(coder.value(theme)), passage);
                    rating.coded.append(covered >= m_options.minOverlap * double(passage.length()) - 1e-9);
                }
                ratings.append(rating);
            }
        }
        addNobodyDecisions(unitAt);
    }

    // Each passage is also a unit on which nobody coded a theme none of whose highlights touch it.
    void addNobodyDecisions(const QMap<std::pair<qsizetype, qsizetype>, qsizetype> &unitAt)
    {
        for (qsizetype unit : unitAt) {
            for (qint64 theme : m_themes) {
                const Ranges all = allRanges(theme);
                if (std::any_of(all.begin(), all.end(),
                        [&](const TextRange &r) { return intersects(r, units.at(unit).range); }))
                    continue;
                ratings.append({unit, theme, QList<bool>(m_coders.size(), false)});
            }
        }
    }

    const AgreementOptions &m_options;
    const QList<qint64> &m_themes;
    const AgreementArticle *m_article = nullptr;
    qsizetype m_segment = 0;
    QList<CoderRanges> m_coders;
};

AgreementScore score(const QList<Rating> &ratings, qsizetype coderCount)
{
    AgreementScore s;
    s.codedBy = QList<qsizetype>(coderCount, 0);
    QList<int> yes;
    for (const Rating &r : ratings) {
        ++s.units;
        s.agreed += r.unanimous() ? 1 : 0;
        yes.append(int(std::count(r.coded.begin(), r.coded.end(), true)));
        for (qsizetype c = 0; c < coderCount; ++c)
            s.codedBy[c] += r.coded[c] ? 1 : 0;
        if (coderCount == 2) {
            const bool a = r.coded[0], b = r.coded[1];
            ++(a && b ? s.both : a ? s.firstOnly : b ? s.secondOnly : s.neither);
        }
    }
    if (s.units > 0)
        s.percent = double(s.agreed) / double(s.units);
    const Kappa k =
        coderCount == 2 ? cohen(s.both, s.firstOnly, s.secondOnly, s.neither) : fleiss(yes, int(coderCount));
    s.kappa = k.value;
    s.kappaStatus = k.status;
    return s;
}

/// Per coder, per segment, their ranges by theme.
QHash<qsizetype, QList<CoderRanges>> rangesBySegment(
    const AgreementArticle &article, const QStringList &coders)
{
    QHash<qsizetype, QList<CoderRanges>> out;
    for (const CoderTagging &t : article.taggings) {
        const qsizetype coder = coders.indexOf(t.coder);
        if (coder < 0 || t.segment < 0 || t.segment >= article.segmentTexts.size())
            continue;
        const qsizetype end = std::min(t.end, article.segmentTexts.at(t.segment).size());
        if (t.start >= end)
            continue;
        auto &segment = out[t.segment];
        if (segment.isEmpty())
            segment = QList<CoderRanges>(coders.size());
        segment[coder][t.themeId].append({t.start, end});
    }
    return out;
}

/// The themes the coders used, in codebook order (unknown ids last).
QList<qint64> usedThemes(
    const QList<AgreementArticle> &articles, const QList<Theme> &codebook, const QStringList &coders)
{
    QSet<qint64> used;
    for (const AgreementArticle &article : articles) {
        for (const CoderTagging &t : article.taggings) {
            if (coders.contains(t.coder))
                used.insert(t.themeId);
        }
    }
    QList<qint64> ordered;
    for (const Theme &theme : codebook) {
        if (used.remove(theme.id))
            ordered.append(theme.id);
    }
    QList<qint64> rest(used.begin(), used.end());
    std::sort(rest.begin(), rest.end());
    return ordered + rest;
}

QList<DisagreementPassage> disagreements(
    const QList<Unit> &units, const QList<Rating> &ratings, const QList<qint64> &themes, qsizetype coderCount)
{
    QList<bool> split(units.size(), false);
    QList<QList<QList<qint64>>> coded(units.size(), QList<QList<qint64>>(coderCount));
    for (const Rating &r : ratings) {
        split[r.unit] = split[r.unit] || !r.unanimous();
        for (qsizetype c = 0; c < coderCount; ++c) {
            if (r.coded[c])
                coded[r.unit][c].append(r.theme);
        }
    }
    QList<DisagreementPassage> out;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (!split[i])
            continue;
        for (auto &mine : coded[i])
            std::sort(mine.begin(), mine.end(),
                [&](qint64 a, qint64 b) { return themes.indexOf(a) < themes.indexOf(b); });
        const Unit &u = units[i];
        out.append({u.article, u.title, u.segment, u.range, u.text, coded[i]});
    }
    // Units come grouped by article (in the order asked) and segment; overlap passages within a
    // segment by theme, not position.
    QHash<qint64, qsizetype> articleOrder;
    for (const Unit &u : units)
        articleOrder.insert(u.article, articleOrder.value(u.article, articleOrder.size()));
    const auto key = [&](const DisagreementPassage &p) {
        return std::make_tuple(articleOrder.value(p.articleId), p.segment, p.range.start, p.range.end);
    };
    std::sort(out.begin(), out.end(),
        [&](const DisagreementPassage &a, const DisagreementPassage &b) { return key(a) < key(b); });
    return out;
}

} // namespace

AgreementReport compute(
    const QList<AgreementArticle> &articles, const QList<Theme> &codebook, const AgreementOptions &options)
{
    AgreementReport report;
    report.coders = options.coders;
    report.unit = options.unit;
    report.minOverlap = options.minOverlap;
    const QList<qint64> themes = usedThemes(articles, codebook, options.coders);
    Builder builder(options, themes);
    for (const AgreementArticle &article : articles) {
        report.articleIds.append(article.id);
        const auto bySegment = rangesBySegment(article, options.coders);
        for (qsizetype segment = 0; segment < article.segmentTexts.size(); ++segment)
            builder.addSegment(
                article, segment, bySegment.value(segment, QList<CoderRanges>(options.coders.size())));
    }
    report.unitCount = builder.units.size();
    for (qint64 theme : themes) {
        QList<Rating> mine;
        std::copy_if(builder.ratings.begin(), builder.ratings.end(), std::back_inserter(mine),
            [&](const Rating &r) { return r.theme == theme; });
        AgreementScore s = score(mine, options.coders.size());
        s.themeId = theme;
        const auto named =
            std::find_if(codebook.begin(), codebook.end(), [&](const Theme &t) { return t.id == theme; });
        s.themeName = named != codebook.end() ? named->name : u"#%1"_s.arg(theme);
        report.themes.append(s);
    }
    report.overall = score(builder.ratings, options.coders.size());
    report.overall.themeName = u"Overall"_s;
    report.disagreements = disagreements(builder.units, builder.ratings, themes, options.coders.size());
    return report;
}

} // namespace Colloquy::Agreement
