#include "compare/claimsuggestions.h"

#include "annotate/annotations.h"
#include "compare/themerules.h"
#include "model/codebook.h"
#include "model/sentencesplitter.h"
#include "store/editservice_p.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// A highlight's place in one segment, and whether it is a claim of the theme
/// suggested for (skip what it covers) or of the theme to search within.
struct PlacedClaim
{
    qint64 id = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    bool ofTheme = false;
    bool ofWithin = false;
};

/// The placed highlights of each segment of one article, by segment ordinal.
using ClaimsBySegment = QHash<qsizetype, QList<PlacedClaim>>;

bool speaksFor(const SpeakerTurn &turn, const QStringList &speakers)
{
    if (speakers.isEmpty())
        return true;
    for (const QString &name : speakers) {
        if (turn.speaker.compare(name.simplified(), Qt::CaseInsensitive) == 0 ||
            (!turn.person.isEmpty() && turn.person.compare(name.simplified(), Qt::CaseInsensitive) == 0))
            return true;
    }
    return false;
}

} // namespace

struct ClaimSuggestions::Private : EditService
{
    Annotations &annotations;

    /// The article's highlights by segment, marked as claims of `theme` or `within` (each with sub-themes).
    Result<ClaimsBySegment> claimsOf(
        qint64 articleId, const QSet<qint64> &theme, const QSet<qint64> &within) const
    {
        const auto highlights = store.highlights(articleId);
        const auto themes = store.themeIdsOfArticle(articleId);
        if (highlights.failed() || themes.failed())
            return Failure {highlights.failed() ? highlights.error() : themes.error()};
        ClaimsBySegment bySegment;
        for (const Highlight &h : *highlights) {
            if (h.state == AnchorState::Orphaned)
                continue;
            PlacedClaim claim {h.id, h.anchor.position.start, h.anchor.position.end, false, false};
            for (const qint64 themeId : themes->value(h.id)) {
                claim.ofTheme = claim.ofTheme || theme.contains(themeId);
                claim.ofWithin = claim.ofWithin || within.contains(themeId);
            }
            bySegment[h.anchor.segment].append(claim);
        }
        return bySegment;
    }

    /// The spans of one turn to look for sentences in: all of it, or the claims of the theme searched within.
    static QList<TextRange> searchedSpans(
        const SpeakerTurn &turn, const QList<PlacedClaim> &claims, bool within)
    {
        if (!within)
            return {{0, turn.text.size()}};
        QList<TextRange> spans;
        for (const PlacedClaim &c : claims) {
            if (c.ofWithin)
                spans.append({c.start, std::min(c.end, turn.text.size())});
        }
        return spans;
    }

    /// The suggestions of one turn, appended to `out` up to `limit`.
    static void suggestIn(const SpeakerTurn &turn, const QList<PlacedClaim> &claims, const ThemeRules &rules,
        bool within, qsizetype limit, QList<SuggestedClaim> &out)
    {
        QSet<std::pair<qsizetype, qsizetype>> seen;
        for (const TextRange &searched : searchedSpans(turn, claims, within)) {
            const QStringView part =
                QStringView(turn.text).mid(searched.start, searched.end - searched.start);
            for (const TextRange &s : SentenceSplitter::sentences(part)) {
                const qsizetype start = searched.start + s.start;
                const qsizetype end = searched.start + s.end;
                if (out.size() >= limit || seen.contains({start, end}))
                    return;
                seen.insert({start, end});
                const QStringList matched = rules.matches(QStringView(turn.text).mid(start, end - start));
                if (matched.isEmpty())
                    continue;
                SuggestedClaim suggestion {turn.articleId, turn.articleTitle, turn.segment, start, end,
                    turn.speaker, turn.text.mid(start, end - start), matched, 0};
                bool taken = false;
                for (const PlacedClaim &c : claims) {
                    taken = taken || (c.ofTheme && c.start < end && start < c.end);
                    if (c.start == start && c.end == end)
                        suggestion.highlightId = c.id;
                }
                if (!taken)
                    out.append(suggestion);
            }
        }
    }
};

ClaimSuggestions::ClaimSuggestions(EditHistory &history, Annotations &annotations, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {{history}, annotations}))
{ }

ClaimSuggestions::~ClaimSuggestions() = default;

QString ClaimSuggestions::errorString() const
{
    return d->error;
}

bool ClaimSuggestions::setRules(qint64 themeId, const QStringList &rules)
{
    d->error.clear();
    const Result<Theme> old = d->store.theme(themeId).orFailure(u"there is no theme %1"_s.arg(themeId));
    if (!d->check(old))
        return false;
    Theme changed = *old;
    changed.searchRules = ThemeRules::normalized(rules);
    if (changed.searchRules == old->searchRules)
        return true;
    AnnotationChange redo, undo;
    redo.putThemes = {changed};
    undo.putThemes = {*old};
    return d->commit(tr("Edit search rules"), redo, undo);
}

Result<QList<SuggestedClaim>> ClaimSuggestions::suggest(const SuggestionQuery &query) const
{
    const auto themes = d->store.themes();
    if (themes.failed())
        return Failure {themes.error()};
    const Codebook codebook(*themes);
    const std::optional<Theme> theme = codebook.theme(query.themeId);
    if (!theme)
        return Failure {u"there is no theme %1"_s.arg(query.themeId)};
    if (query.withinThemeId > 0 && !codebook.contains(query.withinThemeId))
        return Failure {u"there is no theme %1"_s.arg(query.withinThemeId)};
    const ThemeRules rules(query.rules.isEmpty() ? theme->searchRules : query.rules);
    if (rules.isEmpty())
        return Failure {u"theme '%1' has no search rules: give it words, \"phrases\" or prefixes* to look "
                        "for"_s.arg(theme->name)};

    const auto turns = d->store.speakerTurns(query.articleIds, rules.ftsExpression());
    if (turns.failed())
        return Failure {turns.error()};
    const QSet<qint64> ofTheme = codebook.withDescendants(query.themeId);
    const QSet<qint64> within =
        query.withinThemeId > 0 ? codebook.withDescendants(query.withinThemeId) : QSet<qint64>();
    QList<SuggestedClaim> suggestions;
    qint64 article = 0;
    ClaimsBySegment claims;
    for (const SpeakerTurn &turn : *turns) {
        if (suggestions.size() >= query.limit)
            break;
        if (!speaksFor(turn, query.speakers))
            continue;
        if (turn.articleId != article) {
            Result<ClaimsBySegment> read = d->claimsOf(turn.articleId, ofTheme, within);
            if (read.failed())
                return Failure {read.error()};
            claims = *std::move(read);
            article = turn.articleId;
        }
        Private::suggestIn(
            turn, claims.value(turn.segment), rules, query.withinThemeId > 0, query.limit, suggestions);
    }
    return suggestions;
}

std::optional<QList<qint64>> ClaimSuggestions::accept(qint64 themeId, const QList<SuggestedClaim> &claims)
{
    d->error.clear();
    const Result<Theme> theme = d->store.theme(themeId).orFailure(u"there is no theme %1"_s.arg(themeId));
    if (!d->check(theme))
        return std::nullopt;
    QList<NewHighlight> fresh;
    QList<Tagging> taggings;
    for (const SuggestedClaim &claim : claims) {
        // Checked before anything is written, so that the two writes below cannot part halfway.
        if (claim.highlightId > 0 &&
            !d->check(d->store.highlight(claim.highlightId)
                          .orFailure(u"there is no highlight %1"_s.arg(claim.highlightId))))
            return std::nullopt;
        if (claim.highlightId > 0)
            taggings.append({claim.highlightId, themeId});
        else
            fresh.append(
                {claim.articleId, claim.segment, claim.start, claim.end, theme->colour, {}, {themeId}});
    }
    const QString text = claims.size() == 1 ? tr("Accept suggested claim") : tr("Accept suggested claims");
    // Both kinds are one step: a failed tagging takes back the highlights just added.
    EditStep step(d->history, text);
    const std::optional<QList<qint64>> added = d->annotations.addHighlights(fresh, text);
    const bool tagged = added && (taggings.isEmpty() || d->annotations.tagHighlights(taggings));
    if (!added || !tagged) {
        d->fail(d->annotations.errorString());
        return std::nullopt;
    }
    if (!d->commit(step))
        return std::nullopt;
    QList<qint64> ids;
    qsizetype next = 0;
    for (const SuggestedClaim &claim : claims)
        ids.append(claim.highlightId > 0 ? claim.highlightId : added->at(next++));
    return ids;
}

} // namespace Colloquy
