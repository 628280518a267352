#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Colloquy {

/// A label printed before a turn: `Q:`, `GT:`, `JOHN SMITH:`, `Dr. Lee (Host):`,
/// `[00:01:05] Gros:`, `汪文斌：`, `Mr. COLEMAN.`, `Q  Why?`, `MARA VOSS, Director, Harbour Trust:`,
/// or a label on a line of its own (`Operator`, `Rosa Delgado -- Chief Financial Officer`).
struct TurnLabel
{
    enum class Form
    {
        QuestionAnswer, ///< Q, A, Question, Answer
        Capitals, ///< an outlet abbreviation, a name in capitals, or a numbered voice (`Speaker 2`)
        Name, ///< a person's name (or a surname) in ordinary case
        Ideographic, ///< a name in CJK characters
        Title, ///< a title or honorific and a surname: `Chair Blumenthal`, `Mr. Bejar`, `Mr. Speaker`
        Outlet, ///< `The Ledger`: a publication speaking through its reporter
    };
    /// What closes the label: its shape tells how much evidence the article must give for it.
    enum class Delimiter
    {
        Colon, ///< `Name:` (or `Name：`)
        FullStop, ///< `Mr. COLEMAN. Mr. President…`, as legislative records print them
        Space, ///< `Q  Why?`, `AB Good morning`: nothing but spacing
        Line, ///< the label is the whole line; the turn's text follows on the next
    };

    QString label; ///< as printed, without the bio, the time and the delimiter
    QString role; ///< the bio printed with the label (`(Host)`, `, HOST`, ` -- Analyst`); null when absent
    QString timestamp; ///< `00:01:05` before or after the label; null when absent
    /// A person named in parentheses after a role (`The PRESIDING OFFICER (Mr. Talent)`); the label
    /// then keeps the parentheses, as printed.
    QString occupant;
    Form form = Form::Name;
    Delimiter delimiter = Delimiter::Colon;
    qsizetype nameWords = 0; ///< for Form::Name: how many words of the label are name words
    qsizetype textStart = 0; ///< where the turn's text starts in the paragraph (its length for Line)
    bool periodDelimited = false; ///< `Q. …` / `A. …` as printed interviews have them
};

/**
 * Reads the label at the start of a paragraph, by its shape alone. Whether a
 * label really opens a turn depends on the article (a single `Roundtable:` is a
 * title, a surname used twice is a speaker, `Mr. Smith.` once is a sentence):
 * the Segmenter decides that. Stateless; every function is linear in the
 * paragraph's opening, never in its length.
 */
class TurnLabelParser
{
public:
    /// A label followed by the turn's text on the same line.
    static std::optional<TurnLabel> parse(QStringView paragraph);
    /// A label that is the whole paragraph (`Operator`, `CHIDI OKAFOR, HOST:`, `Lena Park: (02:17)`,
    /// `Ms. Dara Quinn (Eastfield)`, `Rosa Delgado -- Chief Financial Officer`).
    static std::optional<TurnLabel> parseOwnLine(QStringView paragraph);
    /// A timestamp that opens a paragraph (`[00:01:05] …`, `00:01:05 …`): where the text after it
    /// starts, or 0. A clock time (`2:05 p.m.`) is no timestamp.
    static qsizetype timestampLength(QStringView paragraph);
    /// Whether `label` names nobody: labels of notes, fields and credits (`Source`, `Context`, `Credits`).
    static bool isNonSpeakerLabel(QStringView label);
    /// A title or honorific that may stand before a surname (`Mr.`, `CHAIR`, `Senator`, `Lieutenant`).
    static bool isTitleWord(QStringView word);
    /// A role that speaks in transcripts without a name (`Operator`, `MODERATOR`, `Host`).
    static bool isRoleLabel(QStringView label);

private:
    static std::optional<TurnLabel> parseColon(
        QStringView paragraph, qsizetype start, qsizetype colon, TurnLabel turn);
};

} // namespace Colloquy
