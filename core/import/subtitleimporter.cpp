#include "import/subtitleimporter.h"

#include "import/importhelpers_p.h"
#include "import/textdecoder.h"

#include <QRegularExpression>
#include <QVariantList>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

struct Turn
{
    QString speaker; ///< empty for cues nobody is named for
    QStringList texts;
    qint64 start = 0;
    qint64 end = 0;
};

// `00:01:02.500`, `01:02.500` (WebVTT may omit hours) or SRT's `00:01:02,500`.
// Hours have at most six digits, so a time in milliseconds always fits in 64 bits.
const QRegularExpression &timingPattern()
{
    static const QRegularExpression pattern(
        uR"(^\s*((?:\d{1,6}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,6}:)?\d{1,2}:\d{2}[.,]\d{1,3}))"_s);
    return pattern;
}

qint64 parseTime(const QString &text)
{
    const QStringList clockAndFraction = QString(text).replace(u',', u'.').split(u'.');
    const QStringList parts = clockAndFraction.constFirst().split(u':');
    qint64 seconds = 0;
    for (const QString &part : parts)
        seconds = seconds * 60 + part.toLongLong();
    QString fraction = clockAndFraction.value(1);
    fraction = fraction.leftJustified(3, u'0').left(3);
    return seconds * 1000 + fraction.toLongLong();
}

// A speaker prefix: up to four capitalised words (initials, honorifics with a
// full stop, particles like `van`) and a colon followed by speech.
const QRegularExpression &speakerPrefixPattern()
{
    static const QRegularExpression pattern(
        uR"(^(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|van|von|de|da|del|der|bin|al-\p{L}+)){0,3})\s*[:：]\s+(\S.*)$)"_s);
    return pattern;
}

// Words in capitals are a caption convention, not the person's spelling of their name.
QString tidyName(const QString &name)
{
    if (name != name.toUpper())
        return name;
    QStringList words = name.toLower().split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words) {
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (i == 0 || word.at(i - 1) == u'-' || word.at(i - 1) == u'.' || word.at(i - 1) == u'\'')
                word[i] = word.at(i).toUpper();
        }
    }
    return words.join(u' ');
}

QString decodeEntities(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&nbsp;"_s, u" "_s)
        .replace(u"&lrm;"_s, QString())
        .replace(u"&rlm;"_s, QString())
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&apos;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
    return text;
}

struct CueLine
{
    QString speaker;
    QString text;
};

// One payload line: its `<v Name>` voice (or none) and its text without markup.
CueLine parsePayloadLine(QString line, const QString &currentVoice)
{
    static const QRegularExpression voiceTag(uR"(<v(?:\.[\w.-]+)?\s+([^>]+)>)"_s);
    static const QRegularExpression anyTag(uR"(<[^>]*>)"_s);
    CueLine result;
    result.speaker = currentVoice;
    const QRegularExpressionMatch voice = voiceTag.match(line);
    if (voice.hasMatch())
        result.speaker = voice.captured(1).trimmed();
    // SSA position codes (`{\an8}`) that many SRT files carry.
    static const QRegularExpression assCode(uR"(\{\\[^}]*\})"_s);
    line.remove(anyTag).remove(assCode);
    line = decodeEntities(line).simplified();
    // Broadcast captions mark a new speaker with `>>` and dialogue with a leading dash.
    if (line.startsWith(u">>"_s))
        line = line.mid(2).trimmed();
    if (line.startsWith(u"- "_s))
        line = line.mid(2);
    if (!voice.hasMatch()) {
        const QRegularExpressionMatch prefix = speakerPrefixPattern().match(line);
        if (prefix.hasMatch()) {
            result.speaker = prefix.captured(1).trimmed();
            line = prefix.captured(2);
        }
    }
    result.text = line;
    return result;
}

} // namespace

SubtitleImporter::SubtitleImporter(Flavour flavour)
    : m_flavour(flavour)
{ }

QString SubtitleImporter::name() const
{
    return m_flavour == Flavour::WebVtt ? u"webvtt"_s : u"srt"_s;
}

int SubtitleImporter::confidence(const QByteArray &head, const QString &fileName) const
{
    const QByteArray start = ImportHelpers::sniffableHead(head.left(512));
    if (m_flavour == Flavour::WebVtt) {
        if (start.startsWith("webvtt") && (start.size() == 6 || QChar::isSpace(uchar(start.at(6)))))
            return 100;
        return ImportHelpers::hasSuffix(fileName, {u"vtt"_s, u"webvtt"_s}) ? 80 : 0;
    }
    // SRT has no signature: a cue number, then a timing line.
    const QList<QByteArray> lines = start.split('\n');
    if (lines.size() >= 2) {
        bool isNumber = false;
        lines.at(0).trimmed().toInt(&isNumber);
        if (isNumber && timingPattern().match(QString::fromLatin1(lines.at(1).trimmed())).hasMatch())
            return 95;
    }
    return ImportHelpers::hasSuffix(fileName, {u"srt"_s}) ? 80 : 0;
}

std::optional<ImportedText> SubtitleImporter::read(const QByteArray &bytes, QString *error) const
{
    const auto decoded = ImportHelpers::decodeMarkup(bytes, error);
    if (!decoded)
        return std::nullopt;
    QString text = *decoded;
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList lines = text.split(u'\n');

    QString headerTitle;
    if (m_flavour == Flavour::WebVtt) {
        const QString first = lines.value(0).trimmed();
        if (!first.startsWith(u"WEBVTT"_s) || (first.size() > 6 && !first.at(6).isSpace()))
            return fail(error, u"not a WebVTT file: it does not start with \u201cWEBVTT\u201d"_s);
        // `WEBVTT - Title` or `WEBVTT Title`: the text after the signature names the file.
        headerTitle = first.mid(6).trimmed();
        if (headerTitle.startsWith(u'-'))
            headerTitle = headerTitle.mid(1).trimmed();
    }

    // Blocks are separated by blank lines; a cue is the block with a timing line.
    QList<Turn> turns;
    QString currentSpeaker;
    qsizetype cues = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch timing = timingPattern().match(lines.at(i));
        if (!timing.hasMatch())
            continue;
        ++cues;
        const qint64 start = parseTime(timing.captured(1));
        const qint64 end = parseTime(timing.captured(2));
        QString voice; // a <v> span lasts to the end of its cue
        for (++i; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i) {
            if (timingPattern().match(lines.at(i)).hasMatch()) {
                --i; // a cue without its blank line: let the outer loop read the timing
                break;
            }
            const CueLine line = parsePayloadLine(lines.at(i), voice);
            if (line.speaker != voice && !line.speaker.isEmpty())
                voice = line.speaker;
            if (line.text.isEmpty())
                continue;
            const QString speaker = line.speaker.isEmpty() ? currentSpeaker : tidyName(line.speaker);
            currentSpeaker = speaker;
            if (turns.isEmpty() || turns.constLast().speaker != speaker)
                turns.append(Turn {speaker, {}, start, end});
            turns.last().texts.append(line.text);
            turns.last().end = std::max(turns.last().end, end);
        }
    }
    if (cues == 0)
        return fail(error, u"no subtitle cues found (no \u201c-->\u201d timing lines)"_s);

    QStringList paragraphs;
    QVariantList turnMetadata;
    if (!headerTitle.isEmpty())
        paragraphs.append(headerTitle);
    for (const Turn &turn : std::as_const(turns)) {
        const QString speech = turn.texts.join(u' ');
        paragraphs.append(turn.speaker.isEmpty() ? speech : u"%1: %2"_s.arg(turn.speaker, speech));
        turnMetadata.append(QVariantMap {{u"speaker"_s, turn.speaker.isEmpty() ? QVariant() : turn.speaker},
            {u"start"_s, turn.start}, {u"end"_s, turn.end}});
    }

    ImportedText result;
    result.format = name();
    result.text = normalizeText(paragraphs.join(u'\n'));
    result.title = headerTitle.isEmpty() ? QString() : headerTitle;
    result.metadata.insert(u"turns"_s, turnMetadata);
    result.metadata.insert(u"cues"_s, cues);
    return result;
}

} // namespace Colloquy
