#include "compare/thematrixmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

ThemeMatrixModel::ThemeMatrixModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ThemeMatrixModel::setMatrix(const ThemeMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    m_names = matrix.columnNames();
    for (QString &name : m_names) {
        if (name.isEmpty())
            name = tr("(no value)");
    }
    m_maximum = m_matrix.maximum(m_mode);
    endResetModel();
}

void ThemeMatrixModel::setMode(MatrixMode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    m_maximum = m_matrix.maximum(m_mode);
    endResetModel();
}

qsizetype ThemeMatrixModel::voiceColumn(int column) const
{
    return column >= 1 && column <= m_matrix.columns.size() ? column - 1 : -1;
}

// Internal ids are theme ids; the codebook answers parents and children.
QModelIndex ThemeMatrixModel::index(int row, int column, const QModelIndex &parent) const
{
    const QList<Theme> children =
        m_matrix.codebook.children(parent.isValid() ? qint64(parent.internalId()) : 0);
    if (row < 0 || row >= children.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column, quintptr(children.at(row).id));
}

QModelIndex ThemeMatrixModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const std::optional<Theme> theme = m_matrix.codebook.theme(qint64(child.internalId()));
    if (!theme || theme->parentId == 0 || !m_matrix.codebook.contains(theme->parentId))
        return {};
    const std::optional<Theme> parent = m_matrix.codebook.theme(theme->parentId);
    const QList<Theme> siblings = m_matrix.codebook.children(parent->parentId);
    for (int row = 0; row < siblings.size(); ++row) {
        if (siblings.at(row).id == parent->id)
            return createIndex(row, 0, quintptr(parent->id));
    }
    return {};
}

int ThemeMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_matrix.codebook.children(parent.isValid() ? qint64(parent.internalId()) : 0).size());
}

int ThemeMatrixModel::columnCount(const QModelIndex &) const
{
    return int(m_matrix.columns.size()) + 2;
}

QVariant ThemeMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const qint64 themeId = qint64(index.internalId());
    if (role == ThemeIdRole)
        return themeId;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return m_matrix.codebook.theme(themeId)->name;
        if (role == Qt::ToolTipRole)
            return m_matrix.codebook.displayPath(themeId);
        return {};
    }
    const qsizetype voice = voiceColumn(index.column());
    if (voice < 0) {
        if (role == Qt::DisplayRole)
            return m_matrix.total(themeId);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return cellData(themeId, voice, role);
}

QVariant ThemeMatrixModel::cellData(qint64 themeId, qsizetype voice, int role) const
{
    const double value = m_matrix.value(themeId, voice, m_mode);
    switch (role) {
    case Qt::DisplayRole:
        return ThemeMatrix::formatValue(value, m_mode);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case VoiceKeyRole:
        return m_matrix.columns.at(voice).voice.key;
    case HeatRole:
        return m_maximum > 0.0 ? value / m_maximum : 0.0;
    case Qt::ToolTipRole: {
        const qint64 claims = m_matrix.count(themeId, voice);
        return tr("%1 on %2: %n claim(s)", nullptr, int(claims))
            .arg(m_names.at(voice), m_matrix.codebook.displayPath(themeId));
    }
    default:
        return {};
    }
}

QVariant ThemeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const qsizetype voice = voiceColumn(section);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Theme");
        return voice < 0 ? tr("Total") : m_names.at(voice);
    }
    if (role == Qt::ToolTipRole && voice >= 0) {
        const MatrixColumn &c = m_matrix.columns.at(voice);
        return tr("%1: %2 claims, %3 words").arg(m_names.at(voice)).arg(c.claims).arg(c.words);
    }
    return {};
}

} // namespace Colloquy
