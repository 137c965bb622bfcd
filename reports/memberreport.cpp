#include "memberreport.h"

#include "reportsql.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "validation.h"

#include <QCoreApplication>

#include <array>

namespace md {

namespace {

const char *const kContext = "md::MemberReport";

struct Figures
{
    qint64 newMembers = 0;
    qint64 buyers = 0;
    qint64 newBuyers = 0;
    std::array<qint64, 4> byTier{}; // regular, silver, gold, platinum
    qint64 orders = 0;
};

ReportRow rowOf(const ReportBucketRange &r, const Figures &f)
{
    ReportRow row{r.firstDay,
                  r.lastDay,
                  QVariant(f.newMembers),
                  QVariant(f.buyers),
                  QVariant(f.newBuyers),
                  QVariant(f.buyers - f.newBuyers)};
    for (qint64 n : f.byTier)
        row << QVariant(n);
    row << QVariant(f.orders);
    return row;
}

Result<QList<Figures>> figures(const ServiceContext &context,
                               const QList<ReportBucketRange> &ranges)
{
    const qint64 start = ranges.first().startMs;
    const qint64 end = ranges.last().endMs;
    const int n = ranges.size();
    QList<Figures> out(n);
    const QSqlDatabase db = context.connection();

    SqlQuery m(db, QStringLiteral("SELECT b, count(*) FROM (SELECT %1 AS b FROM members "
                                  "WHERE created_at >= ? AND created_at < ?) GROUP BY b")
                       .arg(ReportSql::bucketCase(QStringLiteral("created_at"), n)));
    ReportSql::bindEnds(m, ranges);
    m.bind(start).bind(end);
    MD_TRY(m.exec());
    while (m.next())
        if (const int b = m.integer(0); b >= 0 && b < n)
            out[b].newMembers = m.int64(1);

    // Per bucket and member: the highest tier on their sales there, and their first sale ever
    // (whenever it was) to tell first-time from returning buyers.
    SqlQuery q(db,
               QStringLiteral(
                   "SELECT bm.b, count(*), sum(CASE WHEN f.first_paid >= %1 THEN 1 ELSE 0 END), "
                   "sum(bm.t = 0), sum(bm.t = 1), sum(bm.t = 2), sum(bm.t = 3), sum(bm.n) "
                   "FROM (SELECT %2 AS b, member_id, max(CASE tier WHEN 'silver' THEN 1 "
                   "WHEN 'gold' THEN 2 WHEN 'platinum' THEN 3 ELSE 0 END) AS t, count(*) AS n "
                   "FROM orders WHERE member_id IS NOT NULL AND paid_at >= ? AND paid_at < ? "
                   "GROUP BY 1, 2) bm "
                   "JOIN (SELECT member_id, min(paid_at) AS first_paid FROM orders "
                   "WHERE member_id IS NOT NULL AND paid_at IS NOT NULL GROUP BY member_id) f "
                   "ON f.member_id = bm.member_id GROUP BY bm.b")
                   .arg(ReportSql::bucketStartCase(QStringLiteral("bm.b"), n),
                        ReportSql::bucketCase(QStringLiteral("paid_at"), n)));
    ReportSql::bindStarts(q, ranges);
    ReportSql::bindEnds(q, ranges);
    q.bind(start).bind(end);
    MD_TRY(q.exec());
    while (q.next()) {
        const int b = q.integer(0);
        if (b < 0 || b >= n)
            continue;
        Figures &f = out[b];
        f.buyers = q.int64(1);
        f.newBuyers = q.int64(2);
        for (int t = 0; t < 4; ++t)
            f.byTier[t] = q.int64(3 + t);
        f.orders = q.int64(7);
    }
    return out;
}

Result<ReportRow> totals(const ServiceContext &context, const ReportRequest &request)
{
    const QList<ReportBucketRange> whole = ReportSql::wholeRange(request);
    auto f = figures(context, whole);
    if (!f)
        return f.error();
    return rowOf(whole.first(), f->first());
}

} // namespace

QString MemberReport::title() const
{
    return QCoreApplication::translate("md::MemberReport", "Members");
}

Result<ReportResult> MemberReport::compute(const ServiceContext &context,
                                           const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    const auto tr = [](const char *s) { return QCoreApplication::translate(kContext, s); };
    res->columns = {
        {QStringLiteral("from"), tr("From"), ReportColumnKind::Date},
        {QStringLiteral("to"), tr("To"), ReportColumnKind::Date},
        {QStringLiteral("new_members"), tr("New members"), ReportColumnKind::Integer},
        {QStringLiteral("buyers"), tr("Buyers"), ReportColumnKind::Integer},
        {QStringLiteral("new_buyers"), tr("First-time buyers"), ReportColumnKind::Integer},
        {QStringLiteral("returning_buyers"), tr("Returning buyers"), ReportColumnKind::Integer},
        {QStringLiteral("regular_buyers"), tr("Regular-tier buyers"), ReportColumnKind::Integer},
        {QStringLiteral("silver_buyers"), tr("Silver-tier buyers"), ReportColumnKind::Integer},
        {QStringLiteral("gold_buyers"), tr("Gold-tier buyers"), ReportColumnKind::Integer},
        {QStringLiteral("platinum_buyers"), tr("Platinum-tier buyers"), ReportColumnKind::Integer},
        {QStringLiteral("member_orders"), tr("Member orders"), ReportColumnKind::Integer},
    };
    const QList<ReportBucketRange> ranges = request.buckets();
    auto f = figures(context, ranges);
    if (!f)
        return f.error();
    for (int i = 0; i < ranges.size(); ++i)
        res->rows.append(rowOf(ranges[i], f->at(i)));
    auto t = totals(context, request);
    if (!t)
        return t.error();
    res->totals = t.value();
    if (request.comparePrevious) {
        auto p = totals(context, request.previousPeriod());
        if (!p)
            return p.error();
        res->previousTotals = p.value();
    }
    res->series = {{res->columnIndex(QStringLiteral("new_buyers"))},
                   {res->columnIndex(QStringLiteral("returning_buyers"))}};
    return res;
}

} // namespace md
