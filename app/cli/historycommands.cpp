// colloquy-cli's undo, redo and history over the library's EditHistory, and the Trash.

#include "commands.h"

#include "annotate/annotations.h"
#include "catalogue/librarycatalogue.h"
#include "clitext_p.h"
#include "session/librarysession.h"
#include "store/edithistory.h"
#include "store/librarystore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

int Commands::replayHistory(const QStringList &args, bool forward)
{
    if (const int refused = start(args, args.isEmpty(), u"takes no arguments"_s))
        return refused;
    EditHistory *history = m_session->history();
    if (!m_session->loadHistory())
        return fail(history->errorString());
    const QUndoStack *stack = history->undoStack();
    const QString text = forward ? stack->redoText() : stack->undoText();
    if (!(forward ? history->redo() : history->undo()))
        return fail(history->errorString());
    if (m_options.json)
        writeJson(QJsonObject {{forward ? u"redone"_s : u"undone"_s, text}});
    else
        m_out << (forward ? "redone: " : "undone: ") << text << Qt::endl;
    return Success;
}

int Commands::undo(const QStringList &args)
{
    return replayHistory(args, false);
}

int Commands::redo(const QStringList &args)
{
    return replayHistory(args, true);
}

int Commands::history(const QStringList &args)
{
    if (const int refused = start(args, args.isEmpty(), u"takes no arguments"_s))
        return refused;
    const QString author = m_session->history()->author();
    const Result<QList<UndoRecord>> records = m_library->undoRecords(author);
    if (failed(records))
        return Failure;
    if (m_options.json) {
        writeJson(jsonArray(*records, [](const UndoRecord &record) {
            return QJsonObject {{u"id"_s, record.id}, {u"text"_s, record.text},
                {u"created"_s, isoTime(record.created)}, {u"undone"_s, record.undone}};
        }));
        return Success;
    }
    // Newest first, as undo takes them; undone steps are what redo brings back.
    for (auto it = records->crbegin(); it != records->crend(); ++it) {
        m_out << it->id << '\t' << isoTime(it->created) << '\t' << oneLine(it->text)
              << (it->undone ? "\t(undone)" : "") << '\n';
    }
    m_out.flush();
    return Success;
}

int Commands::trash(const QStringList &args)
{
    if (const int refused = start(args, args.isEmpty(), u"takes no arguments (or restore, empty)"_s))
        return refused;
    const Result<QList<TrashedArticle>> trashed = m_library->trashedArticles();
    if (failed(trashed))
        return Failure;
    if (m_options.json) {
        writeJson(jsonArray(*trashed, [](const TrashedArticle &article) {
            return QJsonObject {{u"id"_s, article.id}, {u"title"_s, article.displayTitle()},
                {u"deleted"_s, isoTime(article.trashedAt)}};
        }));
        return Success;
    }
    for (const TrashedArticle &article : *trashed)
        m_out << article.id << '\t' << article.displayTitle() << '\t' << isoTime(article.trashedAt) << '\n';
    m_out.flush();
    return Success;
}

int Commands::trashRestore(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused = start(args, args.size() == 1, u"takes one article id"_s, u"an article id"_s, &id))
        return refused;
    if (!m_session->catalogue()->restoreArticle(id))
        return fail(m_session->catalogue()->errorString());
    m_out << "restored article " << id << Qt::endl;
    return Success;
}

int Commands::trashEmpty(const QStringList &args)
{
    if (const int refused = start(args, args.isEmpty(), u"takes no arguments"_s))
        return refused;
    const std::optional<int> purged = m_library->purgeTrash();
    if (!purged)
        return fail(m_library->errorString());
    m_out << (*purged == 1 ? u"removed 1 article for good"_s : u"removed %1 articles for good"_s.arg(*purged))
          << Qt::endl;
    return Success;
}

} // namespace Colloquy::Cli
