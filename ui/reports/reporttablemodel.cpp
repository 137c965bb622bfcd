#include "reporttablemodel.h"

#include "money.h"

#include <QFont>
#include <QLocale>

namespace md {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setResult(const ReportResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void ReportTableModel::clear()
{
    setResult(ReportResult());
}

void ReportTableModel::refreshTexts()
{
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_result.rows.size()) + (m_result.totals.isEmpty() ? 0 : 1) +
           (m_result.previousTotals.isEmpty() ? 0 : 1);
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

ReportTableModel::RowKind ReportTableModel::kindOf(int row) const
{
    if (row < m_result.rows.size())
        return DataRow;
    if (row == m_result.rows.size() && !m_result.totals.isEmpty())
        return TotalRow;
    return PreviousTotalRow;
}

const ReportRow *ReportTableModel::rowAt(int row) const
{
    switch (kindOf(row)) {
    case DataRow:
        return &m_result.rows[row];
    case TotalRow:
        return &m_result.totals;
    case PreviousTotalRow:
        return &m_result.previousTotals;
    }
    return nullptr;
}

// Exact: the whole part through the locale (digit grouping), the hundredths appended, so no
// basis point is ever rounded by a conversion to double.
static QString percentText(qint64 bp, const QLocale &locale)
{
    const bool negative = bp < 0;
    const quint64 a = negative ? quint64(0) - quint64(bp) : quint64(bp);
    QString text = locale.toString(qulonglong(a / 100)) + locale.decimalPoint() +
                   QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0')) + locale.percent();
    return negative ? locale.negativeSign() + text : text;
}

QString ReportTableModel::displayText(const QVariant &value, ReportColumnKind kind,
                                      const QString &currency, const QLocale &locale)
{
    if (!value.isValid())
        return {};
    switch (kind) {
    case ReportColumnKind::Text:
        return value.toString();
    case ReportColumnKind::Integer:
        return locale.toString(value.toLongLong());
    case ReportColumnKind::Money:
        return Money(value.toLongLong(), currency).format(locale);
    case ReportColumnKind::PercentBp:
        return percentText(value.toLongLong(), locale);
    case ReportColumnKind::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    }
    return {};
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const RowKind kind = kindOf(index.row());
    const ReportRow &row = *rowAt(index.row());
    const QVariant value = column < row.size() ? row[column] : QVariant();
    const ReportColumnKind columnKind = m_result.columns[column].kind;
    const bool number = columnKind == ReportColumnKind::Integer ||
                        columnKind == ReportColumnKind::Money ||
                        columnKind == ReportColumnKind::PercentBp;

    switch (role) {
    case Qt::DisplayRole:
        // As in the CSV, the first cell of a totals row names it rather than repeating a date.
        if (column == 0 && kind == TotalRow)
            return tr("Total");
        if (column == 0 && kind == PreviousTotalRow)
            return tr("Previous period");
        return displayText(value, columnKind, m_result.currency, QLocale());
    case ValueRole:
        return value;
    case RowKindRole:
        return int(kind);
    case ColumnKindRole:
        return int(columnKind);
    case Qt::TextAlignmentRole:
        return number && !(column == 0 && kind != DataRow) // a totals row's label
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (kind != DataRow) {
            QFont font;
            font.setBold(true);
            font.setItalic(kind == PreviousTotalRow);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (kind == PreviousTotalRow)
            return tr("Totals of the period of equal length just before the chosen one");
        return {};
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_result.columns.size()) {
        if (role == Qt::DisplayRole)
            return m_result.columns[section].title;
        if (role == Qt::ToolTipRole)
            return m_result.columns[section].key;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace md
