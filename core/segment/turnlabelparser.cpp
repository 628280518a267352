#include "segment/turnlabelparser.h"

#include "regexview.h"

#include "segment/speakerheaderparser.h"
#include "segment/textrules.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

constexpr qsizetype MaxLabelLength = 60;
// A label with a bio (`DESMOND ABELE, Treasurer, Saltmere Borough Council:`) runs longer.
constexpr qsizetype MaxBioLabelLength = 110;
constexpr qsizetype MaxLabelWords = 6;

bool isColon(QChar c)
{
    return c == u':' || c == u'\uff1a';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// `00:01:05`, `2:17`, `00:00:10.5`: a time as transcription services print it.
qsizetype timeLength(QStringView text, qsizetype from)
{
    qsizetype i = from;
    auto digits = [&](int min, int max) {
        const qsizetype start = i;
        while (i < text.size() && text.at(i).isDigit() && i - start < max)
            ++i;
        return i - start >= min;
    };
    if (!digits(1, 2) || i >= text.size() || text.at(i) != u':')
        return 0;
    ++i;
    if (!digits(2, 2))
        return 0;
    if (i + 2 < text.size() && text.at(i) == u':' && text.at(i + 1).isDigit()) {
        ++i;
        if (!digits(2, 2))
            return 0;
    }
    if (i + 1 < text.size() && (text.at(i) == u'.' || text.at(i) == u',') && text.at(i + 1).isDigit()) {
        ++i;
        digits(1, 3);
    }
    return i - from;
}

// `[00:01:05]`, `(02:17)` or a bare `00:01:05` at `from`: its length with the brackets, or 0.
qsizetype bracketedTimeLength(QStringView text, qsizetype from, bool needBrackets)
{
    if (from >= text.size())
        return 0;
    const QChar open = text.at(from);
    const bool bracket = open == u'[' || open == u'(';
    if (needBrackets && !bracket)
        return 0;
    const qsizetype start = bracket ? from + 1 : from;
    const qsizetype length = timeLength(text, start);
    if (length == 0)
        return 0;
    qsizetype end = start + length;
    if (bracket) {
        if (end >= text.size() || text.at(end) != (open == u'[' ? u']' : u')'))
            return 0;
        ++end;
    }
    return end - from;
}

bool isCapitalsWord(QStringView word, qsizetype minLetters = 1)
{
    qsizetype letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        } else if (c != u'.' && c != u'-' && !isApostrophe(c)) {
            return false;
        }
    }
    return letters >= minLetters;
}

bool isCapitalsLabel(QStringView label)
{
    qsizetype letters = 0;
    for (const QChar c : label) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        } else if (c != u' ' && c != u'.' && c != u'-' && !isApostrophe(c)) {
            return false;
        }
    }
    return letters >= 2 && TextRules::wordCount(label) <= MaxLabelWords;
}

// `L.`, `K.M.`: initials end in a full stop that ends no sentence.
bool isInitials(QStringView word)
{
    if (word.size() < 2 || word.back() != u'.')
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (i % 2 == 0 ? !c.isUpper() : c != u'.')
            return false;
    }
    return true;
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
    const qsizetype space = label.lastIndexOf(u' ');
    if (space <= 1 || space + 1 >= label.size() || label.size() - space - 1 > 2)
        return false;
    for (qsizetype i = space + 1; i < label.size(); ++i) {
        if (!label.at(i).isDigit())
            return false;
    }
    const QStringView word = label.first(space);
    if (!word.at(0).isUpper())
        return false;
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (!word.at(i).isLower())
            return false;
    }
    return true;
}

bool isIdeographicName(QStringView label)
{
    if (label.size() < 2 || label.size() > 5)
        return false;
    return std::all_of(label.begin(), label.end(),
        [](QChar c) { return c.script() == QChar::Script_Han || c == u'\u00b7'; });
}

// Lower-case words inside a legislative label: `The SPEAKER pro tempore`.
bool isLabelParticle(QStringView word)
{
    // `The SPEAKER pro tempore`, `The Minister for Rivers`.
    return word == u"pro"_s || word == u"tempore"_s || word == u"for"_s || word == u"of"_s ||
        word == u"and"_s || word == u"the"_s || TextRules::isNameParticle(word);
}

bool isTheWord(QStringView word)
{
    return word == u"The"_s || word == u"THE"_s;
}

// Interjections that open sentences in capitals (`OK. Let us start.`) and are nobody's label.
bool isCapitalsInterjection(QStringView word)
{
    static const QSet<QString> words {u"OK"_s, u"OKAY"_s, u"YES"_s, u"NO"_s, u"WELL"_s, u"SO"_s, u"AND"_s,
        u"BUT"_s, u"NOTE"_s, u"THANKS"_s, u"RIGHT"_s, u"SORRY"_s, u"WOW"_s, u"END"_s, u"UPDATE"_s};
    return words.contains(word.toString());
}

/// Who a parenthesised part after a label names: a time, a person (`Mr. Talent`) or a role.
enum class Parenthetical
{
    Time,
    Person,
    Role
};

Parenthetical classifyParenthetical(QStringView inside, QStringView outside = {})
{
    if (timeLength(inside, 0) == inside.size())
        return Parenthetical::Time;
    // An office outside, a full name inside: `The Minister for Rivers (Siân Morgan)`.
    const auto outer = outside.split(u' ', Qt::SkipEmptyParts);
    if (!outer.isEmpty() &&
        (isTheWord(outer.constFirst()) || TurnLabelParser::isTitleWord(outer.constFirst())) &&
        SpeakerHeaderParser::personNameWords(outside) == 0 &&
        SpeakerHeaderParser::personNameWords(inside) >= 2)
        return Parenthetical::Person;
    const auto words = inside.split(u' ', Qt::SkipEmptyParts);
    if (words.size() >= 2 && words.size() <= 4 && isHonorificAnyCase(words.constFirst())) {
        const bool names = std::all_of(words.cbegin() + 1, words.cend(),
            [](QStringView word) { return !word.isEmpty() && word.at(0).isUpper(); });
        if (names)
            return Parenthetical::Person;
    }
    return Parenthetical::Role;
}

// Splits `Name (role)` into its parts; nothing when the label has no trailing parentheses.
struct LabelParts
{
    QStringView name;
    QStringView inside;
    bool hasParentheses = false;
};

LabelParts splitParentheses(QStringView label)
{
    LabelParts parts {label, {}, false};
    if (label.isEmpty() || (label.back() != u')' && label.back() != u'\uff09'))
        return parts;
    const qsizetype open = std::max(label.lastIndexOf(u'('), label.lastIndexOf(u'\uff08'));
    if (open <= 0 || label.size() - open - 2 > 60)
        return parts;
    parts.name = label.first(open).trimmed();
    parts.inside = label.sliced(open + 1, label.size() - open - 2).trimmed();
    parts.hasParentheses = !parts.name.isEmpty() && !parts.inside.isEmpty();
    if (!parts.hasParentheses)
        parts.name = label;
    return parts;
}

// Reads the parentheses of a label into the turn: a time, a role (the bio) or a person in office.
// Returns the label without a role or a time; a person stays in it, as printed.
QString applyParentheses(QStringView label, TurnLabel &turn)
{
    const LabelParts parts = splitParentheses(label);
    if (!parts.hasParentheses)
        return label.toString();
    switch (classifyParenthetical(parts.inside, parts.name)) {
    case Parenthetical::Time:
        // Transcription services print the time after the name: `Ana Ruiz (00:01:05):`.
        if (turn.timestamp.isEmpty()) {
            turn.timestamp = parts.inside.toString();
            return parts.name.toString();
        }
        break;
    case Parenthetical::Person:
        turn.occupant = parts.inside.toString();
        return label.toString();
    case Parenthetical::Role:
        break;
    }
    turn.role = parts.inside.toString();
    return parts.name.toString();
}

// The words of a label in capitals or a title with a surname, with `The` and particles allowed:
// `CHAIR POWELL`, `Mr. COLEMAN`, `The PRESIDING OFFICER`, `Chair Blumenthal`, `Senator Hawley`.
std::optional<TurnLabel::Form> titleOrCapitalsForm(QStringView label, bool allowSingleCapitals)
{
    const auto words = label.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > MaxLabelWords || label.size() > MaxLabelLength)
        return std::nullopt;
    qsizetype first = 0;
    if (words.size() > 1 && isTheWord(words.at(0)))
        first = 1;
    qsizetype capitalsWords = 0;
    qsizetype nameWords = 0;
    bool titled = false;
    for (qsizetype i = first; i < words.size(); ++i) {
        const QStringView word = words.at(i);
        if (i == first && TurnLabelParser::isTitleWord(word)) {
            titled = true;
            if (isCapitalsWord(word, 2))
                ++capitalsWords;
            continue;
        }
        if (isCapitalsWord(word, 2)) {
            ++capitalsWords;
            continue;
        }
        if (isInitials(word) || (word.size() == 2 && word.at(0).isUpper() && word.at(1) == u'.'))
            continue;
        if (i > first && isLabelParticle(word))
            continue;
        if (word.at(0).isUpper() && SpeakerHeaderParser::personNameWords(word) == 1) {
            ++nameWords;
            continue;
        }
        return std::nullopt;
    }
    if (capitalsWords > 0 && nameWords == 0) {
        const qsizetype total = words.size() - first;
        if (total == 1 && first == 0 &&
            (!allowSingleCapitals || isCapitalsInterjection(words.at(0)) || words.at(0).size() < 3))
            return std::nullopt;
        return TurnLabel::Form::Capitals;
    }
    // `Chair Blumenthal`, `Mr. Bejar`, `The Mayor`: a title before a name in ordinary case.
    if (titled && capitalsWords == 0 && words.size() - first >= 2)
        return TurnLabel::Form::Title;
    return std::nullopt;
}

// `Mr. COLEMAN. Mr. President, …`: a label in capitals or a title, closed by a full stop.
std::optional<TurnLabel> parseFullStop(QStringView paragraph, qsizetype start)
{
    qsizetype i = start;
    qsizetype labelEnd = -1;
    int words = 0;
    while (i < paragraph.size() && i - start <= MaxLabelLength && words <= MaxLabelWords) {
        if (paragraph.at(i) == u'(') {
            const qsizetype close = paragraph.indexOf(u')', i);
            if (close < 0 || close - i > 40)
                return std::nullopt;
            i = close + 1;
            if (i < paragraph.size() && paragraph.at(i) == u'.') {
                labelEnd = i;
                break;
            }
            continue;
        }
        qsizetype end = i;
        while (end < paragraph.size() && paragraph.at(end) != u' ')
            ++end;
        const QStringView word = paragraph.sliced(i, end - i);
        ++words;
        if (word.endsWith(u'.') && !isHonorificAnyCase(word) && !isInitials(word)) {
            labelEnd = end - 1;
            break;
        }
        if (word.contains(u':') || word.contains(u',') || word.contains(u'\uff1a'))
            return std::nullopt;
        i = end + 1;
    }
    if (labelEnd <= start || labelEnd + 2 >= paragraph.size() || paragraph.at(labelEnd + 1) != u' ')
        return std::nullopt;
    const QChar next = paragraph.at(labelEnd + 2);
    if (!(next.isUpper() || next.isDigit() || next == u'"' || next == u'\u201c' || next == u'(' ||
            next == u'[' || next == u'\u2018' || next == u'\''))
        return std::nullopt;

    TurnLabel turn;
    const QString label = applyParentheses(paragraph.sliced(start, labelEnd - start), turn);
    const LabelParts parts = splitParentheses(label);
    const auto form = titleOrCapitalsForm(parts.hasParentheses ? parts.name : QStringView(label), true);
    if (!form)
        return std::nullopt;
    turn.label = label;
    turn.form = *form;
    turn.delimiter = TurnLabel::Delimiter::FullStop;
    turn.textStart = labelEnd + 2;
    return turn;
}

// `Q  Why?` and `AB Good morning`: a question mark's letter or initials, then the text.
std::optional<TurnLabel> parseSpaced(QStringView paragraph, qsizetype start)
{
    qsizetype end = start;
    while (end < paragraph.size() && paragraph.at(end).isUpper() && end - start < 4)
        ++end;
    const qsizetype letters = end - start;
    if (letters == 0 || letters > 3 || end + 1 >= paragraph.size() || paragraph.at(end) != u' ')
        return std::nullopt;
    const QChar next = paragraph.at(end + 1);
    if (!(next.isUpper() || next == u'"' || next == u'\u201c' || next.isDigit()))
        return std::nullopt;
    // `A Good day` is an article: only `Q` is a bare label on its own, other letters must be initials.
    if (letters == 1 && paragraph.at(start) != u'Q')
        return std::nullopt;
    TurnLabel turn;
    turn.label = paragraph.sliced(start, letters).toString();
    turn.form = letters == 1 ? TurnLabel::Form::QuestionAnswer : TurnLabel::Form::Capitals;
    turn.delimiter = TurnLabel::Delimiter::Space;
    turn.textStart = end + 1;
    return turn;
}

// The form of a colon label's text (already without role and time).
std::optional<TurnLabel::Form> colonForm(QStringView label, qsizetype *nameWords)
{
    if (label == u"Q"_s || label == u"A"_s || label == u"Question"_s || label == u"Answer"_s)
        return TurnLabel::Form::QuestionAnswer;
    if (isIdeographicName(label))
        return TurnLabel::Form::Ideographic;
    if (isCapitalsLabel(label) || isNumberedVoice(label))
        return TurnLabel::Form::Capitals;
    const auto words = label.split(u' ', Qt::SkipEmptyParts);
    // `The Ledger`, `The Review`: a publication, mid-sentence or at a line start alike.
    if (words.size() >= 2 && words.size() <= 4 && isTheWord(words.constFirst())) {
        const bool capitalised = std::all_of(words.cbegin() + 1, words.cend(),
            [](QStringView word) { return word.at(0).isUpper() && !TextRules::isSentenceOpener(word); });
        if (capitalised)
            return TurnLabel::Form::Outlet;
    }
    if (const qsizetype words = SpeakerHeaderParser::personNameWords(label); words > 0) {
        *nameWords = words;
        return TurnLabel::Form::Name;
    }
    if (const auto form = titleOrCapitalsForm(label, false))
        return form;
    return std::nullopt;
}

// `MARA VOSS, Director, Harbour Trust`: a name in capitals, a comma and a bio before the colon.
bool splitCapitalsBio(QStringView label, TurnLabel &turn, QString *name)
{
    const qsizetype comma = label.indexOf(u',');
    if (comma <= 0 || comma + 2 >= label.size())
        return false;
    const QStringView person = label.first(comma).trimmed();
    const QStringView bio = label.sliced(comma + 1).trimmed();
    if (!isCapitalsLabel(person) || TextRules::wordCount(person) > 5 ||
        TextRules::findSentenceEnd(bio) >= 0 || TextRules::wordCount(bio) > 12)
        return false;
    // Two words at least, or an honorific and a name: one capital word with a comma is a place.
    const auto words = person.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return false;
    *name = person.toString();
    turn.role = bio.toString();
    return true;
}

} // namespace

bool TurnLabelParser::isNonSpeakerLabel(QStringView label)
{
    static const QSet<QString> words {u"note"_s, u"notes"_s, u"editor's note"_s, u"editor\u2019s note"_s,
        u"please note"_s, u"source"_s, u"sources"_s, u"update"_s, u"updated"_s, u"correction"_s,
        u"corrections"_s, u"photo"_s, u"image"_s, u"illustration"_s, u"video"_s, u"audio"_s, u"transcript"_s,
        u"interview"_s, u"roundtable"_s, u"summary"_s, u"background"_s, u"context"_s, u"disclaimer"_s,
        u"warning"_s, u"participants"_s, u"panel"_s, u"panelists"_s, u"panellists"_s, u"speakers"_s,
        u"speaker"_s, u"guests"_s, u"attendees"_s, u"agenda"_s, u"topic"_s, u"subject"_s, u"re"_s, u"fig"_s,
        u"figure"_s, u"table"_s, u"chapter"_s, u"part"_s, u"section"_s, u"step"_s, u"tip"_s, u"example"_s,
        u"answer key"_s, u"key points"_s, u"takeaways"_s, u"takeaway"_s, u"tags"_s, u"date"_s, u"time"_s,
        u"location"_s, u"venue"_s, u"by"_s, u"published"_s, u"read more"_s, u"see also"_s, u"related"_s,
        u"credits"_s, u"credit"_s, u"producer"_s, u"producers"_s, u"produced by"_s, u"music"_s, u"editor"_s,
        u"editors"_s, u"edited by"_s, u"engineer"_s, u"sound"_s, u"production"_s, u"artwork"_s,
        u"recommendation"_s, u"recommendations"_s, u"timescale"_s, u"timeline"_s, u"the problem"_s,
        u"the fix"_s, u"problem"_s, u"fix"_s, u"solution"_s, u"bottom line"_s, u"why it matters"_s,
        u"verdict"_s, u"pros"_s, u"cons"_s, u"price"_s, u"contact"_s, u"media contact"_s, u"moderated by"_s,
        u"prepared remarks"_s, u"questions and answers"_s, u"questions & answers"_s, u"lesson"_s, u"rule"_s,
        u"goal"_s, u"result"_s, u"results"_s};
    return words.contains(label.toString().toLower());
}

bool TurnLabelParser::isTitleWord(QStringView word)
{
    static const QSet<QString> titles {u"mr"_s, u"mrs"_s, u"ms"_s, u"miss"_s, u"mx"_s, u"dr"_s, u"prof"_s,
        u"professor"_s, u"sir"_s, u"dame"_s, u"lord"_s, u"lady"_s, u"madam"_s, u"madame"_s, u"senator"_s,
        u"sen"_s, u"rep"_s, u"representative"_s, u"congressman"_s, u"congresswoman"_s, u"chair"_s,
        u"chairman"_s, u"chairwoman"_s, u"chairperson"_s, u"vice"_s, u"commissioner"_s, u"councillor"_s,
        u"councilor"_s, u"cllr"_s, u"alderman"_s, u"mayor"_s, u"governor"_s, u"gov"_s, u"president"_s,
        u"secretary"_s, u"minister"_s, u"ambassador"_s, u"judge"_s, u"justice"_s, u"general"_s, u"gen"_s,
        u"lieutenant"_s, u"lt"_s, u"colonel"_s, u"col"_s, u"major"_s, u"captain"_s, u"capt"_s, u"admiral"_s,
        u"adm"_s, u"sergeant"_s, u"sgt"_s, u"officer"_s, u"deputy"_s, u"assistant"_s, u"speaker"_s,
        u"press"_s, u"attorney"_s, u"inspector"_s, u"detective"_s, u"rev"_s, u"revd"_s, u"reverend"_s,
        u"father"_s, u"sister"_s, u"rabbi"_s, u"imam"_s, u"sheikh"_s, u"hon"_s, u"honourable"_s,
        u"honorable"_s, u"director"_s, u"chief"_s, u"superintendent"_s, u"clerk"_s, u"principal"_s, u"dean"_s,
        u"chancellor"_s, u"prime"_s, u"premier"_s, u"delegate"_s, u"doctor"_s, u"agent"_s, u"coach"_s,
        u"nurse"_s, u"witness"_s, u"presiding"_s, u"acting"_s, u"senior"_s, u"under"_s};
    QString key = word.toString().toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    return titles.contains(key);
}

bool TurnLabelParser::isRoleLabel(QStringView label)
{
    static const QSet<QString> roles {u"operator"_s, u"moderator"_s, u"host"_s, u"co-host"_s,
        u"interviewer"_s, u"presenter"_s, u"announcer"_s, u"narrator"_s, u"chair"_s, u"chairman"_s,
        u"chairwoman"_s, u"chairperson"_s, u"witness"_s, u"reporter"_s, u"caller"_s, u"audience"_s,
        u"questioner"_s, u"anchor"_s, u"interpreter"_s, u"translator"_s, u"respondent"_s,
        u"audience member"_s, u"unidentified speaker"_s, u"unknown speaker"_s, u"the court"_s,
        u"the witness"_s, u"the chair"_s, u"the mayor"_s, u"the president"_s, u"the speaker"_s,
        u"the clerk"_s, u"mr. speaker"_s, u"madam speaker"_s, u"madam chair"_s, u"mr. chairman"_s,
        u"madam chairman"_s, u"madam president"_s, u"mr. president"_s, u"the presiding officer"_s,
        u"the deputy speaker"_s};
    return roles.contains(label.toString().toLower());
}

qsizetype TurnLabelParser::timestampLength(QStringView paragraph)
{
    // `[00:01:05]` or `(00:01:05)`, or a bare time with seconds; `2:05 p.m.` and `10:30 the …` are times of
    // day.
    qsizetype length = bracketedTimeLength(paragraph, 0, true);
    if (length == 0) {
        length = timeLength(paragraph, 0);
        const QStringView time = paragraph.first(length);
        if (length == 0 || time.count(u':') < 2)
            return 0;
    }
    if (length >= paragraph.size() || paragraph.at(length) != u' ')
        return 0;
    return length + 1;
}

std::optional<TurnLabel> TurnLabelParser::parse(QStringView paragraph)
{
    TurnLabel turn;
    qsizetype start = 0;
    if (const qsizetype stamp = timestampLength(paragraph); stamp > 0) {
        const qsizetype open = paragraph.at(0) == u'[' || paragraph.at(0) == u'(' ? 1 : 0;
        turn.timestamp = paragraph.sliced(open, timeLength(paragraph, open)).toString();
        start = stamp;
    }
    if (start >= paragraph.size())
        return std::nullopt;

    // `Q. Why?` / `A. Because.`: the print convention; the Segmenter wants both in the article.
    if (paragraph.size() > start + 3 && (paragraph.at(start) == u'Q' || paragraph.at(start) == u'A') &&
        paragraph.at(start + 1) == u'.' && paragraph.at(start + 2) == u' ' &&
        paragraph.at(start + 3).isUpper()) {
        turn.label = paragraph.sliced(start, 1).toString();
        turn.form = TurnLabel::Form::QuestionAnswer;
        turn.delimiter = TurnLabel::Delimiter::FullStop;
        turn.periodDelimited = true;
        turn.textStart = start + 3;
        return turn;
    }

    qsizetype colon = -1;
    int depth = 0; // a colon inside parentheses belongs to a time or a role: `Ana Ruiz (00:01:05):`
    bool sentenceEnded = false;
    const qsizetype limit = std::min(paragraph.size(), start + MaxBioLabelLength);
    for (qsizetype i = start; i < limit; ++i) {
        const QChar c = paragraph.at(i);
        if (c == u'(' || c == u'[' || c == u'\uff08')
            ++depth;
        else if ((c == u')' || c == u']' || c == u'\uff09') && depth > 0)
            --depth;
        if (isColon(c) && depth == 0) {
            colon = i;
            break;
        }
        if (c == u'.' && i + 1 < paragraph.size() && paragraph.at(i + 1) == u' ') {
            qsizetype wordStart = i;
            while (wordStart > start && paragraph.at(wordStart - 1) != u' ')
                --wordStart;
            const QStringView word = paragraph.sliced(wordStart, i + 1 - wordStart);
            if (!isHonorificAnyCase(word) && !isInitials(word)) {
                sentenceEnded = true; // a sentence, or a label closed by a full stop
                break;
            }
        }
        if ((c == u'!' || c == u'?' || c == u'\u3002') && depth == 0) {
            sentenceEnded = true;
            break;
        }
    }
    if (colon > start && !sentenceEnded) {
        if (auto colonTurn = parseColon(paragraph, start, colon, turn))
            return colonTurn;
    }
    // `Mr. COLEMAN. Mr. President…`, `Q  Why?`: labels without a colon.
    if (auto fullStop = parseFullStop(paragraph, start)) {
        fullStop->timestamp = turn.timestamp;
        return fullStop;
    }
    if (auto spaced = parseSpaced(paragraph, start)) {
        spaced->timestamp = turn.timestamp;
        return spaced;
    }
    return std::nullopt;
}

std::optional<TurnLabel> TurnLabelParser::parseColon(
    QStringView paragraph, qsizetype start, qsizetype colon, TurnLabel turn)
{
    // `10:30`, `3:1`: a colon between digits is a time or a ratio, never a label's.
    if (colon + 1 < paragraph.size() && paragraph.at(colon - 1).isDigit() &&
        paragraph.at(colon + 1).isDigit())
        return std::nullopt;

    QString label = paragraph.sliced(start, colon - start).trimmed().toString();
    if (QString name; splitCapitalsBio(label, turn, &name)) {
        label = name;
    } else {
        if (colon - start > MaxLabelLength)
            return std::nullopt;
        label = applyParentheses(label, turn);
    }
    if (label.isEmpty() || isNonSpeakerLabel(label))
        return std::nullopt;
    const LabelParts parts = splitParentheses(label);
    const auto form = colonForm(turn.occupant.isEmpty() ? QStringView(label) : parts.name, &turn.nameWords);
    if (!form)
        return std::nullopt;
    turn.form = *form;
    turn.label = label;

    qsizetype textStart = colon + 1;
    while (textStart < paragraph.size() && paragraph.at(textStart) == u' ')
        ++textStart;
    // `Lena Park: (02:17) Thanks for coming`: the time the service stamped after the label.
    if (turn.timestamp.isEmpty()) {
        if (const qsizetype stamp = bracketedTimeLength(paragraph, textStart, true); stamp > 0) {
            turn.timestamp = paragraph.sliced(textStart + 1, stamp - 2).toString();
            textStart += stamp;
            while (textStart < paragraph.size() && paragraph.at(textStart) == u' ')
                ++textStart;
        }
    }
    turn.textStart = textStart;
    return turn;
}

namespace {

// `00:00:04 Hana Novak`: a time and a name, the speech on the lines below (podcast transcripts).
std::optional<TurnLabel> timedNameLine(QStringView paragraph, qsizetype stamp, TurnLabel turn)
{
    const QStringView name = paragraph.sliced(stamp).trimmed();
    const qsizetype nameWords = SpeakerHeaderParser::personNameWords(name);
    const bool capitals = isCapitalsLabel(name);
    if (name.isEmpty() || TextRules::wordCount(name) > 5 ||
        (nameWords == 0 && !capitals && !TurnLabelParser::isRoleLabel(name)))
        return std::nullopt;
    const qsizetype open = paragraph.at(0) == u'[' || paragraph.at(0) == u'(' ? 1 : 0;
    turn.timestamp = paragraph.sliced(open, timeLength(paragraph, open)).toString();
    turn.label = name.toString();
    turn.form = capitals ? TurnLabel::Form::Capitals : TurnLabel::Form::Name;
    turn.nameWords = nameWords;
    return turn;
}

// `Rosa Delgado -- Chief Financial Officer`, `Ilan Weiss -- Harwick Partners -- Analyst`. Empty when
// the line has no such dash; holding an empty label when it has one but names nobody.
std::optional<std::optional<TurnLabel>> dashedNameLine(QStringView paragraph, TurnLabel turn)
{
    static const QRegularExpression dashed(u"^(.{3,60}?) (?:--|\u2014|\u2013) (.{2,90})$"_s);
    if (const auto match = matchView(dashed, paragraph); match.hasMatch()) {
        const QStringView name = match.capturedView(1);
        if (SpeakerHeaderParser::personNameWords(name) >= 2 || isCapitalsLabel(name)) {
            turn.label = name.toString();
            turn.role = match.captured(2);
            turn.form = isCapitalsLabel(name) ? TurnLabel::Form::Capitals : TurnLabel::Form::Name;
            turn.nameWords = SpeakerHeaderParser::personNameWords(name);
            return std::optional<TurnLabel>(turn);
        }
        return std::optional<TurnLabel>();
    }
    return std::nullopt;
}

// `Ms. Dara Quinn (Eastfield)`, `The Minister for Transport (Mr. Colm Hartigan)`.
std::optional<TurnLabel> parenthesisedNameLine(QStringView paragraph, TurnLabel turn)
{
    const LabelParts parts = splitParentheses(paragraph);
    if (!parts.hasParentheses)
        return std::nullopt;
    const auto words = parts.name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > MaxLabelWords)
        return std::nullopt;
    const Parenthetical kind = classifyParenthetical(parts.inside, parts.name);
    if (kind == Parenthetical::Time)
        return std::nullopt;
    if (kind == Parenthetical::Person) {
        // A role before the person: `The Minister for Transport`, `The SPEAKER pro tempore`.
        if (!isTheWord(words.constFirst()) && !TurnLabelParser::isTitleWord(words.constFirst()))
            return std::nullopt;
        turn.label = paragraph.toString();
        turn.occupant = parts.inside.toString();
        turn.form = TurnLabel::Form::Title;
        return turn;
    }
    // A place or constituency in parentheses after an honorific and a name.
    if (!isHonorificAnyCase(words.constFirst()) && !TurnLabelParser::isTitleWord(words.constFirst()))
        return std::nullopt;
    const qsizetype nameWords = SpeakerHeaderParser::personNameWords(parts.name);
    if (nameWords < 1 || TextRules::findSentenceEnd(parts.inside) >= 0)
        return std::nullopt;
    turn.label = parts.name.toString();
    turn.role = parts.inside.toString();
    turn.form = TurnLabel::Form::Name;
    turn.nameWords = nameWords;
    return turn;
}

} // namespace

std::optional<TurnLabel> TurnLabelParser::parseOwnLine(QStringView paragraph)
{
    if (paragraph.isEmpty() || paragraph.size() > MaxBioLabelLength)
        return std::nullopt;

    // `CHIDI OKAFOR, HOST:`, `BREL:`, `Lena Park: (02:17)`: a colon label with nothing after it.
    if (const auto turn = parse(paragraph); turn && turn->delimiter == TurnLabel::Delimiter::Colon) {
        if (turn->textStart >= paragraph.size()) {
            TurnLabel own = *turn;
            own.delimiter = TurnLabel::Delimiter::Line;
            own.textStart = paragraph.size();
            return own;
        }
        return std::nullopt;
    }
    if (TextRules::findSentenceEnd(paragraph) >= 0 && !paragraph.endsWith(u')'))
        return std::nullopt;

    TurnLabel turn;
    turn.delimiter = TurnLabel::Delimiter::Line;
    turn.textStart = paragraph.size();

    // `00:00:04 Hana Novak`: a time and a name, the speech on the lines below (podcast transcripts).
    if (const qsizetype stamp = timestampLength(paragraph); stamp > 0)
        return timedNameLine(paragraph, stamp, turn);
    if (auto dashed = dashedNameLine(paragraph, turn))
        return *dashed;
    // `Operator`, `Mr. Speaker`, `The Mayor`.
    if (isRoleLabel(paragraph)) {
        turn.label = paragraph.toString();
        turn.form = paragraph.at(0).isUpper() && paragraph.size() > 1 && paragraph.at(1).isUpper()
            ? TurnLabel::Form::Capitals
            : TurnLabel::Form::Title;
        return turn;
    }

    return parenthesisedNameLine(paragraph, turn);
}

} // namespace Colloquy
