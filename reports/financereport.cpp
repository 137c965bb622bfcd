#include "financereport.h"

#include "money.h"
#include "reportsql.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "storesettings.h"
#include "validation.h"

#include <QCoreApplication>

namespace md {

namespace {

const char *const kContext = "md::FinanceReport";

struct Figures
{
    qint64 card = 0, alipay = 0, wechat = 0;
    qint64 refundsCash = 0, refundsBalance = 0;
    qint64 topups = 0, balanceSpent = 0;
    qint64 balanceOutstanding = 0, pointsOutstanding = 0; // at the end of the bucket
};

struct Liability
{
    int pointsPerUnit = 100;
    qint64 unit = 100; // minor units per major unit of the store currency (10^exponent)
    // Points are worth what they would take off an order: pointsPerUnit points per major unit,
    // rounded down to a minor unit as Pricing does.
    qint64 value(qint64 points) const
    {
        return money::divide(static_cast<__int128>(points) * unit, pointsPerUnit, Rounding::Down);
    }
};

ReportRow rowOf(const QDate &first, const QDate &last, const Figures &f, const Liability &l)
{
    const qint64 received = f.card + f.alipay + f.wechat;
    return {first,
            last,
            QVariant(f.card),
            QVariant(f.alipay),
            QVariant(f.wechat),
            QVariant(received),
            QVariant(f.refundsCash),
            QVariant(received - f.refundsCash),
            QVariant(f.refundsBalance),
            QVariant(f.topups),
            QVariant(f.balanceSpent),
            QVariant(f.balanceOutstanding),
            QVariant(f.pointsOutstanding),
            QVariant(l.value(f.pointsOutstanding))};
}

// Per-bucket sums of `what` over rows of `from` with `column` in the range, added by `assign`.
template<typename Assign>
Status perBucket(const QSqlDatabase &db, const QList<ReportBucketRange> &ranges,
                 const QString &what, const QString &from, const QString &column,
                 const QString &where, QList<Figures> &out, Assign assign)
{
    const int n = ranges.size();
    SqlQuery q(db, QStringLiteral("SELECT b, %1 FROM (SELECT %2 AS b, * FROM %3 WHERE %4 >= ? "
                                  "AND %4 < ?%5) GROUP BY b")
                       .arg(what, ReportSql::bucketCase(column, n), from, column, where));
    ReportSql::bindEnds(q, ranges);
    q.bind(ranges.first().startMs).bind(ranges.last().endMs);
    MD_TRY(q.exec());
    while (q.next())
        if (const int b = q.integer(0); b >= 0 && b < n)
            assign(out[b], q);
    return {};
}

Result<QList<Figures>> figures(const QSqlDatabase &db, const QList<ReportBucketRange> &ranges)
{
    QList<Figures> out(ranges.size());
    MD_TRY(perBucket(db, ranges,
                     QStringLiteral("sum(CASE WHEN method = 'card' THEN amount ELSE 0 END), "
                                    "sum(CASE WHEN method = 'alipay' THEN amount ELSE 0 END), "
                                    "sum(CASE WHEN method = 'wechat' THEN amount ELSE 0 END)"),
                     QStringLiteral("payments"), QStringLiteral("confirmed_at"),
                     QStringLiteral(" AND status = 'succeeded'"), out,
                     [](Figures &f, const SqlQuery &q) {
                         f.card = q.int64(1);
                         f.alipay = q.int64(2);
                         f.wechat = q.int64(3);
                     }));
    MD_TRY(perBucket(db, ranges, QStringLiteral("sum(cash_amount), sum(balance_amount)"),
                     QStringLiteral("refunds"), QStringLiteral("refunded_at"),
                     QStringLiteral(" AND status = 'refunded'"), out,
                     [](Figures &f, const SqlQuery &q) {
                         f.refundsCash = q.int64(1);
                         f.refundsBalance = q.int64(2);
                     }));
    // Balance spent is what orders took (reason payment) less what cancelled orders gave back.
    MD_TRY(perBucket(db, ranges,
                     QStringLiteral("sum(CASE WHEN reason = 'topup' THEN delta ELSE 0 END), "
                                    "-sum(CASE WHEN reason IN ('payment', 'order_cancel') "
                                    "THEN delta ELSE 0 END), sum(delta)"),
                     QStringLiteral("balance_ledger"), QStringLiteral("created_at"), QString(), out,
                     [](Figures &f, const SqlQuery &q) {
                         f.topups = q.int64(1);
                         f.balanceSpent = q.int64(2);
                         f.balanceOutstanding = q.int64(3); // the change; made cumulative below
                     }));
    MD_TRY(perBucket(db, ranges, QStringLiteral("sum(delta)"), QStringLiteral("points_ledger"),
                     QStringLiteral("created_at"), QString(), out,
                     [](Figures &f, const SqlQuery &q) { f.pointsOutstanding = q.int64(1); }));
    // What was owed when the range began, then running sums: a ledger's sum up to a time is what
    // its members held then.
    SqlQuery opening(db,
                     QStringLiteral("SELECT (SELECT coalesce(sum(delta), 0) FROM balance_ledger "
                                    "WHERE created_at < ?), (SELECT coalesce(sum(delta), 0) "
                                    "FROM points_ledger WHERE created_at < ?)"),
                     {ranges.first().startMs, ranges.first().startMs});
    MD_TRY(opening.exec());
    qint64 balance = opening.next() ? opening.int64(0) : 0;
    qint64 points = opening.int64(1);
    for (Figures &f : out) {
        balance += f.balanceOutstanding;
        points += f.pointsOutstanding;
        f.balanceOutstanding = balance;
        f.pointsOutstanding = points;
    }
    return out;
}

// The whole range as one bucket: flows summed, amounts owed at its end.
Result<ReportRow> totals(const QSqlDatabase &db, const ReportRequest &request, const Liability &l)
{
    auto f = figures(db, ReportSql::wholeRange(request));
    if (!f)
        return f.error();
    return rowOf(request.from, request.to, f->first(), l);
}

} // namespace

QString FinanceReport::title() const
{
    return QCoreApplication::translate("md::FinanceReport", "Finance");
}

Result<ReportResult> FinanceReport::compute(const ServiceContext &context,
                                            const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    const QSqlDatabase db = context.connection();
    auto settings = StoreSettings::load(db);
    if (!settings)
        return settings.error();
    Liability liability;
    liability.pointsPerUnit = settings->pointsPerUnit;
    liability.unit = 1;
    for (int i = 0; i < CurrencyInfo::of(settings->currency).exponent; ++i)
        liability.unit *= 10;

    const auto tr = [](const char *s) { return QCoreApplication::translate(kContext, s); };
    res->columns = {
        {QStringLiteral("from"), tr("From"), ReportColumnKind::Date},
        {QStringLiteral("to"), tr("To"), ReportColumnKind::Date},
        {QStringLiteral("card"), tr("Card received"), ReportColumnKind::Money},
        {QStringLiteral("alipay"), tr("Alipay received"), ReportColumnKind::Money},
        {QStringLiteral("wechat"), tr("WeChat Pay received"), ReportColumnKind::Money},
        {QStringLiteral("received"), tr("Received"), ReportColumnKind::Money},
        {QStringLiteral("refunds_cash"), tr("Refunds paid out"), ReportColumnKind::Money},
        {QStringLiteral("net_received"), tr("Net received"), ReportColumnKind::Money},
        {QStringLiteral("refunds_to_balance"), tr("Refunds to balance"), ReportColumnKind::Money},
        {QStringLiteral("balance_topups"), tr("Balance top-ups"), ReportColumnKind::Money},
        {QStringLiteral("balance_spent"), tr("Balance spent"), ReportColumnKind::Money},
        {QStringLiteral("balance_outstanding"), tr("Balance owed"), ReportColumnKind::Money},
        {QStringLiteral("points_outstanding"), tr("Points owed"), ReportColumnKind::Integer},
        {QStringLiteral("points_liability"), tr("Points liability"), ReportColumnKind::Money},
    };
    const QList<ReportBucketRange> ranges = request.buckets();
    auto f = figures(db, ranges);
    if (!f)
        return f.error();
    for (int i = 0; i < ranges.size(); ++i)
        res->rows.append(rowOf(ranges[i].firstDay, ranges[i].lastDay, f->at(i), liability));
    auto t = totals(db, request, liability);
    if (!t)
        return t.error();
    res->totals = t.value();
    if (request.comparePrevious) {
        auto p = totals(db, request.previousPeriod(), liability);
        if (!p)
            return p.error();
        res->previousTotals = p.value();
    }
    res->series = {{res->columnIndex(QStringLiteral("received"))},
                   {res->columnIndex(QStringLiteral("refunds_cash"))}};
    return res;
}

} // namespace md
