#include "segment/turnlabelparser.h"

#include "segment/speakerheaderparser.h"
#include "segment/textrules.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

constexpr qsizetype MaxLabelLength = 60;

const QRegularExpression &timestampPattern()
{
    static const QRegularExpression re(
        u"^[\\[(]?(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?)[\\])]?\\s+"_s);
    return re;
}

// Words that end in a colon without naming anyone: labels of metadata, notes and titles.
bool isNonSpeakerLabel(const QString &label)
{
    static const QRegularExpression re(
        u"^(?:note|notes|editor'?s note|source|sources|update|updated|correction|photo|image|illustration|"
        u"video|audio|transcript|interview|roundtable|summary|background|context|disclaimer|warning|"
        u"participants|panel|panelists|panellists|speakers|guests|attendees|agenda|topic|subject|re|fig|"
        u"figure|table|chapter|part|section|step|tip|example|answer key|key points|takeaways|tags|date|"
        u"time|location|venue|by|published|read more|see also|related)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(label).hasMatch();
}

bool isCapitalsLabel(QStringView label)
{
    qsizetype letters = 0;
    for (const QChar c : label) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        } else if (c != u' ' && c != u'.' && c != u'-' && c != u'\'' && c != u'\u2019') {
            return false;
        }
    }
    return letters >= 2 && TextRules::wordCount(label) <= 4;
}

// `L.`, `K.M.`: initials end in a full stop that ends no sentence.
bool isInitials(QStringView word)
{
    static const QRegularExpression re(u"^\\p{Lu}(?:\\.\\p{Lu})*\\.$"_s);
    return re.match(word.toString()).hasMatch();
}

// `MR.` in a transcript printed in capitals is `Mr.`.
bool isHonorificAnyCase(QStringView word)
{
    if (TextRules::isHonorific(word))
        return true;
    const QString lower = word.toString().toLower();
    return !lower.isEmpty() && TextRules::isHonorific(QString(lower.front().toUpper() + lower.mid(1)));
}

// `Speaker 2`, `Caller 14`: the numbered voices of machine and court transcripts.
bool isNumberedVoice(QStringView label)
{
    static const QRegularExpression re(u"^\\p{Lu}\\p{Ll}+ \\d{1,2}$"_s);
    return re.match(label.toString()).hasMatch();
}

bool isIdeographicName(QStringView label)
{
    if (label.size() < 2 || label.size() > 5)
        return false;
    return std::all_of(label.begin(), label.end(),
        [](QChar c) { return c.script() == QChar::Script_Han || c == u'\u00b7'; });
}

} // namespace

qsizetype TurnLabelParser::timestampLength(QStringView paragraph)
{
    const auto match = timestampPattern().match(paragraph.toString());
    return match.hasMatch() ? match.capturedLength(0) : 0;
}

std::optional<TurnLabel> TurnLabelParser::parse(QStringView paragraph)
{
    TurnLabel turn;
    qsizetype start = 0;
    if (const auto stamp = timestampPattern().match(paragraph.toString()); stamp.hasMatch()) {
        turn.timestamp = stamp.captured(1);
        start = stamp.capturedLength(0);
    }

    // `Q. Why?` / `A. Because.`: the print convention; the Segmenter wants both in the article.
    if (paragraph.size() > start + 3 && (paragraph.at(start) == u'Q' || paragraph.at(start) == u'A') &&
        paragraph.at(start + 1) == u'.' && paragraph.at(start + 2) == u' ' &&
        paragraph.at(start + 3).isUpper()) {
        turn.label = paragraph.mid(start, 1).toString();
        turn.form = TurnLabel::Form::QuestionAnswer;
        turn.periodDelimited = true;
        turn.textStart = start + 3;
        return turn;
    }

    qsizetype colon = -1;
    int depth = 0; // a colon inside parentheses belongs to a time or a role: `Ana Ruiz (00:01:05):`
    for (qsizetype i = start; i < paragraph.size() && i - start <= MaxLabelLength; ++i) {
        const QChar c = paragraph.at(i);
        if (c == u'(' || c == u'[' || c == u'\uff08')
            ++depth;
        else if ((c == u')' || c == u']' || c == u'\uff09') && depth > 0)
            --depth;
        if ((c == u':' || c == u'\uff1a') && depth == 0) {
            colon = i;
            break;
        }
        if (c == u'.' && i + 1 < paragraph.size() && paragraph.at(i + 1) == u' ') {
            const QStringView word = paragraph.mid(start, i + 1 - start).split(u' ').last();
            if (!isHonorificAnyCase(word) && !isInitials(word))
                return std::nullopt; // a sentence ends before any colon
        }
    }
    if (colon <= start)
        return std::nullopt;
    // `10:30`, `3:1`: a colon between digits is a time or a ratio, never a label's.
    if (colon + 1 < paragraph.size() && paragraph.at(colon - 1).isDigit() &&
        paragraph.at(colon + 1).isDigit())
        return std::nullopt;

    QString label = paragraph.mid(start, colon - start).trimmed().toString();
    static const QRegularExpression rolePattern(u"^(.+?)\\s*[(\uff08]([^()\uff08\uff09]{1,60})[)\uff09]$"_s);
    if (const auto role = rolePattern.match(label); role.hasMatch()) {
        static const QRegularExpression time(u"^\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?$"_s);
        // Transcription services print the time after the name: `Ana Ruiz (00:01:05):`.
        if (time.match(role.captured(2).trimmed()).hasMatch() && turn.timestamp.isEmpty())
            turn.timestamp = role.captured(2).trimmed();
        else
            turn.role = role.captured(2).trimmed();
        label = role.captured(1);
    }
    if (label.isEmpty() || isNonSpeakerLabel(label))
        return std::nullopt;

    if (label == u"Q"_s || label == u"A"_s || label == u"Question"_s || label == u"Answer"_s) {
        turn.form = TurnLabel::Form::QuestionAnswer;
    } else if (isIdeographicName(label)) {
        turn.form = TurnLabel::Form::Ideographic;
    } else if (isCapitalsLabel(label) || isNumberedVoice(label)) {
        turn.form = TurnLabel::Form::Capitals;
    } else if (const qsizetype words = SpeakerHeaderParser::personNameWords(label); words > 0) {
        turn.form = TurnLabel::Form::Name;
        turn.nameWords = words;
    } else {
        return std::nullopt;
    }

    turn.label = label;
    qsizetype textStart = colon + 1;
    while (textStart < paragraph.size() && paragraph.at(textStart) == u' ')
        ++textStart;
    turn.textStart = textStart;
    return turn;
}

} // namespace Colloquy
