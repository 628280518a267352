#pragma once

#include <QList>
#include <QString>

namespace Colloquy {

class LibraryStore;

/**
 * Writes articles with their claims as a REFI-QDA project (`.qdpx`): a zip
 * of `project.qde` (namespace `urn:QDA-XML:project:1.0`) and `sources/` with
 * each article's plain text in UTF-8.
 *
 * The whole codebook becomes nested `<Code>`s with their colours, each
 * speaker a `<Case>` referring to its articles and its highlights, each
 * article a `<TextSource>` (its note as the description), each anchored
 * highlight a `<PlainTextSelection>` (its note as the description) coded with
 * its themes, each highlight author a `<User>`. GUIDs are name-based UUIDs of
 * library ids, so exporting twice gives the same GUIDs.
 *
 * The plain text is the title line, then the segments separated by a blank
 * line, one paragraph a line, a speaker's turn starting with `Name: `;
 * positions count Unicode code points in it, as the standard says.
 * Orphaned highlights have no place in the text and are left out.
 */
class QdpxExporter
{
public:
    explicit QdpxExporter(LibraryStore *store);

    bool exportArticles(const QList<qint64> &articleIds, const QString &path);
    QString errorString() const { return m_error; }

private:
    LibraryStore *m_store;
    QString m_error;
};

} // namespace Colloquy
