#include "funnelreport.h"

#include "reportsql.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::FunnelReport)
};

struct Steps
{
    qint64 views = 0;
    qint64 cartAdds = 0;
    qint64 placed = 0;
    qint64 paid = 0;
};

void appendSteps(ReportRow &row, const Steps &s)
{
    row << QVariant(s.views) << QVariant(s.cartAdds) << QVariant(s.placed) << QVariant(s.paid)
        << ReportSql::rateBp(s.cartAdds, s.views) << ReportSql::rateBp(s.placed, s.cartAdds)
        << ReportSql::rateBp(s.paid, s.placed) << ReportSql::rateBp(s.paid, s.views);
}

QList<ReportColumn> stepColumns()
{
    return {
        {QStringLiteral("views"), Text::tr("Product views"), ReportColumnKind::Integer},
        {QStringLiteral("cart_adds"), Text::tr("Added to cart"), ReportColumnKind::Integer},
        {QStringLiteral("orders_placed"), Text::tr("Orders placed"), ReportColumnKind::Integer},
        {QStringLiteral("orders_paid"), Text::tr("Orders paid"), ReportColumnKind::Integer},
        {QStringLiteral("view_to_cart"), Text::tr("View → cart %"), ReportColumnKind::PercentBp},
        {QStringLiteral("cart_to_order"), Text::tr("Cart → order %"), ReportColumnKind::PercentBp},
        {QStringLiteral("order_to_paid"), Text::tr("Order → paid %"), ReportColumnKind::PercentBp},
        {QStringLiteral("view_to_paid"), Text::tr("View → paid %"), ReportColumnKind::PercentBp},
    };
}

// Each step counted per bucket by its own time column; orders are the storefront's, counted by
// placed_at, and "paid" are those of them paid by now.
Result<QList<Steps>> bucketSteps(const ServiceContext &context,
                                 const QList<ReportBucketRange> &ranges)
{
    const int n = ranges.size();
    const qint64 start = ranges.first().startMs;
    const qint64 end = ranges.last().endMs;
    QList<Steps> out(n);
    const QSqlDatabase db = context.connection();
    // Rows of `table` per bucket of `column`, and how many of them have `flag`.
    const auto counts = [&](const char *table, const char *column, const char *flag,
                            const char *where, auto assign) -> Status {
        SqlQuery q(db,
                   QStringLiteral("SELECT b, count(*), sum(x) FROM (SELECT %1 AS b, %2 AS x "
                                  "FROM %3 WHERE %4 >= ? AND %4 < ?%5) GROUP BY b")
                       .arg(ReportSql::bucketCase(QLatin1String(column), n), QLatin1String(flag),
                            QLatin1String(table), QLatin1String(column), QLatin1String(where)));
        ReportSql::bindEnds(q, ranges);
        q.bind(start).bind(end);
        MD_TRY(q.exec());
        while (q.next())
            if (const int b = q.integer(0); b >= 0 && b < n)
                assign(out[b], q.int64(1), q.int64(2));
        return {};
    };
    MD_TRY(counts("browsing_history", "viewed_at", "0", "",
                  [](Steps &s, qint64 c, qint64) { s.views = c; }));
    MD_TRY(
        counts("cart_events", "at", "0", "", [](Steps &s, qint64 c, qint64) { s.cartAdds = c; }));
    MD_TRY(counts("orders", "placed_at", "paid_at IS NOT NULL", " AND source = 'storefront'",
                  [](Steps &s, qint64 c, qint64 p) {
                      s.placed = c;
                      s.paid = p;
                  }));
    return out;
}

ReportRow bucketRow(const ReportBucketRange &r, const Steps &s)
{
    ReportRow row{r.firstDay, r.lastDay};
    appendSteps(row, s);
    return row;
}

Result<ReportRow> bucketTotals(const ServiceContext &context, const ReportRequest &request)
{
    const QList<ReportBucketRange> whole = ReportSql::wholeRange(request);
    auto s = bucketSteps(context, whole);
    if (!s)
        return s.error();
    return bucketRow(whole.first(), s->first());
}

} // namespace

QString FunnelReport::title() const
{
    return Text::tr("Conversion funnel");
}

Result<ReportResult> FunnelReport::compute(const ServiceContext &context,
                                           const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    res->columns = {{QStringLiteral("from"), Text::tr("From"), ReportColumnKind::Date},
                    {QStringLiteral("to"), Text::tr("To"), ReportColumnKind::Date}};
    res->columns += stepColumns();
    const QList<ReportBucketRange> ranges = request.buckets();
    auto steps = bucketSteps(context, ranges);
    if (!steps)
        return steps.error();
    for (int i = 0; i < ranges.size(); ++i)
        res->rows.append(bucketRow(ranges[i], steps->at(i)));
    auto t = bucketTotals(context, request);
    if (!t)
        return t.error();
    res->totals = t.value();
    if (request.comparePrevious) {
        auto p = bucketTotals(context, request.previousPeriod());
        if (!p)
            return p.error();
        res->previousTotals = p.value();
    }
    res->series = {{res->columnIndex(QStringLiteral("view_to_paid"))}};
    return res;
}

QString ProductFunnelReport::title() const
{
    return Text::tr("Conversion funnel by product");
}

namespace {

// Per product, and with product id 0 standing for "any product" (the totals: an order with two
// products is one order there).
Result<QList<std::pair<ReportRow, Steps>>>
productSteps(const ServiceContext &context, const ReportRequest &request, bool totalsOnly)
{
    const qint64 start = request.startMs();
    const qint64 end = request.endMs();
    const QString key = totalsOnly ? QStringLiteral("0") : QStringLiteral("product_id");
    const QString lineKey = totalsOnly ? QStringLiteral("0") : QStringLiteral("l.product_id");
    SqlQuery q(
        context.connection(),
        QStringLiteral("SELECT k, sum(views), sum(carts), sum(placed), sum(paid) FROM ("
                       "SELECT %1 AS k, count(*) AS views, 0 AS carts, 0 AS placed, 0 AS paid "
                       "FROM browsing_history WHERE viewed_at >= ? AND viewed_at < ? GROUP BY 1 "
                       "UNION ALL SELECT %1, 0, count(*), 0, 0 FROM cart_events "
                       "WHERE at >= ? AND at < ? GROUP BY 1 "
                       "UNION ALL SELECT %2, 0, 0, count(DISTINCT o.id), "
                       "count(DISTINCT CASE WHEN o.paid_at IS NOT NULL THEN o.id END) "
                       "FROM order_lines l JOIN orders o ON o.id = l.order_id "
                       "WHERE o.source = 'storefront' AND o.placed_at >= ? AND o.placed_at < ? "
                       "AND l.product_id IS NOT NULL GROUP BY 1) "
                       "GROUP BY k")
            .arg(key, lineKey),
        {start, end, start, end, start, end});
    MD_TRY(q.exec());
    QList<std::pair<ReportRow, Steps>> out;
    while (q.next())
        out.append({ReportRow{QVariant(q.int64(0))},
                    Steps{q.int64(1), q.int64(2), q.int64(3), q.int64(4)}});
    return out;
}

Result<ReportRow> productTotals(const ServiceContext &context, const ReportRequest &request)
{
    auto all = productSteps(context, request, true);
    if (!all)
        return all.error();
    ReportRow row{QVariant(), QVariant()};
    appendSteps(row, all->isEmpty() ? Steps() : all->first().second);
    return row;
}

} // namespace

Result<ReportResult> ProductFunnelReport::compute(const ServiceContext &context,
                                                  const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    res->columns = {
        {QStringLiteral("product_id"), Text::tr("Product id"), ReportColumnKind::Integer},
        {QStringLiteral("product"), Text::tr("Product"), ReportColumnKind::Text}};
    res->columns += stepColumns();
    auto all = productSteps(context, request, false);
    if (!all)
        return all.error();
    std::sort(all->begin(), all->end(), [](const auto &x, const auto &y) {
        if (x.second.views != y.second.views)
            return x.second.views > y.second.views;
        if (x.second.cartAdds != y.second.cartAdds)
            return x.second.cartAdds > y.second.cartAdds;
        return x.first[0].toLongLong() < y.first[0].toLongLong();
    });
    SqlQuery title(context.connection(), QStringLiteral("SELECT title FROM products WHERE id = ?"));
    for (const auto &[key, steps] : all.value()) {
        title.rebind();
        title.bind(key[0]);
        MD_TRY(title.exec());
        ReportRow row{key[0], title.next() ? title.text(0) : QString()};
        appendSteps(row, steps);
        res->rows.append(row);
    }
    auto t = productTotals(context, request);
    if (!t)
        return t.error();
    res->totals = t.value();
    if (request.comparePrevious) {
        auto p = productTotals(context, request.previousPeriod());
        if (!p)
            return p.error();
        res->previousTotals = p.value();
    }
    res->series = {{res->columnIndex(QStringLiteral("views"))}};
    return res;
}

} // namespace md
