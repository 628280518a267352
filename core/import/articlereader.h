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
 * LibraryStore::addArticle() does that.
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
    static ReadResult readFile(
        const QString &path, const QString &format = QString(), Hashing hashing = Hashing::WithContentHash);
    static ReadResult readBytes(const QByteArray &bytes, const QString &sourcePath,
        const QString &format = QString(), Hashing hashing = Hashing::WithContentHash);
};

} // namespace Colloquy
