#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Colloquy {

/**
 * A theme's search rules, ready to match sentences (ClaimSuggestions).
 *
 * Each rule is what a user would type in the search field: words, `"a
 * phrase"` in double quotes, and `prefix*`; a rule matches a text that holds
 * all of its terms, and a text matches the rules when it matches any one
 * rule. As in the library search (ftsMatchExpression()), case and accents
 * are ignored and nothing else is syntax. Words in scripts written without
 * spaces (Chinese, Japanese, Thai) match anywhere inside the text's words,
 * since those texts are not cut into words.
 *
 * A value, cheap to copy. Reentrant.
 */
class ThemeRules
{
public:
    ThemeRules() = default;
    explicit ThemeRules(const QStringList &rules);

    /// `rules` as stored: each simplified to one line, blank and duplicate ones dropped.
    static QStringList normalized(const QStringList &rules);

    /// True when no rule has a searchable term.
    bool isEmpty() const;
    /// The rules, as given, that `text` matches; empty when none does.
    QStringList matches(QStringView text) const;
    /// An FTS5 MATCH expression that finds every paragraph holding a match
    /// (and some more); empty when one rule needs every paragraph looked at
    /// (a word in a script without spaces, which FTS5 does not cut out).
    QString ftsExpression() const;

    /// `text` as rules compare it: canonical decomposition, accents dropped, case folded.
    static QString fold(QStringView text);

private:
    struct Term
    {
        QStringList words; ///< folded; a phrase has several
        bool prefix = false; ///< the last word is a prefix
        bool inWords = false; ///< a script without spaces: matched inside the text's words
    };
    struct Rule
    {
        QString text;
        QList<Term> terms;
    };
    QList<Rule> m_rules;
};

} // namespace Colloquy
