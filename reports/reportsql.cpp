#include "reportsql.h"

#include "money.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "storesettings.h"

namespace md {

QString ReportSql::bucketCase(const QString &column, int count)
{
    QString s = QStringLiteral("CASE");
    for (int i = 0; i < count; ++i)
        s += QStringLiteral(" WHEN %1 < ? THEN %2").arg(column).arg(i);
    return s + QStringLiteral(" END");
}

void ReportSql::bindEnds(SqlQuery &q, const QList<ReportBucketRange> &buckets)
{
    for (const ReportBucketRange &r : buckets)
        q.bind(r.endMs);
}

QString ReportSql::bucketStartCase(const QString &expr, int count)
{
    QString s = QStringLiteral("CASE %1").arg(expr);
    for (int i = 0; i < count; ++i)
        s += QStringLiteral(" WHEN %1 THEN ?").arg(i);
    return s + QStringLiteral(" END");
}

void ReportSql::bindStarts(SqlQuery &q, const QList<ReportBucketRange> &buckets)
{
    for (const ReportBucketRange &r : buckets)
        q.bind(r.startMs);
}

QList<ReportBucketRange> ReportSql::wholeRange(const ReportRequest &request)
{
    return {{request.from, request.to, request.startMs(), request.endMs()}};
}

Result<ReportResult> ReportSql::begin(const Report &report, const ServiceContext &context,
                                      const ReportRequest &request)
{
    if (Status s = request.validate(); !s)
        return s.error();
    auto settings = StoreSettings::load(context.connection());
    if (!settings)
        return settings.error();
    ReportResult res;
    res.name = report.name();
    res.title = report.title();
    res.currency = settings->currency;
    res.from = request.from;
    res.to = request.to;
    return res;
}

QVariant ReportSql::rateBp(qint64 part, qint64 whole)
{
    if (whole == 0)
        return {};
    return QVariant(money::divide(static_cast<__int128>(part) * 10000, whole, Rounding::HalfUp));
}

} // namespace md
