#pragma once

#include "model/article.h"
#include "model/result.h"
#include "model/segmentationrule.h"

#include <QObject>

#include <memory>

namespace Colloquy {

class EditHistory;

/**
 * The corrections the user asked Colloquy to remember (SegmentationRule):
 * proposing one from a correction just made, remembering it, listing and
 * removing rules, and applying them to an article about to be stored.
 *
 * remember() and remove() validate their input and are each one step of the
 * session's EditHistory (one transaction, one stored undo step), so they have
 * committed when they return; undo writes the rows back exactly (a removed
 * rule returns under its id). On error they
 * change nothing and say why in errorString().
 *
 * applyTo() is what an import does before LibraryStore::addArticle(): the
 * rules that fit the article (RuleApplier) decide its segments and are named
 * in its scheme's evidence.
 *
 * Made and owned by LibrarySession, with the session's edit history;
 * use from the store's thread.
 */
class SegmentationRules : public QObject
{
    Q_OBJECT
public:
    ~SegmentationRules() override;

    /// Why the last remember() or remove() failed; empty after one that succeeded.
    QString errorString() const;

    /// The rule that would remember a correction of segment `segment` of
    /// `article` (its printed label, the article's source and scheme); nullopt
    /// when the segment has no label or the article no source to key it by.
    static std::optional<SegmentationRule> proposal(const Article &article, qsizetype segment,
        SegmentationRule::Action action, const QString &value = {});

    /// The remembered rules, oldest first.
    Result<QList<SegmentationRule>> rules() const;
    /// Stores `rule` (its id is ignored); the new id, 0 on failure. A rule for
    /// the same source, shape and label is refused: remove it first.
    qint64 remember(const SegmentationRule &rule);
    /// Forgets rule `id`; later imports no longer apply it.
    bool remove(qint64 id);
    /// Applies the stored rules that fit `article`; the ids of those that changed it.
    /// A library whose rules cannot be read applies none (and logs why).
    QList<qint64> applyTo(Article &article) const;

private:
    friend class LibrarySession;
    explicit SegmentationRules(EditHistory &history, QObject *parent = nullptr);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
