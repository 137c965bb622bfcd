#include "promotionreport.h"

#include "reportsql.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "validation.h"

#include <QCoreApplication>

namespace md {

namespace {

const char *const kContext = "md::PromotionReport";

// Each query yields: id, name, issued, used, orders, discount, revenue. Sales are orders paid in
// the range (paid_at), as in the Sales report.
const char *const kCoupons =
    "SELECT c.id, c.name, coalesce(i.n, 0), coalesce(u.orders, 0), coalesce(u.orders, 0), "
    "coalesce(u.discount, 0), coalesce(u.revenue, 0) FROM coupon_campaigns c "
    "LEFT JOIN (SELECT campaign_id, count(*) AS n FROM member_coupons "
    "WHERE claimed_at >= ? AND claimed_at < ? GROUP BY campaign_id) i ON i.campaign_id = c.id "
    "LEFT JOIN (SELECT coupon_campaign_id AS cid, count(*) AS orders, "
    "sum(coupon_discount) AS discount, sum(total) AS revenue FROM orders "
    "WHERE coupon_campaign_id IS NOT NULL AND paid_at >= ? AND paid_at < ? "
    "GROUP BY coupon_campaign_id) u ON u.cid = c.id "
    "WHERE i.n IS NOT NULL OR u.orders IS NOT NULL OR (c.starts_at < ? AND c.ends_at > ?) "
    "ORDER BY c.id";

// Flash-sale lines of sales; the revenue sums each order's total once per flash sale.
const char *const kFlashSales =
    "SELECT f.id, f.name, coalesce(a.allotment, 0), coalesce(u.units, 0), coalesce(u.orders, 0), "
    "coalesce(u.discount, 0), coalesce(r.revenue, 0) FROM flash_sales f "
    "LEFT JOIN (SELECT flash_sale_id, sum(allotment) AS allotment FROM flash_sale_items "
    "GROUP BY flash_sale_id) a ON a.flash_sale_id = f.id "
    "LEFT JOIN (SELECT i.flash_sale_id AS fid, sum(l.quantity) AS units, "
    "count(DISTINCT o.id) AS orders, sum((l.list_price - l.unit_price) * l.quantity) AS discount "
    "FROM order_lines l JOIN flash_sale_items i ON i.id = l.flash_sale_item_id "
    "JOIN orders o ON o.id = l.order_id WHERE o.paid_at >= ? AND o.paid_at < ? "
    "GROUP BY i.flash_sale_id) u ON u.fid = f.id "
    "LEFT JOIN (SELECT fid, sum(total) AS revenue FROM (SELECT DISTINCT i.flash_sale_id AS fid, "
    "o.id, o.total FROM order_lines l JOIN flash_sale_items i ON i.id = l.flash_sale_item_id "
    "JOIN orders o ON o.id = l.order_id WHERE o.paid_at >= ? AND o.paid_at < ?) GROUP BY fid) r "
    "ON r.fid = f.id "
    "WHERE u.fid IS NOT NULL OR (f.starts_at < ? AND f.ends_at > ?) ORDER BY f.id";

struct Totals
{
    qint64 discount = 0;
};

Status readRows(const ServiceContext &context, const ReportRequest &request, const char *sql,
                const QString &kind, QList<ReportRow> *rows, Totals *totals)
{
    const qint64 start = request.startMs();
    const qint64 end = request.endMs();
    // Every query binds three ranges: issue or use, use, and "ran during" (starts before the
    // range ends and ends after it starts).
    SqlQuery q(context.connection(), QString::fromLatin1(sql),
               {start, end, start, end, end, start});
    MD_TRY(q.exec());
    while (q.next()) {
        if (rows)
            rows->append({kind, QVariant(q.int64(0)), q.text(1), QVariant(q.int64(2)),
                          QVariant(q.int64(3)), QVariant(q.int64(4)), QVariant(q.int64(5)),
                          QVariant(q.int64(6))});
        totals->discount += q.int64(5);
    }
    return {};
}

Result<ReportRow> totalsRow(const ServiceContext &context, const ReportRequest &request,
                            QList<ReportRow> *rows)
{
    Totals t;
    MD_TRY(readRows(context, request, kCoupons, QStringLiteral("coupon"), rows, &t));
    MD_TRY(readRows(context, request, kFlashSales, QStringLiteral("flash_sale"), rows, &t));
    // Only the discount adds up: an order can use a coupon and a flash sale, and issued coupons
    // and allotted units are not the same thing.
    return ReportRow{QVariant(), QVariant(), QVariant(),           QVariant(),
                     QVariant(), QVariant(), QVariant(t.discount), QVariant()};
}

} // namespace

QString PromotionReport::title() const
{
    return QCoreApplication::translate("md::PromotionReport", "Coupons and flash sales");
}

Result<ReportResult> PromotionReport::compute(const ServiceContext &context,
                                              const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    const auto tr = [](const char *s) { return QCoreApplication::translate(kContext, s); };
    res->columns = {
        {QStringLiteral("kind"), tr("Kind"), ReportColumnKind::Text},
        {QStringLiteral("id"), tr("Id"), ReportColumnKind::Integer},
        {QStringLiteral("name"), tr("Name"), ReportColumnKind::Text},
        {QStringLiteral("issued"), tr("Issued"), ReportColumnKind::Integer},
        {QStringLiteral("used"), tr("Used"), ReportColumnKind::Integer},
        {QStringLiteral("orders"), tr("Orders"), ReportColumnKind::Integer},
        {QStringLiteral("discount"), tr("Discount given"), ReportColumnKind::Money},
        {QStringLiteral("revenue"), tr("Revenue of those orders"), ReportColumnKind::Money},
    };
    auto t = totalsRow(context, request, &res->rows);
    if (!t)
        return t.error();
    res->totals = t.value();
    if (request.comparePrevious) {
        auto p = totalsRow(context, request.previousPeriod(), nullptr);
        if (!p)
            return p.error();
        res->previousTotals = p.value();
    }
    res->series = {{res->columnIndex(QStringLiteral("revenue"))}};
    return res;
}

} // namespace md
