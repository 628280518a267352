#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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
/// The records of CSV `text` read as RFC 4180 says (CRLF records, quoted fields
/// with doubled quotes and line breaks); `wellFormed` false when a quote sits
/// inside an unquoted field, a quoted one is not closed or the last record
/// does not end with CRLF.
QList<QStringList> readCsv(const QString &text, bool *wellFormed);

} // namespace Colloquy::Testing
