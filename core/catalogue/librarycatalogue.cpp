#include "catalogue/librarycatalogue.h"

#include "store/editservice_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

struct LibraryCatalogue::Private : EditService
{
    /// When the article went to the Trash (invalid when it is not in it), or a failure in `error`.
    std::optional<QDateTime> trashedAt(qint64 articleId)
    {
        const auto trashed = store.trashedAt(articleId);
        if (trashed.failed())
            return fail(trashed.error()), std::nullopt;
        if (!trashed->has_value())
            return fail(LibraryCatalogue::tr("There is no article %1 in the library.").arg(articleId)),
                   std::nullopt;
        return **trashed;
    }

    /// Whether `articleId` (one in the Trash, which articles() leaves out) is in collection `collectionId`.
    bool trashedMember(qint64 articleId, qint64 collectionId)
    {
        const auto record = store.articleRecord(articleId);
        if (!record.found())
            return false;
        for (const ArticleRecord::Table &table : record->value().tables) {
            const qsizetype column = table.columns.indexOf(u"collection_id"_s);
            if (table.name != u"article_collections"_s || column < 0)
                continue;
            for (const QVariantList &row : table.rows) {
                if (row.value(column).toLongLong() == collectionId)
                    return true;
            }
        }
        return false;
    }

    /// The stored details of an article, or a failure in `error`.
    std::optional<ArticleDetails> details(qint64 articleId)
    {
        const auto read = store.articleDetails(articleId);
        if (read.failed())
            return fail(read.error()), std::nullopt;
        if (!read.value())
            return fail(LibraryCatalogue::tr("There is no article %1 in the library.").arg(articleId)),
                   std::nullopt;
        return read.value();
    }

    std::optional<Collection> collection(qint64 id)
    {
        const auto all = store.collections();
        if (all.failed())
            return fail(all.error()), std::nullopt;
        for (const Collection &collection : *all) {
            if (collection.id == id)
                return collection;
        }
        return fail(LibraryCatalogue::tr("There is no collection %1.").arg(id)), std::nullopt;
    }

    /// `name` simplified, or nullopt (with the reason) when no collection
    /// other than `except` may take it.
    std::optional<QString> freeName(const QString &name, qint64 except)
    {
        const QString simple = name.simplified();
        if (simple.isEmpty())
            return fail(LibraryCatalogue::tr("A collection needs a name.")), std::nullopt;
        const auto all = store.collections();
        if (all.failed())
            return fail(all.error()), std::nullopt;
        for (const Collection &collection : *all) {
            if (collection.id != except && collection.name.compare(simple, Qt::CaseInsensitive) == 0)
                return fail(LibraryCatalogue::tr("There is already a collection named “%1”.")
                                .arg(collection.name)),
                       std::nullopt;
        }
        return simple;
    }

    QString titleOf(const ArticleDetails &details)
    {
        if (!details.title.isEmpty())
            return details.title;
        const auto article = store.article(details.articleId);
        return article.found() ? article->value().displayTitle() : QString::number(details.articleId);
    }
};

LibraryCatalogue::LibraryCatalogue(EditHistory &history, QObject *parent)
    : QObject(parent)
    , d(new Private {{history}})
{ }

LibraryCatalogue::~LibraryCatalogue() = default;

QString LibraryCatalogue::errorString() const
{
    return d->error;
}

bool LibraryCatalogue::removeArticle(qint64 articleId)
{
    const std::optional<QDateTime> trashed = d->trashedAt(articleId);
    if (!trashed)
        return false;
    if (trashed->isValid())
        return d->fail(tr("Article %1 is in the Trash already.").arg(articleId));
    const std::optional<ArticleDetails> details = d->details(articleId);
    if (!details)
        return false;
    return d->commit(tr("Delete “%1”").arg(d->titleOf(*details)),
        TrashChange {articleId, QDateTime::currentDateTimeUtc()}, TrashChange {articleId, {}});
}

bool LibraryCatalogue::restoreArticle(qint64 articleId)
{
    const std::optional<QDateTime> trashed = d->trashedAt(articleId);
    if (!trashed)
        return false;
    if (!trashed->isValid())
        return d->fail(tr("Article %1 is not in the Trash.").arg(articleId));
    const std::optional<ArticleDetails> details = d->details(articleId);
    if (!details)
        return false;
    return d->commit(tr("Restore “%1”").arg(d->titleOf(*details)), TrashChange {articleId, {}},
        TrashChange {articleId, *trashed});
}

bool LibraryCatalogue::setDetails(const ArticleDetails &wanted)
{
    const std::optional<ArticleDetails> before = d->details(wanted.articleId);
    if (!before)
        return false;
    ArticleDetails after = wanted;
    after.title = wanted.title.simplified();
    after.source = wanted.source.simplified();
    after.url = wanted.url.trimmed();
    if (after.title.isEmpty())
        after.title = QString(); // stored as NULL: the file name stands in
    if (after == *before) {
        d->error.clear();
        return true;
    }
    LibraryChange forward;
    forward.details = {after};
    LibraryChange backward;
    backward.details = {*before};
    const QString text = after.title != before->title && after.source == before->source &&
            after.url == before->url && after.published == before->published
        ? tr("Rename “%1”").arg(d->titleOf(*before))
        : tr("Edit Details of “%1”").arg(d->titleOf(*before));
    return d->commit(text, forward, backward);
}

bool LibraryCatalogue::rename(qint64 articleId, const QString &title)
{
    std::optional<ArticleDetails> details = d->details(articleId);
    if (!details)
        return false;
    if (title.simplified().isEmpty())
        return d->fail(tr("A title cannot be empty."));
    details->title = title;
    return setDetails(*details);
}

std::optional<qint64> LibraryCatalogue::addCollection(const QString &name, const QList<qint64> &articleIds)
{
    const std::optional<QString> free = d->freeName(name, 0);
    if (!free)
        return std::nullopt;
    LibraryChange forward;
    forward.putCollections = {Collection {0, *free}};
    for (const qint64 article : articleIds)
        forward.addMemberships.append({article, 0});
    const QString text = tr("New Collection “%1”").arg(*free);
    EditStep step(d->history, text);
    if (!d->apply(forward))
        return std::nullopt;
    const qint64 id = forward.putCollections.first().id;
    for (auto &membership : forward.addMemberships)
        membership.collectionId = id;
    LibraryChange backward;
    backward.removeCollections = {id};
    d->history.record(text, std::move(forward), std::move(backward));
    if (!d->commit(step))
        return std::nullopt;
    return id;
}

bool LibraryCatalogue::renameCollection(qint64 collectionId, const QString &name)
{
    const std::optional<Collection> before = d->collection(collectionId);
    const std::optional<QString> free = before ? d->freeName(name, collectionId) : std::nullopt;
    if (!free)
        return false;
    if (*free == before->name)
        return true;
    LibraryChange forward;
    forward.putCollections = {Collection {collectionId, *free}};
    LibraryChange backward;
    backward.putCollections = {*before};
    return d->commit(tr("Rename Collection “%1”").arg(before->name), forward, backward);
}

bool LibraryCatalogue::removeCollection(qint64 collectionId)
{
    const std::optional<Collection> before = d->collection(collectionId);
    if (!before)
        return false;
    const auto articles = d->store.articles();
    if (articles.failed())
        return d->fail(articles.error());
    LibraryChange forward;
    forward.removeCollections = {collectionId};
    LibraryChange backward;
    backward.putCollections = {*before};
    for (const ArticleSummary &article : *articles) {
        if (article.collections.contains(collectionId))
            backward.addMemberships.append({article.id, collectionId});
    }
    // articles() leaves out the Trash; its articles keep their memberships, so undo gives them back too.
    const auto trashed = d->store.trashedArticles();
    if (!d->check(trashed))
        return false;
    for (const TrashedArticle &article : *trashed) {
        if (d->trashedMember(article.id, collectionId))
            backward.addMemberships.append({article.id, collectionId});
    }
    return d->commit(tr("Delete Collection “%1”").arg(before->name), forward, backward);
}

bool LibraryCatalogue::setInCollection(qint64 articleId, qint64 collectionId, bool in)
{
    const std::optional<ArticleDetails> details = d->details(articleId);
    const std::optional<Collection> collection = details ? d->collection(collectionId) : std::nullopt;
    if (!collection)
        return false;
    LibraryChange forward;
    LibraryChange backward;
    (in ? forward.addMemberships : forward.removeMemberships).append({articleId, collectionId});
    (in ? backward.removeMemberships : backward.addMemberships).append({articleId, collectionId});
    const QString title = d->titleOf(*details);
    return d->commit(in ? tr("Add “%1” to “%2”").arg(title, collection->name)
                        : tr("Take “%1” out of “%2”").arg(title, collection->name),
        forward, backward);
}

std::optional<Collection> LibraryCatalogue::collectionNamed(const QString &name) const
{
    const auto all = d->store.collections();
    for (const Collection &collection : all.valueOr({})) {
        if (collection.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return collection;
    }
    return std::nullopt;
}

} // namespace Colloquy
