#pragma once

#include <QList>
#include <QString>

namespace Colloquy {
class LibraryStore;
namespace Testing {

class TemporaryLibrary;

/**
 * Highlights by named coders (authors) written straight to a store, as
 * several people's work in one library would be: what the inter-coder
 * agreement tests compare. Failures are QWARN'd and return 0.
 */
namespace CodedLibrary {

/// A new top-level theme; its id.
qint64 addTheme(LibraryStore &store, const QString &name);
/// A highlight by `coder` on the first occurrence of `quote` in segment `segment`, tagged `themes`.
qint64 code(LibraryStore &store, qint64 articleId, const QString &coder, qsizetype segment,
    const QString &quote, const QList<qint64> &themes);

/// The worked example of tst_agreement (computed by hand there): one article whose one segment
/// reads "Rent is too high. The council ignores us. We will march on Friday. Bring water.",
/// themes Housing and Protest, coders ada and bo:
///   ada: Housing on "Rent is too high", Protest on "march on Friday. Bring water"
///   bo:  Housing on "Rent is too high. The council", Protest on "We will march"
struct Example
{
    qint64 article = 0;
    qint64 housing = 0;
    qint64 protest = 0;
};
Example addExample(TemporaryLibrary &library);

} // namespace CodedLibrary

} // namespace Testing
} // namespace Colloquy
