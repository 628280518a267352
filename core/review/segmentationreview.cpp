#include "review/segmentationreview.h"

#include "anchor/anchorer.h"
#include "logging.h"
#include "people/personname.h"
#include "store/editservice_p.h"

#include <QUndoStack>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// A run of an old segment's text that the edit moved, unchanged, into a new segment.
struct Piece
{
    qsizetype oldSegment = 0;
    qsizetype oldStart = 0;
    qsizetype length = 0;
    qsizetype newSegment = 0;
    qsizetype newStart = 0;
};

/// Each segment of `segments` as itself, shifted by `shift` ordinals from `from` on.
QList<Piece> identityPieces(const QList<Segment> &segments, qsizetype from = 0, qsizetype shift = 0)
{
    QList<Piece> pieces;
    for (qsizetype i = from; i < segments.size(); ++i)
        pieces.append({i, 0, segments.at(i).text().size(), i + shift, 0});
    return pieces;
}

/// The spaces between `end` and `start` where `source` has them run on in one
/// line (`end` + spaces + `start`); a null string when it has no such place.
QString inlineGap(const QString &source, const QString &end, const QString &start)
{
    for (qsizetype at = source.indexOf(end); at >= 0; at = source.indexOf(end, at + 1)) {
        qsizetype next = at + end.size();
        while (next < source.size() && source.at(next).isSpace() && source.at(next) != u'\n')
            ++next;
        if (next > at + end.size() && QStringView(source).mid(next).startsWith(start))
            return source.mid(at + end.size(), next - at - end.size());
    }
    return QString();
}

} // namespace

struct SegmentationReview::Private : EditService
{
    /// The stored article with `segment` checked to be one of its ordinals (-1: no check).
    std::optional<Article> article(qint64 articleId, qsizetype segment = -1)
    {
        error.clear();
        Result<Article> result =
            store.article(articleId).orFailure(u"there is no article %1"_s.arg(articleId));
        if (result.failed()) {
            fail(result.error());
            return std::nullopt;
        }
        if (segment != -1 && (segment < 0 || segment >= result->segments.size())) {
            fail(u"article %1 has no segment %2 (it has %3)"_s.arg(articleId).arg(segment).arg(
                result->segments.size()));
            return std::nullopt;
        }
        return *std::move(result);
    }

    std::optional<Speaker> speakerNamed(const Article &article, const QString &name)
    {
        const QList<Speaker> speakers = article.speakers();
        for (const Speaker &speaker : speakers) {
            if (speaker.name == name)
                return speaker;
        }
        fail(u"article %1 has no speaker %2"_s.arg(article.id).arg(name));
        return std::nullopt;
    }

    /// Stores `after` (the corrected `before`) with the highlights carried over
    /// through `pieces`, and pushes the undo step.
    bool commitSegmentation(const QString &text, Article before, Article after, const QList<Piece> &pieces,
        const QList<SpeakerRename> &renames = {}, const QList<SpeakerRename> &undoRenames = {});
    /// Gives speaker `from`'s turns to `name` (joining a speaker of that name), one undo step `undoText`.
    bool rename(Article before, const QString &from, const QString &name, const QString &undoText);
};

bool SegmentationReview::Private::commitSegmentation(const QString &text, Article before, Article after,
    const QList<Piece> &pieces, const QList<SpeakerRename> &renames, const QList<SpeakerRename> &undoRenames)
{
    const Result<QList<Highlight>> read = store.highlights(before.id);
    if (read.failed())
        return fail(read.error());
    const QList<Highlight> &oldHighlights = *read;

    QStringList texts;
    texts.reserve(after.segments.size());
    for (const Segment &segment : std::as_const(after.segments))
        texts.append(segment.text());

    QList<Highlight> newHighlights;
    newHighlights.reserve(oldHighlights.size());
    const Anchorer anchorer;
    for (const Highlight &old : oldHighlights) {
        Highlight h = old;
        if (old.state == AnchorState::Orphaned) {
            newHighlights.append(h); // its selectors wait for a text that has the quote again
            continue;
        }
        const TextPositionSelector position = old.anchor.position;
        bool carried = false;
        for (const Piece &piece : pieces) {
            if (piece.oldSegment != old.anchor.segment || position.start < piece.oldStart ||
                position.end > piece.oldStart + piece.length)
                continue;
            const qsizetype start = piece.newStart + position.start - piece.oldStart;
            h.anchor = Anchorer::describe(
                texts.at(piece.newSegment), piece.newSegment, start, start + position.end - position.start);
            carried = true;
            break;
        }
        if (!carried) {
            // Cut by a split (or beyond the text): the anchoring looks for it like a re-import would.
            const AnchorResult found = anchorer.anchor(old.anchor, texts);
            h.state = found.state;
            if (found.state != AnchorState::Orphaned)
                h.anchor = Anchorer::describe(
                    texts.at(found.segment), found.segment, found.position.start, found.position.end);
        }
        newHighlights.append(h);
    }

    // The cast is the speakers the segmentation has: an edit that renames, merges or adds one shows there.
    if (!after.scheme.name.isEmpty()) {
        after.scheme.cast.clear();
        const QList<Speaker> speakers = after.speakers();
        for (const Speaker &speaker : speakers)
            after.scheme.cast.append(speaker.name);
    }
    return commit(text, ArticleChange {std::move(after), std::move(newHighlights), renames},
        ArticleChange {std::move(before), oldHighlights, undoRenames});
}

SegmentationReview::SegmentationReview(EditHistory &history, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {{history}}))
{ }

SegmentationReview::~SegmentationReview() = default;

QUndoStack *SegmentationReview::undoStack() const
{
    return d->history.undoStack();
}

QString SegmentationReview::errorString() const
{
    return d->error;
}

bool SegmentationReview::splitSegment(
    qint64 articleId, qsizetype segment, qsizetype position, bool keepSpeaker)
{
    std::optional<Article> before = d->article(articleId, segment);
    if (!before)
        return false;
    const Segment &old = before->segments.at(segment);
    const QString text = old.text();
    if (position <= 0 || position >= text.size())
        return d->fail(
            u"position %1 is not inside segment %2 (0–%3)"_s.arg(position).arg(segment).arg(text.size()));
    qsizetype firstEnd = position;
    while (firstEnd > 0 && text.at(firstEnd - 1).isSpace())
        --firstEnd;
    qsizetype secondStart = position;
    while (secondStart < text.size() && text.at(secondStart).isSpace())
        ++secondStart;
    if (firstEnd == 0 || secondStart == text.size())
        return d->fail(u"a split must leave text on both sides"_s);

    Article after = *before;
    Segment first = old;
    first.paragraphs = text.left(firstEnd).split(u'\n');
    Segment second;
    second.paragraphs = text.mid(secondStart).split(u'\n');
    if (keepSpeaker) {
        second.kind = old.kind;
        second.speaker = old.speaker;
    }
    after.segments[segment] = first;
    after.segments.insert(segment + 1, second);

    QList<Piece> pieces = identityPieces(before->segments);
    pieces.resize(segment);
    pieces.append({segment, 0, firstEnd, segment, 0});
    pieces.append({segment, secondStart, text.size() - secondStart, segment + 1, 0});
    pieces.append(identityPieces(before->segments, segment + 1, 1));
    return d->commitSegmentation(tr("Split segment"), std::move(*before), std::move(after), pieces);
}

bool SegmentationReview::mergeWithPrevious(qint64 articleId, qsizetype segment)
{
    std::optional<Article> before = d->article(articleId, segment);
    if (!before)
        return false;
    if (segment == 0)
        return d->fail(u"the first segment has none before it to join"_s);

    Article after = *before;
    QStringList &joined = after.segments[segment - 1].paragraphs;
    const QStringList &next = before->segments.at(segment).paragraphs;
    const qsizetype previousLength = before->segments.at(segment - 1).text().size();
    // The label printed before the joined turn (`Recommendation:`) stays in the text, as a paragraph
    // of its own: no character of the article is dropped.
    const QString label = before->segments.at(segment).label.trimmed();
    // Where the source ran the two on in one paragraph (a split inside it), they
    // join as one again with the source's spaces; else as two paragraphs.
    const QString gap = joined.isEmpty() || next.isEmpty() || !label.isEmpty()
        ? QString()
        : inlineGap(before->normalizedText, joined.constLast(), next.constFirst());
    if (!gap.isNull()) {
        joined.last() += gap + next.constFirst();
        joined.append(next.mid(1));
    } else {
        if (!label.isEmpty())
            joined.append(label);
        joined.append(next);
    }
    after.segments.removeAt(segment);

    QList<Piece> pieces = identityPieces(before->segments);
    pieces.resize(segment);
    // `\n` between paragraphs, and the label's paragraph when there is one.
    const qsizetype separator = !gap.isNull() ? gap.size() : label.isEmpty() ? 1 : label.size() + 2;
    pieces.append(
        {segment, 0, before->segments.at(segment).text().size(), segment - 1, previousLength + separator});
    pieces.append(identityPieces(before->segments, segment + 1, -1));
    return d->commitSegmentation(tr("Merge segments"), std::move(*before), std::move(after), pieces);
}

bool SegmentationReview::assignSpeaker(qint64 articleId, qsizetype segment, const QString &name)
{
    std::optional<Article> before = d->article(articleId, segment);
    if (!before)
        return false;
    const std::optional<Speaker> speaker = d->speakerNamed(*before, name);
    if (!speaker)
        return false;
    const Segment &old = before->segments.at(segment);
    if (old.kind == SegmentKind::Speaker && old.speaker && old.speaker->name == name)
        return true;

    Article after = *before;
    Segment &edited = after.segments[segment];
    edited.kind = SegmentKind::Speaker;
    edited.speaker = speaker;
    edited.detection = {};
    const QList<Piece> pieces = identityPieces(before->segments);
    return d->commitSegmentation(tr("Assign to %1").arg(name), std::move(*before), std::move(after), pieces);
}

bool SegmentationReview::assignNewSpeaker(
    qint64 articleId, qsizetype segment, const QString &name, const QString &bio)
{
    std::optional<Article> before = d->article(articleId, segment);
    if (!before)
        return false;
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return d->fail(u"a speaker needs a name"_s);
    const QList<Speaker> speakers = before->speakers();
    for (const Speaker &speaker : speakers) {
        if (speaker.name == trimmed)
            return d->fail(u"article %1 already has a speaker %2"_s.arg(articleId).arg(trimmed));
    }

    Article after = *before;
    Segment &edited = after.segments[segment];
    edited.kind = SegmentKind::Speaker;
    const QString bioText = bio.trimmed();
    edited.speaker = Speaker {trimmed, bioText.isEmpty() ? QString() : bioText};
    edited.detection = {};
    const QList<Piece> pieces = identityPieces(before->segments);
    return d->commitSegmentation(
        tr("Assign to new speaker %1").arg(trimmed), std::move(*before), std::move(after), pieces);
}

bool SegmentationReview::renameSpeaker(qint64 articleId, const QString &from, const QString &to)
{
    std::optional<Article> before = d->article(articleId);
    if (!before)
        return false;
    const QString name = to.simplified();
    if (!d->speakerNamed(*before, from))
        return false;
    if (name.isEmpty())
        return d->fail(u"a speaker needs a name"_s);
    return d->rename(std::move(*before), from, name, tr("Rename %1 to %2").arg(from, name));
}

bool SegmentationReview::mergeSpeakers(qint64 articleId, const QString &from, const QString &into)
{
    std::optional<Article> before = d->article(articleId);
    if (!before)
        return false;
    if (!d->speakerNamed(*before, from) || !d->speakerNamed(*before, into))
        return false;
    if (from == into)
        return d->fail(u"%1 cannot be merged into themselves"_s.arg(from));
    return d->rename(std::move(*before), from, into, tr("Merge %1 into %2").arg(from, into));
}

bool SegmentationReview::Private::rename(
    Article before, const QString &from, const QString &name, const QString &undoText)
{
    const qint64 articleId = before.id;
    const std::optional<Speaker> old = speakerNamed(before, from);
    if (!old)
        return false;
    if (name == from)
        return true;

    std::optional<Speaker> joined;
    const QList<Speaker> speakers = before.speakers();
    for (const Speaker &speaker : speakers) {
        if (speaker.name == name)
            joined = speaker;
    }
    const Speaker renamed {name, joined && !joined->bio.isNull() ? joined->bio : old->bio};

    Article after = before;
    for (Segment &segment : after.segments) {
        if (segment.speaker && (segment.speaker->name == from || segment.speaker->name == name))
            segment.speaker = renamed;
    }

    // The profile stays when the new name is the same person's (a fuller or
    // corrected variant) or nobody else's; another person's name is linked anew.
    // Undo gives the old name its profile back, whatever the rename did.
    qint64 oldPerson = 0;
    qint64 person = 0;
    const QList<PersonProfile> people = store.people().valueOr({});
    for (const PersonProfile &profile : people) {
        const bool isOld = std::any_of(profile.appearances.cbegin(), profile.appearances.cend(),
            [&](const PersonProfile::Appearance &a) { return a.articleId == articleId && a.name == from; });
        if (!isOld)
            continue;
        oldPerson = profile.id;
        bool keep = profile.articleIds() == QList<qint64> {articleId};
        if (!keep) {
            QList<PersonName> variants;
            const QStringList names = profile.variants();
            for (const QString &variant : names) {
                if (auto parsed = PersonName::parse(variant))
                    variants.append(*parsed);
            }
            const std::optional<PersonName> parsed = PersonName::parse(name);
            keep = parsed && PersonName::matchesProfile(*parsed, variants);
        }
        person = keep ? profile.id : 0;
        break;
    }
    const QList<SpeakerRename> renames {{from, name, joined ? 0 : person, !joined}};
    const QList<SpeakerRename> undoRenames {{name, from, oldPerson, !joined}};
    const QList<Piece> pieces = identityPieces(before.segments);
    return commitSegmentation(undoText, std::move(before), std::move(after), pieces, renames, undoRenames);
}

bool SegmentationReview::setSpeakerBio(qint64 articleId, const QString &name, const QString &bio)
{
    std::optional<Article> before = d->article(articleId);
    if (!before)
        return false;
    const std::optional<Speaker> old = d->speakerNamed(*before, name);
    if (!old)
        return false;
    const QString trimmed = bio.trimmed();
    const QString newBio = trimmed.isEmpty() ? QString() : trimmed;
    if (newBio == old->bio && newBio.isNull() == old->bio.isNull())
        return true;

    Article after = *before;
    for (Segment &segment : after.segments) {
        if (segment.speaker && segment.speaker->name == name)
            segment.speaker->bio = newBio;
    }
    const QList<Piece> pieces = identityPieces(before->segments);
    return d->commitSegmentation(
        tr("Edit the bio of %1").arg(name), std::move(*before), std::move(after), pieces);
}

bool SegmentationReview::setSegmentKind(qint64 articleId, qsizetype segment, SegmentKind kind)
{
    std::optional<Article> before = d->article(articleId, segment);
    if (!before)
        return false;
    const Segment &old = before->segments.at(segment);
    if (old.kind == kind)
        return true;
    if (kind == SegmentKind::Speaker && !old.speaker)
        return d->fail(u"segment %1 has no speaker: assign one to make it speech"_s.arg(segment));

    Article after = *before;
    Segment &edited = after.segments[segment];
    edited.kind = kind;
    if (kind != SegmentKind::Speaker)
        edited.speaker.reset();
    edited.detection = {};
    const QList<Piece> pieces = identityPieces(before->segments);
    return d->commitSegmentation(
        tr("Mark as %1").arg(segmentKindName(kind)), std::move(*before), std::move(after), pieces);
}

} // namespace Colloquy
