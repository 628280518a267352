#pragma once

#include <QDate>
#include <QString>

namespace Colloquy {

/// What the user can say about an article beside its text: its title and
/// where and when it was published. Empty fields are unknown; a null title
/// falls back to the file name (Article::displayTitle()).
struct ArticleDetails
{
    qint64 articleId = 0;
    QString title;
    QString source; ///< the publication, e.g. "The Harbour Review"
    QString url;
    QDate published;

    friend bool operator==(const ArticleDetails &, const ArticleDetails &) = default;
};

} // namespace Colloquy
