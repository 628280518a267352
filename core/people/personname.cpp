#include "people/personname.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

// All folded (fold()): lower case, no dots, hyphens or diacritics.

// Dropped before a name; alone they name nobody. Not `major` or `king`: those are surnames too.
const QSet<QString> &titleWords()
{
    static const QSet<QString> words {u"dr"_s, u"doctor"_s, u"prof"_s, u"professor"_s, u"mr"_s, u"mrs"_s,
        u"ms"_s, u"miss"_s, u"mx"_s, u"sir"_s, u"dame"_s, u"lord"_s, u"lady"_s, u"rev"_s, u"revd"_s,
        u"reverend"_s, u"hon"_s, u"honourable"_s, u"honorable"_s, u"amb"_s, u"ambassador"_s, u"president"_s,
        u"vicepresident"_s, u"minister"_s, u"senator"_s, u"sen"_s, u"rep"_s, u"representative"_s, u"judge"_s,
        u"justice"_s, u"gen"_s, u"general"_s, u"col"_s, u"colonel"_s, u"capt"_s, u"captain"_s, u"maj"_s,
        u"lt"_s, u"lieutenant"_s, u"sgt"_s, u"sergeant"_s, u"adm"_s, u"admiral"_s, u"sheikh"_s, u"sheik"_s,
        u"rabbi"_s, u"imam"_s, u"fr"_s, u"father"_s, u"pastor"_s, u"bishop"_s, u"archbishop"_s, u"cardinal"_s,
        u"mayor"_s, u"governor"_s, u"gov"_s, u"chancellor"_s, u"premier"_s, u"excellency"_s, u"his"_s,
        u"her"_s, u"the"_s, u"mme"_s, u"mlle"_s, u"herr"_s, u"frau"_s, u"sra"_s, u"dott"_s, u"ing"_s,
        u"mag"_s, u"dipl"_s,
        // Roles a transcript prints before a name, or instead of one.
        u"moderator"_s, u"host"_s, u"cohost"_s, u"interviewer"_s, u"interviewee"_s, u"narrator"_s,
        u"reporter"_s, u"correspondent"_s, u"journalist"_s, u"audience"_s, u"member"_s, u"members"_s,
        u"speaker"_s, u"participant"_s, u"panelist"_s, u"panellist"_s, u"chair"_s, u"chairman"_s,
        u"chairwoman"_s, u"chairperson"_s, u"presenter"_s, u"anchor"_s, u"editor"_s, u"announcer"_s,
        u"caller"_s, u"voice"_s, u"voices"_s, u"unknown"_s, u"unidentified"_s, u"male"_s, u"female"_s,
        u"man"_s, u"woman"_s, u"translator"_s, u"interpreter"_s, u"crowd"_s, u"guest"_s, u"respondent"_s,
        u"spokesperson"_s, u"spokesman"_s, u"spokeswoman"_s, u"question"_s, u"answer"_s, u"q"_s, u"a"_s,
        u"questioner"_s, u"all"_s, u"both"_s, u"several"_s, u"offcamera"_s, u"narration"_s, u"commentator"_s,
        u"analyst"_s, u"facilitator"_s, u"operator"_s};
    return words;
}

// Words that make a label an organisation (an interview's outlet resolved to its full name,
// `Global Times`), not a person. Not `post` or `press`: surnames too.
const QSet<QString> &organisationWords()
{
    static const QSet<QString> words {u"review"_s, u"times"_s, u"news"_s, u"journal"_s, u"magazine"_s,
        u"daily"_s, u"weekly"_s, u"monthly"_s, u"herald"_s, u"tribune"_s, u"gazette"_s, u"radio"_s, u"tv"_s,
        u"television"_s, u"network"_s, u"media"_s, u"report"_s, u"institute"_s, u"foundation"_s, u"council"_s,
        u"university"_s, u"agency"_s, u"broadcasting"_s, u"channel"_s, u"chronicle"_s, u"telegraph"_s,
        u"bulletin"_s, u"digest"_s, u"inc"_s, u"ltd"_s, u"llc"_s, u"corp"_s, u"group"_s, u"newspaper"_s,
        u"podcast"_s, u"committee"_s, u"ministry"_s, u"association"_s, u"editorial"_s, u"staff"_s, u"desk"_s,
        u"team"_s, u"board"_s, u"panel"_s};
    return words;
}

// Dropped after a name. Not `ma` or `ba`: `Ma` is a family name.
const QSet<QString> &suffixWords()
{
    static const QSet<QString> words {u"jr"_s, u"sr"_s, u"ii"_s, u"iii"_s, u"iv"_s, u"phd"_s, u"md"_s,
        u"dphil"_s, u"mba"_s, u"obe"_s, u"mbe"_s, u"cbe"_s, u"kbe"_s, u"dbe"_s, u"frs"_s, u"esq"_s, u"qc"_s,
        u"kc"_s};
    return words;
}

// Printed in lower case inside a name, they belong to the family name but do not identify it.
const QSet<QString> &particles()
{
    static const QSet<QString> words {u"van"_s, u"von"_s, u"de"_s, u"del"_s, u"della"_s, u"der"_s, u"den"_s,
        u"di"_s, u"da"_s, u"du"_s, u"dos"_s, u"das"_s, u"la"_s, u"le"_s, u"ten"_s, u"ter"_s, u"bin"_s,
        u"ibn"_s, u"al"_s, u"el"_s, u"zu"_s};
    return words;
}

// Common Chinese, Korean, Japanese and Vietnamese family names: a two-word name starting with one
// may be printed family name first. Outside this list the order is never swapped (`James Scott`).
const QSet<QString> &eastAsianFamilyNames()
{
    static const QSet<QString> words {u"wang"_s, u"li"_s, u"zhang"_s, u"liu"_s, u"chen"_s, u"yang"_s,
        u"huang"_s, u"zhao"_s, u"wu"_s, u"zhou"_s, u"xu"_s, u"sun"_s, u"ma"_s, u"zhu"_s, u"hu"_s, u"guo"_s,
        u"he"_s, u"lin"_s, u"gao"_s, u"luo"_s, u"zheng"_s, u"liang"_s, u"xie"_s, u"song"_s, u"tang"_s,
        u"han"_s, u"feng"_s, u"deng"_s, u"cao"_s, u"peng"_s, u"zeng"_s, u"xiao"_s, u"tian"_s, u"dong"_s,
        u"pan"_s, u"yuan"_s, u"cai"_s, u"jiang"_s, u"yu"_s, u"du"_s, u"ye"_s, u"cheng"_s, u"wei"_s, u"su"_s,
        u"lu"_s, u"ding"_s, u"ren"_s, u"shen"_s, u"yao"_s, u"fu"_s, u"zhong"_s, u"qian"_s, u"qin"_s, u"fan"_s,
        u"fang"_s, u"shi"_s, u"kong"_s, u"mao"_s, u"bai"_s, u"cui"_s, u"kim"_s, u"lee"_s, u"park"_s,
        u"choi"_s, u"jung"_s, u"kang"_s, u"cho"_s, u"yoon"_s, u"jang"_s, u"lim"_s, u"shin"_s, u"oh"_s,
        u"seo"_s, u"kwon"_s, u"hwang"_s, u"ahn"_s, u"ko"_s, u"moon"_s, u"tanaka"_s, u"suzuki"_s, u"sato"_s,
        u"takahashi"_s, u"watanabe"_s, u"ito"_s, u"yamamoto"_s, u"nakamura"_s, u"kobayashi"_s, u"kato"_s,
        u"yoshida"_s, u"yamada"_s, u"sasaki"_s, u"nguyen"_s, u"tran"_s, u"pham"_s, u"hoang"_s, u"phan"_s,
        u"vu"_s, u"vo"_s, u"dang"_s, u"bui"_s, u"ngo"_s, u"duong"_s, u"ly"_s};
    return words;
}

struct Word
{
    QString folded;
    bool initial = false;
    bool particle = false;
};

bool hasCasedLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter() && (c.isUpper() || c.isLower()))
            return true;
    }
    return false;
}

// An all-capitals word of up to five letters alone is an outlet or a role (`GT`, `BBC`), not a
// person, unless it reads like a surname: a vowel and four letters or more, or a known family name.
bool isAbbreviation(const QString &printed)
{
    qsizetype letters = 0;
    bool vowel = false;
    for (const QChar c : printed) {
        if (!c.isLetter())
            continue;
        if (!c.isUpper())
            return false;
        ++letters;
        if (u"AEIOUY"_s.contains(c))
            vowel = true;
    }
    if (letters == 0 || letters > 5)
        return false;
    if (!vowel)
        return true;
    return letters <= 3 && !eastAsianFamilyNames().contains(PersonName::fold(printed));
}

// `S.T` → S, T; `H.` → H; `Dr.` → Dr. Other punctuation at the edges goes.
QStringList splitToken(QString token)
{
    static const QRegularExpression edges(u"^[^\\p{L}\\p{M}]+|[^\\p{L}\\p{M}.]+$"_s);
    token.remove(edges);
    if (!token.contains(u'.'))
        return token.isEmpty() ? QStringList() : QStringList {token};
    const QStringList parts = token.split(u'.', Qt::SkipEmptyParts);
    return parts;
}

} // namespace

QString PersonName::fold(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case u'\'':
        case u'\u2019':
        case u'\u02bc':
        case u'`':
        case u'-':
        case u'\u2010':
        case u'\u2011':
        case u'.':
            continue;
        case u'\u00f8':
        case u'\u00d8':
            out += u'o';
            continue;
        case u'\u00e6':
        case u'\u00c6':
            out += u"ae"_s;
            continue;
        case u'\u0153':
        case u'\u0152':
            out += u"oe"_s;
            continue;
        case u'\u00df':
            out += u"ss"_s;
            continue;
        case u'\u0142':
        case u'\u0141':
            out += u'l';
            continue;
        case u'\u0111':
        case u'\u0110':
        case u'\u00f0':
        case u'\u00d0':
            out += u'd';
            continue;
        case u'\u00fe':
        case u'\u00de':
            out += u"th"_s;
            continue;
        case u'\u0131':
            out += u'i';
            continue;
        default:
            out += c.toCaseFolded();
        }
    }
    return out;
}

namespace {

// Nicknames: `'Henry'`, `“Henry”` or `(Henry)` between the words. Removes them
// from `text` and returns them folded (a role such as `(Host)` is not one).
QStringList takeNicknames(QString &text)
{
    QStringList nicknames;
    static const QRegularExpression quoted(
        u"(?:^|(?<=\\s))['\"\u2018\u201c\u00ab]([^'\"\u2018\u2019\u201c\u201d\u00ab\u00bb]{1,40})['\"\u2019\u201d\u00bb](?=\\s|$)"_s);
    static const QRegularExpression parenthesised(u"[(\uff08]([^()\uff08\uff09]{0,40})[)\uff09]"_s);
    for (const QRegularExpression *pattern : {&quoted, &parenthesised}) {
        for (auto it = pattern->globalMatch(text); it.hasNext();) {
            const QStringList words = it.next().captured(1).split(u' ', Qt::SkipEmptyParts);
            for (const QString &word : words) {
                const QString folded = PersonName::fold(word);
                if (folded.size() >= 2 && !titleWords().contains(folded) && hasCasedLetter(word))
                    nicknames.append(folded);
            }
        }
        text.replace(*pattern, u" "_s);
    }
    return nicknames;
}

// The words of a name as folded parts, with the printed part beside each.
void splitWords(const QString &text, QList<Word> *words, QStringList *printedWords)
{
    for (const QString &token : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = splitToken(token);
        const bool dotted = token.contains(u'.');
        for (const QString &part : parts) {
            const QString folded = PersonName::fold(part);
            if (folded.isEmpty())
                continue;
            Word word;
            word.folded = folded;
            // `H.` and `S.T` are initials; `Dr.` is a word with a dot.
            word.initial = folded.size() == 1 && (dotted || parts.size() == 1);
            word.particle = particles().contains(folded) && part.at(0).isLower();
            words->append(word);
            printedWords->append(part);
        }
    }
}

// `The Economist`, `Colloquy Review`: an outlet or an institution speaks, not a person.
// (`The Honourable Jane Doe` is a person: a title follows.)
bool namesAnInstitution(const QList<Word> &words)
{
    if (words.size() > 1 && words.constFirst().folded == u"the"_s &&
        !titleWords().contains(words.at(1).folded))
        return true;
    return std::any_of(words.cbegin(), words.cend(),
        [](const Word &word) { return organisationWords().contains(word.folded); });
}

// Honorifics before the name (`Dr`, `Prof.`) and suffixes after it (`Jr.`) are not part of it.
void stripTitlesAndSuffixes(QList<Word> &words, QStringList &printedWords)
{
    // `A. Smith` keeps its initial; `Q` alone is refused later as a lone initial.
    while (
        !words.isEmpty() && !words.constFirst().initial && titleWords().contains(words.constFirst().folded)) {
        words.removeFirst();
        printedWords.removeFirst();
    }
    while (words.size() > 1 && suffixWords().contains(words.constLast().folded)) {
        words.removeLast();
        printedWords.removeLast();
    }
}

PersonName::Reading readingOf(const QString &family, const QList<Word> &given, const QStringList &nicknames)
{
    PersonName::Reading r;
    r.family = family;
    for (const Word &word : given) {
        if (r.initial.isEmpty())
            r.initial = word.folded.left(1);
        if (word.initial)
            continue;
        if (r.firsts.isEmpty())
            r.firsts.append(word.folded);
        r.given.append(word.folded);
    }
    for (const QString &nick : nicknames) {
        if (r.initial.isEmpty())
            r.initial = nick.left(1);
        r.given.append(nick);
        r.firsts.append(nick);
    }
    return r;
}

// Every way to read the name: family name last; the last two words as one
// family name; an East Asian family name first.
QList<PersonName::Reading> readingsOf(const QList<Word> &nameWords, const QStringList &nicknames)
{
    QList<PersonName::Reading> readings;
    const qsizetype n = nameWords.size();
    readings.append(readingOf(nameWords.constLast().folded, nameWords.first(n - 1), nicknames));
    if (n >= 3 && !nameWords.at(n - 1).initial && !nameWords.at(n - 2).initial)
        readings.append(readingOf(
            nameWords.at(n - 2).folded + nameWords.at(n - 1).folded, nameWords.first(n - 2), nicknames));
    if (n == 2 && !nameWords.at(0).initial && !nameWords.at(1).initial &&
        eastAsianFamilyNames().contains(nameWords.at(0).folded))
        readings.append(readingOf(nameWords.at(0).folded, {nameWords.at(1)}, nicknames));
    return readings;
}

} // namespace

std::optional<PersonName> PersonName::parse(const QString &label)
{
    QString text = label;
    text.replace(u'\u00a0', u' ');
    text = text.simplified();
    if (text.isEmpty() || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt; // nothing, or `Speaker 2`, `Caller 1`

    PersonName name;
    name.printed = label.simplified();

    // Names without cased letters (汪文斌) are compared as written, with no parts.
    if (!hasCasedLetter(text)) {
        QString key = fold(text);
        key.remove(u' ');
        name.key = key;
        name.readings.append(Reading {key, {}, {}, {}});
        name.fullness = 2;
        return name;
    }

    QStringList nicknames = takeNicknames(text);
    // `John Smith, Jr.`, `Jane Doe, moderator`: the name is before the comma.
    text = text.section(u',', 0, 0).simplified();
    QList<Word> words;
    QStringList printedWords;
    splitWords(text, &words, &printedWords);
    if (namesAnInstitution(words))
        return std::nullopt;
    stripTitlesAndSuffixes(words, printedWords);
    if (words.isEmpty() && nicknames.isEmpty())
        return std::nullopt;
    if (words.isEmpty()) {
        // Only a nickname survived: read it as the name itself.
        for (const QString &nick : std::as_const(nicknames))
            words.append(Word {nick, false, false});
        nicknames.clear();
    }
    if (words.size() == 1 && nicknames.isEmpty() &&
        (words.constFirst().initial ||
            (!printedWords.isEmpty() && isAbbreviation(printedWords.constFirst()))))
        return std::nullopt; // `Q`, `GT`

    QList<Word> nameWords;
    QStringList keyParts;
    for (const Word &word : std::as_const(words)) {
        keyParts.append(word.folded);
        if (!word.particle)
            nameWords.append(word);
    }
    if (nameWords.isEmpty())
        return std::nullopt;
    keyParts.append(nicknames);
    name.key = keyParts.join(u' ');
    name.readings = readingsOf(nameWords, nicknames);
    for (const Word &word : std::as_const(nameWords))
        name.fullness += word.initial ? 1 : 2;
    name.fullness += 2 * int(nicknames.size());
    return name;
}

bool PersonName::isKnownVariant(const PersonName &name, const QList<PersonName> &variants)
{
    return std::any_of(
        variants.cbegin(), variants.cend(), [&](const PersonName &v) { return v.key == name.key; });
}

bool PersonName::matchesProfile(const PersonName &name, const QList<PersonName> &variants)
{
    if (isKnownVariant(name, variants))
        return true;
    auto intersects = [](const QStringList &a, const QSet<QString> &b) {
        return std::any_of(a.cbegin(), a.cend(), [&](const QString &s) { return b.contains(s); });
    };

    for (const Reading &r : name.readings) {
        bool familyKnown = false;
        QSet<QString> given;
        QSet<QString> firsts;
        QSet<QString> initials;
        for (const PersonName &variant : variants) {
            for (const Reading &v : variant.readings) {
                if (v.family != r.family)
                    continue;
                familyKnown = true;
                given.unite(QSet<QString>(v.given.cbegin(), v.given.cend()));
                firsts.unite(QSet<QString>(v.firsts.cbegin(), v.firsts.cend()));
                if (!v.initial.isEmpty())
                    initials.insert(v.initial);
            }
        }
        if (!familyKnown)
            continue;

        bool fits = true;
        if (!r.given.isEmpty()) {
            if (!given.isEmpty()) {
                const QSet<QString> ours(r.given.cbegin(), r.given.cend());
                fits = intersects(r.firsts, given) ||
                    std::any_of(
                        firsts.cbegin(), firsts.cend(), [&](const QString &f) { return ours.contains(f); });
            } else if (!initials.isEmpty()) {
                fits = initials.contains(r.initial) ||
                    std::any_of(r.firsts.cbegin(), r.firsts.cend(),
                        [&](const QString &f) { return initials.contains(f.left(1)); });
            }
        } else if (!r.initial.isEmpty()) {
            if (!firsts.isEmpty() || !initials.isEmpty())
                fits = initials.contains(r.initial) ||
                    std::any_of(firsts.cbegin(), firsts.cend(),
                        [&](const QString &f) { return f.startsWith(r.initial); });
        }
        if (fits)
            return true;
    }
    return false;
}

qsizetype PersonName::fullest(const QList<PersonName> &variants)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        if (best < 0)
            best = i;
        const PersonName &candidate = variants.at(i);
        const PersonName &current = variants.at(best);
        if (candidate.fullness > current.fullness ||
            (candidate.fullness == current.fullness && candidate.printed.size() > current.printed.size()))
            best = i;
    }
    return best;
}

} // namespace Colloquy
