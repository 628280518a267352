#pragma once

#include "segment/segmenter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// Compares a segmentation with an expectation file of the shape used by
// ../shared/corpus/*.expected.json: per segment its kind, speaker (or label for
// non-speech), bio, first words and paragraph count; optionally the title and
// phrases that must appear in the text. Returns one line per difference, so a
// failing test says everything that is wrong at once.
namespace ExpectedSegmentation {

inline QJsonObject load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString();
    return document.object();
}

inline QString describe(const QJsonValue &value)
{
    return value.isNull() ? QStringLiteral("null")
                          : QLatin1Char('"') + value.toVariant().toString() + QLatin1Char('"');
}

inline QStringList compare(const QJsonObject &expected, const Colloquy::Segmentation &actual)
{
    using namespace Qt::Literals::StringLiterals;
    QStringList differences;
    if (expected.contains(u"title"_s)) {
        const QJsonValue title = expected.value(u"title"_s);
        const QJsonValue actualTitle =
            actual.title.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(actual.title);
        if (title != actualTitle)
            differences << u"title: expected %1, got %2"_s.arg(describe(title), describe(actualTitle));
    }

    const QJsonArray segments = expected.value(u"segments"_s).toArray();
    if (segments.size() != actual.segments.size())
        differences
            << u"segment count: expected %1, got %2"_s.arg(segments.size()).arg(actual.segments.size());

    for (qsizetype i = 0; i < std::min<qsizetype>(segments.size(), actual.segments.size()); ++i) {
        const QJsonObject want = segments.at(i).toObject();
        const Colloquy::Segment &got = actual.segments.at(i);
        const QString where = u"segment %1: "_s.arg(i);

        const QString kind = Colloquy::segmentKindName(got.kind);
        if (want.value(u"kind"_s).toString() != kind)
            differences << where + u"kind: expected %1, got %2"_s.arg(want.value(u"kind"_s).toString(), kind);

        // The expectation's "speaker" is the speaker's name for speech and the printed label otherwise.
        const QJsonValue wantSpeaker = want.value(u"speaker"_s);
        const QString gotSpeaker = got.speaker ? got.speaker->name : got.label;
        const QJsonValue gotSpeakerValue =
            gotSpeaker.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(gotSpeaker);
        if (wantSpeaker != gotSpeakerValue)
            differences << where +
                    u"speaker: expected %1, got %2"_s.arg(describe(wantSpeaker), describe(gotSpeakerValue));

        const QJsonValue wantBio = want.value(u"bio"_s);
        const QString gotBio = got.speaker ? got.speaker->bio : QString();
        const QJsonValue gotBioValue = gotBio.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(gotBio);
        if (wantBio != gotBioValue)
            differences << where +
                    u"bio: expected %1, got %2"_s.arg(describe(wantBio), describe(gotBioValue));

        const QString firstWords = want.value(u"first_words"_s).toString();
        const QString firstParagraph = got.paragraphs.value(0);
        if (!firstParagraph.startsWith(firstWords))
            differences << where +
                    u"first words: expected \"%1\", got \"%2\""_s.arg(firstWords, firstParagraph.left(60));

        const int paragraphs = want.value(u"paragraphs"_s).toInt();
        if (paragraphs != got.paragraphs.size())
            differences << where +
                    u"paragraphs: expected %1, got %2"_s.arg(paragraphs).arg(got.paragraphs.size());
    }

    // Optional: the labels printed before the speaker turns, in order (`Q`, `GT`, `Gros`).
    if (expected.contains(u"labels"_s)) {
        QStringList labels;
        for (const auto &segment : actual.segments) {
            if (segment.kind == Colloquy::SegmentKind::Speaker)
                labels << segment.label;
        }
        QStringList wanted;
        for (const QJsonValue &label : expected.value(u"labels"_s).toArray())
            wanted << label.toString();
        if (labels != wanted)
            differences << u"labels: expected [%1], got [%2]"_s.arg(
                wanted.join(u", "_s), labels.join(u", "_s));
    }

    QString allText;
    for (const auto &segment : actual.segments)
        allText += segment.paragraphs.join(u'\n') + u'\n';
    for (const QJsonValue &phrase : expected.value(u"contains"_s).toArray()) {
        if (!allText.contains(phrase.toString()))
            differences << u"text lacks \"%1\""_s.arg(phrase.toString());
    }
    return differences;
}

} // namespace ExpectedSegmentation
