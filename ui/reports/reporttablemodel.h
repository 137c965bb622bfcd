#pragma once

#include "reportresult.h"

#include <QAbstractTableModel>

namespace md {

// One computed ReportResult as a table. The result's rows come first, then its totals row and the
// previous period's totals row when present, in the same model: they are marked by RowKindRole,
// drawn in bold and labelled in the first column ("Total", "Previous period"), and a sorting
// proxy keeps them last (see ReportsView). Headers are the columns' titles, which the report
// translated when it was computed; a language switch asks the report again.
//
// Qt::DisplayRole is for people: the current default QLocale's separators, money with the
// currency's symbol and decimals (Money::format), percent from basis points, short dates.
// Qt::UserRole (ValueRole) is the raw value (qint64, QDate or QString) for sorting and the chart.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum RowKind { DataRow, TotalRow, PreviousTotalRow };
    enum Role { ValueRole = Qt::UserRole, RowKindRole, ColumnKindRole };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setResult(const ReportResult &result);
    void clear();
    const ReportResult &result() const { return m_result; }
    // Rows of the result proper, without the totals rows.
    int dataRowCount() const { return int(m_result.rows.size()); }
    // After a change of the default locale: every displayed text is formatted again.
    void refreshTexts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A value of a column's kind as the table shows it, in `locale`.
    static QString displayText(const QVariant &value, ReportColumnKind kind,
                               const QString &currency, const QLocale &locale);

private:
    RowKind kindOf(int row) const;
    const ReportRow *rowAt(int row) const;

    ReportResult m_result;
};

} // namespace md
