#pragma once

#include <QString>

namespace Colloquy {

/// Structure a source format gave one line of an article's normalised text,
/// which plain text has lost: a bold run at its start, a heading, italics.
/// Importers of HTML and Markdown write them; the segmenter reads them as cues
/// (a bold name line, a bold question), never as the text itself.
struct LineCue
{
    qsizetype line = -1; ///< the line of the normalised text, from 0
    QString boldLead; ///< the bold text the line starts with; the whole line when all of it is bold
    bool bold = false; ///< the whole line is bold
    bool italic = false; ///< the whole line is in italics
    int headingLevel = 0; ///< 1–6 for a heading, 0 otherwise
    QString blockClass; ///< the class of the web page's block the line came from (`question`, `speaker`)

    friend bool operator==(const LineCue &, const LineCue &) = default;
};

} // namespace Colloquy
