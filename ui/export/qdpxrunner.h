#pragma once

#include <QString>

class QWidget;

namespace Colloquy {

class Annotations;

/// The GUI side of REFI-QDA exchange: asks for a file, runs QdpxExporter or
/// QdpxImporter (core) and tells the user what happened. Lives for one call.
class QdpxRunner
{
public:
    QdpxRunner(Annotations *annotations, QWidget *parent);

    /// Exports the whole library; false when cancelled or failed (already reported).
    bool askAndExport();
    /// Imports a project as one undo step; false when cancelled or failed (already reported).
    bool askAndImport();

private:
    Annotations *m_annotations;
    QWidget *m_parent;
};

} // namespace Colloquy
