#include "model/sentencesplitter.h"

#include <QSet>
#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::SentenceSplitter {

namespace {

bool isWestTerminator(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'…';
}

bool isCjkTerminator(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'｡';
}

bool isCloser(QChar c)
{
    return u"\"')]}”’»」』）】〉》"_s.contains(c);
}

// Words after which a full stop rarely ends a sentence, lower-cased, without the dot.
const QSet<QString> &titles()
{
    static const QSet<QString> set = {u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"prof"_s, u"st"_s, u"jr"_s,
        u"sr"_s, u"vs"_s, u"gen"_s, u"col"_s, u"sen"_s, u"rep"_s, u"gov"_s, u"rev"_s, u"hon"_s, u"capt"_s,
        u"lt"_s, u"sgt"_s, u"mt"_s, u"no"_s, u"nos"_s, u"fig"_s, u"p"_s, u"pp"_s, u"vol"_s, u"cf"_s,
        u"approx"_s, u"ca"_s, u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s,
        u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return set;
}

// The word before position `dot` (letters and inner dots), as typed.
QStringView wordBefore(QStringView text, qsizetype dot)
{
    qsizetype begin = dot;
    while (begin > 0 && (text[begin - 1].isLetter() || text[begin - 1] == u'.'))
        --begin;
    return text.mid(begin, dot - begin);
}

// A full stop at `dot` that belongs to a word rather than ending a sentence.
bool isAbbreviation(QStringView text, qsizetype dot)
{
    const QStringView word = wordBefore(text, dot);
    if (word.isEmpty())
        return false;
    if (word.size() == 1 && word[0].isUpper())
        return true; // an initial: J. R. Smith
    if (word.contains(u'.'))
        return true; // e.g., i.e., U.S.
    if (titles().contains(word.toString().toLower()))
        return true;
    return false;
}

bool canStartSentence(QChar c)
{
    if (c.isLetter())
        return !c.isLower();
    return c.isDigit() || u"\"'“‘«„([¿¡「『（"_s.contains(c);
}

// Where the sentence that ends at the terminator at `i` ends, or -1 when it does not end there.
qsizetype sentenceEnd(QStringView line, qsizetype i)
{
    const QChar c = line[i];
    qsizetype end = i + 1;
    if (isCjkTerminator(c)) {
        while (end < line.size() && (isCjkTerminator(line[end]) || isCloser(line[end])))
            ++end;
        return end;
    }
    while (end < line.size() && isWestTerminator(line[end]))
        ++end;
    while (end < line.size() && isCloser(line[end]))
        ++end;
    qsizetype next = end;
    while (next < line.size() && line[next].isSpace())
        ++next;
    if (next == line.size())
        return end;
    if (next == end || !canStartSentence(line[next]))
        return -1; // 3.5, a.m. Tuesday's lower-case continuation
    if (c == u'.' && end == i + 1 && isAbbreviation(line, i))
        return -1;
    return end;
}

void appendTrimmed(QList<TextRange> &out, QStringView text, qsizetype start, qsizetype end)
{
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    if (start < end)
        out.append({start, end});
}

} // namespace

QList<TextRange> paragraphs(QStringView text)
{
    QList<TextRange> out;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        appendTrimmed(out, text, start, end);
        start = end + 1;
    }
    return out;
}

QList<TextRange> sentences(QStringView text)
{
    QList<TextRange> out;
    for (const TextRange &paragraph : paragraphs(text)) {
        const QStringView line = text.mid(paragraph.start, paragraph.length());
        qsizetype start = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (!isWestTerminator(line[i]) && !isCjkTerminator(line[i]))
                continue;
            const qsizetype end = sentenceEnd(line, i);
            if (end < 0)
                continue;
            appendTrimmed(out, text, paragraph.start + start, paragraph.start + end);
            start = end;
            i = end - 1;
        }
        appendTrimmed(out, text, paragraph.start + start, paragraph.end);
    }
    return out;
}

} // namespace Colloquy::SentenceSplitter
