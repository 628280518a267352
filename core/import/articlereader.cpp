#include "import/articlereader.h"

#include "import/cappedreader.h"
#include "import/importerregistry.h"
#include "import/textdecoder.h"
#include "logging.h"
#include "segment/segmenter.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

ReadResult ArticleReader::readFile(
    const QString &path, const QString &format, const QString &encoding, Hashing hashing)
{
    CappedReader reader;
    const std::optional<QByteArray> bytes = reader.read(path);
    if (!bytes)
        return {std::nullopt, reader.errorString()};
    ReadResult result = readBytes(*bytes, QFileInfo(path).absoluteFilePath(), format, encoding, hashing);
    if (!result.error.isEmpty())
        result.error = u"%1: %2"_s.arg(path, result.error);
    return result;
}

ReadResult ArticleReader::readBytes(const QByteArray &bytes, const QString &sourcePath, const QString &format,
    const QString &encoding, Hashing hashing)
{
    // Text in memory (the clipboard, a project's source) has the same cap as a file.
    if (bytes.size() > CappedReader::DefaultCap)
        return {std::nullopt,
            u"too large for an article (%1; at most %2)"_s.arg(
                CappedReader::sizeText(bytes.size()), CappedReader::sizeText(CappedReader::DefaultCap))};
    const ImporterRegistry &registry = ImporterRegistry::instance();
    const Importer *importer =
        format.isEmpty() ? registry.detect(bytes, sourcePath) : registry.byName(format);
    if (!importer)
        return {std::nullopt,
            u"unknown format \u201c%1\u201d (known: %2)"_s.arg(format, registry.names().join(u", "_s))};

    QString error;
    TextEncoding used;
    QByteArray utf8 = bytes;
    if (importer->readsText() && (!encoding.isEmpty() || !isValidUtf8(bytes))) {
        const std::optional<QString> text =
            decodeText(bytes, &error, &used, encoding, importer->declaredEncoding(bytes));
        if (!text)
            return {std::nullopt, error};
        utf8 = "\xef\xbb\xbf" + text->toUtf8(); // the mark: importers read UTF-8
    }
    const auto imported = importer->read(utf8, &error);
    if (!imported)
        return {std::nullopt, error};

    Article article;
    article.sourcePath = sourcePath;
    article.sourceFormat = importer->name();
    article.importedAt = QDateTime::currentDateTimeUtc();
    article.rawSource = bytes;
    article.metadata = imported->metadata;
    if (used.isNoteworthy()) {
        static const char *const sources[] = {"bom", "utf-8", "declared", "detected", "fallback", "forced"};
        article.metadata.insert(u"encoding"_s, used.name);
        article.metadata.insert(u"encoding_source"_s, QString::fromLatin1(sources[int(used.source)]));
        article.metadata.insert(u"encoding_confidence"_s, used.confidence);
    }
    article.normalizedText = imported->text;
    if (article.normalizedText.trimmed().isEmpty())
        return {std::nullopt, u"the file holds no text"_s};
    if (hashing == Hashing::WithContentHash)
        article.contentHash = contentHashOf(article.normalizedText);

    const Segmentation segmentation = Segmenter().segment(article.normalizedText, imported->cues);
    // The segmenter reads the title line the importers put first; the format's own title is the fallback.
    article.title = segmentation.title.isNull() ? imported->title : segmentation.title;
    article.segments = segmentation.segments;
    article.scheme = segmentation.scheme;
    qCDebug(lcImport) << "read" << sourcePath << "as" << article.sourceFormat << article.segments.size()
                      << "segments";
    return {std::move(article), QString()};
}

} // namespace Colloquy
