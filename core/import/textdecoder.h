#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Colloquy {

/// How decodeText() read a file's bytes: what it decided and how sure it is.
struct TextEncoding
{
    enum class Source
    {
        ByteOrderMark, ///< a byte-order mark named it
        Utf8, ///< the bytes are valid UTF-8 (ASCII included)
        Declared, ///< the file declared it (an HTML `<meta charset>`)
        Detected, ///< guessed from the bytes by uchardet
        Fallback, ///< nothing fitted better: Windows-1252, which reads every byte
        Forced, ///< the user chose it (`--encoding`)
    };

    QString name =
        QStringLiteral("UTF-8"); ///< as the user would write it: `UTF-8`, `GB18030`, `windows-1252`
    int confidence = 100; ///< 0 to 100: how sure the choice is (100 for a mark, valid UTF-8 or a forced one)
    Source source = Source::Utf8;

    /// Whether the user should be told: the text was not plainly UTF-8 (or marked as Unicode).
    bool isNoteworthy() const { return source != Source::Utf8 && source != Source::ByteOrderMark; }
    /// One phrase for messages: `GB18030 (detected, 87% sure)`.
    QString description() const;
};

/**
 * Turns a file's bytes into text. In this order: a byte-order mark (UTF-8,
 * UTF-16, UTF-32); `forcedEncoding` when given; valid UTF-8; `declaredEncoding`
 * (what the file says of itself, e.g. an HTML `<meta charset>`) when Qt knows
 * it; otherwise the legacy encoding uchardet detects (GB18030, Big5,
 * Shift-JIS, EUC-KR, Windows-1251/1252, …), and Windows-1252 when it finds
 * none. Refuses binary data (NUL bytes, control characters) and encodings Qt
 * cannot decode, with a message in `error`, so callers never segment an image
 * or an archive. What was chosen goes to `*used` when given.
 */
std::optional<QString> decodeText(const QByteArray &bytes, QString *error, TextEncoding *used = nullptr,
    const QString &forcedEncoding = QString(), const QString &declaredEncoding = QString());

/// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

/// Whether Qt can decode `name` (an IANA or ICU encoding name).
bool isKnownEncoding(const QString &name);

/// Line endings to `\n`, no-break and other odd spaces to plain ones, invisible
/// characters removed, trailing spaces trimmed: the text every later step sees.
QString normalizeText(const QString &text);

} // namespace Colloquy
