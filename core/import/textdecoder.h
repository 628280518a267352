#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Colloquy {

/**
 * Turns a file's bytes into text: UTF-8 or UTF-16/32 by byte-order mark,
 * Latin-1 when the bytes are not valid UTF-8. Refuses binary data (NUL bytes,
 * control characters) with a message in `error`, so callers never segment an
 * image or an archive.
 */
std::optional<QString> decodeText(const QByteArray &bytes, QString *error);

/// Line endings to `\n`, no-break and other odd spaces to plain ones, invisible
/// characters removed, trailing spaces trimmed: the text every later step sees.
QString normalizeText(const QString &text);

} // namespace Colloquy
