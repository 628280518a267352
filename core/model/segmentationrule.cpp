#include "model/segmentationrule.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
struct ActionName
{
    SegmentationRule::Action action;
    QLatin1StringView name;
};
constexpr ActionName actionNames[] = {
    {SegmentationRule::Action::NotASpeaker, "not-a-speaker"_L1},
    {SegmentationRule::Action::MarkAs, "mark-as"_L1},
    {SegmentationRule::Action::AssignTo, "assign-to"_L1},
};
} // namespace

QString segmentationRuleActionName(SegmentationRule::Action action)
{
    for (const ActionName &entry : actionNames) {
        if (entry.action == action)
            return entry.name;
    }
    return QString();
}

std::optional<SegmentationRule::Action> segmentationRuleActionFromName(QStringView name)
{
    for (const ActionName &entry : actionNames) {
        if (name == entry.name)
            return entry.action;
    }
    return std::nullopt;
}

QString normalizedRuleLabel(const QString &label)
{
    QString text = label.simplified();
    while (!text.isEmpty() && QStringView(u":.\uff1a\u2014-").contains(text.back()))
        text.chop(1);
    return text.trimmed().toCaseFolded();
}

bool SegmentationRule::matchesLabel(const QString &printed) const
{
    return !printed.isEmpty() && normalizedRuleLabel(printed) == normalizedRuleLabel(label);
}

QString SegmentationRule::decision() const
{
    switch (action) {
    case Action::NotASpeaker:
        return u"\u201c%1\u201d is not a speaker"_s.arg(label);
    case Action::MarkAs:
        return u"\u201c%1\u201d is %2, not a speaker"_s.arg(label, QString(value).replace(u'_', u' '));
    case Action::AssignTo:
        return u"\u201c%1\u201d is %2"_s.arg(label, value);
    }
    return QString();
}

QString SegmentationRule::description() const
{
    const QString what = decision();
    const QString where = scheme.isEmpty() ? u"articles"_s : u"%1 articles"_s.arg(scheme);
    return u"%1 in %2 from %3"_s.arg(what, where, source);
}

QString segmentationSourceOf(const Article &article)
{
    const QString site = article.metadata.value(u"site"_s).toString().simplified();
    if (!site.isEmpty())
        return site;
    if (article.sourcePath.isEmpty())
        return QString();
    return QFileInfo(article.sourcePath).absolutePath();
}

} // namespace Colloquy
