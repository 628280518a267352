#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace Colloquy {

/// A speaker introduction found at the start of a paragraph.
struct SpeakerHeader
{
    QString name;
    QString bio; ///< null when the introduction has no bio
    /// Where the speech starts in the paragraph; the paragraph's length when
    /// the header stands on a line of its own.
    qsizetype textStart = 0;
    bool ownLine = false;
    QString rule; ///< which shape matched: `glued-name-bio`, `colon-name-bio`, `own-line-name-bio`
    double confidence = 0.0;
};

/**
 * Recognises `Name, bio` introductions at the start of a paragraph: either a
 * line of their own, or glued to the first sentence of the speech
 * (`…Council on Foreign RelationsIn the contemporary age…`).
 *
 * The glue point is chosen among every lower-to-upper-case seam in the bio by
 * cues that hold for any article: the word after the seam opens sentences, the
 * words around it do not form a camel-case name seen elsewhere in the article,
 * a surname prefix (`McGill`) or a known brand (`LinkedIn`), and what follows
 * reads as a sentence.
 */
class SpeakerHeaderParser
{
public:
    /// `articleText` is the whole article, used to spot camel-case names that recur; it must outlive
    /// the parser.
    explicit SpeakerHeaderParser(const QString &articleText);

    /// `repeated`: the article already introduces several speakers this way, so a glue point
    /// without positive evidence (`…export housePrices at …`) is taken when nothing speaks against it.
    std::optional<SpeakerHeader> parse(QStringView paragraph, bool repeated = false) const;

    /// The name part of `Name, …` at the start of `paragraph`, or an empty view.
    static QStringView leadingName(QStringView paragraph);
    /// How many name words `text` has when all of it reads as a person's name
    /// (`Dr. Ali bin Hamad al-Rashidi` → 4), 0 when it does not.
    static qsizetype personNameWords(QStringView text);

private:
    struct Glue
    {
        qsizetype seam = 0;
        int score = 0; ///< the seam's evidence; ColonScore for an explicit colon
    };
    static constexpr int ColonScore = 100;
    std::optional<Glue> findGluePoint(QStringView paragraph, qsizetype bioStart, int minScore) const;
    bool isKnownName(const QString &token, int occurrencesHere) const;
    int scoreSeam(QStringView paragraph, qsizetype seam, qsizetype bioStart) const;

    void countTokens() const;

    const QString &m_articleText;
    // Counted on the first seam that needs them: a transcript without introductions never does.
    mutable QHash<QString, int> m_tokenCounts;
    mutable bool m_tokensCounted = false;
};

} // namespace Colloquy
