#include "paymentmethodreport.h"

#include "reportsql.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "validation.h"

#include <QCoreApplication>

#include <array>

namespace md {

namespace {

const char *const kContext = "md::PaymentMethodReport";
// Column order; "other" holds provider payments of a method this build does not know (imports).
constexpr std::array<const char *, 5> kMethods = {"card", "alipay", "wechat", "balance", "other"};
constexpr int kBalance = 3;
constexpr int kOther = 4;

struct Figures
{
    std::array<qint64, kMethods.size()> orders{};
    std::array<qint64, kMethods.size()> amount{};
};

int providerSlot(const QString &method)
{
    for (int i = 0; i < kBalance; ++i)
        if (method == QLatin1String(kMethods[i]))
            return i;
    return kOther;
}

ReportRow rowOf(const QDate &first, const QDate &last, const Figures &f)
{
    ReportRow row{first, last};
    qint64 total = 0;
    for (size_t i = 0; i < kMethods.size(); ++i) {
        row << QVariant(f.orders[i]) << QVariant(f.amount[i]);
        total += f.amount[i];
    }
    row << QVariant(total);
    return row;
}

Result<QList<Figures>> figures(const ServiceContext &context, const ReportRequest &request,
                               const QList<ReportBucketRange> &ranges)
{
    QList<Figures> out(ranges.size());
    // One pass over the sales: the provider part goes to the order's method, the balance part
    // to "balance"; an order paid both ways counts once under each.
    SqlQuery q(context.connection(),
               QStringLiteral("SELECT b, coalesce(payment_method, ''), sum(paid_amount > 0), "
                              "sum(paid_amount), sum(balance_applied > 0), sum(balance_applied) "
                              "FROM (SELECT %1 AS b, payment_method, paid_amount, balance_applied "
                              "FROM orders WHERE paid_at >= ? AND paid_at < ?) GROUP BY b, 2")
                   .arg(ReportSql::bucketCase(QStringLiteral("paid_at"), ranges.size())));
    ReportSql::bindEnds(q, ranges);
    q.bind(request.startMs()).bind(request.endMs());
    MD_TRY(q.exec());
    while (q.next()) {
        const int b = q.integer(0);
        if (b < 0 || b >= ranges.size())
            continue;
        Figures &f = out[b];
        if (q.int64(3) > 0) {
            const int slot = providerSlot(q.text(1));
            f.orders[slot] += q.int64(2);
            f.amount[slot] += q.int64(3);
        }
        f.orders[kBalance] += q.int64(4);
        f.amount[kBalance] += q.int64(5);
    }
    return out;
}

Result<ReportRow> totals(const ServiceContext &context, const ReportRequest &request)
{
    auto f = figures(context, request, ReportSql::wholeRange(request));
    if (!f)
        return f.error();
    return rowOf(request.from, request.to, f->first());
}

} // namespace

QString PaymentMethodReport::title() const
{
    return QCoreApplication::translate("md::PaymentMethodReport", "Sales by payment method");
}

Result<ReportResult> PaymentMethodReport::compute(const ServiceContext &context,
                                                  const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    const auto tr = [](const char *s) { return QCoreApplication::translate(kContext, s); };
    const std::array<QString, kMethods.size()> names = {tr("Card"), tr("Alipay"), tr("WeChat Pay"),
                                                        tr("Store balance"), tr("Other")};
    res->columns = {{QStringLiteral("from"), tr("From"), ReportColumnKind::Date},
                    {QStringLiteral("to"), tr("To"), ReportColumnKind::Date}};
    for (size_t i = 0; i < kMethods.size(); ++i) {
        const QString key = QString::fromLatin1(kMethods[i]);
        res->columns.append({key + QStringLiteral("_orders"), tr("%1 orders").arg(names[i]),
                             ReportColumnKind::Integer});
        res->columns.append({key + QStringLiteral("_amount"), tr("%1 amount").arg(names[i]),
                             ReportColumnKind::Money});
    }
    res->columns.append({QStringLiteral("total_amount"), tr("Total"), ReportColumnKind::Money});

    const QList<ReportBucketRange> ranges = request.buckets();
    auto f = figures(context, request, ranges);
    if (!f)
        return f.error();
    for (int i = 0; i < ranges.size(); ++i)
        res->rows.append(rowOf(ranges[i].firstDay, ranges[i].lastDay, f->at(i)));
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
    for (size_t i = 0; i < kMethods.size(); ++i)
        res->series.append(ReportSeries{
            res->columnIndex(QString::fromLatin1(kMethods[i]) + QStringLiteral("_amount"))});
    return res;
}

} // namespace md
