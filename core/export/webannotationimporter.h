#pragma once

#include "export/annotationimportreport.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Colloquy {

class Annotations;
class ClaimRelations;

/**
 * Reads W3C Web Annotation JSON-LD (an AnnotationCollection, an
 * AnnotationPage, an array or a single Annotation; Colloquy's own `jsonld`
 * export or another tool's) and creates the highlights through Annotations,
 * all of them one undo step.
 *
 * Each annotation's TextPositionSelector and TextQuoteSelector go through the
 * Anchorer as a stored highlight would: the offsets first, then the exact
 * quote, then a fuzzy match, so a file made on an edited version of the text
 * still finds its places. Annotations found nowhere are reported as orphans
 * and create nothing. Notes come from `commenting` TextualBodies (joined when
 * there are several), themes from `tagging` bodies whose value is a path
 * `Parent/Child`; missing themes are created. A span already highlighted is
 * skipped, so importing a file twice changes nothing the second time.
 *
 * Bounded for any file: it is read through CappedReader (64 MB), a file of
 * more than 20,000 annotations is refused before the library is touched,
 * theme paths are cut at 32 levels and 100 themes an annotation, annotations
 * with the same selectors are anchored once, and the report lists the first
 * 200 orphans.
 *
 * Linking annotations (motivation `linking`, Colloquy's export of relations
 * between claims) relate their two targets, `from` then `to`, through
 * `relations`, in the same undo step: a target is an annotation of the file,
 * or a SpecificResource placed like a highlight and matched to the highlight
 * already there (in this article or another one of the library). A link whose
 * claims are not found, or any link without `relations`, is counted as
 * skipped; a link already there is left as it is.
 *
 * The article is the one given, else the one whose content hash the targets'
 * source IRIs name. Owns neither `annotations` nor `relations`; use from the
 * store's thread.
 */
class WebAnnotationImporter
{
public:
    explicit WebAnnotationImporter(Annotations *annotations, ClaimRelations *relations = nullptr);
    ~WebAnnotationImporter();

    /// Imports the file at `path` into article `articleId` (0: found by content hash).
    std::optional<AnnotationImportReport> importFile(const QString &path, qint64 articleId = 0);
    /// Imports JSON-LD held in memory.
    std::optional<AnnotationImportReport> importJson(const QByteArray &json, qint64 articleId = 0);
    /// Why the last import failed; empty after one that succeeded.
    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
