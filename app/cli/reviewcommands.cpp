// colloquy-cli's review command: the segmentation with its detection, and
// corrections over Colloquy::SegmentationReview. Segments are numbered from 1, as `show` prints them.

#include "commands.h"

#include "clitext_p.h"
#include "commandspec.h"
#include "review/segmentationreview.h"
#include "store/librarystore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

bool isLowConfidence(const Segment &segment)
{
    return !segment.detection.rule.isEmpty() &&
        segment.detection.confidence < SegmentationReview::lowConfidence;
}

} // namespace

int Commands::review(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(
            u"review: takes an article id, or an action (%1)"_s.arg(m_command->actionNames(u", "_s)));
    const QString first = args.constFirst();
    if (first.isEmpty() || !first.front().isDigit())
        return usageError(
            u"review: unknown action '%1' (%2)"_s.arg(first, m_command->actionNames(u" or "_s)));
    if (args.size() != 1)
        return usageError(u"review: takes one article id"_s);
    const qint64 id = parseId(u"an article id"_s, first);
    return id ? reviewList(id) : UsageError;
}

int Commands::reviewTarget(const QStringList &args, qsizetype count, bool withSegment, ReviewTarget *target)
{
    if (const int refused = start(args, args.size() == count, u"takes "_s + m_command->synopsis,
            u"an article id"_s, &target->article))
        return refused;
    if (withSegment) {
        target->segment = parseSegment(args.at(1));
        if (target->segment < 0)
            return UsageError;
    }
    return Success;
}

int Commands::reviewDone(qint64 article, bool done)
{
    return done ? reviewList(article) : fail(m_review->errorString());
}

int Commands::reviewSplit(const QStringList &args)
{
    ReviewTarget target;
    if (const int refused = reviewTarget(args, 3, true, &target))
        return refused;
    bool ok = false;
    const qsizetype position = args.at(2).toLongLong(&ok);
    if (!ok)
        return usageError(u"%1: '%2' is not a character position"_s.arg(m_command->name, args.at(2)));
    return reviewDone(target.article,
        m_review->splitSegment(target.article, target.segment, position, !m_options.isSet(u"narration"_s)));
}

int Commands::reviewMerge(const QStringList &args)
{
    ReviewTarget target;
    if (const int refused = reviewTarget(args, 2, true, &target))
        return refused;
    return reviewDone(target.article, m_review->mergeWithPrevious(target.article, target.segment));
}

int Commands::reviewAssign(const QStringList &args)
{
    ReviewTarget target;
    if (const int refused = reviewTarget(args, 3, true, &target))
        return refused;
    const std::optional<Article> article = storedArticle(target.article);
    if (!article)
        return Failure;
    const QString name = args.at(2);
    const QList<Speaker> speakers = article->speakers();
    const bool known = std::any_of(
        speakers.cbegin(), speakers.cend(), [&](const Speaker &speaker) { return speaker.name == name; });
    if (known && m_options.isSet(u"bio"_s))
        return usageError(
            u"%1: %2 already has a bio; change it with 'review bio'"_s.arg(m_command->name, name));
    return reviewDone(target.article,
        known ? m_review->assignSpeaker(target.article, target.segment, name)
              : m_review->assignNewSpeaker(target.article, target.segment, name, m_options.value(u"bio"_s)));
}

int Commands::reviewRename(const QStringList &args)
{
    ReviewTarget target;
    if (const int refused = reviewTarget(args, 3, false, &target))
        return refused;
    return reviewDone(target.article, m_review->renameSpeaker(target.article, args.at(1), args.at(2)));
}

int Commands::reviewBio(const QStringList &args)
{
    ReviewTarget target;
    if (const int refused = reviewTarget(args, 3, false, &target))
        return refused;
    return reviewDone(target.article, m_review->setSpeakerBio(target.article, args.at(1), args.at(2)));
}

int Commands::reviewKind(const QStringList &args)
{
    ReviewTarget target;
    if (const int refused = reviewTarget(args, 3, true, &target))
        return refused;
    const std::optional<SegmentKind> kind = segmentKindFromName(args.at(2));
    if (!kind)
        return usageError(u"%1: unknown kind '%2' (caption, metadata, editor_note, speaker, narration)"_s.arg(
            m_command->name, args.at(2)));
    return reviewDone(target.article, m_review->setSegmentKind(target.article, target.segment, *kind));
}

int Commands::reviewList(qint64 id)
{
    if (!openLibrary())
        return Failure;
    const Result<Article> article = m_library->article(id).orFailure(u"there is no article %1"_s.arg(id));
    if (failed(article))
        return Failure;

    if (m_options.json) {
        QJsonArray segments;
        for (qsizetype i = 0; i < article->segments.size(); ++i) {
            const Segment &s = article->segments.at(i);
            QJsonObject object {{u"number"_s, i + 1}, {u"kind"_s, segmentKindName(s.kind)},
                {u"label"_s, nullable(s.label)}, {u"text"_s, s.text()}};
            object.insert(
                u"speaker"_s, s.speaker ? QJsonValue(s.speaker->name) : QJsonValue(QJsonValue::Null));
            object.insert(u"bio"_s, s.speaker ? nullable(s.speaker->bio) : QJsonValue(QJsonValue::Null));
            object.insert(u"detection"_s,
                s.detection.rule.isEmpty() ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(QJsonObject {{u"rule"_s, s.detection.rule},
                                                 {u"confidence"_s, s.detection.confidence}}));
            object.insert(u"low_confidence"_s, isLowConfidence(s));
            segments.append(object);
        }
        writeJson(QJsonObject {{u"id"_s, id}, {u"segments"_s, segments}});
        return Success;
    }

    int low = 0;
    for (qsizetype i = 0; i < article->segments.size(); ++i) {
        const Segment &s = article->segments.at(i);
        const QString detection = s.detection.rule.isEmpty()
            ? u"by hand"_s
            : u"%1 %2"_s.arg(s.detection.rule).arg(s.detection.confidence, 0, 'f', 2);
        low += isLowConfidence(s) ? 1 : 0;
        m_out << (isLowConfidence(s) ? "! " : "  ") << '[' << (i + 1) << "] " << segmentKindName(s.kind);
        if (s.speaker) {
            m_out << ": " << s.speaker->name;
            if (!s.speaker->bio.isEmpty())
                m_out << ", " << s.speaker->bio;
        }
        m_out << "  (" << detection << ", " << s.text().size() << " chars)\n";
        const QString first = s.paragraphs.value(0);
        m_out << "      " << (first.size() > 72 ? first.left(71) + u'…' : first) << '\n';
    }
    m_out << article->segments.size() << " segments, " << low << " with low confidence (marked !)"
          << Qt::endl;
    return Success;
}

} // namespace Colloquy::Cli
