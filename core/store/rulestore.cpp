// LibraryStore: the remembered segmentation rules (SegmentationRule) through RuleChange.

#include "store/librarystore_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

using Store::Statement;

Result<QList<SegmentationRule>> LibraryStore::segmentationRules() const
{
    return d->all(u"cannot read the segmentation rules"_s,
        u"SELECT id, source, scheme, label, action, value, created_at FROM segmentation_rules ORDER BY id"_s,
        {}, [](const Statement &row) {
            SegmentationRule rule;
            rule.id = row.id(0);
            rule.source = row.text(1);
            rule.scheme = row.text(2);
            rule.label = row.text(3);
            rule.action =
                row.named(4, &segmentationRuleActionFromName, SegmentationRule::Action::NotASpeaker);
            rule.value = row.text(5);
            rule.createdAt = row.time(6);
            return rule;
        });
}

bool LibraryStore::applyRuleChange(RuleChange &change)
{
    Store::Transaction transaction(d->db);
    if (!d->beginRowChange(transaction, u"the segmentation rules"_s))
        return false;
    if (!d->upsertEach(
            change.put,
            u"INSERT INTO segmentation_rules (id, source, scheme, label, action, value, created_at) "
            "VALUES (:id, :source, :scheme, :label, :action, :value, :created) "
            "ON CONFLICT (id) DO UPDATE SET source = excluded.source, scheme = excluded.scheme, "
            "label = excluded.label, action = excluded.action, value = excluded.value, "
            "created_at = excluded.created_at"_s,
            [](Statement &s, const SegmentationRule &rule) {
                return s.exec({{u":id"_s, Store::idOrNull(rule.id)},
                    {u":source"_s, Store::notNull(rule.source)}, {u":scheme"_s, Store::notNull(rule.scheme)},
                    {u":label"_s, Store::notNull(rule.label)},
                    {u":action"_s, segmentationRuleActionName(rule.action)},
                    {u":value"_s, Store::notNull(rule.value)},
                    {u":created"_s, Store::timeText(rule.createdAt)}});
            },
            [](const SegmentationRule &rule) {
                return u"cannot save the rule about \u201c%1\u201d"_s.arg(rule.label);
            }))
        return false;
    if (!d->forEachId(change.remove, u"DELETE FROM segmentation_rules WHERE id = :id"_s,
            u"cannot remove segmentation rule %1"_s) ||
        !d->commit(transaction, u"cannot save the segmentation rules"_s))
        return false;
    d->announce(u"rules"_s, [this] { Q_EMIT segmentationRulesChanged(); });
    return true;
}

} // namespace Colloquy
