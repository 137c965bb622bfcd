#include "dashboardsummary.h"

#include "servicecontext.h"
#include "sqlquery.h"
#include "storesettings.h"
#include "storetime.h"
#include "validation.h"

namespace md {

Result<DashboardSummary> DashboardSummary::compute(const ServiceContext &context, qint64 nowMs,
                                                   int trendDays, int lowStockLimit)
{
    const QSqlDatabase db = context.connection();
    auto settings = StoreSettings::load(db);
    MD_TRY(settings);
    DashboardSummary out;
    out.currency = settings->currency;
    out.today = StoreTime::localDate(nowMs, settings->timeZone);

    ReportRequest trend;
    trend.from = out.today.addDays(1 - qMax(1, trendDays));
    trend.to = out.today;
    trend.bucket = ReportBucket::Day;
    trend.timeZone = settings->timeZone;
    auto days = SalesReport::buckets(context, trend);
    MD_TRY(days);
    days->removeLast(); // the totals bucket
    out.trend = *days;
    out.salesToday = out.trend.last();

    SqlQuery placed(db, QStringLiteral("SELECT count(*) FROM orders WHERE local_date = ?"),
                    {out.today.toString(Qt::ISODate)});
    auto n = placed.scalar(0);
    MD_TRY(n);
    out.ordersPlacedToday = *n;

    SqlQuery waiting(db, QStringLiteral("SELECT count(*) FROM orders WHERE status = 'paid'"));
    n = waiting.scalar(0);
    MD_TRY(n);
    out.awaitingShipment = *n;

    SqlQuery refunds(db, QStringLiteral("SELECT count(*) FROM refunds WHERE status = 'requested'"));
    n = refunds.scalar(0);
    MD_TRY(n);
    out.refundRequests = *n;

    const QString low =
        QStringLiteral("FROM skus s JOIN products p ON p.id = s.product_id "
                       "WHERE p.status = 'active' AND s.stock_on_hand <= s.low_stock_threshold");
    SqlQuery count(db, QStringLiteral("SELECT count(*) ") + low);
    n = count.scalar(0);
    MD_TRY(n);
    out.lowStockCount = *n;
    SqlQuery items(db,
                   QStringLiteral("SELECT s.id, s.code, p.title, s.stock_on_hand, "
                                  "s.low_stock_threshold ") +
                       low + QStringLiteral(" ORDER BY s.stock_on_hand, s.id LIMIT ?"),
                   {qMax(0, lowStockLimit)});
    MD_TRY(items.exec());
    while (items.next())
        out.lowStock.append(
            {items.int64(0), items.text(1), items.text(2), items.int64(3), items.int64(4)});
    return out;
}

} // namespace md
