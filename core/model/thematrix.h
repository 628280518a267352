#pragma once

#include "model/codebook.h"
#include "model/voice.h"

#include <QHash>
#include <QList>

namespace Colloquy {

/// What a matrix cell shows.
enum class MatrixMode
{
    Counts, ///< the number of claims
    Share, ///< the claims as a share (0–1) of all the voice's claims in scope
    PerThousandWords, ///< the claims per 1,000 of the voice's words in scope
};

/// One column of the matrix: a voice with its totals in scope.
struct MatrixColumn
{
    Voice voice;
    qint64 words = 0; ///< the words of the voice's turns
    qint64 claims = 0; ///< its claims (highlights with at least one theme), each once

    friend bool operator==(const MatrixColumn &, const MatrixColumn &) = default;
};

/**
 * Themes × voices: how many of each voice's claims serve each theme
 * (LibraryStore::themeMatrix()). Rows are the codebook's themes in codebook
 * order (parents before their sub-themes); a row counts the claims tagged
 * with the theme or any of its sub-themes, each claim once however many of
 * them it carries. Orphaned highlights and claims outside any speaker's turns
 * are not counted. A plain value.
 */
struct ThemeMatrix
{
    Codebook codebook;
    QList<MatrixColumn> columns;
    /// Per theme id, one count per column; a theme without claims in scope has none.
    QHash<qint64, QList<qint64>> counts;

    /// The theme ids of the rows, in codebook order.
    QList<qint64> rows() const;
    qint64 count(qint64 themeId, qsizetype column) const;
    /// The row's claims over all columns (each claim belongs to one voice, so this is their sum).
    qint64 total(qint64 themeId) const;
    /// The cell as `mode` shows it; 0 where the denominator is 0.
    double value(qint64 themeId, qsizetype column, MatrixMode mode) const;
    /// The largest value() of any cell: where a heat map's scale ends.
    double maximum(MatrixMode mode) const;
    /// The column's index by Voice::key; -1 when there is none.
    qsizetype columnOf(const QString &key) const;
    /// Column names, unique: a name two columns share gets its article (or key) in parentheses.
    QStringList columnNames() const;
    /// The matrix as CSV (RFC 4180, CRLF line ends): `theme` (the path,
    /// `Parent/Child`), one column per voice with the cells as `mode` shows
    /// them (formatValue()), then `total` (the claims); a voice without a
    /// name is `noName`.
    QString toCsv(MatrixMode mode, const QString &noName) const;

    /// A cell as text: a count, a share in percent with one decimal (`66.7%`), or per 1,000 words with two.
    static QString formatValue(double value, MatrixMode mode);
};

} // namespace Colloquy
