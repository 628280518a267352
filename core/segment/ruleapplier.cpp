#include "segment/ruleapplier.h"

#include "logging.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// Where each segment's text starts and ends in the normalised text (-1 where a paragraph was not found
/// verbatim).
QList<std::pair<qsizetype, qsizetype>> locateSegments(const Article &article)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    spans.reserve(article.segments.size());
    qsizetype cursor = 0;
    for (const Segment &segment : article.segments) {
        qsizetype start = -1;
        qsizetype end = -1;
        for (const QString &paragraph : segment.paragraphs) {
            const qsizetype at = paragraph.isEmpty() ? -1 : article.normalizedText.indexOf(paragraph, cursor);
            if (at < 0)
                continue;
            if (start < 0)
                start = at;
            end = cursor = at + paragraph.size();
        }
        spans.append({start, end});
    }
    return spans;
}

/// The label as `text` printed it between the end of the turn before (`from`) and the segment's text (`to`).
QString printedLabel(const QString &text, qsizetype from, qsizetype to, const QString &label)
{
    if (from < 0 || to < 0 || to <= from)
        return label;
    QString between = text.mid(from, to - from);
    qsizetype lead = 0;
    while (lead < between.size() && between.at(lead).isSpace())
        ++lead;
    between.remove(0, lead);
    return between.contains(label, Qt::CaseInsensitive) ? between : label;
}

/// Joins `segment` (whose label a rule says is no speaker's) to `previous`, its label back in the text.
void joinInto(Segment &previous, const Segment &segment, const QString &printed)
{
    QStringList paragraphs = segment.paragraphs;
    const QString trimmed = printed.trimmed();
    // A label on a line of its own stays a paragraph; one the text ran on from is its first words.
    if (paragraphs.isEmpty() || printed.contains(u'\n') || printed == segment.label)
        paragraphs.prepend(trimmed);
    else
        paragraphs.first().prepend(printed);
    previous.paragraphs.append(paragraphs);
}

/// What `rule` makes of `segment`, which has its label (all but NotASpeaker).
void decide(Segment &segment, const SegmentationRule &rule, const QList<Segment> &segments)
{
    if (rule.action == SegmentationRule::Action::MarkAs) {
        segment.kind = segmentKindFromName(rule.value).value_or(SegmentKind::Narration);
        segment.speaker.reset();
    } else {
        segment.kind = SegmentKind::Speaker;
        segment.speaker = Speaker {rule.value, QString()};
        for (const Segment &other : segments) {
            if (other.speaker && other.speaker->name == rule.value) {
                segment.speaker = other.speaker; // the person's bio, where the article gave one
                break;
            }
        }
    }
    segment.detection = {u"rule #%1"_s.arg(rule.id), 1.0};
}

} // namespace

bool RuleApplier::fits(const SegmentationRule &rule, const Article &article)
{
    return !rule.source.isEmpty() &&
        rule.source.compare(segmentationSourceOf(article), Qt::CaseInsensitive) == 0 &&
        (rule.scheme.isEmpty() || rule.scheme == article.scheme.name);
}

QList<qint64> RuleApplier::apply(Article &article, const QList<SegmentationRule> &rules)
{
    QList<SegmentationRule> fitting;
    for (const SegmentationRule &rule : rules) {
        if (fits(rule, article))
            fitting.append(rule);
    }
    if (fitting.isEmpty())
        return {};

    const QList<std::pair<qsizetype, qsizetype>> spans = locateSegments(article);
    QHash<qint64, int> decided; // rule id → segments it decided
    QList<Segment> result;
    result.reserve(article.segments.size());
    qsizetype previousEnd = -1;
    for (qsizetype i = 0; i < article.segments.size(); ++i) {
        Segment segment = article.segments.at(i);
        const auto rule = std::find_if(fitting.cbegin(), fitting.cend(),
            [&](const SegmentationRule &r) { return r.matchesLabel(segment.label); });
        if (rule != fitting.cend()) {
            ++decided[rule->id];
            if (rule->action == SegmentationRule::Action::NotASpeaker && !result.isEmpty()) {
                joinInto(result.last(), segment,
                    printedLabel(article.normalizedText, previousEnd, spans.at(i).first, segment.label));
                previousEnd = std::max(previousEnd, spans.at(i).second);
                continue;
            }
            if (rule->action == SegmentationRule::Action::NotASpeaker) {
                segment.kind = SegmentKind::Narration; // nothing before it to join: narration, label kept
                segment.speaker.reset();
                segment.detection = {u"rule #%1"_s.arg(rule->id), 1.0};
            } else {
                decide(segment, *rule, article.segments);
            }
        }
        previousEnd = std::max(previousEnd, spans.at(i).second);
        result.append(std::move(segment));
    }
    if (decided.isEmpty())
        return {};

    article.segments = std::move(result);
    QList<qint64> applied;
    for (const SegmentationRule &rule : std::as_const(fitting)) {
        if (const int count = decided.value(rule.id); count > 0) {
            applied.append(rule.id);
            article.scheme.evidence.append(u"rule #%1: %2 (%3 %4)"_s.arg(rule.id)
                                               .arg(rule.description())
                                               .arg(count)
                                               .arg(count == 1 ? u"segment"_s : u"segments"_s));
        }
    }
    if (!article.scheme.name.isEmpty()) {
        article.scheme.cast.clear();
        const QList<Speaker> speakers = article.speakers();
        for (const Speaker &speaker : speakers)
            article.scheme.cast.append(speaker.name);
    }
    qCDebug(lcSegment) << "rules" << applied << "applied to" << article.sourcePath;
    return applied;
}

} // namespace Colloquy
