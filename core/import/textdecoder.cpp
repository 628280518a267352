#include "import/textdecoder.h"

#include <QHash>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>
#include <type_traits>

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

namespace {

// uchardet's names Qt's ICU back end does not know under that name.
QString qtEncodingName(const QString &detected)
{
    static const QHash<QString, QString> aliases = {
        {u"UHC"_s, u"windows-949"_s}, // uchardet's name for EUC-KR's superset
        {u"EUC-KR"_s, u"windows-949"_s}, // read as the superset: what Windows files hold
        {u"MAC-CENTRALEUROPE"_s, u"x-mac-centraleurroman"_s},
        {u"ISO-2022-CN"_s, u"ISO-2022-CN-EXT"_s},
    };
    return aliases.value(detected.toUpper(), detected);
}

// The name users know for what uchardet reports.
QString displayName(const QString &detected)
{
    static const QHash<QString, QString> names = {
        {u"UHC"_s, u"EUC-KR"_s},
        {u"BIG5"_s, u"Big5"_s},
        {u"SHIFT_JIS"_s, u"Shift_JIS"_s},
        {u"WINDOWS-1250"_s, u"windows-1250"_s},
        {u"WINDOWS-1251"_s, u"windows-1251"_s},
        {u"WINDOWS-1252"_s, u"windows-1252"_s},
        {u"WINDOWS-1253"_s, u"windows-1253"_s},
        {u"WINDOWS-1255"_s, u"windows-1255"_s},
        {u"WINDOWS-1256"_s, u"windows-1256"_s},
        {u"WINDOWS-1257"_s, u"windows-1257"_s},
        {u"WINDOWS-1258"_s, u"windows-1258"_s},
    };
    return names.value(detected.toUpper(), detected);
}

struct Detection
{
    QString name; ///< empty when uchardet found nothing
    int confidence = 0;
};

Detection detectEncoding(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    // A megabyte says all there is to say, and bounds the time on big files.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1024 * 1024);
    if (uchardet_handle_data(detector.get(), bytes.constData(), std::size_t(sample)) != 0)
        return {};
    uchardet_data_end(detector.get());
    Detection detection {displayName(QString::fromLatin1(uchardet_get_charset(detector.get()))), 0};
    if (detection.name.isEmpty())
        return detection;
#ifdef COLLOQUY_HAVE_UCHARDET_CONFIDENCE
    detection.confidence = int(uchardet_get_confidence(detector.get(), 0) * 100.0f + 0.5f);
#else
    // uchardet before 0.0.8 gives no confidence: estimate it from the evidence,
    // the number of non-ASCII bytes it judged. A word or two is a weak guess
    // (under 50 %); a paragraph of accented or CJK text a strong one.
    qsizetype nonAscii = 0;
    for (qsizetype i = 0; i < sample; ++i)
        nonAscii += (uchar(bytes.at(i)) >= 0x80);
    detection.confidence = int(40 + std::min<qsizetype>(55, nonAscii * 2));
#endif
    return detection;
}

// What a decoder made of the bytes, or nullopt when it cannot read them.
std::optional<QString> decodeWith(const QString &encoding, const QByteArray &bytes)
{
    QStringDecoder decoder(qUtf8Printable(qtEncodingName(encoding)), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QString TextEncoding::description() const
{
    switch (source) {
    case Source::ByteOrderMark:
        return u"%1 (byte-order mark)"_s.arg(name);
    case Source::Utf8:
        return name;
    case Source::Declared:
        return u"%1 (declared by the file)"_s.arg(name);
    case Source::Detected:
        return u"%1 (detected, %2% sure)"_s.arg(name).arg(confidence);
    case Source::Fallback:
        return u"%1 (no encoding fitted better; use --encoding if the text looks wrong)"_s.arg(name);
    case Source::Forced:
        return u"%1 (chosen)"_s.arg(name);
    }
    return name;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t min = 0;
        char32_t c = 0;
        if ((*p & 0xe0) == 0xc0) {
            extra = 1, min = 0x80, c = *p & 0x1f;
        } else if ((*p & 0xf0) == 0xe0) {
            extra = 2, min = 0x800, c = *p & 0x0f;
        } else if ((*p & 0xf8) == 0xf0) {
            extra = 3, min = 0x10000, c = *p & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            c = (c << 6) | (p[i] & 0x3f);
        }
        if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
            return false;
        p += extra + 1;
    }
    return true;
}

bool isKnownEncoding(const QString &name)
{
    return !name.isEmpty() && QStringDecoder(qUtf8Printable(qtEncodingName(name))).isValid();
}

std::optional<QString> decodeText(const QByteArray &bytes, QString *error, TextEncoding *used,
    const QString &forcedEncoding, const QString &declaredEncoding)
{
    auto fail = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    TextEncoding encoding;
    auto succeed = [&](QString text) -> std::optional<QString> {
        if (looksBinary(text))
            return fail(u"the file holds binary data, not text"_s);
        if (used)
            *used = encoding;
        return text;
    };

    // A byte-order mark names the encoding (UTF-16 text is full of NUL bytes, so check it first).
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        encoding = {QString::fromLatin1(QStringConverter::nameForEncoding(*bom)), 100,
            TextEncoding::Source::ByteOrderMark};
        if (decoder.hasError() || looksBinary(text))
            return fail(u"the file is not valid %1 text"_s.arg(encoding.name));
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        return succeed(text);
    }
    if (!forcedEncoding.isEmpty()) {
        if (!isKnownEncoding(forcedEncoding))
            return fail(u"unknown encoding \u201c%1\u201d"_s.arg(forcedEncoding));
        encoding = {forcedEncoding, 100, TextEncoding::Source::Forced};
        const std::optional<QString> text = decodeWith(forcedEncoding, bytes);
        if (!text)
            return fail(u"the file is not valid %1 text"_s.arg(forcedEncoding));
        return succeed(*text);
    }
    if (bytes.contains('\0'))
        return fail(u"the file holds binary data, not text"_s);

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return succeed(text);

    if (!declaredEncoding.isEmpty() && isKnownEncoding(declaredEncoding)) {
        if (std::optional<QString> declared = decodeWith(declaredEncoding, bytes)) {
            encoding = {declaredEncoding, 90, TextEncoding::Source::Declared};
            return succeed(*declared);
        }
    }
    const Detection detection = detectEncoding(bytes);
    if (!detection.name.isEmpty() && detection.name.compare(u"ASCII"_s, Qt::CaseInsensitive) != 0) {
        if (std::optional<QString> detected = decodeWith(detection.name, bytes)) {
            encoding = {detection.name, detection.confidence, TextEncoding::Source::Detected};
            return succeed(*detected);
        }
    }
    // Windows-1252 reads every byte but five, which Latin-1 maps to controls.
    encoding = {u"windows-1252"_s, 20, TextEncoding::Source::Fallback};
    if (std::optional<QString> western = decodeWith(encoding.name, bytes))
        return succeed(*western);
    encoding.name = u"ISO-8859-1"_s;
    return succeed(QString::fromLatin1(bytes));
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
        // Printable ASCII, most of any text, needs no look at the cases below.
        if (u > u' ' && u < 0x7f && pendingLines == 0 && !pendingSpace) {
            lineHasText = true;
            *out++ = QChar(u);
            continue;
        }
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
