// colloquy-cli's speaker attributes: speakers set|unset|attributes|propose,
// over Colloquy::SpeakerAttributes.

#include "commands.h"

#include "clitext_p.h"
#include "commandspec.h"
#include "compare/speakerattributes.h"
#include "store/librarystore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

int Commands::speakersSet(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused = start(args, args.size() == 3, u"takes a profile id, an attribute and its value"_s,
            u"a profile id"_s, &id))
        return refused;
    std::optional<AttributeType> type;
    if (m_options.isSet(u"type"_s)) {
        type = attributeTypeFromName(m_options.value(u"type"_s));
        if (!type)
            return usageError(u"speakers set: --type is text, number, date or category"_s);
    }
    if (!m_attributes->setValue(id, args.at(1), args.at(2), type))
        return fail(m_attributes->errorString());
    return printProfile(id, {});
}

int Commands::speakersUnset(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused =
            start(args, args.size() == 2, u"takes a profile id and an attribute"_s, u"a profile id"_s, &id))
        return refused;
    if (!m_attributes->unsetValue(id, args.at(1)))
        return fail(m_attributes->errorString());
    return printProfile(id, {});
}

int Commands::speakersAttributes(const QStringList &args)
{
    if (const int refused = start(args, args.isEmpty(), u"takes no arguments"_s))
        return refused;
    const Result<QList<SpeakerAttribute>> read = m_library->speakerAttributes();
    if (failed(read))
        return Failure;
    if (m_options.json) {
        writeJson(jsonArray(*read, [this](const SpeakerAttribute &a) {
            return QJsonObject {{u"id"_s, a.id}, {u"name"_s, a.name}, {u"type"_s, attributeTypeName(a.type)},
                {u"values"_s, QJsonArray::fromStringList(m_library->valuesOfAttribute(a.id).valueOr({}))}};
        }));
        return Success;
    }
    for (const SpeakerAttribute &a : *read) {
        m_out << a.id << '\t' << a.name << '\t' << attributeTypeName(a.type) << '\t'
              << m_library->valuesOfAttribute(a.id).valueOr({}).join(u", "_s) << '\n';
    }
    m_out.flush();
    return Success;
}

int Commands::speakersPropose(const QStringList &args)
{
    if (args.size() > 1)
        return usageError(u"speakers propose: takes at most one profile id"_s);
    const qint64 id = args.isEmpty() ? 0 : parseId(u"a profile id"_s, args.constFirst());
    if (!args.isEmpty() && !id)
        return UsageError;
    if (!openLibrary())
        return Failure;
    if (id && !m_library->person(id).valueOr({}))
        return fail(u"there is no speaker profile %1"_s.arg(id));
    const QList<AttributeProposal> proposals = m_attributes->proposals(id);
    if (m_options.isSet(u"accept"_s) && !m_attributes->acceptProposals(proposals))
        return fail(m_attributes->errorString());
    if (m_options.json) {
        writeJson(jsonArray(proposals, [](const AttributeProposal &p) {
            return QJsonObject {{u"profile"_s, p.personId}, {u"name"_s, p.personName},
                {u"attribute"_s, p.attribute}, {u"type"_s, attributeTypeName(p.type)}, {u"value"_s, p.value},
                {u"bio"_s, p.bio}};
        }));
        return Success;
    }
    for (const AttributeProposal &p : proposals) {
        m_out << p.personId << '\t' << p.personName << '\t' << p.attribute << '\t' << p.value << "\t("
              << oneLine(p.bio) << ")\n";
    }
    if (m_options.isSet(u"accept"_s))
        m_out << (proposals.size() == 1 ? u"1 value set"_s : u"%1 values set"_s.arg(proposals.size()))
              << '\n';
    m_out.flush();
    return Success;
}

} // namespace Colloquy::Cli
