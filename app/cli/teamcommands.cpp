// library init-server and library grant: setting up a team library on PostgreSQL (teamcommands).

#include "commands.h"
#include "commandspec.h"
#include "model/librarylocation.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/teamsetup.h"

#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

bool Commands::openServer(Store::PgConnection *connection)
{
    if (m_options.libraryPath.isEmpty()) {
        usageError(u"%1 needs --library postgresql://USER@HOST/DBNAME"_s.arg(m_command->name));
        return false;
    }
    const Result<LibraryLocation> location = LibraryLocation::parse(m_options.libraryPath);
    if (failed(location))
        return false;
    if (!location->isPostgreSql()) {
        fail(u"%1 works on a PostgreSQL library, not on the file %2; give --library "
             u"postgresql://USER@HOST/DBNAME."_s.arg(m_command->name, location->filePath()));
        return false;
    }
    if (!connection->open(*location)) {
        fail(connection->errorString());
        return false;
    }
    return true;
}

int Commands::libraryInitServer(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"%1 takes no arguments"_s.arg(m_command->name));
    Store::PgConnection connection;
    if (!openServer(&connection))
        return Failure;
    Store::TeamSetup setup(connection);
    const std::optional<int> previous = setup.schemaVersion();
    if (!previous || !setup.initServer())
        return fail(setup.errorString());
    const int version = Store::TeamSetup::latestSchemaVersion();
    if (m_options.json) {
        writeJson(QJsonObject {{u"version"_s, version}, {u"previous"_s, *previous}});
    } else if (*previous == version) {
        m_out << "The library is up to date (schema version " << version << ")." << Qt::endl;
    } else {
        m_out << "The library is at schema version " << version << " (was " << *previous
              << "); the roles colloquy_reader, colloquy_coder and colloquy_editor are ready." << Qt::endl;
    }
    return Success;
}

int Commands::libraryGrant(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(u"%1: give a LOGIN and its role, editor, coder or reader"_s.arg(m_command->name));
    const std::optional<Store::TeamSetup::Role> role = Store::TeamSetup::roleFromName(args.at(1));
    if (!role)
        return usageError(
            u"%1: '%2' is not a role (editor, coder or reader)"_s.arg(m_command->name, args.at(1)));
    Store::PgConnection connection;
    if (!openServer(&connection))
        return Failure;
    Store::TeamSetup setup(connection);
    if (!setup.grant(args.at(0), *role))
        return fail(setup.errorString());
    const QString group = Store::TeamSetup::groupRoleName(*role);
    if (m_options.json)
        writeJson(QJsonObject {{u"login"_s, args.at(0)}, {u"role"_s, args.at(1)}, {u"group"_s, group}});
    else
        m_out << args.at(0) << " is now a " << args.at(1) << " (" << group << ")." << Qt::endl;
    return Success;
}

} // namespace Colloquy::Cli
