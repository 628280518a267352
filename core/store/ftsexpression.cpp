#include "store/ftsexpression.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

// unicode61 keeps letters, digits and private-use characters in tokens; a
// term with none of them tokenizes to nothing.
bool hasTokenCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isSurrogate())
            return true;
    }
    return false;
}

QString quoted(QStringView text)
{
    QString result = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"')
            result += u"\"\""_s;
        else if (c.category() == QChar::Other_Control)
            result += u' '; // NUL would end the SQL string; no control character is a token anyway
        else
            result += c;
    }
    return result + u'"';
}

} // namespace

QString ftsMatchExpression(QStringView userInput)
{
    QStringList terms;
    qsizetype i = 0;
    const qsizetype size = userInput.size();
    while (i < size) {
        const QChar c = userInput.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'"') {
            const qsizetype close = userInput.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? size : close;
            const QStringView phrase = userInput.mid(i + 1, end - i - 1);
            if (hasTokenCharacter(phrase))
                terms.append(quoted(phrase.trimmed()));
            i = close < 0 ? size : close + 1;
            continue;
        }
        qsizetype end = i;
        while (end < size && !userInput.at(end).isSpace() && userInput.at(end) != u'"')
            ++end;
        QStringView word = userInput.mid(i, end - i);
        i = end;
        bool prefix = false;
        while (word.endsWith(u'*')) {
            word.chop(1);
            prefix = true;
        }
        if (!hasTokenCharacter(word))
            continue;
        // A prefix only when the word ends in a token character: `"a-"*` would
        // make the prefix apply to nothing.
        prefix = prefix && (word.back().isLetterOrNumber() || word.back().isSurrogate());
        terms.append(prefix ? quoted(word) + u'*' : quoted(word));
    }
    return terms.join(u" AND "_s);
}

QString takeMatchMarkers(QStringView marked, QList<TextSpan> *spans)
{
    QString text;
    text.reserve(marked.size());
    qsizetype open = -1;
    for (const QChar c : marked) {
        if (c == QChar(MatchOpenMarker)) {
            open = text.size();
        } else if (c == QChar(MatchCloseMarker)) {
            if (open >= 0 && spans && text.size() > open)
                spans->append({open, text.size() - open});
            open = -1;
        } else {
            text += c;
        }
    }
    return text;
}

} // namespace Colloquy
