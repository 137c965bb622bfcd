#include "salesreport.h"

#include "money.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "storesettings.h"
#include "validation.h"

#include <QCoreApplication>

namespace md {

QString SalesReport::title() const
{
    return QCoreApplication::translate("md::SalesReport", "Sales");
}

namespace {

// "CASE WHEN col < ? THEN 0 WHEN col < ? THEN 1 ... END": the bucket index of a UTC time, with
// the boundaries bound as parameters. Rows are pre-filtered to [start, end) so ELSE is unused.
QString bucketCase(const QString &column, int count)
{
    QString s = QStringLiteral("CASE");
    for (int i = 0; i < count; ++i)
        s += QStringLiteral(" WHEN %1 < ? THEN %2").arg(column).arg(i);
    return s + QStringLiteral(" END");
}

void bindBounds(SqlQuery &q, const QList<ReportBucketRange> &b, qint64 start, qint64 end)
{
    for (const ReportBucketRange &r : b)
        q.bind(r.endMs);
    q.bind(start);
    q.bind(end);
}

} // namespace

Result<QList<SalesReport::Bucket>> SalesReport::buckets(const ServiceContext &context,
                                                        const ReportRequest &request)
{
    if (Status s = request.validate(); !s)
        return s.error();
    const QList<ReportBucketRange> ranges = request.buckets();
    QList<Bucket> out(ranges.size());
    for (int i = 0; i < ranges.size(); ++i) {
        out[i].firstDay = ranges[i].firstDay;
        out[i].lastDay = ranges[i].lastDay;
    }
    const qint64 start = request.startMs();
    const qint64 end = request.endMs();
    const QSqlDatabase db = context.connection();

    // One range aggregate per bucket over orders_paid_sales, an index holding every summed column
    // (units included, migration 0006): each bucket reads only its slice of the index, and no
    // table row or order line is touched, so a month of a million-line store costs a few ms.
    for (int i = 0; i < ranges.size(); ++i) {
        SqlQuery q(
            db,
            QStringLiteral(
                "SELECT count(*), sum(subtotal), sum(tier_discount), "
                "sum(coupon_discount), sum(points_discount), "
                "sum(shipping_fee), sum(units) FROM orders WHERE paid_at >= ? AND paid_at < ?"),
            {ranges[i].startMs, ranges[i].endMs});
        MD_TRY(q.exec());
        if (!q.next())
            continue;
        Bucket &b = out[i];
        b.orders = q.value(0).toLongLong();
        b.grossSales = q.value(1).toLongLong();
        b.tierDiscount = q.value(2).toLongLong();
        b.couponDiscount = q.value(3).toLongLong();
        b.pointsDiscount = q.value(4).toLongLong();
        b.shipping = q.value(5).toLongLong();
        b.units = q.value(6).toLongLong();
    }

    SqlQuery r(db,
               QStringLiteral("SELECT %1 AS b, sum(amount) FROM refunds WHERE status = 'refunded' "
                              "AND refunded_at >= ? AND refunded_at < ? GROUP BY b")
                   .arg(bucketCase(QStringLiteral("refunded_at"), ranges.size())));
    bindBounds(r, ranges, start, end);
    MD_TRY(r.exec());
    while (r.next()) {
        const int i = r.value(0).toInt();
        if (i >= 0 && i < ranges.size())
            out[i].refunds = r.value(1).toLongLong();
    }

    Bucket total;
    total.firstDay = request.from;
    total.lastDay = request.to;
    for (Bucket &b : out) {
        total.orders += b.orders;
        total.grossSales += b.grossSales;
        total.tierDiscount += b.tierDiscount;
        total.couponDiscount += b.couponDiscount;
        total.pointsDiscount += b.pointsDiscount;
        total.shipping += b.shipping;
        total.units += b.units;
        total.refunds += b.refunds;
    }
    out.append(total);
    for (Bucket &b : out) {
        const qint64 discounts = b.tierDiscount + b.couponDiscount + b.pointsDiscount;
        b.netSales = b.grossSales - discounts - b.refunds;
        b.averageOrderValue = b.orders == 0 ? 0
                                            : money::divide(b.grossSales - discounts + b.shipping,
                                                            b.orders, Rounding::HalfUp);
    }
    return out;
}

static ReportRow rowOf(const SalesReport::Bucket &b)
{
    return {
        b.firstDay,       b.lastDay,        b.orders,
        b.units,          b.grossSales,     b.tierDiscount,
        b.couponDiscount, b.pointsDiscount, b.shipping,
        b.refunds,        b.netSales,       b.orders ? QVariant(b.averageOrderValue) : QVariant()};
}

Result<ReportResult> SalesReport::compute(const ServiceContext &context,
                                          const ReportRequest &request) const
{
    auto current = buckets(context, request);
    if (!current)
        return current.error();
    auto settings = StoreSettings::load(context.connection());
    if (!settings)
        return settings.error();

    ReportResult res;
    res.name = name();
    res.title = title();
    res.currency = settings->currency;
    res.from = request.from;
    res.to = request.to;
    const auto tr = [](const char *s) { return QCoreApplication::translate("md::SalesReport", s); };
    res.columns = {
        {QStringLiteral("from"), tr("From"), ReportColumnKind::Date},
        {QStringLiteral("to"), tr("To"), ReportColumnKind::Date},
        {QStringLiteral("orders"), tr("Orders"), ReportColumnKind::Integer},
        {QStringLiteral("units"), tr("Units"), ReportColumnKind::Integer},
        {QStringLiteral("gross_sales"), tr("Gross sales"), ReportColumnKind::Money},
        {QStringLiteral("tier_discount"), tr("Tier discount"), ReportColumnKind::Money},
        {QStringLiteral("coupon_discount"), tr("Coupon discount"), ReportColumnKind::Money},
        {QStringLiteral("points_discount"), tr("Points discount"), ReportColumnKind::Money},
        {QStringLiteral("shipping"), tr("Shipping"), ReportColumnKind::Money},
        {QStringLiteral("refunds"), tr("Refunds"), ReportColumnKind::Money},
        {QStringLiteral("net_sales"), tr("Net sales"), ReportColumnKind::Money},
        {QStringLiteral("average_order_value"), tr("Average order value"), ReportColumnKind::Money},
    };
    const QList<Bucket> &b = current.value();
    for (int i = 0; i + 1 < b.size(); ++i)
        res.rows.append(rowOf(b[i]));
    res.totals = rowOf(b.last());
    if (request.comparePrevious) {
        auto previous = buckets(context, request.previousPeriod());
        if (!previous)
            return previous.error();
        res.previousTotals = rowOf(previous->last());
    }
    res.series = {{res.columnIndex(QStringLiteral("net_sales"))}};
    return res;
}

} // namespace md
