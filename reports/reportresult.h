#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace md {

// How a column's values are stored and shown. Numbers are always qint64: Money in minor units of
// ReportResult::currency, PercentBp in basis points (1234 = 12.34 %). Text is QString, Date QDate.
enum class ReportColumnKind { Text, Integer, Money, PercentBp, Date };

struct ReportColumn
{
    QString key;   // stable machine name, used as the CSV header ("gross_sales")
    QString title; // translated, for the table and PDF
    ReportColumnKind kind = ReportColumnKind::Integer;
};

// One row: one value per column, in column order. An invalid QVariant is an empty cell (e.g. an
// average over zero orders).
using ReportRow = QList<QVariant>;

// A line of the chart: which column's values over the rows, labelled by the first column.
struct ReportSeries
{
    int column = 0;
};

// A report computed once, rendered many ways (table model, chart, CSV, PDF). Value type.
class ReportResult
{
public:
    QString name;  // registry name ("sales")
    QString title; // translated
    QString currency;
    QDate from;
    QDate to;
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
    ReportRow totals;         // empty when the report has no totals row
    ReportRow previousTotals; // totals of the previous period when it was asked for
    QList<ReportSeries> series;

    int columnIndex(const QString &key) const; // -1 when absent
    qint64 integerAt(int row, const QString &key) const;
    qint64 totalOf(const QString &key) const;
    // A cell as text: money as "1234.50" (minor units to decimal, exact), percent as "12.34",
    // dates ISO, integers plain; empty for an empty cell. Locale-free (CSV, tests).
    QString cellText(const QVariant &value, int column) const;
};

} // namespace md
