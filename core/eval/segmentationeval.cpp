#include "eval/segmentationeval.h"

#include "import/articlereader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

// Enough letters to tell two openings apart, few enough to survive a wrong glue point later on.
constexpr qsizetype KeyLength = 48;

double ratio(int part, int whole)
{
    return whole == 0 ? 1.0 : double(part) / double(whole);
}

/// The article reduced to case-folded letters and digits, each mapped back to its line.
class LineLocator
{
public:
    explicit LineLocator(const QString &text)
    {
        int line = 0;
        for (const QChar c : text) {
            if (c == u'\n')
                ++line;
            else if (c.isLetterOrNumber()) {
                m_skeleton.append(c.toCaseFolded());
                m_lines.append(line);
            }
        }
    }

    static QString skeletonOf(const QString &text)
    {
        QString skeleton;
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                skeleton.append(c.toCaseFolded());
        }
        return skeleton;
    }

    /// The line where `paragraph` starts, searching on from the previous find; -1 when absent.
    int locate(const QString &paragraph)
    {
        const QString key = skeletonOf(paragraph).left(KeyLength);
        if (key.isEmpty())
            return -1;
        qsizetype at = m_skeleton.indexOf(key, m_cursor);
        if (at < 0)
            at = m_skeleton.indexOf(key);
        if (at < 0)
            return -1;
        m_cursor = at + 1;
        return m_lines.at(at);
    }

private:
    QString m_skeleton;
    QList<int> m_lines;
    qsizetype m_cursor = 0;
};

struct Boundary
{
    int line = -1;
    const Segment *segment = nullptr;
};

QList<Boundary> boundariesOf(const QString &text, const Segmentation &segmentation)
{
    LineLocator locator(text);
    QList<Boundary> boundaries;
    for (const Segment &segment : segmentation.segments)
        boundaries.append({locator.locate(segment.paragraphs.value(0)), &segment});
    return boundaries;
}

QString describe(const Boundary &boundary)
{
    QString who = segmentKindName(boundary.segment->kind);
    if (boundary.segment->speaker)
        who += u" \u201c"_s + boundary.segment->speaker->name + u"\u201d"_s;
    return u"line %1 %2 (%3)"_s.arg(boundary.line + 1)
        .arg(who, boundary.segment->paragraphs.value(0).left(40));
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? u"none"_s : u"\u201c"_s + text + u"\u201d"_s;
}

} // namespace

void ScoreTotals::add(const ArticleScore &score)
{
    ++files;
    if (!score.passed())
        ++failingFiles;
    expectedBoundaries += score.expectedBoundaries;
    detectedBoundaries += score.detectedBoundaries;
    matchedBoundaries += score.matchedBoundaries;
    expectedSpeakerTurns += score.expectedSpeakerTurns;
    scoredNames += score.scoredNames;
    correctNames += score.correctNames;
    scoredBios += score.scoredBios;
    correctBios += score.correctBios;
    expectedCaptions += score.expectedCaptions;
    correctCaptions += score.correctCaptions;
}

double ScoreTotals::precision() const
{
    return ratio(matchedBoundaries, detectedBoundaries);
}

double ScoreTotals::recall() const
{
    return ratio(matchedBoundaries, expectedBoundaries);
}

double ScoreTotals::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

double ScoreTotals::nameAccuracy() const
{
    return ratio(correctNames, scoredNames);
}

double ScoreTotals::bioAccuracy() const
{
    return ratio(correctBios, scoredBios);
}

ScoreTotals EvaluationReport::overall() const
{
    ScoreTotals totals;
    for (const ArticleScore &article : articles)
        totals.add(article);
    return totals;
}

QMap<QString, ScoreTotals> EvaluationReport::byShape() const
{
    QMap<QString, ScoreTotals> shapes;
    for (const ArticleScore &article : articles)
        shapes[article.shape].add(article);
    return shapes;
}

namespace {

QString stringOrNull(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// segcheck.py's reference format: a `first_words` per segment instead of the paragraphs.
std::optional<SegmentationExpectation> parseReference(const QJsonObject &json, QString *error)
{
    SegmentationExpectation expected;
    expected.reference = true;
    expected.shape = json.value(u"shape"_s).toString();
    if (expected.shape.isEmpty())
        expected.shape = u"reference"_s;
    if (json.contains(u"title"_s)) {
        expected.checksTitle = true;
        expected.segmentation.title = stringOrNull(json.value(u"title"_s));
    }
    const QJsonArray segments = json.value(u"segments"_s).toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject object = segments.at(i).toObject();
        ReferenceSegment segment;
        const auto kind = segmentKindFromName(object.value(u"kind"_s).toString());
        if (!kind) {
            *error = u"segment %1: unknown kind \"%2\""_s.arg(i).arg(object.value(u"kind"_s).toString());
            return std::nullopt;
        }
        segment.kind = *kind;
        segment.speaker = stringOrNull(object.value(u"speaker"_s));
        for (const QJsonValue &alias : object.value(u"aliases"_s).toArray())
            segment.aliases.append(alias.toString());
        segment.bio = stringOrNull(object.value(u"bio"_s));
        segment.firstWords = object.value(u"first_words"_s).toString();
        segment.text = stringOrNull(object.value(u"text"_s));
        expected.referenceSegments.append(segment);
    }
    if (expected.referenceSegments.isEmpty()) {
        *error = u"no segments"_s;
        return std::nullopt;
    }
    return expected;
}

} // namespace

std::optional<SegmentationExpectation> SegmentationEval::parseExpected(
    const QJsonObject &json, QString *error)
{
    const QJsonArray candidates = json.value(u"segments"_s).toArray();
    if (std::any_of(candidates.cbegin(), candidates.cend(),
            [](const QJsonValue &segment) { return segment.toObject().contains(u"first_words"_s); }))
        return parseReference(json, error);

    SegmentationExpectation expected;
    expected.shape = json.value(u"shape"_s).toString();
    if (expected.shape.isEmpty()) {
        *error = u"no \"shape\""_s;
        return std::nullopt;
    }
    const QJsonValue title = json.value(u"title"_s);
    expected.segmentation.title = title.isString() ? title.toString() : QString();
    const QJsonArray segments = json.value(u"segments"_s).toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject object = segments.at(i).toObject();
        Segment segment;
        const auto kind = segmentKindFromName(object.value(u"kind"_s).toString());
        if (!kind) {
            *error = u"segment %1: unknown kind \"%2\""_s.arg(i).arg(object.value(u"kind"_s).toString());
            return std::nullopt;
        }
        segment.kind = *kind;
        if (object.value(u"label"_s).isString())
            segment.label = object.value(u"label"_s).toString();
        if (const QJsonValue speaker = object.value(u"speaker"_s); speaker.isObject()) {
            const QJsonValue bio = speaker.toObject().value(u"bio"_s);
            segment.speaker = Speaker {
                speaker.toObject().value(u"name"_s).toString(), bio.isString() ? bio.toString() : QString()};
        }
        for (const QJsonValue &paragraph : object.value(u"paragraphs"_s).toArray())
            segment.paragraphs.append(paragraph.toString());
        if (segment.paragraphs.isEmpty() ||
            (segment.kind == SegmentKind::Speaker) != segment.speaker.has_value()) {
            *error = u"segment %1: needs paragraphs, and a speaker exactly when its kind is speaker"_s.arg(i);
            return std::nullopt;
        }
        expected.segmentation.segments.append(segment);
    }
    if (expected.segmentation.segments.isEmpty()) {
        *error = u"no segments"_s;
        return std::nullopt;
    }
    return expected;
}

ArticleScore SegmentationEval::score(
    const QString &normalizedText, const Segmentation &expected, const Segmentation &actual)
{
    ArticleScore score;
    if (expected.title != actual.title)
        score.problems.append(
            u"title: expected %1, got %2"_s.arg(quoted(expected.title), quoted(actual.title)));

    const QList<Boundary> wanted = boundariesOf(normalizedText, expected);
    const QList<Boundary> found = boundariesOf(normalizedText, actual);
    score.expectedBoundaries = int(wanted.size());
    score.detectedBoundaries = int(found.size());

    QList<bool> used(found.size(), false);
    for (const Boundary &want : wanted) {
        const bool speech = want.segment->kind == SegmentKind::Speaker;
        if (speech)
            ++score.expectedSpeakerTurns;
        if (want.line < 0) {
            if (speech) {
                ++score.scoredNames;
                ++score.scoredBios;
            }
            score.problems.append(u"expected text not in the article: %1"_s.arg(describe(want)));
            continue;
        }
        qsizetype match = -1;
        for (qsizetype i = 0; i < found.size() && match < 0; ++i) {
            if (!used.at(i) && found.at(i).line == want.line &&
                found.at(i).segment->kind == want.segment->kind)
                match = i;
        }
        if (match < 0) {
            if (speech) {
                ++score.scoredNames;
                ++score.scoredBios;
            }
            score.problems.append(u"missed %1"_s.arg(describe(want)));
            continue;
        }
        used[match] = true;
        ++score.matchedBoundaries;
        if (!speech)
            continue;
        ++score.scoredNames;
        ++score.scoredBios;
        const Speaker &wantSpeaker = *want.segment->speaker;
        const Speaker &gotSpeaker = *found.at(match).segment->speaker;
        if (wantSpeaker.name.trimmed() == gotSpeaker.name.trimmed())
            ++score.correctNames;
        else
            score.problems.append(u"line %1: speaker %2, expected %3"_s.arg(want.line + 1)
                                      .arg(quoted(gotSpeaker.name), quoted(wantSpeaker.name)));
        if (wantSpeaker.bio.trimmed() == gotSpeaker.bio.trimmed())
            ++score.correctBios;
        else
            score.problems.append(u"line %1: bio %2, expected %3"_s.arg(want.line + 1)
                                      .arg(quoted(gotSpeaker.bio), quoted(wantSpeaker.bio)));
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (!used.at(i))
            score.problems.append(u"extra %1"_s.arg(describe(found.at(i))));
    }
    return score;
}

namespace {

bool isContent(SegmentKind kind)
{
    return kind == SegmentKind::EditorNote || kind == SegmentKind::Speaker || kind == SegmentKind::Narration;
}

// NFC and whitespace collapsed, as segcheck.py's norm().
QString normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

QString firstWordsOf(const QString &paragraph)
{
    return normalised(paragraph).left(60);
}

} // namespace

QString SegmentationEval::comparableName(const QString &name)
{
    QString result = normalised(name);
    result.replace(u'\u2019', u'\'');
    result.replace(u'\u2018', u'\'');
    result = result.toLower();
    static const QString trailing = u" .:,;!?\uff1a\uff0c"_s;
    while (!result.isEmpty() && trailing.contains(result.back()))
        result.chop(1);
    static const QRegularExpression honorific(
        u"^(?:dr|mr|ms|mrs|mx|prof)\\.?(?:\\s+|(?<=\\.))"_s, QRegularExpression::CaseInsensitiveOption);
    for (QString previous; previous != result;) {
        previous = result;
        result.remove(honorific);
        result = result.trimmed();
    }
    return result;
}

namespace {

/// The longest order-preserving matching of expected and found boundaries, as segcheck.py's align().
struct Alignment
{
    QList<std::pair<qsizetype, qsizetype>> pairs;
    QList<bool> wantedMatched;
    QList<bool> foundMatched;
};

Alignment alignBoundaries(const QList<const ReferenceSegment *> &wanted, const QList<const Segment *> &found)
{
    const qsizetype n = wanted.size();
    const qsizetype m = found.size();
    QList<QString> firstWords(n);
    for (qsizetype i = 0; i < n; ++i)
        firstWords[i] = normalised(wanted.at(i)->firstWords);
    QList<QString> openings(m);
    for (qsizetype j = 0; j < m; ++j)
        openings[j] = normalised(found.at(j)->paragraphs.value(0));
    auto matches = [&](qsizetype i, qsizetype j) {
        return !firstWords.at(i).isEmpty() && openings.at(j).startsWith(firstWords.at(i));
    };
    QList<QList<int>> best(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            int value = std::max(best[i + 1][j], best[i][j + 1]);
            if (matches(i, j))
                value = std::max(value, best[i + 1][j + 1] + 1);
            best[i][j] = value;
        }
    }
    Alignment alignment {{}, QList<bool>(n, false), QList<bool>(m, false)};
    auto &pairs = alignment.pairs;
    auto &wantedMatched = alignment.wantedMatched;
    auto &foundMatched = alignment.foundMatched;
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (matches(i, j) && best[i][j] == best[i + 1][j + 1] + 1) {
            pairs.append({i, j});
            wantedMatched[i] = foundMatched[j] = true;
            ++i;
            ++j;
        } else if (best[i + 1][j] >= best[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return alignment;
}

/// The kind, name and bio of a found segment against the one it matched.
void scoreMatch(const ReferenceSegment &want, const Segment &got, ArticleScore &score)
{
    if (want.kind != got.kind)
        score.problems.append(u"kind: expected %1, got %2 (%3)"_s.arg(
            segmentKindName(want.kind), segmentKindName(got.kind), want.firstWords));
    if (want.kind == SegmentKind::Speaker && !want.speaker.isEmpty()) {
        ++score.scoredNames;
        QStringList accepted {SegmentationEval::comparableName(want.speaker)};
        for (const QString &alias : want.aliases)
            accepted.append(SegmentationEval::comparableName(alias));
        if (got.speaker && accepted.contains(SegmentationEval::comparableName(got.speaker->name)))
            ++score.correctNames;
        else
            score.problems.append(u"name: expected %1, got %2 (%3)"_s.arg(
                quoted(want.speaker), quoted(got.speaker ? got.speaker->name : QString()), want.firstWords));
    }
    if (!want.bio.isNull()) {
        ++score.scoredBios;
        if (got.speaker && !got.speaker->bio.isNull() && normalised(got.speaker->bio) == normalised(want.bio))
            ++score.correctBios;
        else
            score.problems.append(u"bio of %1: expected %2, got %3"_s.arg(
                quoted(want.speaker), quoted(want.bio), quoted(got.speaker ? got.speaker->bio : QString())));
    }
}

/// Captions: each must be a caption or metadata segment of its own and stay out of the speech.
void scoreCaptions(const SegmentationExpectation &expected, const Segmentation &actual, ArticleScore &score)
{
    QStringList asides;
    QStringList contentParagraphs;
    for (const Segment &segment : actual.segments) {
        if (isContent(segment.kind)) {
            for (const QString &paragraph : segment.paragraphs)
                contentParagraphs.append(normalised(paragraph));
        } else {
            asides.append(normalised(segment.paragraphs.join(u' ')));
        }
    }
    QList<bool> asideUsed(asides.size(), false);
    for (const ReferenceSegment &want : expected.referenceSegments) {
        if (want.kind != SegmentKind::Caption)
            continue;
        const QString text = normalised(want.text.isEmpty() ? want.firstWords : want.text);
        if (text.isEmpty())
            continue;
        ++score.expectedCaptions;
        qsizetype hit = -1;
        for (qsizetype k = 0; k < asides.size() && hit < 0; ++k) {
            if (!asideUsed.at(k) && asides.at(k).contains(text))
                hit = k;
        }
        const bool leaked = std::any_of(contentParagraphs.cbegin(), contentParagraphs.cend(),
            [&](const QString &paragraph) { return paragraph.contains(text); });
        if (hit >= 0)
            asideUsed[hit] = true;
        if (hit >= 0 && !leaked)
            ++score.correctCaptions;
        else
            score.problems.append(u"caption %1: %2"_s.arg(quoted(text.left(60)),
                leaked ? u"inside a content segment"_s : u"not a caption or metadata segment"_s));
    }
}

} // namespace

ArticleScore SegmentationEval::scoreReference(
    const SegmentationExpectation &expected, const Segmentation &actual)
{
    ArticleScore score;
    if (expected.checksTitle && expected.segmentation.title != actual.title)
        score.problems.append(
            u"title: expected %1, got %2"_s.arg(quoted(expected.segmentation.title), quoted(actual.title)));

    QList<const ReferenceSegment *> wanted;
    for (const ReferenceSegment &segment : expected.referenceSegments) {
        if (isContent(segment.kind))
            wanted.append(&segment);
    }
    QList<const Segment *> found;
    for (const Segment &segment : actual.segments) {
        if (isContent(segment.kind))
            found.append(&segment);
    }
    score.expectedBoundaries = int(wanted.size());
    score.detectedBoundaries = int(found.size());

    const Alignment alignment = alignBoundaries(wanted, found);
    score.matchedBoundaries = int(alignment.pairs.size());

    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (wanted.at(i)->kind == SegmentKind::Speaker)
            ++score.expectedSpeakerTurns;
        if (!alignment.wantedMatched.at(i))
            score.problems.append(u"missed %1 %2 (%3)"_s.arg(segmentKindName(wanted.at(i)->kind),
                quoted(wanted.at(i)->speaker), wanted.at(i)->firstWords));
    }
    for (qsizetype j = 0; j < found.size(); ++j) {
        if (!alignment.foundMatched.at(j))
            score.problems.append(u"extra %1 %2 (%3)"_s.arg(segmentKindName(found.at(j)->kind),
                quoted(found.at(j)->speaker ? found.at(j)->speaker->name : QString()),
                firstWordsOf(found.at(j)->paragraphs.value(0))));
    }
    for (const auto &[i, j] : alignment.pairs)
        scoreMatch(*wanted.at(i), *found.at(j), score);
    scoreCaptions(expected, actual, score);
    return score;
}

EvaluationReport SegmentationEval::evaluateFolder(const QString &folder)
{
    EvaluationReport report;
    const QDir root(folder);
    if (!root.exists()) {
        report.errors.append(u"%1: no such folder"_s.arg(folder));
        return report;
    }
    const QString suffix = u".expected.json"_s;
    QStringList expectations;
    for (QDirIterator it(folder, {u"*"_s + suffix}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        expectations.append(it.next());
    expectations.sort();

    for (const QString &path : std::as_const(expectations)) {
        const QString shown = root.relativeFilePath(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report.errors.append(u"%1: %2"_s.arg(shown, file.errorString()));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        const auto expected = error.isEmpty() ? parseExpected(document.object(), &error) : std::nullopt;
        if (!expected) {
            report.errors.append(u"%1: %2"_s.arg(shown, error));
            continue;
        }

        // The source is the one other file with the expectation's base name.
        const QFileInfo info(path);
        const QString base = info.fileName().chopped(suffix.size());
        QStringList sources = info.dir().entryList({base + u".*"_s}, QDir::Files, QDir::Name);
        sources.removeIf([&](const QString &name) { return name.endsWith(suffix); });
        if (sources.size() != 1) {
            report.errors.append(
                u"%1: expected one source file %2.*, found %3"_s.arg(shown, base).arg(sources.size()));
            continue;
        }
        const QString source = info.dir().filePath(sources.constFirst());
        const ReadResult read = ArticleReader::readFile(source);
        if (!read.article) {
            report.errors.append(read.error);
            continue;
        }
        const Segmentation actual {read.article->title, read.article->segments};
        ArticleScore score = expected->reference
            ? SegmentationEval::scoreReference(*expected, actual)
            : SegmentationEval::score(read.article->normalizedText, expected->segmentation, actual);
        score.file = root.relativeFilePath(source);
        score.shape = expected->shape;
        report.articles.append(score);
    }
    return report;
}

} // namespace Colloquy
