#pragma once

#include "model/articledetails.h"
#include "model/collection.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace Colloquy {

/**
 * Every stored row of one article, exactly as the store holds it (its row,
 * speakers, segments, paragraphs, highlights with their notes and themes,
 * article notes, collection memberships, and the person profiles its speakers
 * link to), ids included: what putting back a deleted article takes.
 *
 * Only LibraryStore makes and reads one (LibraryStore::articleRecord()); the
 * rows are kept as column values so that a column added later is kept too.
 */
struct ArticleRecord
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    qint64 articleId = 0;
    QList<Table> tables; ///< in the order they are put back
};

/**
 * A set of changes to the library's articles and collections that
 * LibraryStore applies in one transaction (LibraryStore::applyLibraryChange()),
 * the way AnnotationChange does for annotations: deleting an article, editing
 * its details and sorting it into collections are each one of these, and so
 * is each undo.
 *
 * Applied in this order: collections put (id 0 inserts; the new id is written
 * back, and memberships with collection 0 then mean the first one inserted),
 * articles restored, details written, memberships added, memberships
 * removed, articles removed, collections removed. Foreign keys are checked at
 * commit.
 */
struct LibraryChange
{
    struct Membership
    {
        qint64 articleId = 0;
        qint64 collectionId = 0; ///< 0: the first collection of putCollections (a new one)
    };

    QList<Collection> putCollections;
    QList<ArticleRecord> restoreArticles;
    QList<ArticleDetails> details;
    QList<Membership> addMemberships;
    QList<Membership> removeMemberships;
    QList<qint64> removeArticles;
    QList<qint64> removeCollections;
};

} // namespace Colloquy
