#pragma once

#include "model/claimsuggestion.h"
#include "model/result.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Colloquy {

class Annotations;
class EditHistory;
class LibraryStore;

/**
 * "Suggest claims": a theme's search rules (words, phrases, prefixes) find
 * the sentences that may serve it, and the user accepts some or all of them
 * as claims.
 *
 * suggest() reads only: it splits the speakers' turns into sentences
 * (SentenceSplitter), keeps those that match the rules (ThemeRules) and are
 * not yet a claim of the theme or one of its sub-themes, optionally only in
 * some speakers' turns and only inside claims of another theme. accept()
 * makes them claims through Annotations' bulk API in one undo step: new
 * highlights in the theme's colour, tagged with it (and tags the highlights
 * that already span a sentence exactly). setRules() stores a theme's rules,
 * one undo step.
 *
 * Errors: false, nullopt or a failed Result, with the reason in errorString()
 * (or the Result); nothing changed. Made and owned by LibrarySession, with the
 * session's store, undo stack and Annotations; use from the store's thread.
 */
class ClaimSuggestions : public QObject
{
    Q_OBJECT
public:
    ~ClaimSuggestions() override;

    /// Why the last call failed; empty after a call that succeeded.
    QString errorString() const;

    /// Stores `rules` (normalised: ThemeRules::normalized()) as theme `themeId`'s.
    bool setRules(qint64 themeId, const QStringList &rules);
    /// The sentences `query` finds, newest article first, then in reading order.
    Result<QList<SuggestedClaim>> suggest(const SuggestionQuery &query) const;
    /// Makes `claims` (from suggest()) claims of theme `themeId`, one undo
    /// step; returns their highlight ids in the order given.
    std::optional<QList<qint64>> accept(qint64 themeId, const QList<SuggestedClaim> &claims);

private:
    friend class LibrarySession;
    ClaimSuggestions(EditHistory &history, Annotations &annotations, QObject *parent = nullptr);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
