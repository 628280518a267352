#include "session/librarysession.h"

#include "annotate/annotations.h"
#include "catalogue/librarycatalogue.h"
#include "people/personnamematcher.h"
#include "people/speakerprofiles.h"
#include "review/segmentationreview.h"
#include "store/librarystore.h"

#include <QUndoStack>

namespace Colloquy {

// Members in the order they depend on each other: destroyed services first,
// then the stack (its commands hold the store), then the store, then its matcher.
struct LibrarySession::Private
{
    PersonNameMatcher matcher;
    LibraryStore store {&matcher};
    QUndoStack stack;
    std::unique_ptr<Annotations> annotations;
    std::unique_ptr<SegmentationReview> review;
    std::unique_ptr<SpeakerProfiles> profiles;
    std::unique_ptr<LibraryCatalogue> catalogue;
};

LibrarySession::LibrarySession(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->annotations.reset(new Annotations(d->store, d->stack, nullptr));
    d->review.reset(new SegmentationReview(d->store, d->stack, nullptr));
    d->profiles.reset(new SpeakerProfiles(d->store, d->stack, nullptr));
    d->catalogue.reset(new LibraryCatalogue(d->store, d->stack, nullptr));
}

LibrarySession::~LibrarySession() = default;

bool LibrarySession::open(const QString &path)
{
    d->stack.clear();
    return d->store.open(path);
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

SpeakerProfiles *LibrarySession::speakerProfiles() const
{
    return d->profiles.get();
}

LibraryCatalogue *LibrarySession::catalogue() const
{
    return d->catalogue.get();
}

} // namespace Colloquy
