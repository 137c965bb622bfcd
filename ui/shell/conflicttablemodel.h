#pragma once

#include "syncoutbox.h"

#include <QAbstractTableModel>
#include <QList>

namespace md {

// The commands the server refused or found in conflict (SyncOutbox::conflicts(), read by the
// DeskSession on its worker), as a table. setConflicts() takes the whole list each time and
// turns the difference into precise row removals and insertions, so that a view keeps its
// selection and scroll position when one conflict comes or goes. SortRole is what a column
// sorts by (the time in ms, a record by kind then number); SearchRole the text the search box
// looks in (the change, record, outcome and reason as shown, and the reason's code).
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Action, Record, Outcome, Reason, ColumnCount };
    enum Role { ConflictRole = Qt::UserRole + 1, IdRole, SortRole, SearchRole };

    explicit ConflictTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The list as stored, in the store's order (by id).
    void setConflicts(const QList<SyncConflict> &conflicts);
    const SyncConflict &conflict(int row) const { return m_rows.at(row); }
    // After a language change: every text the model makes is made again.
    void retranslate();

    // "Edit SKU", "Adjust stock", …: a command type as staff call it (the type itself when
    // unknown).
    static QString actionName(const QString &type);
    // "SKU 12", "Product (new)": the record a command acted on.
    static QString recordName(const QString &entity, qint64 id);

private:
    QList<SyncConflict> m_rows;
};

} // namespace md
