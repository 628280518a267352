#pragma once

#include "model/speakerattribute.h"

#include <QList>
#include <QString>

namespace Colloquy {

/**
 * A set of row changes to the people tables that LibraryStore applies in one
 * transaction (LibraryStore::applyPeopleChange()), the way AnnotationChange
 * does for annotations: every profile edit is one of these, and so is its
 * undo, with the exact rows and ids.
 *
 * Applied in this order: people put (id 0 inserts a new row; the store writes
 * the new id back, and links with personId 0 then point at the first inserted
 * person), attributes put (id 0 inserts, the id written back), speakers
 * relinked, attribute values removed, then put, people removed (with their
 * values), attributes removed (with their values). Foreign keys are checked
 * at commit.
 */
struct PeopleChange
{
    struct Person
    {
        qint64 id = 0;
        QString displayName;
        bool namedByUser = false;
    };
    struct Link
    {
        qint64 speakerId = 0;
        qint64 personId = 0; ///< 0: the first person of putPeople (a new profile)
    };

    QList<Person> putPeople;
    QList<Link> links;
    QList<qint64> removePeople;
    QList<SpeakerAttribute> putAttributes;
    QList<AttributeValue> removeValues; ///< by personId and attributeId; the value is ignored
    QList<AttributeValue> putValues; ///< attributeId 0: the first new attribute of putAttributes
    QList<qint64> removeAttributes;
};

} // namespace Colloquy
