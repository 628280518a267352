#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Colloquy {

/// A label printed before a turn: `Q:`, `GT:`, `JOHN SMITH:`, `Dr. Lee (Host):`,
/// `[00:01:05] Gros:`, `汪文斌：`.
struct TurnLabel
{
    enum class Form
    {
        QuestionAnswer, ///< Q, A, Question, Answer
        Capitals, ///< an outlet abbreviation, a name in capitals, or a numbered voice (`Speaker 2`)
        Name, ///< a person's name (or a surname) in ordinary case
        Ideographic, ///< a name in CJK characters
    };

    QString label; ///< as printed, without the role and the colon
    QString role; ///< `(Host)` after the name, without the parentheses; null when absent
    QString timestamp; ///< `00:01:05` before the label; null when absent
    Form form = Form::Name;
    qsizetype nameWords = 0; ///< for Form::Name: how many words of the label are name words
    qsizetype textStart = 0; ///< where the turn's text starts in the paragraph
    bool periodDelimited = false; ///< `Q. …` / `A. …` as printed interviews have them
};

/**
 * Reads the label at the start of a paragraph, by its shape alone. Whether a
 * label really opens a turn depends on the article (a single `Roundtable:` is a
 * title, a surname used twice is a speaker): the Segmenter decides that.
 */
class TurnLabelParser
{
public:
    static std::optional<TurnLabel> parse(QStringView paragraph);
    /// A timestamp that opens a paragraph (`[00:01:05] …`): where the text after it starts, or 0.
    static qsizetype timestampLength(QStringView paragraph);
};

} // namespace Colloquy
