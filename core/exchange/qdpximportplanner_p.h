#pragma once

#include "exchange/qdpximportreport.h"
#include "exchange/qdpxlimits.h"
#include "exchange/qdpxproject_p.h"
#include "model/article.h"

#include <memory>
#include <optional>

namespace Colloquy {

class ZipArchiveReader;

namespace Qdpx {

/// A selection placed in one segment of its article.
struct PlannedHighlight
{
    qsizetype segment = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString note;
    QStringList codeGuids;
};

/// An article to add with the highlights placed in it.
struct PlannedSource
{
    Article article;
    QString note;
    QList<PlannedHighlight> highlights;
};

/**
 * Reads every text source of a parsed project from its archive, segments it
 * and places its selections, writing nothing: what cannot be placed becomes a
 * message in the report; what makes the file unreadable fails the whole
 * import with error() (`path: why`).
 *
 * Bounded on any project: sources that name the same text (the same entry,
 * or the same inline content) are read and segmented once and become one
 * article; a selection is placed by its offsets with a binary search, then
 * by its quote near them, and only then by a search of the whole text, which
 * spends QdpxLimits::quoteSearchBudget; the report holds at most
 * QdpxLimits::maxMessages messages. Use from one thread.
 */
class ImportPlanner
{
public:
    ImportPlanner(ZipArchiveReader &zip, const Project &project, const QString &path,
        const QdpxLimits &limits, QdpxImportReport &report);
    ~ImportPlanner();

    /// One plan per distinct readable text, in project order; nullopt on a failure.
    std::optional<QList<PlannedSource>> plan();
    QString error() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Qdpx
} // namespace Colloquy
