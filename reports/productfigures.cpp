#include "productfigures.h"

#include "reportsql.h"
#include "sqlquery.h"

#include <QCoreApplication>

namespace md {

void ProductFigures::add(const ProductFigures &o)
{
    units += o.units;
    revenue += o.revenue;
    refundedUnits += o.refundedUnits;
    refundedAmount += o.refundedAmount;
    cost += o.cost;
}

void ProductFigures::appendTo(ReportRow &row) const
{
    row << QVariant(units) << QVariant(revenue) << QVariant(refundedUnits)
        << ReportSql::rateBp(refundedUnits, units) << QVariant(refundedAmount) << QVariant(cost)
        << QVariant(margin()) << ReportSql::rateBp(margin(), netRevenue());
}

QList<ReportColumn> ProductFigures::columns()
{
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("md::ProductFigures", s);
    };
    return {
        {QStringLiteral("units"), tr("Units"), ReportColumnKind::Integer},
        {QStringLiteral("revenue"), tr("Revenue"), ReportColumnKind::Money},
        {QStringLiteral("refunded_units"), tr("Refunded units"), ReportColumnKind::Integer},
        {QStringLiteral("refund_rate"), tr("Refund rate %"), ReportColumnKind::PercentBp},
        {QStringLiteral("refunded_amount"), tr("Refunded"), ReportColumnKind::Money},
        {QStringLiteral("cost"), tr("Cost"), ReportColumnKind::Money},
        {QStringLiteral("margin"), tr("Margin"), ReportColumnKind::Money},
        {QStringLiteral("margin_rate"), tr("Margin %"), ReportColumnKind::PercentBp},
    };
}

QString ProductFigures::groupedSql(const QString &key)
{
    return QStringLiteral(
               "SELECT %1 AS k, sum(l.quantity) AS units, sum(l.line_total) AS revenue, "
               "sum(l.refunded_qty) AS refunded_units, sum(l.refunded_amount) AS refunded_amount, "
               "sum(l.unit_cost * (l.quantity - l.refunded_qty)) AS cost "
               "FROM order_lines l JOIN orders o ON o.id = l.order_id "
               "JOIN products p ON p.id = l.product_id "
               "WHERE o.paid_at >= ? AND o.paid_at < ? GROUP BY %1")
        .arg(key);
}

ProductFigures ProductFigures::read(const SqlQuery &q, int first)
{
    return {q.int64(first), q.int64(first + 1), q.int64(first + 2), q.int64(first + 3),
            q.int64(first + 4)};
}

} // namespace md
