#pragma once

#include <QString>

class QWidget;

namespace Colloquy {

class Annotations;
class ClaimRelations;

/// The GUI side of bringing new material into an article the library already
/// has: an edited version of its text (Annotations::reimportArticle()) or Web
/// Annotations exported earlier (WebAnnotationImporter). Asks for a file, runs
/// the core and tells the user what became of the highlights (and of the links
/// between claims, made through `relations`). Lives for one call.
class ArticleUpdateRunner
{
public:
    ArticleUpdateRunner(Annotations *annotations, ClaimRelations *relations, QWidget *parent);

    /// The file dialog filter for every article format the importers read.
    static QString articleFileFilter();

    /// Replaces article `articleId`'s text with an edited file, re-anchoring its
    /// highlights, as one undo step; false when cancelled or failed (already reported).
    bool askAndReimport(qint64 articleId, const QString &startFolder);
    /// Adds the highlights of a Web Annotation (JSON-LD) file to article
    /// `articleId`; false when cancelled or failed (already reported).
    bool askAndImportAnnotations(qint64 articleId, const QString &startFolder);

    /// The same without the file dialog, for a path chosen elsewhere.
    bool reimport(qint64 articleId, const QString &path);
    bool importAnnotations(qint64 articleId, const QString &path);

private:
    Annotations *m_annotations;
    ClaimRelations *m_relations;
    QWidget *m_parent;
};

} // namespace Colloquy
