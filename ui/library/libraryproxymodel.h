#pragma once

#include <QSortFilterProxyModel>

namespace Colloquy {

/**
 * Sorts a LibraryModel newest first and filters it by what the user types.
 *
 * A row matches when every word of the filter text occurs, ignoring case, in
 * the title or in one of the speakers' names; the order of the words does not
 * matter, so "smith climate" finds Smith's climate roundtable.
 */
class LibraryProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibraryProxyModel(QObject *parent = nullptr);

    QString filterText() const;
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    QStringList m_filterWords;
};

} // namespace Colloquy
