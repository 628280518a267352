#pragma once

#include "model/segment.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QVariantMap>

namespace Colloquy {

/// An imported article: where it came from, its text, and its segmentation.
/// `id` is 0 until the article is stored.
struct Article
{
    qint64 id = 0;
    QString title; ///< null when the source has no recognisable title
    QString sourcePath;
    QString sourceFormat; ///< importer name, e.g. `text`
    QDateTime importedAt; ///< UTC
    QByteArray contentHash; ///< hex SHA-256 of normalizedText
    QVariantMap metadata;
    QByteArray rawSource; ///< the bytes as read, kept for re-segmentation
    QString normalizedText; ///< decoded, line endings and spaces normalised
    QList<Segment> segments;
    SegmentationScheme scheme; ///< how the segmenter read it; empty for articles stored before schema 7

    /// Distinct speakers in order of first appearance.
    QList<Speaker> speakers() const;
    /// The title, or the source file's base name when there is none.
    QString displayTitle() const;
};

/// What a library list needs to know of an article, without its text.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString sourcePath;
    QDateTime importedAt;
    QStringList speakerNames;
    QByteArray contentHash;
    QString source; ///< the publication, as the user gave it (ArticleDetails)
    QString url;
    QDate published; ///< null when unknown
    QList<qint64> collections; ///< the ids of the collections it is in

    QString displayTitle() const;
};

/// The SHA-256 of the normalised text in hex: the identity of an article's content.
QByteArray contentHashOf(const QString &normalizedText);

} // namespace Colloquy
