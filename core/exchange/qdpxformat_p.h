#pragma once

#include "model/highlightcolour.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QUuid>

// What Colloquy's REFI-QDA export and import share.
namespace Colloquy::Qdpx {

inline constexpr QStringView Namespace = u"urn:QDA-XML:project:1.0";
inline constexpr QStringView ProjectEntry = u"project.qde";

/// A GUID that is the same in every export of the same library row: a name-based
/// (version 5) UUID of `kind:key`.
QString guidFor(QStringView kind, QStringView key);

/// The palette colour as `#RRGGBB`, and the palette colour nearest to a REFI `color`.
QString hexOf(HighlightColour colour);
HighlightColour nearestColour(QStringView hex);

/// REFI-QDA positions count Unicode characters (code points); QString counts UTF-16 units.
qsizetype codePointIndex(QStringView text, qsizetype utf16Index);
/// The UTF-16 index of code point `codePoint`, or -1 past the end.
qsizetype utf16Index(QStringView text, qsizetype codePoint);

/// utf16Index() for many positions in one text: built once (a walk over the
/// text), then each lookup is a binary search over its surrogate pairs.
class CodePointIndex
{
public:
    explicit CodePointIndex(QStringView text);
    /// As utf16Index(text, codePoint).
    qsizetype utf16Index(qsizetype codePoint) const;

private:
    qsizetype m_size = 0;
    /// For each surrogate pair, in order: its code point index.
    QList<qsizetype> m_pairCodePoints;
};

} // namespace Colloquy::Qdpx
