#pragma once

#include "importoptions.h"

#include <QAbstractTableModel>
#include <QList>

namespace md {

// The rows an import refused: the line a text editor shows and the reason, in line order.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Reason, ColumnCount };

    explicit RejectedRowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(const QList<RejectedRow> &rows);
    const QList<RejectedRow> &rows() const { return m_rows; }
    void retranslate();

private:
    QList<RejectedRow> m_rows;
};

} // namespace md
