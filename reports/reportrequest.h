#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace md {

// Size of one row of a time-bucketed report. Weeks start on Monday (ISO 8601).
enum class ReportBucket { Day, Week, Month };

// One bucket as a half-open UTC range [startMs, endMs): the store-local midnights that begin and
// end it, so that bucketing follows the store's zone (and its DST changes), never the machine's.
struct ReportBucketRange
{
    QDate firstDay; // store-local date the bucket starts on (clipped to the request's `from`)
    QDate lastDay;  // store-local date it ends on, inclusive (clipped to `to`)
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// What a report is asked for: store-local dates [from, to] inclusive, a bucket size, whether to
// compare with the previous period (the same number of days ending the day before `from`), and
// the store's time zone (read from StoreSettings by the caller or by ReportRequest::parse).
struct ReportRequest
{
    QDate from;
    QDate to;
    ReportBucket bucket = ReportBucket::Month;
    bool comparePrevious = false;
    QString timeZone = QStringLiteral("Asia/Shanghai");
    int topN = 10; // for reports with a top/bottom list

    // Error when a date is missing, from > to, or the zone is unknown; changes nothing.
    Status validate() const;
    // Buckets covering [from, to] in order; a first or last bucket may be partial.
    QList<ReportBucketRange> buckets() const;
    // UTC range of the whole request.
    qint64 startMs() const;
    qint64 endMs() const;
    // The same request moved back to the period of equal length just before `from`.
    ReportRequest previousPeriod() const;

    static Result<ReportBucket> parseBucket(const QString &text); // "day" | "week" | "month"
    static QString bucketName(ReportBucket bucket);
};

} // namespace md
