#pragma once

#include "staffuser.h"

#include <QAbstractTableModel>
#include <QList>

namespace md {

// The shop's staff accounts: e-mail, name, role and whether the account may sign in. The whole
// list at once (a shop has a handful); a reload replaces it. In the store's order until sorted by
// a column; sorted and filtered here (the list is small), and a reload keeps both.
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Email, Name, Role, Status, ColumnCount };
    enum Roles { IdRole = Qt::UserRole };

    explicit StaffTableModel(QObject *parent = nullptr);

    static QString roleText(StaffRole role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Name by the locale's collation, Role by rank (owner first), Status active first; ties by id
    // in the same direction. Persistent indexes (the selection) follow their rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setStaff(const QList<StaffUser> &staff);
    // Only the accounts whose e-mail or name contains `text` (case-insensitive); empty: all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    const StaffUser *staffAt(int row) const;
    int rowOf(qint64 staffId) const;

private:
    // m_rows in the current sort (stable: the store's order when there is none).
    void sortRows();
    bool lessThan(const StaffUser &a, const StaffUser &b) const;

    // m_all as given; m_rows the ones matching m_filter.
    void filterRows();

    QList<StaffUser> m_all;
    QList<StaffUser> m_rows;
    QString m_filter;
    int m_sortColumn = -1; // none: the store's order
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace md
