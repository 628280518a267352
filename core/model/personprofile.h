#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Colloquy {

/**
 * One real person across the library: the speakers of several articles that
 * name them (LibraryStore::people()).
 *
 * Each appearance is one article's speaker (its name as printed and the bio
 * that article gave), so the appearances in import order are the person's
 * affiliation and bio history.
 */
struct PersonProfile
{
    struct Appearance
    {
        qint64 speakerId = 0;
        qint64 articleId = 0;
        QString articleTitle; ///< the title, or the file name when the article has none
        QDateTime importedAt; ///< UTC
        QString name; ///< as the article printed it
        QString bio; ///< null when the article gave none
    };

    qint64 id = 0;
    QString displayName; ///< the fullest variant, or what the user named the profile
    bool namedByUser = false; ///< true after a rename: new variants no longer change displayName
    QList<Appearance> appearances; ///< oldest import first

    /// The distinct names the articles printed, in order of first appearance.
    QStringList variants() const
    {
        QStringList names;
        for (const Appearance &a : appearances) {
            if (!names.contains(a.name))
                names.append(a.name);
        }
        return names;
    }
    /// The distinct articles, in import order.
    QList<qint64> articleIds() const
    {
        QList<qint64> ids;
        for (const Appearance &a : appearances) {
            if (!ids.contains(a.articleId))
                ids.append(a.articleId);
        }
        return ids;
    }
};

} // namespace Colloquy
