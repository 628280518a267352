#include "import/textdecoder.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

// Text files may hold a few stray control characters; binary files hold many.
static bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')
            ++controls;
    }
    return controls > 8 && controls * 100 > text.size();
}

std::optional<QString> decodeText(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    // A byte-order mark names the encoding (UTF-16 text is full of NUL bytes, so check it first).
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (decoder.hasError() || looksBinary(text))
            return fail(u"the file is not valid %1 text"_s.arg(
                QString::fromLatin1(QStringConverter::nameForEncoding(*bom))));
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        return text;
    }
    if (bytes.contains('\0'))
        return fail(u"the file holds binary data, not text"_s);

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Not UTF-8: legacy files are most often Latin-1 (every byte is valid there).
        text = QString::fromLatin1(bytes);
    }
    if (looksBinary(text))
        return fail(u"the file holds binary data, not text"_s);
    return text;
}

QString normalizeText(const QString &input)
{
    // One pass into a buffer as long as the input: each line trimmed at both ends, runs of spaces
    // squeezed to one, empty lines at the start and the end dropped (those between paragraphs kept).
    QString text(input.size(), Qt::Uninitialized);
    QChar *out = text.data();
    const QChar *const begin = out;
    qsizetype pendingLines = 0; // line breaks seen since the last character written
    bool pendingSpace = false;
    bool lineHasText = false;
    const QChar *in = input.constData();
    const QChar *const end = in + input.size();
    for (; in != end; ++in) {
        char16_t u = in->unicode();
        switch (u) {
        case u'\r':
            // CRLF and lone CR both end a line.
            if (in + 1 != end && in[1] == u'\n')
                ++in;
            [[fallthrough]];
        case u'\n':
        case 0x2028: // line separator
        case 0x2029: // paragraph separator
            ++pendingLines;
            pendingSpace = false;
            lineHasText = false;
            continue;
        case 0x00a0: // no-break space
        case 0x2007: // figure space
        case 0x202f: // narrow no-break space
        case u'\t':
        case u'\f':
        case u'\v':
        case u' ':
            pendingSpace = lineHasText;
            continue;
        case 0xfeff: // byte-order mark / zero-width no-break space
        case 0x200b: // zero-width space
        case 0x00ad: // soft hyphen
        case 0x2060: // word joiner
            continue;
        default:
            if (u < 0x20)
                continue; // other control characters carry no text
        }
        if (pendingLines > 0) {
            if (out != begin) {
                // More line breaks than characters skipped is impossible, so the buffer holds them.
                for (; pendingLines > 0; --pendingLines)
                    *out++ = u'\n';
            }
            pendingLines = 0;
        }
        if (pendingSpace)
            *out++ = u' ';
        pendingSpace = false;
        lineHasText = true;
        *out++ = QChar(u);
    }
    text.truncate(out - begin);
    return text;
}

} // namespace Colloquy
