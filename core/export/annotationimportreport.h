#pragma once

#include <QList>
#include <QStringList>

namespace Colloquy {

/// What reading a Web Annotation file back did. A plain value.
struct AnnotationImportReport
{
    qint64 articleId = 0;
    /// Highlights created, by how their anchor was found (see Anchorer).
    int anchored = 0;
    int moved = 0;
    int fuzzy = 0;
    /// Annotations whose quote was not found: no highlight was made for them.
    int orphaned = 0;
    /// Annotations already present as a highlight of the same span: skipped.
    int duplicates = 0;
    int themesCreated = 0;
    /// Links between claims (linking annotations) made, and those not made because a claim was not
    /// found or the link was unreadable.
    int linked = 0;
    int linksSkipped = 0;
    /// The ids of the highlights created, in file order.
    QList<qint64> highlightIds = {};
    /// The exact quote (cut at 200 characters, or the annotation id when it has none) of the first
    /// 200 orphans; `orphaned` counts them all.
    QStringList orphans = {};

    int created() const { return anchored + moved + fuzzy; }
};

} // namespace Colloquy
