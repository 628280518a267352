#include "compare/themerules.h"

#include "store/ftsexpression.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// Scripts written without spaces between words.
bool isUnspaced(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return c.isSurrogate();
    }
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

/// The words of folded text, in order.
QStringList wordsOf(QStringView folded)
{
    QStringList words;
    qsizetype i = 0;
    while (i < folded.size()) {
        if (!isWordCharacter(folded.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < folded.size() && isWordCharacter(folded.at(i)))
            ++i;
        words.append(folded.mid(start, i - start).toString());
    }
    return words;
}

/// The terms of one rule: quoted phrases, words, prefixes (as ftsMatchExpression() reads them).
QStringList termTexts(QStringView rule)
{
    QStringList terms;
    qsizetype i = 0;
    while (i < rule.size()) {
        if (rule.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (rule.at(i) == u'"') {
            const qsizetype close = rule.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? rule.size() : close;
            terms.append(u'"' + rule.mid(i + 1, end - i - 1).toString() + u'"');
            i = close < 0 ? rule.size() : close + 1;
            continue;
        }
        qsizetype end = i;
        while (end < rule.size() && !rule.at(end).isSpace() && rule.at(end) != u'"')
            ++end;
        terms.append(rule.mid(i, end - i).toString());
        i = end;
    }
    return terms;
}

bool matchesAt(const QStringList &words, qsizetype at, const QStringList &wanted, bool prefix)
{
    for (qsizetype k = 0; k < wanted.size(); ++k) {
        const QString &word = words.at(at + k);
        const bool last = k + 1 == wanted.size();
        if (last && prefix ? !word.startsWith(wanted.at(k)) : word != wanted.at(k))
            return false;
    }
    return true;
}

} // namespace

QString ThemeRules::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded.toCaseFolded();
}

QStringList ThemeRules::normalized(const QStringList &rules)
{
    QStringList result;
    for (const QString &rule : rules) {
        const QString line = rule.simplified();
        if (!line.isEmpty() && !result.contains(line))
            result.append(line);
    }
    return result;
}

ThemeRules::ThemeRules(const QStringList &rules)
{
    for (const QString &text : normalized(rules)) {
        Rule rule {text, {}};
        for (QString term : termTexts(text)) {
            const bool quoted = term.startsWith(u'"');
            Term t;
            t.prefix = !quoted && term.endsWith(u'*');
            while (term.endsWith(u'*') || term.endsWith(u'"'))
                term.chop(1);
            if (quoted)
                term.remove(0, 1);
            const QString folded = fold(term);
            t.words = wordsOf(folded);
            t.inWords = std::any_of(folded.cbegin(), folded.cend(), &isUnspaced);
            if (t.inWords)
                t.words = {t.words.join(u' ')};
            if (!t.words.isEmpty() && !t.words.constFirst().isEmpty())
                rule.terms.append(t);
        }
        if (!rule.terms.isEmpty())
            m_rules.append(rule);
    }
}

bool ThemeRules::isEmpty() const
{
    return m_rules.isEmpty();
}

QStringList ThemeRules::matches(QStringView text) const
{
    QStringList matched;
    if (m_rules.isEmpty())
        return matched;
    const QString folded = fold(text);
    const QStringList words = wordsOf(folded);
    const auto termFound = [&](const Term &term) {
        if (term.inWords)
            return folded.contains(term.words.constFirst());
        for (qsizetype at = 0; at + term.words.size() <= words.size(); ++at) {
            if (matchesAt(words, at, term.words, term.prefix))
                return true;
        }
        return false;
    };
    for (const Rule &rule : m_rules) {
        if (std::all_of(rule.terms.cbegin(), rule.terms.cend(), termFound))
            matched.append(rule.text);
    }
    return matched;
}

QString ThemeRules::ftsExpression() const
{
    QStringList alternatives;
    for (const Rule &rule : m_rules) {
        for (const Term &term : rule.terms) {
            if (term.inWords)
                return {};
        }
        const QString expression = ftsMatchExpression(rule.text);
        if (!expression.isEmpty())
            alternatives.append(u'(' + expression + u')');
    }
    return alternatives.join(u" OR "_s);
}

} // namespace Colloquy
