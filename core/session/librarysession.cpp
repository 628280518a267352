#include "session/librarysession.h"

#include "annotate/annotations.h"
#include "catalogue/librarycatalogue.h"
#include "compare/claimrelations.h"
#include "compare/claimsuggestions.h"
#include "compare/speakerattributes.h"
#include "people/personnamematcher.h"
#include "people/speakerprofiles.h"
#include "review/segmentationreview.h"
#include "review/segmentationrules.h"
#include "session/autobackup.h"
#include "store/edithistory.h"
#include "store/librarystore.h"

#include "logging.h"

#include <QUndoStack>

namespace Colloquy {

// Members in the order they depend on each other: destroyed services first,
// then the history, the stack (its commands hold the history), then the store, then its matcher.
struct LibrarySession::Private
{
    PersonNameMatcher matcher;
    LibraryStore store {&matcher};
    QUndoStack stack;
    EditHistory history {store, stack, Annotations::currentAuthor()};
    std::unique_ptr<Annotations> annotations;
    std::unique_ptr<SegmentationReview> review;
    std::unique_ptr<SegmentationRules> rules;
    std::unique_ptr<SpeakerProfiles> profiles;
    std::unique_ptr<LibraryCatalogue> catalogue;
    std::unique_ptr<ClaimRelations> relations;
    std::unique_ptr<ClaimSuggestions> suggestions;
    std::unique_ptr<SpeakerAttributes> attributes;
    AutoBackup backup; ///< before the store goes, it has waited for its worker
};

LibrarySession::LibrarySession(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->annotations.reset(new Annotations(d->history));
    d->review.reset(new SegmentationReview(d->history));
    d->rules.reset(new SegmentationRules(d->history));
    d->profiles.reset(new SpeakerProfiles(d->history));
    d->catalogue.reset(new LibraryCatalogue(d->history));
    d->relations.reset(new ClaimRelations(d->history));
    d->suggestions.reset(new ClaimSuggestions(d->history, *d->annotations));
    d->attributes.reset(new SpeakerAttributes(d->history));

    // Every committed write, whichever service or import made it, may make a backup due.
    LibraryStore *store = &d->store;
    AutoBackup *backup = &d->backup;
    for (auto changed : {&LibraryStore::annotationsChanged, &LibraryStore::peopleChanged,
             &LibraryStore::collectionsChanged, &LibraryStore::segmentationRulesChanged})
        connect(store, changed, backup, &AutoBackup::writeHappened);
    for (auto changed : {&LibraryStore::articleAdded, &LibraryStore::articleRemoved,
             &LibraryStore::articleChanged, &LibraryStore::articleDetailsChanged})
        connect(store, changed, backup, &AutoBackup::writeHappened);
}

LibrarySession::~LibrarySession()
{
    close();
}

void LibrarySession::close()
{
    d->backup.waitForIdle();
    d->backup.setLibrary(QString());
    d->stack.clear();
    d->store.close();
}

bool LibrarySession::open(const QString &path, LibraryStore::OpenMode mode)
{
    d->backup.waitForIdle();
    d->backup.setLibrary(QString());
    d->stack.clear();
    if (!d->store.open(path, mode))
        return false;
    d->backup.setLibrary(d->store.path());
    if (!d->store.isReadOnly()) {
        // What has been in the Trash for TrashDays goes for good; a failure here only delays that.
        if (!d->store.purgeTrash(QDateTime::currentDateTimeUtc().addDays(-TrashDays)))
            qCWarning(lcStore).noquote() << "cannot empty the Trash:" << d->store.errorString();
    }
    return true;
}

bool LibrarySession::loadHistory()
{
    return d->history.load();
}

EditHistory *LibrarySession::history() const
{
    return &d->history;
}

LibraryStore *LibrarySession::store() const
{
    return &d->store;
}

QUndoStack *LibrarySession::undoStack() const
{
    return &d->stack;
}

Annotations *LibrarySession::annotations() const
{
    return d->annotations.get();
}

SegmentationReview *LibrarySession::segmentationReview() const
{
    return d->review.get();
}

SegmentationRules *LibrarySession::segmentationRules() const
{
    return d->rules.get();
}

SpeakerProfiles *LibrarySession::speakerProfiles() const
{
    return d->profiles.get();
}

LibraryCatalogue *LibrarySession::catalogue() const
{
    return d->catalogue.get();
}

ClaimRelations *LibrarySession::claimRelations() const
{
    return d->relations.get();
}

ClaimSuggestions *LibrarySession::claimSuggestions() const
{
    return d->suggestions.get();
}

SpeakerAttributes *LibrarySession::speakerAttributes() const
{
    return d->attributes.get();
}

AutoBackup *LibrarySession::autoBackup() const
{
    return &d->backup;
}

} // namespace Colloquy
