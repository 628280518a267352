#include "compare/sentencesplitter.h"

#include <QSet>
#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// Abbreviations after which a full stop never ends a sentence: titles and
/// words that a name or a number always follows. Lower case, without the stop.
const QSet<QString> &titleAbbreviations()
{
    static const QSet<QString> words = {u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"prof"_s, u"st"_s, u"mt"_s,
        u"gen"_s, u"col"_s, u"lt"_s, u"capt"_s, u"sgt"_s, u"gov"_s, u"sen"_s, u"rep"_s, u"pres"_s, u"rev"_s,
        u"hon"_s, u"amb"_s, u"sr"_s, u"jr"_s, u"no"_s, u"nos"_s, u"vol"_s, u"fig"_s, u"figs"_s, u"p"_s,
        u"pp"_s, u"ch"_s, u"art"_s, u"sec"_s, u"vs"_s, u"cf"_s, u"approx"_s, u"ca"_s, u"e.g"_s, u"i.e"_s,
        u"u.s"_s, u"u.k"_s, u"u.n"_s, u"e.u"_s, u"a.m"_s, u"p.m"_s, u"ph.d"_s};
    return words;
}

bool isCjkTerminator(QChar c)
{
    return c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F' || c == u'\uFF61' || c == u'\uFF0E';
}

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'?' || c == u'!' || c == u'\u2026' || c == u'\u203C' || c == u'\u2047' ||
        c == u'\u2048' || c == u'\u2049' || isCjkTerminator(c);
}

/// What may close a sentence after its terminator: quotes and brackets.
bool isCloser(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'}' || c == u'\u2019' ||
        c == u'\u201D' || c == u'\u00BB' || c == u'\u203A' || c == u'\u300D' || c == u'\u300F' ||
        c == u'\uFF09' || c == u'\u3011' || c == u'\u300B' || c == u'\u3009' || c == u'\uFF63';
}

bool isOpener(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'(' || c == u'[' || c == u'\u2018' || c == u'\u201C' ||
        c == u'\u00AB' || c == u'\u2039' || c == u'\u300C' || c == u'\u300E' || c == u'\uFF08' ||
        c == u'\u2014' || c == u'\u2013' || c == u'-';
}

/// Whether what starts at `i` can start a sentence: not a lower-case word.
bool startsSentence(QStringView text, qsizetype i)
{
    while (i < text.size() && isOpener(text.at(i)))
        ++i;
    if (i >= text.size())
        return true;
    const QChar c = text.at(i);
    if (c.isLower())
        return false;
    return c.isUpper() || c.isTitleCase() || c.isDigit() || c.isLetter() || c.isSurrogate() || c.isPunct() ||
        c.isSymbol();
}

/// The word right before the full stop at `dot` (letters and inner stops: `e.g`, `U.S`).
QStringView wordBefore(QStringView text, qsizetype dot)
{
    qsizetype start = dot;
    while (start > 0 &&
        (text.at(start - 1).isLetter() ||
            (text.at(start - 1) == u'.' && start - 1 > 0 && text.at(start - 2).isLetter())))
        --start;
    return text.mid(start, dot - start);
}

/// Whether the full stop at `dot` belongs to its word (an abbreviation or an initial).
bool endsAbbreviation(QStringView text, qsizetype dot)
{
    const QStringView word = wordBefore(text, dot);
    if (word.isEmpty())
        return false;
    // An initial: one capital letter (`J.`), or a run of them with stops (`J.K.`).
    if (word.size() == 1 && word.front().isUpper())
        return true;
    return titleAbbreviations().contains(word.toString().toLower());
}

/// Where the sentence ending with the terminator at `i` ends (past its closers), or -1 when it does not end.
qsizetype sentenceEnd(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    qsizetype end = i + 1;
    while (end < text.size() && isTerminator(text.at(end)))
        ++end;
    while (end < text.size() && isCloser(text.at(end)))
        ++end;
    if (isCjkTerminator(text.at(end - 1)) || isCjkTerminator(c))
        return end;
    if (end < text.size() && !text.at(end).isSpace())
        return -1; // 3.5, e.g.x, a.b: no space, no end
    if (c == u'.' && end == i + 1 && endsAbbreviation(text, i))
        return -1;
    qsizetype next = end;
    while (next < text.size() && text.at(next).isSpace() && text.at(next) != u'\n')
        ++next;
    if (next < text.size() && text.at(next) != u'\n' && !startsSentence(text, next))
        return -1;
    return end;
}

void append(QList<SentenceSpan> &spans, QStringView text, qsizetype start, qsizetype end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end > start)
        spans.append({start, end});
}

} // namespace

QList<SentenceSpan> SentenceSplitter::split(QStringView text)
{
    QList<SentenceSpan> spans;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            append(spans, text, start, i);
            start = ++i;
            continue;
        }
        if (isTerminator(c)) {
            const qsizetype end = sentenceEnd(text, i);
            if (end >= 0) {
                append(spans, text, start, end);
                start = i = end;
                continue;
            }
            while (i + 1 < text.size() && isTerminator(text.at(i + 1)))
                ++i;
        }
        ++i;
    }
    append(spans, text, start, text.size());
    return spans;
}

} // namespace Colloquy
