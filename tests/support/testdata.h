#pragma once

#include <QByteArray>
#include <QString>

// Where the fixtures are, and reading and writing small files, for every test.
namespace Colloquy::Testing {

/// `relative` under tests/data in the source tree (located at configure time,
/// so tests never depend on the working directory).
QString testDataPath(const QString &relative);
/// The bundled sample articles (resources/samples) in the source tree.
QString samplesPath(const QString &relative);
/// The whole file; empty (with a warning) when it cannot be read.
QByteArray readFile(const QString &path);
/// Writes `bytes` to `path`, replacing it; false with a warning on failure.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace Colloquy::Testing
