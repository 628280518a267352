#pragma once

// Shared by the importers; not part of the core's interface.

#include "model/linecue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Colloquy::ImportHelpers {

/**
 * decodeText(), then the C1 control characters a Latin-1 fallback leaves
 * (U+0080-U+009F, never real text) read as Windows-1252, which is what
 * old pages and subtitle files declaring "Latin-1" mean: curly quotes, dashes.
 */
std::optional<QString> decodeMarkup(const QByteArray &bytes, QString *error);

/// True when `fileName` ends in one of `suffixes` (lowercase, without the dot).
bool hasSuffix(const QString &fileName, const QStringList &suffixes);

/// The byte array without leading whitespace and UTF-8 byte-order mark, lowercased: for sniffing.
QByteArray sniffableHead(const QByteArray &head);

/// A URL worth showing after a link's text: absolute http(s) or mailto, and not the text itself.
bool isShowableUrl(const QString &url, const QString &linkText);

/**
 * Collects the lines the segmenter reads: inline text with HTML-like space
 * collapsing, a line ended at each block end or hard break, empty lines dropped.
 */
class TextBuilder
{
public:
    /// Appends inline text; runs of white space become one space.
    void addText(QStringView text);
    /**
     * A `<br>`: ends the line, unless the text after it continues a sentence
     * (starts in lower case after a line that does not end one), which is a
     * line wrapped by hand.
     */
    void softBreak() { m_pendingBreak = !m_line.isEmpty(); }
    /// Appends text as it is (code), except that `\n` ends a line.
    void addVerbatim(QStringView text);
    /// Ends the current line, if it holds anything.
    void endLine();
    /// Text put before the next line that gets any content (list bullets).
    void setLinePrefix(const QString &prefix) { m_prefix = prefix; }
    /// The text of the line being built so far.
    const QString &currentLine() const { return m_line; }

    /// Text added from here on is bold (`<strong>`, `**…**`) until the matching endBold().
    void beginBold() { ++m_bold; }
    void endBold() { m_bold = std::max(0, m_bold - 1); }
    void beginItalic() { ++m_italic; }
    void endItalic() { m_italic = std::max(0, m_italic - 1); }
    /// The lines from here on belong to a heading of `level` (1–6), until setHeading(0).
    void setHeading(int level) { m_heading = level; }
    /// The class of the block the next lines come from (`question`), until set again.
    void setBlockClass(const QString &blockClass) { m_blockClass = blockClass; }
    const QString &blockClass() const { return m_blockClass; }

    /// All lines, ended and normalised: the importer's ImportedText::text.
    QString text();
    QStringList lines() const { return m_lines; }
    /// What the markup said about the lines (bold leads, headings), by index into lines().
    QList<LineCue> cues() const { return m_cues; }

private:
    void startLineIfNeeded();
    void append(QChar c);

    QStringList m_lines;
    QList<LineCue> m_cues;
    QString m_line;
    QString m_prefix;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
    int m_bold = 0;
    int m_italic = 0;
    int m_heading = 0;
    QString m_blockClass;
    // The current line's emphasis: its characters, how many were bold or italic, and the bold lead.
    qsizetype m_letters = 0;
    qsizetype m_boldLetters = 0;
    qsizetype m_italicLetters = 0;
    qsizetype m_leadEnd = -1; ///< where the line's opening bold run ends; -1 before any character
    bool m_leadOpen = true;
};

} // namespace Colloquy::ImportHelpers
