#include "stafftablemodel.h"

namespace md {

StaffTableModel::StaffTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString StaffTableModel::roleText(StaffRole role)
{
    switch (role) {
    case StaffRole::Owner:
        return tr("Owner");
    case StaffRole::Manager:
        return tr("Manager");
    case StaffRole::Clerk:
        return tr("Clerk");
    case StaffRole::Support:
        return tr("Support");
    }
    return {};
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffUser &s = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Email:
            return s.email;
        case Name:
            return s.displayName;
        case Role:
            return roleText(s.role);
        case Status:
            return s.active ? tr("Active") : tr("Disabled");
        }
    }
    if (role == IdRole)
        return s.id;
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("E-mail");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    }
    return {};
}

void StaffTableModel::setStaff(const QList<StaffUser> &staff)
{
    beginResetModel();
    m_rows = staff;
    endResetModel();
}

const StaffUser *StaffTableModel::staffAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int StaffTableModel::rowOf(qint64 staffId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == staffId)
            return i;
    return -1;
}

} // namespace md
