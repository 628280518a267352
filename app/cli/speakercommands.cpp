// colloquy-cli's speakers command: person profiles across articles, over Colloquy::SpeakerProfiles.

#include "commands.h"

#include "clitext_p.h"
#include "commandspec.h"
#include "people/speakerprofiles.h"
#include "store/librarystore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

/// The profile's attribute values by attribute name.
QJsonObject attributesToJson(const LibraryStore &library, qint64 personId)
{
    QHash<qint64, QString> names;
    for (const SpeakerAttribute &a : library.speakerAttributes().valueOr({}))
        names.insert(a.id, a.name);
    QJsonObject values;
    for (const AttributeValue &v : library.attributeValues(personId).valueOr({}))
        values.insert(names.value(v.attributeId), v.value);
    return values;
}

QJsonObject profileToJson(const LibraryStore &library, const PersonProfile &profile)
{
    QJsonArray articles;
    QJsonArray bios;
    QList<qint64> seen;
    for (const PersonProfile::Appearance &a : profile.appearances) {
        if (!seen.contains(a.articleId)) {
            seen.append(a.articleId);
            articles.append(QJsonObject {{u"id"_s, a.articleId}, {u"title"_s, a.articleTitle}});
        }
        bios.append(QJsonObject {{u"article"_s, a.articleId}, {u"title"_s, a.articleTitle},
            {u"imported"_s, isoTime(a.importedAt)}, {u"name"_s, a.name}, {u"bio"_s, nullable(a.bio)}});
    }
    return QJsonObject {{u"id"_s, profile.id}, {u"name"_s, profile.displayName},
        {u"named_by_user"_s, profile.namedByUser},
        {u"variants"_s, QJsonArray::fromStringList(profile.variants())}, {u"articles"_s, articles},
        {u"bios"_s, bios}, {u"attributes"_s, attributesToJson(library, profile.id)}};
}

} // namespace

int Commands::printProfile(qint64 id, const QString &text)
{
    if (m_options.json)
        writeJson(profileToJson(*m_library, *m_library->person(id).valueOr({})));
    else if (!text.isEmpty())
        m_out << text << Qt::endl;
    return Success;
}

int Commands::speakers(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"speakers: unknown action '%1' (%2; none to list)"_s.arg(
            args.constFirst(), m_command->actionNames(u" or "_s)));
    if (!openLibrary())
        return Failure;
    const Result<QList<PersonProfile>> read = m_library->people();
    if (failed(read))
        return Failure;
    const QList<PersonProfile> &people = *read;
    if (m_options.json) {
        writeJson(jsonArray(people, [this](const PersonProfile &p) { return profileToJson(*m_library, p); }));
        return Success;
    }
    for (const PersonProfile &profile : people) {
        const qsizetype count = profile.articleIds().size();
        m_out << profile.id << '\t' << profile.displayName << '\t'
              << (count == 1 ? u"1 article"_s : u"%1 articles"_s.arg(count)) << '\n';
        QStringList others = profile.variants();
        others.removeAll(profile.displayName);
        if (!others.isEmpty())
            m_out << "    also: " << others.join(u", "_s) << '\n';
        const QJsonObject attributes = attributesToJson(*m_library, profile.id);
        for (auto a = attributes.constBegin(); a != attributes.constEnd(); ++a)
            m_out << "    " << a.key() << ": " << a.value().toString() << '\n';
        for (const PersonProfile::Appearance &a : profile.appearances) {
            m_out << "    " << isoTime(a.importedAt) << "  [" << a.articleId << "] " << a.articleTitle;
            if (!a.bio.isEmpty())
                m_out << " - " << a.bio;
            m_out << '\n';
        }
    }
    m_out.flush();
    return Success;
}

int Commands::speakersMerge(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(u"speakers merge: takes the profile to merge and the one to merge it into"_s);
    const qint64 from = parseId(u"a profile id"_s, args.at(0));
    if (!from)
        return UsageError;
    const qint64 into = parseId(u"a profile id"_s, args.at(1));
    if (!into)
        return UsageError;
    if (!openLibrary())
        return Failure;
    if (!m_profiles->mergeProfiles(from, into))
        return fail(m_profiles->errorString());
    return printProfile(into, u"merged profile %1 into %2"_s.arg(from).arg(into));
}

int Commands::speakersSplit(const QStringList &args)
{
    qint64 articleId = 0;
    if (const int refused = start(args, args.size() == 2,
            u"takes an article id and the speaker's name in that article"_s, u"an article id"_s, &articleId))
        return refused;
    const QString name = args.at(1).simplified();
    qint64 speakerId = 0;
    QStringList names;
    for (const PersonProfile &profile : m_library->people().valueOr({})) {
        for (const PersonProfile::Appearance &a : profile.appearances) {
            if (a.articleId != articleId)
                continue;
            names.append(a.name);
            if (a.name.compare(name, Qt::CaseInsensitive) == 0)
                speakerId = a.speakerId;
        }
    }
    if (!speakerId) {
        if (!m_library->article(articleId).valueOr({}))
            return fail(u"there is no article %1 in the library"_s.arg(articleId));
        return fail(
            u"article %1 has no speaker profile named '%2' (profiled speakers: %3)"_s.arg(articleId).arg(
                name, names.isEmpty() ? u"none"_s : names.join(u", "_s)));
    }
    const std::optional<qint64> id = m_profiles->splitAppearance(speakerId);
    if (!id)
        return fail(m_profiles->errorString());
    return printProfile(*id, QString::number(*id));
}

int Commands::speakersRename(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused =
            start(args, args.size() == 2, u"takes a profile id and the new name"_s, u"a profile id"_s, &id))
        return refused;
    if (!m_profiles->renameProfile(id, args.at(1)))
        return fail(m_profiles->errorString());
    return printProfile(id, {});
}

} // namespace Colloquy::Cli
