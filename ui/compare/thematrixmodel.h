#pragma once

#include "model/thematrix.h"

#include <QAbstractItemModel>

namespace Colloquy {

/**
 * A ThemeMatrix as a tree for a QTreeView: one row per theme under its
 * parent theme (a parent's cells count its sub-themes' claims), column 0 the
 * theme, then one column per voice, then the row's total of claims. Cells
 * show the value in the current mode() (counts, share, per 1,000 words); the
 * HeatRole gives the cell's value over the matrix's largest, for shading.
 *
 * A snapshot: setMatrix() replaces it (a reset). Read-only; GUI thread only.
 */
class ThemeMatrixModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    static constexpr int ThemeIdRole = Qt::UserRole + 1;
    static constexpr int VoiceKeyRole = Qt::UserRole + 2; ///< empty outside the voice columns
    static constexpr int HeatRole = Qt::UserRole + 3; ///< 0–1; invalid outside the voice columns

    explicit ThemeMatrixModel(QObject *parent = nullptr);

    void setMatrix(const ThemeMatrix &matrix);
    const ThemeMatrix &matrix() const { return m_matrix; }
    void setMode(MatrixMode mode);
    MatrixMode mode() const { return m_mode; }

    /// The voice column of the model column; -1 for the theme and total columns.
    qsizetype voiceColumn(int column) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(qint64 themeId, qsizetype voice, int role) const;

    ThemeMatrix m_matrix;
    MatrixMode m_mode = MatrixMode::Counts;
    double m_maximum = 0.0;
    QStringList m_names;
};

} // namespace Colloquy
