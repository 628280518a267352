#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace Colloquy {

/**
 * Sorts a LibraryModel (newest import first, by title, by publication date or
 * by number of speakers) and filters it by what the user types and by collection.
 *
 * A row matches when every word of the filter text occurs, ignoring case, in
 * the title or in one of the speakers' names; the order of the words does not
 * matter, so "smith climate" finds Smith's climate roundtable.
 */
class LibraryProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Order
    {
        Newest, ///< newest import first
        Title, ///< A to Z, as the locale sorts
        Published, ///< newest publication first; unknown dates last
        Speakers, ///< most speakers first
    };
    Q_ENUM(Order)

    explicit LibraryProxyModel(QObject *parent = nullptr);

    Order order() const;
    void setOrder(Order order);
    /// Only the articles of this collection; 0: all.
    qint64 collection() const;
    void setCollection(qint64 collectionId);

    QString filterText() const;
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Order m_order = Order::Newest;
    qint64 m_collection = 0;
    QCollator m_collator;
    QString m_filterText;
    QStringList m_filterWords;
};

} // namespace Colloquy
