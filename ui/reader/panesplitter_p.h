#pragma once

#include <QSplitter>

namespace Colloquy {

/// The splitter between speaker panes: its handles are hairlines in the
/// palette's mid tone, so panes read as separate sheets in both orientations.
class PaneSplitter : public QSplitter
{
public:
    using QSplitter::QSplitter;

protected:
    QSplitterHandle *createHandle() override;
};

} // namespace Colloquy
