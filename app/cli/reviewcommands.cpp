// colloquy-cli's review command: the segmentation with its detection, and
// corrections over Colloquy::SegmentationReview. Segments are numbered from 1, as `show` prints them.

#include "commands.h"

#include "review/segmentationreview.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool isLowConfidence(const Segment &segment)
{
    return !segment.detection.rule.isEmpty() &&
        segment.detection.confidence < SegmentationReview::lowConfidence;
}

} // namespace

SegmentationReview *Commands::reviewer()
{
    return library() ? m_session->segmentationReview() : nullptr;
}

qsizetype Commands::parseSegment(const QString &command, const QString &text)
{
    bool ok = false;
    const qsizetype number = text.toLongLong(&ok);
    if (!ok || number < 1) {
        usageError(u"%1: '%2' is not a segment number (1, 2, …)"_s.arg(command, text));
        return -1;
    }
    return number - 1;
}

int Commands::review(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(
            u"review: takes an article id, or an action (split, merge, assign, rename, bio, kind)"_s);
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub.front().isDigit()) {
        if (args.size() != 1)
            return usageError(u"review: takes one article id"_s);
        const qint64 id = parseId(u"review"_s, u"an article id"_s, sub);
        return id ? reviewList(id) : UsageError;
    }
    struct Action
    {
        QString name;
        qsizetype minArgs = 0;
        qsizetype maxArgs = 0;
        QString usage;
    };
    const QList<Action> actions = {
        {u"split"_s, 3, 3, u"ID SEGMENT POSITION [--narration]"_s},
        {u"merge"_s, 2, 2, u"ID SEGMENT"_s},
        {u"assign"_s, 3, 3, u"ID SEGMENT NAME [--bio BIO]"_s},
        {u"rename"_s, 3, 3, u"ID OLD NEW"_s},
        {u"bio"_s, 3, 3, u"ID NAME BIO"_s},
        {u"kind"_s, 3, 3, u"ID SEGMENT KIND"_s},
    };
    const auto action =
        std::find_if(actions.cbegin(), actions.cend(), [&](const Action &a) { return a.name == sub; });
    if (action == actions.cend())
        return usageError(
            u"review: unknown action '%1' (split, merge, assign, rename, bio or kind)"_s.arg(sub));
    const QString command = u"review "_s + sub;
    if (rest.size() < action->minArgs || rest.size() > action->maxArgs)
        return usageError(u"%1: takes %2"_s.arg(command, action->usage));
    if ((m_options.isSet(u"narration"_s) && sub != u"split"_s) ||
        (m_options.isSet(u"bio"_s) && sub != u"assign"_s))
        return usageError(u"%1: takes %2"_s.arg(command, action->usage));
    const qint64 id = parseId(command, u"an article id"_s, rest.at(0));
    if (!id)
        return UsageError;
    SegmentationReview *editor = reviewer();
    if (!editor)
        return Failure;

    bool done = false;
    if (sub == u"rename"_s) {
        done = editor->renameSpeaker(id, rest.at(1), rest.at(2));
    } else if (sub == u"bio"_s) {
        done = editor->setSpeakerBio(id, rest.at(1), rest.at(2));
    } else {
        const qsizetype segment = parseSegment(command, rest.at(1));
        if (segment < 0)
            return UsageError;
        if (sub == u"split"_s) {
            bool ok = false;
            const qsizetype position = rest.at(2).toLongLong(&ok);
            if (!ok)
                return usageError(u"%1: '%2' is not a character position"_s.arg(command, rest.at(2)));
            done = editor->splitSegment(id, segment, position, !m_options.isSet(u"narration"_s));
        } else if (sub == u"merge"_s) {
            done = editor->mergeWithPrevious(id, segment);
        } else if (sub == u"assign"_s) {
            const std::optional<Article> article = m_library->article(id).valueOr({});
            if (!article)
                return fail(m_library->errorString());
            bool known = false;
            for (const Speaker &speaker : article->speakers())
                known = known || speaker.name == rest.at(2);
            if (known && m_options.isSet(u"bio"_s))
                return usageError(
                    u"%1: %2 already has a bio; change it with 'review bio'"_s.arg(command, rest.at(2)));
            done = known ? editor->assignSpeaker(id, segment, rest.at(2))
                         : editor->assignNewSpeaker(id, segment, rest.at(2), m_options.value(u"bio"_s));
        } else {
            const std::optional<SegmentKind> kind = segmentKindFromName(rest.at(2));
            if (!kind)
                return usageError(
                    u"%1: unknown kind '%2' (caption, metadata, editor_note, speaker, narration)"_s.arg(
                        command, rest.at(2)));
            done = editor->setSegmentKind(id, segment, *kind);
        }
    }
    if (!done)
        return fail(editor->errorString());
    return reviewList(id);
}

int Commands::reviewList(qint64 id)
{
    LibraryStore *store = library();
    if (!store)
        return Failure;
    const Result<Article> article = store->article(id).orFailure(u"there is no article %1"_s.arg(id));
    if (article.failed())
        return fail(article.error());

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
        writeJson(QJsonDocument(QJsonObject {{u"id"_s, id}, {u"segments"_s, segments}}));
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
