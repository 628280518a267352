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
 * Reads a source file into an unsaved Article: decodes, normalises and
 * segments it. Nothing is stored; LibraryStore::addArticle() does that.
 */
class ArticleReader
{
public:
    static ReadResult readFile(const QString &path);
    static ReadResult readBytes(const QByteArray &bytes, const QString &sourcePath);
};

} // namespace Colloquy
