// colloquy-cli's rules commands: the segmentation corrections the library remembers
// (Colloquy::SegmentationRules), listed and removed; they are made in the review dialog.

#include "commands.h"

#include "review/segmentationrules.h"
#include "session/librarysession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

int Commands::rules(const QStringList &args)
{
    if (const int refused = start(args, args.isEmpty(), u"takes no arguments"_s))
        return refused;
    const Result<QList<SegmentationRule>> rules = m_session->segmentationRules()->rules();
    if (failed(rules))
        return Failure;
    if (m_options.json) {
        QJsonArray array;
        for (const SegmentationRule &rule : *rules)
            array.append(QJsonObject {
                {u"id"_s, rule.id},
                {u"source"_s, rule.source},
                {u"scheme"_s, rule.scheme},
                {u"label"_s, rule.label},
                {u"action"_s, segmentationRuleActionName(rule.action)},
                {u"value"_s, rule.value},
                {u"created"_s, rule.createdAt.toString(Qt::ISODate)},
                {u"description"_s, rule.description()},
            });
        writeJson(array);
        return Success;
    }
    for (const SegmentationRule &rule : *rules)
        m_out << rule.id << '\t' << rule.description() << Qt::endl;
    return Success;
}

int Commands::rulesRemove(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused = start(args, args.size() == 1, u"takes a rule id"_s, u"a rule id"_s, &id))
        return refused;
    SegmentationRules *rules = m_session->segmentationRules();
    if (!rules->remove(id))
        return fail(rules->errorString());
    return Success;
}

} // namespace Colloquy::Cli
