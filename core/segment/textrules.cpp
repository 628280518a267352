#include "segment/textrules.h"

#include <QSet>

#include <algorithm>
#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::TextRules {

namespace {

QSet<QString> makeSet(std::initializer_list<QString> words)
{
    return QSet<QString>(words.begin(), words.end());
}

bool contains(const QSet<QString> &set, QStringView word)
{
    return set.contains(word.toString());
}

} // namespace

bool isSentenceOpener(QStringView word)
{
    static const QSet<QString> openers = makeSet({u"A"_s, u"An"_s, u"The"_s, u"This"_s, u"That"_s, u"These"_s,
        u"Those"_s, u"In"_s, u"On"_s, u"At"_s, u"As"_s, u"For"_s, u"From"_s, u"With"_s, u"Without"_s, u"By"_s,
        u"To"_s, u"Of"_s, u"Over"_s, u"Under"_s, u"Since"_s, u"After"_s, u"Before"_s, u"During"_s, u"While"_s,
        u"Whilst"_s, u"When"_s, u"Where"_s, u"Whether"_s, u"If"_s, u"Although"_s, u"Though"_s, u"Because"_s,
        u"Despite"_s, u"Amid"_s, u"Amidst"_s, u"Among"_s, u"Across"_s, u"Against"_s, u"Beyond"_s,
        u"Through"_s, u"Throughout"_s, u"Unlike"_s, u"Like"_s, u"Given"_s, u"Yet"_s, u"But"_s, u"And"_s,
        u"So"_s, u"Still"_s, u"However"_s, u"Indeed"_s, u"Today"_s, u"Now"_s, u"Recently"_s, u"Currently"_s,
        u"Historically"_s, u"Ultimately"_s, u"Clearly"_s, u"Notably"_s, u"First"_s, u"Firstly"_s, u"Second"_s,
        u"Finally"_s, u"It"_s, u"Its"_s, u"I"_s, u"We"_s, u"Our"_s, u"My"_s, u"They"_s, u"Their"_s,
        u"There"_s, u"Here"_s, u"What"_s, u"How"_s, u"Why"_s, u"Who"_s, u"Many"_s, u"Most"_s, u"Some"_s,
        u"Few"_s, u"Several"_s, u"Every"_s, u"Each"_s, u"All"_s, u"Both"_s, u"Such"_s, u"No"_s, u"Not"_s,
        u"One"_s, u"Any"_s, u"Much"_s, u"More"_s, u"Less"_s, u"Perhaps"_s, u"Certainly"_s, u"Even"_s,
        u"Only"_s, u"Once"_s, u"Until"_s, u"Rather"_s, u"Instead"_s, u"Overall"_s, u"Thus"_s, u"Therefore"_s,
        u"Meanwhile"_s, u"Moreover"_s, u"Furthermore"_s, u"Within"_s, u"Following"_s, u"According"_s,
        u"You"_s, u"He"_s, u"She"_s, u"Let"_s, u"Looking"_s, u"Having"_s, u"Whatever"_s, u"Nowadays"_s,
        u"Traditionally"_s, u"Undoubtedly"_s, u"Admittedly"_s, u"Frankly"_s, u"Simply"_s, u"Put"_s,
        u"Unfortunately"_s, u"Fortunately"_s, u"Interestingly"_s, u"Importantly"_s});
    return contains(openers, word);
}

bool isConnective(QStringView word)
{
    static const QSet<QString> connectives =
        makeSet({u"and"_s, u"or"_s, u"but"_s, u"nor"_s, u"of"_s, u"in"_s, u"on"_s, u"at"_s, u"for"_s,
            u"from"_s, u"with"_s, u"by"_s, u"to"_s, u"as"_s, u"into"_s, u"than"_s, u"via"_s, u"per"_s});
    return contains(connectives, word.toString().toLower());
}

bool isSentenceAdverb(QStringView word)
{
    static const QSet<QString> adverbs = makeSet({u"However"_s, u"Indeed"_s, u"Today"_s, u"Now"_s,
        u"Meanwhile"_s, u"Moreover"_s, u"Furthermore"_s, u"Overall"_s, u"Thus"_s, u"Therefore"_s,
        u"Perhaps"_s, u"Yet"_s, u"Still"_s, u"Instead"_s, u"First"_s, u"Second"_s, u"Finally"_s,
        u"Nowadays"_s, u"Admittedly"_s, u"Again"_s, u"Hence"_s, u"Yes"_s, u"No"_s, u"Well"_s});
    return word.endsWith(u"ly"_s) || contains(adverbs, word);
}

bool isFixedPhrase(QStringView first, QStringView second)
{
    static const QSet<QString> phrases = makeSet({u"As of"_s, u"Because of"_s, u"According to"_s,
        u"Instead of"_s, u"Due to"_s, u"Apart from"_s, u"Along with"_s, u"Thanks to"_s, u"Prior to"_s,
        u"Together with"_s, u"Compared to"_s, u"Compared with"_s, u"Contrary to"_s, u"In for"_s, u"Up to"_s,
        u"As for"_s, u"As to"_s, u"Much of"_s, u"Most of"_s, u"Some of"_s, u"Many of"_s, u"All of"_s,
        u"Each of"_s, u"Both of"_s, u"One of"_s, u"None of"_s, u"Few of"_s, u"Several of"_s, u"Any of"_s,
        u"More than"_s, u"Less than"_s, u"Even in"_s, u"Even as"_s, u"Only in"_s, u"Only by"_s,
        u"Only with"_s, u"Once in"_s, u"Here in"_s, u"There in"_s, u"Now in"_s, u"Yet in"_s, u"But in"_s,
        u"And in"_s, u"So in"_s, u"Still in"_s, u"Not in"_s, u"Not for"_s, u"Not by"_s, u"Not with"_s,
        u"Not to"_s, u"Not as"_s, u"Not at"_s, u"Not on"_s, u"Not from"_s, u"Not of"_s, u"But as"_s,
        u"Yet as"_s, u"And as"_s, u"Even with"_s, u"Even for"_s, u"Even by"_s, u"Even at"_s, u"Even on"_s});
    const QString phrase = first.toString() + u' ' + second.toString();
    return contains(phrases, phrase);
}

bool isNamePrefix(QStringView fragment)
{
    static const QSet<QString> prefixes =
        makeSet({u"Mc"_s, u"Mac"_s, u"De"_s, u"Di"_s, u"Da"_s, u"Du"_s, u"La"_s, u"Le"_s, u"Van"_s, u"Von"_s,
            u"Fitz"_s, u"St"_s, u"Des"_s, u"Del"_s, u"Della"_s, u"Dos"_s, u"Ter"_s});
    return contains(prefixes, fragment);
}

bool isKnownCamelCaseName(QStringView token)
{
    static const QSet<QString> names = makeSet(
        {u"iPhone"_s, u"iPad"_s, u"iPod"_s, u"iMac"_s, u"iCloud"_s, u"eBay"_s, u"YouTube"_s, u"LinkedIn"_s,
            u"PayPal"_s, u"WeChat"_s, u"WhatsApp"_s, u"TikTok"_s, u"DeepSeek"_s, u"DeepMind"_s, u"OpenAI"_s,
            u"ChatGPT"_s, u"GitHub"_s, u"GitLab"_s, u"JavaScript"_s, u"TypeScript"_s, u"PowerPoint"_s,
            u"FedEx"_s, u"SpaceX"_s, u"BlackRock"_s, u"SoftBank"_s, u"McKinsey"_s, u"HarperCollins"_s,
            u"AstraZeneca"_s, u"ByteDance"_s, u"MasterCard"_s, u"BlackBerry"_s, u"PlayStation"_s,
            u"JPMorgan"_s, u"GlaxoSmithKline"_s, u"ExxonMobil"_s, u"ArcelorMittal"_s, u"HuffPost"_s,
            u"BuzzFeed"_s, u"DreamWorks"_s, u"MacBook"_s, u"AirPods"_s, u"TechCrunch"_s, u"SoundCloud"_s,
            u"DoorDash"_s, u"WordPress"_s, u"PhD"_s, u"AliExpress"_s, u"AliPay"_s, u"Alipay"_s, u"WeBank"_s,
            u"CoinBase"_s, u"DuckDuckGo"_s, u"PetroChina"_s, u"SinoPec"_s, u"BioNTech"_s, u"MedTech"_s,
            u"FinTech"_s, u"EdTech"_s, u"HealthTech"_s, u"CleanTech"_s, u"NetEase"_s, u"SenseTime"_s,
            u"MiniMax"_s, u"HarmonyOS"_s, u"MediaTek"_s, u"StarLink"_s, u"OneWeb"_s, u"TeleGeography"_s});
    return contains(names, token);
}

bool isHonorific(QStringView word)
{
    static const QSet<QString> honorifics = makeSet({u"Dr."_s, u"Dr"_s, u"Prof."_s, u"Prof"_s, u"Professor"_s,
        u"Mr."_s, u"Mr"_s, u"Mrs."_s, u"Mrs"_s, u"Ms."_s, u"Ms"_s, u"Mx."_s, u"Sir"_s, u"Dame"_s, u"Lord"_s,
        u"Lady"_s, u"Ambassador"_s, u"Judge"_s, u"Rev."_s, u"Gen."_s, u"Col."_s, u"Capt."_s, u"Senator"_s,
        u"Sen."_s, u"Rep."_s, u"Hon."_s, u"Sheikh"_s, u"Imam"_s, u"Rabbi"_s, u"Father"_s, u"Sister"_s});
    return contains(honorifics, word);
}

bool isRoleNoun(QStringView word)
{
    static const QSet<QString> roles = makeSet({u"architect"_s, u"economist"_s, u"analyst"_s, u"researcher"_s,
        u"scientist"_s, u"engineer"_s, u"historian"_s, u"sociologist"_s, u"psychologist"_s, u"philosopher"_s,
        u"physicist"_s, u"biologist"_s, u"chemist"_s, u"ecologist"_s, u"geologist"_s, u"lawyer"_s,
        u"attorney"_s, u"author"_s, u"writer"_s, u"novelist"_s, u"poet"_s, u"journalist"_s, u"reporter"_s,
        u"editor"_s, u"columnist"_s, u"photographer"_s, u"artist"_s, u"designer"_s, u"composer"_s,
        u"director"_s, u"filmmaker"_s, u"activist"_s, u"diplomat"_s, u"minister"_s, u"president"_s,
        u"chairman"_s, u"chairwoman"_s, u"chair"_s, u"mayor"_s, u"governor"_s, u"councillor"_s,
        u"spokesperson"_s, u"spokesman"_s, u"spokeswoman"_s, u"teacher"_s, u"farmer"_s, u"nurse"_s,
        u"doctor"_s, u"surgeon"_s, u"chef"_s, u"founder"_s, u"entrepreneur"_s, u"investor"_s, u"manager"_s,
        u"coach"_s, u"curator"_s, u"librarian"_s, u"commentator"_s, u"expert"_s});
    return !word.isEmpty() && contains(roles, word.toString().toLower());
}

bool isNameParticle(QStringView word)
{
    static const QSet<QString> particles =
        makeSet({u"de"_s, u"da"_s, u"di"_s, u"del"_s, u"della"_s, u"der"_s, u"den"_s, u"van"_s, u"von"_s,
            u"bin"_s, u"binti"_s, u"ibn"_s, u"al"_s, u"el"_s, u"la"_s, u"le"_s, u"du"_s, u"dos"_s, u"das"_s,
            u"do"_s, u"y"_s, u"zu"_s, u"ter"_s, u"ten"_s, u"ben"_s, u"bint"_s, u"abu"_s, u"e"_s});
    return contains(particles, word);
}

// Abbreviations whose full stop rarely ends a sentence.
static bool isAbbreviation(QStringView word)
{
    static const QSet<QString> abbreviations = makeSet({u"Dr"_s, u"Mr"_s, u"Mrs"_s, u"Ms"_s, u"Mx"_s,
        u"Prof"_s, u"St"_s, u"Jr"_s, u"Sr"_s, u"Inc"_s, u"Ltd"_s, u"Co"_s, u"Corp"_s, u"Dept"_s, u"Univ"_s,
        u"No"_s, u"Mt"_s, u"Ft"_s, u"Gov"_s, u"Sen"_s, u"Rep"_s, u"Gen"_s, u"Col"_s, u"Capt"_s, u"Lt"_s,
        u"Rev"_s, u"Hon"_s, u"vs"_s, u"etc"_s, u"approx"_s, u"Assoc"_s, u"Inst"_s, u"Natl"_s, u"Intl"_s,
        u"Ave"_s, u"Blvd"_s, u"Fig"_s, u"Vol"_s, u"pp"_s, u"cf"_s, u"al"_s, u"Jan"_s, u"Feb"_s, u"Mar"_s,
        u"Apr"_s, u"Jun"_s, u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Sept"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s});
    return contains(abbreviations, word);
}

bool isSentenceEnd(QStringView text, qsizetype dot)
{
    const QChar mark = text.at(dot);
    if (mark == u'!' || mark == u'?' || mark == u'。' || mark == u'！' || mark == u'？')
        return true;
    if (mark != u'.')
        return false;
    // A decimal (3.5) or an ellipsis inside a sentence.
    if (dot + 1 < text.size() && (text.at(dot + 1).isDigit() || text.at(dot + 1) == u'.'))
        return false;
    // Abbreviations are short: a longer run of letters and dots ends a sentence, and a pathological
    // one (`a.a.a.…` for megabytes) costs no more than a word to look at.
    constexpr qsizetype LongestAbbreviation = 40;
    qsizetype start = dot;
    while (start > 0 && dot - start <= LongestAbbreviation &&
        (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == u'.'))
        --start;
    if (dot - start > LongestAbbreviation)
        return true;
    const QStringView word = text.mid(start, dot - start);
    if (word.isEmpty())
        return true;
    if (word.contains(u'.'))
        return false; // U.S., e.g., Ph.D.
    if (word.size() == 1 && word.at(0).isUpper())
        return false; // an initial
    return !isAbbreviation(word);
}

qsizetype findSentenceEnd(QStringView text, qsizetype from)
{
    static const QString marks = u".!?。！？"_s;
    for (qsizetype i = from; i < text.size(); ++i) {
        if (!marks.contains(text.at(i)) || !isSentenceEnd(text, i))
            continue;
        // A full stop ends a sentence only before a space, a quote, a capital or the end.
        if (i + 1 >= text.size())
            return i;
        const QChar next = text.at(i + 1);
        if (next.isSpace() || next.isUpper() || next == u'"' || next == u'\u201d' || next == u'\u2019' ||
            next == u')' || text.at(i) != u'.')
            return i;
    }
    return -1;
}

QString repairGluedSentences(const QString &paragraph)
{
    // Most paragraphs have nothing glued: hand them back without a copy.
    bool glued = false;
    for (qsizetype i = 2; i + 2 < paragraph.size() && !glued; ++i) {
        const QChar c = paragraph.at(i);
        glued = (c == u'.' || c == u'!' || c == u'?') && paragraph.at(i + 1).isUpper() &&
            paragraph.at(i - 1).isLower();
    }
    if (!glued)
        return paragraph;
    QString result;
    result.reserve(paragraph.size() + 8);
    for (qsizetype i = 0; i < paragraph.size(); ++i) {
        const QChar c = paragraph.at(i);
        result.append(c);
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        // Glued: at least two lower-case letters before the mark, then a capital and a lower-case letter.
        if (i < 2 || i + 2 >= paragraph.size())
            continue;
        if (!paragraph.at(i - 1).isLower() || !paragraph.at(i - 2).isLower())
            continue;
        if (!paragraph.at(i + 1).isUpper() || !paragraph.at(i + 2).isLower())
            continue;
        if (c == u'.' && !isSentenceEnd(paragraph, i))
            continue;
        result.append(u' ');
    }
    return result;
}

qsizetype wordCount(QStringView text)
{
    qsizetype count = 0;
    bool inWord = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inWord = false;
        } else if (!inWord) {
            inWord = true;
            ++count;
        }
    }
    return count;
}

} // namespace Colloquy::TextRules
