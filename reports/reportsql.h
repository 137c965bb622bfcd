#pragma once

#include "report.h"
#include "reportrequest.h"
#include "reportresult.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace md {

class ServiceContext;
class SqlQuery;

// Pieces every report shares: the bucket index computed in SQL, the result's header filled from
// the request and the store's settings, and exact ratios for percentage cells.
class ReportSql
{
public:
    // "CASE WHEN col < ? THEN 0 WHEN col < ? THEN 1 ... END": the bucket index of a UTC time.
    // Bind the bucket ends with bindEnds; rows must be pre-filtered to the request's range.
    static QString bucketCase(const QString &column, int count);
    static void bindEnds(SqlQuery &q, const QList<ReportBucketRange> &buckets);
    // "CASE expr WHEN 0 THEN ? ... END": the start of bucket number `expr`; bind with bindStarts.
    static QString bucketStartCase(const QString &expr, int count);
    static void bindStarts(SqlQuery &q, const QList<ReportBucketRange> &buckets);
    // The whole request as a single bucket, for totals of figures that do not add up over
    // buckets (distinct members, for instance).
    static QList<ReportBucketRange> wholeRange(const ReportRequest &request);

    // A result with name, title, currency and dates set, after validating the request.
    static Result<ReportResult> begin(const Report &report, const ServiceContext &context,
                                      const ReportRequest &request);
    // part / whole in basis points, half up, in integer arithmetic; empty when whole is 0.
    static QVariant rateBp(qint64 part, qint64 whole);
};

} // namespace md
