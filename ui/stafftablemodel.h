#pragma once

#include "staffuser.h"

#include <QAbstractTableModel>
#include <QList>

namespace md {

// The shop's staff accounts: e-mail, name, role and whether the account may sign in. The whole
// list at once (a shop has a handful); a reload replaces it.
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

    void setStaff(const QList<StaffUser> &staff);
    const StaffUser *staffAt(int row) const;
    int rowOf(qint64 staffId) const;

private:
    QList<StaffUser> m_rows;
};

} // namespace md
