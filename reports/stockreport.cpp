#include "stockreport.h"

#include "reportsql.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "validation.h"

#include <QCoreApplication>

namespace md {

static const char *const kContext = "md::StockReport";

QString StockReport::title() const
{
    return QCoreApplication::translate("md::StockReport", "Stock");
}

Result<ReportResult> StockReport::compute(const ServiceContext &context,
                                          const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    const auto tr = [](const char *s) { return QCoreApplication::translate(kContext, s); };
    res->columns = {
        {QStringLiteral("sku"), tr("SKU"), ReportColumnKind::Text},
        {QStringLiteral("product"), tr("Product"), ReportColumnKind::Text},
        {QStringLiteral("on_hand"), tr("On hand"), ReportColumnKind::Integer},
        {QStringLiteral("reserved"), tr("Reserved"), ReportColumnKind::Integer},
        {QStringLiteral("unit_cost"), tr("Unit cost"), ReportColumnKind::Money},
        {QStringLiteral("stock_value"), tr("Value at cost"), ReportColumnKind::Money},
        {QStringLiteral("low_stock_threshold"), tr("Low-stock threshold"),
         ReportColumnKind::Integer},
        {QStringLiteral("low_stock"), tr("Low stock"), ReportColumnKind::Integer},
        {QStringLiteral("units_sold"), tr("Units sold"), ReportColumnKind::Integer},
        {QStringLiteral("days_of_cover"), tr("Days of cover"), ReportColumnKind::Integer},
    };
    const qint64 days = request.from.daysTo(request.to) + 1;
    // Days of cover = on hand / (units sold / days in the range), whole days rounded down (both
    // operands are non-negative integers, so SQL's integer division is the floor).
    SqlQuery q(context.connection(),
               QStringLiteral(
                   "SELECT k.code, p.title, k.stock_on_hand, k.reserved, k.cost, "
                   "(k.stock_on_hand + k.reserved) * k.cost, k.low_stock_threshold, "
                   "k.stock_on_hand <= k.low_stock_threshold, coalesce(s.units, 0), "
                   "CASE WHEN s.units > 0 THEN k.stock_on_hand * ? / s.units END AS cover "
                   "FROM skus k JOIN products p ON p.id = k.product_id "
                   "LEFT JOIN (SELECT l.sku_id, sum(l.quantity) AS units FROM order_lines l "
                   "JOIN orders o ON o.id = l.order_id WHERE o.paid_at >= ? AND o.paid_at < ? "
                   "AND l.sku_id IS NOT NULL GROUP BY l.sku_id) s ON s.sku_id = k.id "
                   "WHERE p.status <> 'archived' "
                   "ORDER BY k.stock_on_hand <= k.low_stock_threshold DESC, cover IS NULL, cover, "
                   "k.code"),
               {days, request.startMs(), request.endMs()});
    MD_TRY(q.exec());
    qint64 onHand = 0, reserved = 0, value = 0, low = 0, sold = 0;
    while (q.next()) {
        res->rows.append({q.text(0), q.text(1), QVariant(q.int64(2)), QVariant(q.int64(3)),
                          QVariant(q.int64(4)), QVariant(q.int64(5)), QVariant(q.int64(6)),
                          QVariant(q.int64(7)), QVariant(q.int64(8)),
                          q.isNull(9) ? QVariant() : QVariant(q.int64(9))});
        onHand += q.int64(2);
        reserved += q.int64(3);
        value += q.int64(5);
        low += q.int64(7);
        sold += q.int64(8);
    }
    // The totals' days of cover are those of the whole stock at the whole rate of sale.
    res->totals = {QVariant(),       QVariant(),
                   QVariant(onHand), QVariant(reserved),
                   QVariant(),       QVariant(value),
                   QVariant(),       QVariant(low),
                   QVariant(sold),   sold > 0 ? QVariant(onHand * days / sold) : QVariant()};
    res->series = {{res->columnIndex(QStringLiteral("stock_value"))}};
    return res;
}

} // namespace md
