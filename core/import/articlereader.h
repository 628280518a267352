#pragma once

#include "model/article.h"

namespace Colloquy {

/// Either an article or the reason there is none, in a sentence for the user.
struct ReadResult
{
    std::optional<Article> article;
    QString error;
};

/**
 * Reads a source file into an unsaved Article: picks the importer (by content
 * and extension through ImporterRegistry, or the one named by `format`),
 * turns the file into normalised text and segments it. Nothing is stored;
 * LibraryStore::addArticle() does that. Files are read through CappedReader
 * and bytes in memory are held to the same cap (64 MB), so no source makes
 * unbounded work.
 *
 * Text formats are decoded here first (decodeText(): byte-order mark, UTF-8,
 * the file's own declaration, uchardet's guess), so every importer reads
 * UTF-8; when the text was not plainly UTF-8, the article's metadata says how
 * it was read: `encoding` (the name), `encoding_source` (`declared`,
 * `detected`, `fallback` or `forced`) and `encoding_confidence` (0-100).
 */
class ArticleReader
{
public:
    /// Whether reading computes the content hash, the library's identity of a text: a preview
    /// that stores nothing (`colloquy-cli segment`) skips it.
    enum class Hashing
    {
        WithContentHash,
        WithoutContentHash
    };

    /// `format` is an importer name (`text`, `markdown`, `html`, `pdf`, `webvtt`, `srt`); empty detects it.
    /// `encoding` overrides the text encoding (`GB18030`, `windows-1252`, ...); empty detects it.
    static ReadResult readFile(const QString &path, const QString &format = QString(),
        const QString &encoding = QString(), Hashing hashing = Hashing::WithContentHash);
    static ReadResult readBytes(const QByteArray &bytes, const QString &sourcePath,
        const QString &format = QString(), const QString &encoding = QString(),
        Hashing hashing = Hashing::WithContentHash);
};

} // namespace Colloquy
