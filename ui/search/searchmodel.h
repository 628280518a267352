#pragma once

#include "model/searchhit.h"

#include <QAbstractListModel>

namespace Colloquy {

/**
 * The results of one search (LibraryStore::search()), best first: one row
 * per SearchHit, with its article, speaker, snippet and the matched words in
 * the snippet, for SearchDelegate to draw and SearchPanel to open.
 *
 * A plain list the panel refills; it does not follow the store.
 */
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1, ///< qint64
        ArticleTitleRole, ///< QString
        SpeakerRole, ///< QString: empty outside speaker turns
        SnippetRole, ///< QString: the excerpt, `…` where it was cut
        SnippetMatchesRole, ///< QList<TextSpan>: the matched words in the snippet
        IsNoteRole, ///< bool: the hit is in a note on a highlight, not in the text
        HighlightIdRole, ///< qint64: the note's highlight; 0 for text hits
    };

    explicit SearchModel(QObject *parent = nullptr);
    ~SearchModel() override;

    void setHits(const QList<SearchHit> &hits);
    QList<SearchHit> hits() const;
    /// The hit of `row`; a default hit for a row that does not exist.
    SearchHit hit(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace Colloquy

Q_DECLARE_METATYPE(QList<Colloquy::TextSpan>)
