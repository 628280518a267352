#include "segment/pagefurniture.h"

#include "regexview.h"

#include "segment/textrules.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

constexpr qsizetype MaxFurnitureLength = 160;

const QString &monthPattern()
{
    static const QString months =
        u"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
        u"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"_s;
    return months;
}

const QRegularExpression &datePattern()
{
    static const QRegularExpression re(u"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:"_s +
            monthPattern() + u"\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+"_s +
            monthPattern() + u"\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\.?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &timePattern()
{
    static const QRegularExpression re(
        u"^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?)?,?\\s*(?:[A-Z]{2,5})?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &anyDateOrTime()
{
    static const QRegularExpression re(u"\\b(?:\\d{1,2}:\\d{2}\\s*[ap]\\.?\\s?m\\b|"_s + monthPattern() +
            u"\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+"_s + monthPattern() + u"\\s+\\d{4})"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &noticePattern()
{
    static const QRegularExpression re(
        u"^(?:(?:published|updated|posted|last updated|first published|modified)\\b[^.!?]{0,60}"
        u"|listen to (?:this )?(?:article|story|episode)(?:\\s*[\u00b7|\u2022-]\\s*\\d+\\s*min(?:utes?)?)?"
        u"|(?:share|print|email|save)(?: this (?:article|story|page))?"
        u"|\\d+\\s*(?:min|minute)s?(?: read| listen)?"
        u"|advertisement|sponsored(?: content)?|ad"
        u"|(?:subscribe|sign up|follow us|get our|join our|download the app)\\b[^.!?]{0,80}"
        u"|read more|skip to (?:main )?content|this (?:article|story) is more than .{1,30} old"
        u"|comments?(?: \\(\\d+\\))?|more from .{1,40}|photos?: .{0,40}|(?:audio|video) (?:available|only)"
        u"|please note\\s*[:\uff1a].*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &creditsPattern()
{
    static const QRegularExpression re(
        u"^(?:credits?|producers?|produced by|executive producers?|music(?: by)?|editors?|edited by|"
        u"sound(?: design)?|mixing|mixed by|artwork|engineers?|transcript(?:ion)? by|production)\\s*[:\uff1a]"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &sectionPattern()
{
    static const QRegularExpression re(
        u"^(?:prepared remarks|presentation|questions? (?:and|&) answers?|question-and-answer session|"
        u"corporate participants|conference call participants|call participants|participants|panell?ists|"
        u"speakers|guests|attendees|in this episode|show notes|proceedings|transcript|"
        u"by (?:mr|ms|mrs|miss|dr)\\.? [\\p{L}'\u2019-]+\\s*[:\uff1a])\\s*[:\uff1a]?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isBreadcrumb(QStringView line)
{
    static const QString separators = u"\u203a\u00bb>"_s;
    qsizetype parts = 1;
    for (const QChar c : line) {
        if (separators.contains(c))
            ++parts;
    }
    if (parts < 2 || parts > 8 || TextRules::findSentenceEnd(line) >= 0)
        return false;
    // Each crumb is a short name, not a clause.
    qsizetype words = 0;
    for (const QChar c : line)
        words += c == u' ';
    return words <= parts * 4;
}

bool isPageMarker(QStringView line)
{
    // The letter classes are case-sensitive (?-i:): PCRE2 10.45 lets a caseless \p{Lu} match lower
    // case too, and `[APPLAUSE]` is a stage direction, not a `[Page]` marker.
    static const QRegularExpression marker(
        u"^(?:\\[\\[[^\\]]{1,40}\\]\\]|\\{time\\}\\s*\\d{3,4}|\\[[^\\]\\[]*\\d[^\\]\\[]*\\]"
        u"|(?-i:\\[\\p{Lu}\\p{Ll}+\\])|(?-i:(?:\\p{Lu} ){3,}\\p{Lu})"
        u"|-?\\s*\\d{1,4}\\s*-?|page \\d+(?: of \\d+)?)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return line.size() <= 120 && matchView(marker, line).hasMatch();
}

bool isContact(QStringView line)
{
    if (line.size() > 80 ||
        (line.contains(u' ') && !line.startsWith(u'+') && !line.front().isDigit() && !line.front().isPunct()))
        return false;
    static const QRegularExpression contact(
        u"^(?:\\+?[\\d().\\s-]{7,20}|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?:https?://|www\\.)\\S+)$"_s);
    if (!matchView(contact, line).hasMatch())
        return false;
    qsizetype digits = 0;
    for (const QChar c : line)
        digits += c.isDigit();
    return line.contains(u'@') || line.contains(u"www."_s) || line.contains(u"://"_s) || digits >= 7;
}

} // namespace

PageFurniture::Kind PageFurniture::classify(QStringView line)
{
    if (line.isEmpty() || line.size() > MaxFurnitureLength)
        return Kind::None;
    if (matchView(datePattern(), line).hasMatch())
        return Kind::Date;
    if (matchView(timePattern(), line).hasMatch() && line.contains(u':'))
        return Kind::Time;
    if (isPageMarker(line))
        return Kind::PageMarker;
    if (isContact(line))
        return Kind::Contact;
    if (matchView(creditsPattern(), line).hasMatch())
        return Kind::Credits;
    if (matchView(sectionPattern(), line).hasMatch())
        return Kind::Section;
    if (line.size() <= 100 && matchView(noticePattern(), line).hasMatch())
        return Kind::Notice;
    if (isBreadcrumb(line))
        return Kind::Breadcrumb;
    return Kind::None;
}

bool PageFurniture::hasDateOrTime(QStringView line)
{
    return line.size() <= MaxFurnitureLength && matchView(anyDateOrTime(), line).hasMatch();
}

bool PageFurniture::isCreditedCaption(QStringView paragraph)
{
    if (paragraph.size() > 600 || paragraph.size() < 20)
        return false;
    // A credit ends without punctuation: most paragraphs are out at their last character.
    const QChar end = paragraph.back();
    if (end == u'.' || end == u'!' || end == u'?' || end == u',' || end == u':' || end == u'\u201d' ||
        end == u'"' || end == u'\u3002')
        return false;
    // The credit follows the caption's last sentence and is no sentence itself.
    qsizetype lastEnd = -1;
    for (qsizetype from = 0;;) {
        const qsizetype end = TextRules::findSentenceEnd(paragraph, from);
        if (end < 0 || end + 1 >= paragraph.size())
            break;
        lastEnd = end;
        from = end + 1;
    }
    if (lastEnd < 0)
        return false;
    QStringView tail = paragraph.sliced(lastEnd + 1).trimmed();
    if (tail.isEmpty() || tail.size() > 70)
        return false;
    const QChar last = tail.back();
    if (last == u'.' || last == u'!' || last == u'?' || last == u',' || last == u':')
        return false;
    static const QRegularExpression labelled(
        u"^\\(?(?:photo(?:graph)?|image|picture|illustration|credit|courtesy|file photo)s?\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (matchView(labelled, tail).hasMatch())
        return true;
    // `NASA / Lee Wingfield`, `NASA`, `Aled Price / Valley Press`: names and agencies, no clause.
    const auto words = tail.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 6)
        return false;
    bool slash = tail.contains(u'/');
    bool capitals = true;
    for (const QStringView word : words) {
        if (word == u"/"_s || word == u"&"_s)
            continue;
        if (!word.at(0).isUpper() && word != u"of"_s && word != u"for"_s && word != u"the"_s &&
            word != u"and"_s)
            return false;
        for (const QChar c : word) {
            if (c.isLower())
                capitals = false;
        }
    }
    return slash || (capitals && words.size() <= 3);
}

} // namespace Colloquy
