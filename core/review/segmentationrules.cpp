#include "review/segmentationrules.h"

#include "logging.h"
#include "segment/ruleapplier.h"
#include "store/editservice_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

struct SegmentationRules::Private : EditService
{
    /// Why `rule` cannot be remembered; empty when it can.
    QString problem(const SegmentationRule &rule, const QList<SegmentationRule> &existing) const;
};

QString SegmentationRules::Private::problem(
    const SegmentationRule &rule, const QList<SegmentationRule> &existing) const
{
    if (rule.source.trimmed().isEmpty())
        return u"a rule needs a source (a site or a folder) to apply to"_s;
    if (normalizedRuleLabel(rule.label).isEmpty())
        return u"a rule needs the label it is about"_s;
    if (rule.action == SegmentationRule::Action::MarkAs) {
        const auto kind = segmentKindFromName(rule.value);
        if (!kind || *kind == SegmentKind::Speaker)
            return u"\u201c%1\u201d is not a kind a label can be marked as (caption, metadata, editor_note, "
                   u"narration)"_s.arg(rule.value);
    }
    if (rule.action == SegmentationRule::Action::AssignTo && rule.value.simplified().isEmpty())
        return u"a rule that assigns a label needs the person's name"_s;
    for (const SegmentationRule &other : existing) {
        if (other.source.compare(rule.source, Qt::CaseInsensitive) == 0 && other.scheme == rule.scheme &&
            other.matchesLabel(rule.label))
            return u"rule #%1 is about \u201c%2\u201d in these articles already; remove it first"_s
                .arg(other.id)
                .arg(other.label);
    }
    return QString();
}

SegmentationRules::SegmentationRules(EditHistory &history, QObject *parent)
    : QObject(parent)
    , d(new Private {{history}})
{ }

SegmentationRules::~SegmentationRules() = default;

QString SegmentationRules::errorString() const
{
    return d->error;
}

std::optional<SegmentationRule> SegmentationRules::proposal(
    const Article &article, qsizetype segment, SegmentationRule::Action action, const QString &value)
{
    if (segment < 0 || segment >= article.segments.size())
        return std::nullopt;
    const QString label = article.segments.at(segment).label.simplified();
    const QString source = segmentationSourceOf(article);
    if (normalizedRuleLabel(label).isEmpty() || source.isEmpty())
        return std::nullopt;
    SegmentationRule rule;
    rule.source = source;
    rule.scheme = article.scheme.name;
    rule.label = label;
    rule.action = action;
    rule.value = value;
    return rule;
}

Result<QList<SegmentationRule>> SegmentationRules::rules() const
{
    return d->store.segmentationRules();
}

qint64 SegmentationRules::remember(const SegmentationRule &rule)
{
    d->error.clear();
    const Result<QList<SegmentationRule>> existing = d->store.segmentationRules();
    if (existing.failed()) {
        d->fail(existing.error());
        return 0;
    }
    SegmentationRule row = rule;
    row.id = 0;
    row.source = row.source.trimmed();
    row.label = row.label.simplified();
    row.value = row.value.simplified();
    if (const QString problem = d->problem(row, *existing); !problem.isEmpty()) {
        d->fail(problem);
        return 0;
    }
    row.createdAt = QDateTime::currentDateTimeUtc();

    RuleChange redo {{row}, {}};
    if (!d->commitInsertion(
            tr("Remember rule about \u201c%1\u201d").arg(row.label), redo, [](const RuleChange &done) {
                return RuleChange {{}, {done.put.constFirst().id}};
            }))
        return 0;
    return redo.put.constFirst().id;
}

bool SegmentationRules::remove(qint64 id)
{
    d->error.clear();
    const Result<QList<SegmentationRule>> existing = d->store.segmentationRules();
    if (existing.failed())
        return d->fail(existing.error());
    const auto found = std::find_if(
        existing->cbegin(), existing->cend(), [id](const SegmentationRule &rule) { return rule.id == id; });
    if (found == existing->cend())
        return d->fail(u"there is no segmentation rule %1"_s.arg(id));
    return d->commit(tr("Remove rule #%1").arg(id), RuleChange {{}, {id}}, RuleChange {{*found}, {}});
}

QList<qint64> SegmentationRules::applyTo(Article &article) const
{
    const Result<QList<SegmentationRule>> rules = d->store.segmentationRules();
    if (rules.failed()) {
        qCWarning(lcStore).noquote() << "segmentation rules not applied:" << rules.error();
        return {};
    }
    return RuleApplier::apply(article, *rules);
}

} // namespace Colloquy
