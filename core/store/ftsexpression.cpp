#include "store/ftsexpression.h"

#include <QSet>
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

/// What the tokenizer makes of `text`: letters and digits case-folded without
/// their accents, anything else one space. Two terms with the same key match the same rows.
QString tokenKey(QStringView text)
{
    QString key;
    bool space = false;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            if (space && !key.isEmpty())
                key += u' ';
            key += c.toCaseFolded();
            space = false;
        } else {
            space = true;
        }
    }
    return key;
}

/// `phrase` cut to at most MaxTermLength characters, at a word's end when there is one.
QStringView cutPhrase(QStringView phrase)
{
    if (phrase.size() <= MaxTermLength)
        return phrase;
    QStringView cut = phrase.first(MaxTermLength);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > 0)
        return cut.first(space);
    if (cut.back().isHighSurrogate())
        cut.chop(1); // never half a character
    return cut;
}

/// The terms of a query: each distinct one once, at most MaxQueryTerms.
class Terms
{
public:
    bool full() const { return m_terms.size() >= MaxQueryTerms; }
    void add(QStringView text, bool prefix)
    {
        const QString tokens = tokenKey(text);
        const QString key = prefix ? tokens + u'*' : tokens;
        // A cut phrase may have lost every token character: it would match nothing.
        if (full() || tokens.isEmpty() || m_keys.contains(key))
            return;
        m_keys.insert(key);
        m_terms.append(prefix ? quoted(text) + u'*' : quoted(text));
    }
    QString expression() const { return m_terms.join(u" AND "_s); }

private:
    QStringList m_terms;
    QSet<QString> m_keys;
};

} // namespace

QString ftsMatchExpression(QStringView userInput)
{
    if (userInput.size() > MaxQueryLength) {
        // Cut at a space, so the last word read is a whole word.
        const qsizetype space = userInput.first(MaxQueryLength + 1).lastIndexOf(u' ');
        userInput = userInput.first(space > 0 ? space : MaxQueryLength);
    }
    Terms terms;
    qsizetype i = 0;
    const qsizetype size = userInput.size();
    while (i < size && !terms.full()) {
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
                terms.add(cutPhrase(phrase.trimmed()), false);
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
        terms.add(cutPhrase(word), prefix);
    }
    return terms.expression();
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
