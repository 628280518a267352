// colloquy-cli's library management: delete, rename and collections, over Colloquy::LibraryCatalogue.

#include "commands.h"

#include "catalogue/librarycatalogue.h"
#include "commandspec.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

int Commands::deleteArticle(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused = start(args, args.size() == 1, u"takes an article id"_s, u"an article id"_s, &id))
        return refused;
    const std::optional<Article> article = storedArticle(id);
    if (!article)
        return Failure;
    const qsizetype highlights = m_library->highlights(id).valueOr({}).size();
    if (!m_session->catalogue()->removeArticle(id))
        return fail(m_session->catalogue()->errorString());
    m_out << u"deleted\t%1\t%2\t%3 highlight%4"_s.arg(id)
                 .arg(article->displayTitle())
                 .arg(highlights)
                 .arg(highlights == 1 ? u""_s : u"s"_s)
          << Qt::endl;
    return Success;
}

int Commands::rename(const QStringList &args)
{
    qint64 id = 0;
    if (const int refused = start(
            args, args.size() == 2, u"takes an article id and the new title"_s, u"an article id"_s, &id))
        return refused;
    if (!storedArticle(id))
        return Failure;
    if (!m_session->catalogue()->rename(id, args.at(1)))
        return fail(m_session->catalogue()->errorString());
    m_out << id << '\t' << args.at(1).simplified() << Qt::endl;
    return Success;
}

int Commands::collections(const QStringList &args)
{
    if (const int refused = start(args, args.isEmpty(), u"takes no arguments"_s))
        return refused;
    const auto collections = m_library->collections();
    const auto articles = m_library->articles();
    if (failed(collections) || failed(articles))
        return Failure;
    for (const Collection &collection : *collections) {
        QStringList members;
        for (const ArticleSummary &article : *articles) {
            if (article.collections.contains(collection.id))
                members.append(QString::number(article.id));
        }
        m_out << collection.name << '\t' << members.join(u' ') << Qt::endl;
    }
    return Success;
}

int Commands::changeCollection(const QStringList &args, bool in)
{
    if (const int refused =
            start(args, args.size() >= 2, u"takes a collection name and one or more article ids"_s))
        return refused;
    QList<qint64> ids;
    for (const QString &text : args.mid(1)) {
        const qint64 id = parseId(u"an article id"_s, text);
        if (!id)
            return UsageError;
        ids.append(id);
    }
    LibraryCatalogue *catalogue = m_session->catalogue();
    std::optional<Collection> collection = catalogue->collectionNamed(args.at(0));
    if (!collection && in) {
        // A new collection with its articles: one step.
        if (!catalogue->addCollection(args.at(0), ids))
            return fail(catalogue->errorString());
        return Success;
    }
    if (!collection)
        return fail(u"there is no collection named '%1'"_s.arg(args.at(0)));
    for (const qint64 id : std::as_const(ids)) {
        if (!catalogue->setInCollection(id, collection->id, in))
            return fail(catalogue->errorString());
    }
    return Success;
}

int Commands::collectionAdd(const QStringList &args)
{
    return changeCollection(args, true);
}

int Commands::collectionRemove(const QStringList &args)
{
    return changeCollection(args, false);
}

int Commands::collectionDelete(const QStringList &args)
{
    if (const int refused = start(args, args.size() == 1, u"takes a collection name"_s))
        return refused;
    LibraryCatalogue *catalogue = m_session->catalogue();
    const std::optional<Collection> collection = catalogue->collectionNamed(args.at(0));
    if (!collection)
        return fail(u"there is no collection named '%1'"_s.arg(args.at(0)));
    if (!catalogue->removeCollection(collection->id))
        return fail(catalogue->errorString());
    return Success;
}

} // namespace Colloquy::Cli
