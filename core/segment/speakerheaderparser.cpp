#include "segment/speakerheaderparser.h"

#include "regexview.h"

#include "logging.h"
#include "segment/textrules.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

using namespace TextRules;

namespace {

constexpr int MaxNameWords = 6;
constexpr int MaxBioWords = 70;
// Bounds that keep a pathological paragraph (megabytes without a full stop) linear:
// a bio is never longer than this, and a first sentence is judged on its opening.
constexpr qsizetype MaxBioChars = 800;
constexpr qsizetype SentenceWindow = 1000;
constexpr int MinSeamScore = 1;
// A sentence opener after the seam: evidence enough to outweigh a later colon.
constexpr int StrongSeamScore = 3;

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'\u201c' || c == u'\u201d' || c == u'\u2018' || c == u'\u2019';
}

// A capitalised name word: `Tzili-Apango`, `O'Neill`, `S.T`, `J.`, not an all-caps word like `BEIJING`.
bool isNameWord(QStringView word)
{
    if (word.isEmpty() || !word.at(0).isUpper())
        return false;
    bool hasLower = false;
    for (const QChar c : word) {
        if (c.isLower())
            hasLower = true;
        else if (!c.isUpper() && c != u'-' && c != u'\'' && c != u'\u2019' && c != u'.')
            return false;
    }
    if (hasLower)
        return true;
    // Initials only: `J.`, `S.T`, `S.T.`
    qsizetype letters = 0;
    for (const QChar c : word) {
        if (c.isLetter())
            ++letters;
    }
    return letters <= 3 && (word.size() == 1 || word.contains(u'.'));
}

// A nickname in quotes: 'Henry', "Henry".
bool isNickname(QStringView word)
{
    return word.size() >= 3 && isQuote(word.front()) && isQuote(word.back()) &&
        isNameWord(word.mid(1, word.size() - 2));
}

// A lower-case prefix joined to a capitalised part: `al-Rashid`, `d'Alembert`.
bool isPrefixedName(QStringView word)
{
    qsizetype joint = -1;
    for (qsizetype i = 0; i < word.size() && joint < 0; ++i) {
        if (word.at(i) == u'-' || word.at(i) == u'\'' || word.at(i) == u'\u2019')
            joint = i;
    }
    return joint > 0 && joint + 1 < word.size() && word.at(0).isLower() && word.at(joint + 1).isUpper();
}

// Letters (and digits) before `pos` back to the previous non-letter.
QStringView fragmentBefore(QStringView text, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && text.at(start - 1).isLetterOrNumber())
        --start;
    return text.mid(start, pos - start);
}

QStringView wordAt(QStringView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && text.at(end).isLetterOrNumber())
        ++end;
    return text.mid(pos, end - pos);
}

// The camel-case hump that starts at a seam: `Seek` in `DeepSeekAlgorithms`.
QStringView humpAt(QStringView text, qsizetype pos)
{
    qsizetype end = pos + 1;
    while (end < text.size() && text.at(end).isLetter() && !text.at(end).isUpper())
        ++end;
    return text.mid(pos, end - pos);
}

// The first word after `pos` (skipping spaces) and the character that follows `pos` directly.
QStringView nextWord(QStringView text, qsizetype pos)
{
    qsizetype i = pos;
    while (i < text.size() && text.at(i) == u' ')
        ++i;
    return wordAt(text, i);
}

bool hasInnerSeam(QStringView word)
{
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i).isUpper() && word.at(i - 1).isLower())
            return true;
    }
    return false;
}

} // namespace

SpeakerHeaderParser::SpeakerHeaderParser(const QString &articleText)
    : m_articleText(articleText)
{ }

void SpeakerHeaderParser::countTokens() const
{
    m_tokensCounted = true;
    const QString &articleText = m_articleText;
    // Count every mixed-case token: a camel-case name used twice is a name, not a seam.
    qsizetype i = 0;
    while (i < articleText.size()) {
        if (!articleText.at(i).isLetter()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool lower = false;
        bool upperAfterFirst = false;
        while (end < articleText.size() && articleText.at(end).isLetter()) {
            if (articleText.at(end).isLower())
                lower = true;
            else if (end > i)
                upperAfterFirst = true;
            ++end;
        }
        if (lower && upperAfterFirst)
            ++m_tokenCounts[articleText.mid(i, end - i)];
        i = end;
    }
}

qsizetype SpeakerHeaderParser::personNameWords(QStringView text)
{
    const auto words = text.split(u' ');
    if (text.isEmpty() || words.size() > MaxNameWords)
        return 0;

    qsizetype nameWords = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView word = words.at(i);
        const bool first = i == 0;
        const bool last = i == words.size() - 1;
        if (first && isHonorific(word) && !last)
            continue;
        if (isSentenceOpener(word))
            return 0; // `In 2020, …`, `However, …`
        if (isNameWord(word) || isNickname(word) || isPrefixedName(word)) {
            ++nameWords;
            continue;
        }
        if (!first && !last && isNameParticle(word))
            continue;
        return 0;
    }
    return nameWords;
}

QStringView SpeakerHeaderParser::leadingName(QStringView paragraph)
{
    const qsizetype comma = paragraph.indexOf(u',');
    if (comma <= 0 || comma > 80)
        return {};
    const QStringView name = paragraph.first(comma);
    // One word is a place or a subject as often as a name (`Beijing, the capital…`).
    if (personNameWords(name) < 2)
        return {};
    // A degree or a suffix after the comma belongs to the name: `Yusuf Al-Amin, Ph.D., engineer…`.
    static const QRegularExpression postNominal(
        u"^, (?:Ph\\.? ?D\\.?|M\\.?D\\.?|Jr\\.?|Sr\\.?|MBA|OBE|CBE|MBE|KBE|FRS|Esq\\.?|II|III|IV)(?=,)"_s);
    if (const auto match = postNominal.match(paragraph.mid(comma).toString()); match.hasMatch())
        return paragraph.first(comma + match.capturedLength(0));
    return name;
}

std::optional<SpeakerHeader> SpeakerHeaderParser::parse(QStringView paragraph, bool repeated) const
{
    // `Ana Ruiz (primary teacher, Valencia)` on a line of its own: the bio in parentheses.
    static const QRegularExpression parenthesised(
        u"^([^()\uff08\uff09,]{3,80}?)\\s*[(\uff08]([^()\uff08\uff09]{2,160})[)\uff09]$"_s);
    if (const auto match = paragraph.endsWith(u')') || paragraph.endsWith(u'\uff09')
            ? matchView(parenthesised, paragraph)
            : QRegularExpressionMatch();
        match.hasMatch()) {
        const QString bio = match.captured(2).trimmed();
        static const QRegularExpression lowerWordPattern(u"(?:^|\\s)\\p{Ll}"_s);
        const bool lowerWord = lowerWordPattern.match(bio).hasMatch();
        if (personNameWords(match.captured(1)) >= 2 && lowerWord && findSentenceEnd(bio) < 0)
            return SpeakerHeader {
                match.captured(1), bio, paragraph.size(), true, u"own-line-name-bio"_s, 0.8};
    }

    const QStringView name = leadingName(paragraph);
    if (name.isEmpty())
        return std::nullopt;
    qsizetype bioStart = name.size() + 1;
    while (bioStart < paragraph.size() && paragraph.at(bioStart) == u' ')
        ++bioStart;
    // A bio starts with a word (`a professor`, `director at`, `Chief Economist`), not a date or a quote.
    if (bioStart >= paragraph.size() || !paragraph.at(bioStart).isLetter())
        return std::nullopt;

    if (const auto glue = findGluePoint(paragraph, bioStart, repeated ? 0 : MinSeamScore)) {
        QString bio = paragraph.mid(bioStart, glue->seam - bioStart).trimmed().toString();
        if (bio.endsWith(u':') || bio.endsWith(u'\uff1a'))
            bio = bio.chopped(1).trimmed(); // `Name, bio (Country): speech`
        if (wordCount(bio) > MaxBioWords)
            return std::nullopt;
        qCDebug(lcSegment) << "glued header" << name << "| speech starts at" << glue->seam << "score"
                           << glue->score;
        if (glue->score == ColonScore)
            return SpeakerHeader {name.toString(), bio, glue->seam, false, u"colon-name-bio"_s, 0.93};
        // Each point of seam evidence (a sentence opener, a proper name before it…) adds confidence.
        const double confidence = std::clamp(0.55 + 0.07 * glue->score, 0.55, 0.97);
        return SpeakerHeader {name.toString(), bio, glue->seam, false, u"glued-name-bio"_s, confidence};
    }

    // `Dana Whitfield, Marlow, Ore.`: a reader signed with a town and a state, as readers' pages print them.
    static const QRegularExpression place(
        u"^\\p{Lu}[\\p{L}'\u2019.-]+(?: \\p{Lu}[\\p{L}'\u2019.-]+){0,3}, (?:\\p{Lu}{2}\\.?|\\p{Lu}\\p{Ll}{1,4}\\.)$"_s);
    if (const QStringView rest = paragraph.mid(bioStart);
        rest.size() <= 60 && matchView(place, rest).hasMatch())
        return SpeakerHeader {
            name.toString(), rest.toString(), paragraph.size(), true, u"own-line-name-place"_s, 0.8};

    // On a line of its own: no sentence in it, short, and with a lower-case word (not a list of names).
    QStringView bio = paragraph.mid(bioStart);
    if (bio.endsWith(u':'))
        bio.chop(1);
    if (findSentenceEnd(bio) >= 0 || wordCount(bio) > MaxBioWords)
        return std::nullopt;
    const bool hasLowerWord = std::any_of(bio.begin(), bio.end(), [&](const QChar &c) {
        const qsizetype i = &c - bio.begin();
        return c.isLower() && (i == 0 || bio.at(i - 1) == u' ');
    });
    if (!hasLowerWord)
        return std::nullopt;
    return SpeakerHeader {
        name.toString(), bio.trimmed().toString(), paragraph.size(), true, u"own-line-name-bio"_s, 0.85};
}

std::optional<SpeakerHeaderParser::Glue> SpeakerHeaderParser::findGluePoint(
    QStringView paragraph, qsizetype bioStart, int minScore) const
{
    // The bio cannot contain a sentence, so the seam lies before the first sentence end.
    qsizetype limit = findSentenceEnd(paragraph, bioStart);
    if (limit < 0)
        limit = paragraph.size();
    limit = std::min(limit, bioStart + MaxBioChars);

    std::optional<Glue> best;
    int bestScore = minScore - 1;
    for (qsizetype seam = bioStart + 1; seam < limit; ++seam) {
        const QChar before = paragraph.at(seam - 1);
        const QChar at = paragraph.at(seam);
        // A colon after the bio is an explicit delimiter (`Name, bio (Country): speech`).
        // Unless a sentence plainly started before it: then the colon is the speech's own
        // (`…DevelopmentEvery study finds the same thing: the return …`).
        if ((before == u':' || before == u'\uff1a') && at == u' ' && seam + 1 < limit) {
            if (best && bestScore >= StrongSeamScore)
                return best;
            const QStringView speech = paragraph.mid(seam + 1, SentenceWindow);
            const qsizetype end = findSentenceEnd(speech);
            if (wordCount(end < 0 ? speech : speech.first(end)) >= 3)
                return Glue {seam + 1, ColonScore};
        }
        bool candidate = false;
        if (at.isUpper() &&
            (before.isLower() || before.isDigit() || before == u')' || before == u']' ||
                before == u'\u201d' || before == u'"'))
            candidate = true;
        // An acronym ending the bio: `…at CSISThe …` splits before the capital that starts a word.
        if (at.isUpper() && before.isUpper() && seam >= 2 && paragraph.at(seam - 2).isUpper() &&
            seam + 1 < paragraph.size() && paragraph.at(seam + 1).isLower())
            candidate = true;
        // A speech that opens with a quotation: `…Relations“We…`
        if ((at == u'\u201c' || at == u'"') && (before.isLower() || before.isDigit()) &&
            seam + 1 < paragraph.size() && paragraph.at(seam + 1).isUpper())
            candidate = true;
        if (!candidate)
            continue;
        const int score = scoreSeam(paragraph, seam, bioStart);
        if (score > bestScore) {
            bestScore = score;
            best = Glue {seam, score};
        }
    }
    return best;
}

bool SpeakerHeaderParser::isKnownName(const QString &token, int occurrencesHere) const
{
    // The article's own camel-case tokens count when they stand alone elsewhere too.
    if (isKnownCamelCaseName(token))
        return true;
    if (!m_tokensCounted)
        countTokens();
    return m_tokenCounts.value(token) > occurrencesHere;
}

int SpeakerHeaderParser::scoreSeam(QStringView paragraph, qsizetype seam, qsizetype bioStart) const
{
    constexpr int Reject = -100;
    const QStringView left = fragmentBefore(paragraph, seam);
    const qsizetype wordStart = paragraph.at(seam).isLetter() ? seam : seam + 1;
    const QStringView word = wordAt(paragraph, wordStart);
    if (word.isEmpty())
        return Reject;

    // What follows must read as a sentence, what precedes as a bio of at least one word.
    const QStringView rest = paragraph.mid(seam, SentenceWindow);
    const qsizetype restEnd = findSentenceEnd(rest);
    if (wordCount(restEnd < 0 ? rest : rest.first(restEnd)) < 3)
        return Reject;
    if (wordCount(paragraph.mid(bioStart, seam - bioStart)) < 1)
        return Reject;

    if (!left.isEmpty() && left.back().isLetter()) {
        if (left.size() == 1 && left.at(0).isLower())
            return Reject; // iPhone, eBay
        if (isNamePrefix(left))
            return Reject; // McGill, DeVos
        // `Deep|Seek`: the letters before the seam and the hump after it form a name.
        const QString token = left.toString() + humpAt(paragraph, seam).toString();
        const qsizetype runEnd = seam + wordAt(paragraph, seam).size();
        if (isKnownName(token, runEnd == seam + token.size() - left.size() ? 1 : 0))
            return Reject;
    }

    int score = 0;
    const bool opener = isSentenceOpener(word);
    if (opener)
        score += 3;
    if (paragraph.at(seam) == u'\u201c' || paragraph.at(seam) == u'"')
        score += 2;

    const qsizetype afterWord = wordStart + word.size();
    const QStringView next = nextWord(paragraph, afterWord);
    const QChar follower = afterWord < paragraph.size() ? paragraph.at(afterWord) : QChar();
    if (follower == u',' || follower == u';' || follower == u')' || follower == u'\'' ||
        follower == u'\u2019' || follower == u'.' || follower == u':') {
        // Only sentence adverbs take a comma straight away (`However, …`); `DeepSeek, Kimi` is a list.
        if (!isSentenceAdverb(word))
            score -= 3;
    } else if (!next.isEmpty()) {
        if (opener && isConnective(next) && !isFixedPhrase(word, next))
            score -= 3; // `LinkedIn and …` is a brand, not a sentence `In and …`
        else if (!opener && isConnective(next))
            ; // `Trade and investment …` or `PayPal and …`: no evidence either way
        else if (next.at(0).isLower())
            score += 1;
    }

    // A known name opens many sentences (`DeepSeek and other models …`); an unknown camel-case run
    // after the seam (`Pay|StreamDigital`) means the seam lies further on, inside a name that ends the bio.
    if (isKnownName(word.toString(), 0))
        score += 1;
    else if (hasInnerSeam(word))
        score -= 1;
    // A bio usually ends in a proper name or an acronym (an institution, a country).
    if (!left.isEmpty() && (left.at(0).isUpper() || left.at(0).isDigit() || !left.back().isLetter()))
        score += 1;
    // A whole acronym glued to a sentence (`…at OpenAI is`) is rarer than a word.
    if (word.size() > 1 && word.at(1).isUpper())
        score -= 1;
    return score;
}

} // namespace Colloquy
