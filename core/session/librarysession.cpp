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
    std::unique_ptr<SegmentationRules> rules;
    std::unique_ptr<SpeakerProfiles> profiles;
    std::unique_ptr<LibraryCatalogue> catalogue;
    std::unique_ptr<ClaimRelations> relations;
    std::unique_ptr<ClaimSuggestions> suggestions;
    std::unique_ptr<SpeakerAttributes> attributes;
};

LibrarySession::LibrarySession(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->annotations.reset(new Annotations(d->store, d->stack, nullptr));
    d->review.reset(new SegmentationReview(d->store, d->stack, nullptr));
    d->rules.reset(new SegmentationRules(d->store, d->stack, nullptr));
    d->profiles.reset(new SpeakerProfiles(d->store, d->stack, nullptr));
    d->catalogue.reset(new LibraryCatalogue(d->store, d->stack, nullptr));
    d->relations.reset(new ClaimRelations(d->store, d->stack, nullptr));
    d->suggestions.reset(new ClaimSuggestions(d->store, d->stack, *d->annotations, nullptr));
    d->attributes.reset(new SpeakerAttributes(d->store, d->stack, nullptr));
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

} // namespace Colloquy
