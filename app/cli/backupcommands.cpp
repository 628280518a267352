// colloquy-cli's check, backup, backups and restore: they work on the library file itself
// (LibraryCheck, LibraryBackup), never through an open store.

#include "commands.h"

#include "clitext_p.h"
#include "commandspec.h"
#include "store/librarybackup.h"
#include "store/librarycheck.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

QJsonObject checkToJson(const CheckReport &report)
{
    QJsonArray articles;
    for (const ArticleDamage &damage : report.articles)
        articles.append(
            QJsonObject {{u"id"_s, damage.id}, {u"title"_s, damage.title}, {u"problem"_s, damage.problem}});
    return {{u"healthy"_s, report.healthy()}, {u"articles_checked"_s, report.articlesChecked},
        {u"sqlite"_s, QJsonArray::fromStringList(report.sqlite)}, {u"articles"_s, articles},
        {u"error"_s, nullable(report.error)}};
}

} // namespace

QString Commands::existingLibraryFile()
{
    const QString path = libraryFile();
    if (!path.isEmpty() && !QFileInfo(path).isFile()) {
        fail(u"there is no library at %1"_s.arg(QFileInfo(path).absoluteFilePath()));
        return {};
    }
    return path;
}

int Commands::check(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"check: takes no arguments"_s);
    const QString path = existingLibraryFile();
    if (path.isEmpty())
        return Failure;
    const CheckReport report = LibraryCheck::run(path);
    if (m_options.json) {
        writeJson(checkToJson(report));
    } else if (report.healthy()) {
        m_out << "ok\t" << report.articlesChecked << (report.articlesChecked == 1 ? " article" : " articles")
              << " checked\n";
    } else {
        for (const QString &problem : report.sqlite)
            m_out << "sqlite\t" << oneLine(problem) << '\n';
        for (const ArticleDamage &damage : report.articles)
            m_out << "article\t" << damage.id << '\t' << oneLine(damage.title) << '\t' << damage.problem
                  << '\n';
    }
    m_out.flush();
    if (!report.error.isEmpty())
        return fail(report.error);
    if (!report.healthy())
        m_err << "colloquy-cli: " << oneLine(path) << " is damaged: " << oneLine(report.summary())
              << Qt::endl;
    return report.healthy() ? Success : Failure;
}

int Commands::backup(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"backup: takes no arguments besides --to"_s);
    const QString path = existingLibraryFile();
    if (path.isEmpty())
        return Failure;
    const Result<BackupInfo> made =
        LibraryBackup::make(path, QDateTime::currentDateTimeUtc(), m_options.value(u"to"_s));
    if (failed(made))
        return Failure;
    if (m_options.json)
        writeJson(
            QJsonObject {{u"path"_s, made->path}, {u"time"_s, isoTime(made->time)}, {u"size"_s, made->size}});
    else
        m_out << made->path << Qt::endl;
    return Success;
}

int Commands::backups(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(u"backups: takes no arguments"_s);
    const QString path = libraryFile();
    if (path.isEmpty())
        return Failure;
    QJsonArray list;
    for (const BackupInfo &backup : LibraryBackup::list(path)) {
        const Result<int> articles = LibraryBackup::articleCount(backup.path);
        if (m_options.json) {
            list.append(QJsonObject {{u"time"_s, isoTime(backup.time)}, {u"size"_s, backup.size},
                {u"articles"_s, articles.ok() ? QJsonValue(*articles) : QJsonValue()},
                {u"path"_s, backup.path}});
            continue;
        }
        m_out << isoTime(backup.time) << '\t' << backup.size << '\t'
              << (articles.ok() ? QString::number(*articles) : u"?"_s) << '\t' << backup.path << '\n';
    }
    if (m_options.json)
        writeJson(list);
    m_out.flush();
    return Success;
}

int Commands::restore(const QStringList &args)
{
    if (args.size() > 1)
        return usageError(u"restore: takes at most one backup"_s);
    const QString path = libraryFile();
    if (path.isEmpty())
        return Failure;
    QString backup;
    if (args.isEmpty()) {
        const QList<BackupInfo> backups = LibraryBackup::list(path);
        if (backups.isEmpty())
            return fail(u"%1 has no backups in %2"_s.arg(path, LibraryBackup::folderOf(path)));
        backup = backups.constFirst().path;
    } else {
        // A bare name is one of the backup folder's; anything else is a path.
        const QString inFolder = QDir(LibraryBackup::folderOf(path)).filePath(args.constFirst());
        backup = !args.constFirst().contains(u'/') && QFileInfo(inFolder).isFile()
            ? inFolder
            : QFileInfo(args.constFirst()).absoluteFilePath();
        if (!QFileInfo(backup).isFile())
            return fail(u"there is no backup at %1"_s.arg(backup));
    }
    const Result<QString> replaced = LibraryBackup::restore(path, backup, QDateTime::currentDateTimeUtc());
    if (failed(replaced))
        return Failure;
    const QString library = QFileInfo(path).absoluteFilePath();
    if (m_options.json) {
        writeJson(QJsonObject {
            {u"restored"_s, backup}, {u"library"_s, library}, {u"replaced"_s, nullable(*replaced)}});
        return Success;
    }
    m_out << "restored " << backup << " into " << library << '\n';
    if (!replaced->isEmpty())
        m_out << "the replaced library is kept as " << *replaced << " (restore it to undo this)\n";
    m_out.flush();
    return Success;
}

} // namespace Colloquy::Cli
