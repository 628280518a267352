#include "import/textdecoder.h"

#include <QStringDecoder>
#include <QStringList>

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
    QString text;
    text.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char16_t u = input.at(i).unicode();
        switch (u) {
        case u'\r':
            // CRLF and lone CR both end a line.
            text.append(u'\n');
            if (i + 1 < input.size() && input.at(i + 1) == u'\n')
                ++i;
            break;
        case 0x00a0: // no-break space
        case 0x2007: // figure space
        case 0x202f: // narrow no-break space
        case u'\t':
        case u'\f':
        case u'\v':
            text.append(u' ');
            break;
        case 0xfeff: // byte-order mark / zero-width no-break space
        case 0x200b: // zero-width space
        case 0x00ad: // soft hyphen
        case 0x2060: // word joiner
            break;
        case 0x2028: // line separator
        case 0x2029: // paragraph separator
            text.append(u'\n');
            break;
        default:
            if (u < 0x20 && u != u'\n')
                break; // other control characters carry no text
            text.append(QChar(u));
        }
    }

    // Trim each line's ends and squeeze runs of spaces inside it.
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        QString squeezed;
        squeezed.reserve(line.size());
        bool space = false;
        for (const QChar c : line) {
            if (c == u' ') {
                space = true;
                continue;
            }
            if (space && !squeezed.isEmpty())
                squeezed.append(u' ');
            space = false;
            squeezed.append(c);
        }
        line = squeezed;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    return lines.join(u'\n');
}

} // namespace Colloquy
