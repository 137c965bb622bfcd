#include "stafftablemodel.h"

#include <QHash>

#include <algorithm>

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
    m_all = staff;
    filterRows();
    endResetModel();
}

void StaffTableModel::setFilterText(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    filterRows();
    endResetModel();
}

void StaffTableModel::filterRows()
{
    m_rows.clear();
    for (const StaffUser &s : std::as_const(m_all)) {
        if (m_filter.isEmpty() || s.email.contains(m_filter, Qt::CaseInsensitive) ||
            s.displayName.contains(m_filter, Qt::CaseInsensitive))
            m_rows.append(s);
    }
    sortRows();
}

bool StaffTableModel::lessThan(const StaffUser &a, const StaffUser &b) const
{
    int c = 0;
    switch (m_sortColumn) {
    case Email:
        c = a.email.compare(b.email, Qt::CaseInsensitive);
        break;
    case Name:
        c = a.displayName.localeAwareCompare(b.displayName);
        break;
    case Role:
        c = int(a.role) - int(b.role);
        break;
    case Status:
        c = int(b.active) - int(a.active);
        break;
    }
    if (c == 0)
        c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    return m_order == Qt::DescendingOrder ? c > 0 : c < 0;
}

void StaffTableModel::sortRows()
{
    if (m_sortColumn < 0)
        return;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const StaffUser &a, const StaffUser &b) { return lessThan(a, b); });
}

void StaffTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return; // no column (the view's first state): the store's order
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids << m_rows[index.row()].id;
    m_sortColumn = column;
    m_order = order;
    sortRows();
    QHash<qint64, int> rowOfId;
    for (int row = 0; row < m_rows.size(); ++row)
        rowOfId.insert(m_rows[row].id, row);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOfId.value(ids[i]), before[i].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
