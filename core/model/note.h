#pragma once

#include <QDateTime>
#include <QString>

namespace Colloquy {

/// Markdown text attached to a highlight, at most one per highlight. Notes on
/// a speaker or an article are ArticleNote. A plain value.
struct Note
{
    qint64 highlightId = 0;
    QString markdown;
    QString author;
    QDateTime created; ///< UTC, millisecond precision
    QDateTime modified; ///< UTC, millisecond precision

    friend bool operator==(const Note &, const Note &) = default;
};

} // namespace Colloquy
