#pragma once

#include "reportresult.h"

#include <QList>
#include <QString>

namespace md {

class SqlQuery;

// Sales figures of a group of order lines (a product, a category), shared by the products and
// categories reports (docs/reports.md). Lines of sales (paid orders, dated by paid_at); refunds
// are those of the same lines, whenever they were paid out, so the refund rate stays within 100 %.
struct ProductFigures
{
    qint64 units = 0;
    qint64 revenue = 0; // line totals: after tier, coupon and points discounts
    qint64 refundedUnits = 0;
    qint64 refundedAmount = 0;
    qint64 cost = 0; // unit cost at the sale x units not refunded

    qint64 netRevenue() const { return revenue - refundedAmount; }
    qint64 margin() const { return netRevenue() - cost; }
    void add(const ProductFigures &other);
    // units, revenue, refunded_units, refund_rate, refunded_amount, cost, margin, margin_rate
    void appendTo(ReportRow &row) const;

    static QList<ReportColumn> columns();
    // "SELECT <key> AS k, units, revenue, refunded_units, refunded_amount, cost FROM the range's
    // sale lines GROUP BY <key>", `key` an expression over order_lines l (and products p, joined
    // on l.product_id); bind the range's start and end.
    static QString groupedSql(const QString &key);
    // Reads the five figures from columns first..first+4.
    static ProductFigures read(const SqlQuery &q, int first);
};

} // namespace md
