#include "reportrequest.h"

#include "storetime.h"

#include <QTimeZone>

namespace md {

Status ReportRequest::validate() const
{
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("A report needs a start and an end date (YYYY-MM-DD)."));
    if (from > to)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("The report's start date is after its end date."));
    if (!QTimeZone(timeZone.toUtf8()).isValid())
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Unknown time zone %1.").arg(timeZone));
    return {};
}

static QDate bucketEnd(const QDate &day, ReportBucket bucket)
{
    switch (bucket) {
    case ReportBucket::Day:
        return day;
    case ReportBucket::Week:
        return day.addDays(7 - day.dayOfWeek());
    case ReportBucket::Month:
        return QDate(day.year(), day.month(), day.daysInMonth());
    }
    return day;
}

QList<ReportBucketRange> ReportRequest::buckets() const
{
    QList<ReportBucketRange> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    for (QDate day = from; day <= to;) {
        ReportBucketRange r;
        r.firstDay = day;
        r.lastDay = std::min(bucketEnd(day, bucket), to);
        // Local midnights, so a DST day is 23 or 25 hours long as it should be.
        r.startMs = StoreTime::startOfDay(r.firstDay, timeZone);
        r.endMs = StoreTime::startOfDay(r.lastDay.addDays(1), timeZone);
        out.append(r);
        day = r.lastDay.addDays(1);
    }
    return out;
}

qint64 ReportRequest::startMs() const
{
    return StoreTime::startOfDay(from, timeZone);
}
qint64 ReportRequest::endMs() const
{
    return StoreTime::startOfDay(to.addDays(1), timeZone);
}

ReportRequest ReportRequest::previousPeriod() const
{
    ReportRequest p = *this;
    const qint64 days = from.daysTo(to) + 1;
    p.to = from.addDays(-1);
    p.from = p.to.addDays(-(days - 1));
    p.comparePrevious = false;
    return p;
}

Result<ReportBucket> ReportRequest::parseBucket(const QString &text)
{
    if (text == QLatin1String("day"))
        return ReportBucket::Day;
    if (text == QLatin1String("week"))
        return ReportBucket::Week;
    if (text == QLatin1String("month"))
        return ReportBucket::Month;
    return makeError(ErrorCode::InvalidArgument,
                     DomainText::tr("Unknown bucket %1: use day, week or month.").arg(text));
}

QString ReportRequest::bucketName(ReportBucket bucket)
{
    switch (bucket) {
    case ReportBucket::Day:
        return QStringLiteral("day");
    case ReportBucket::Week:
        return QStringLiteral("week");
    case ReportBucket::Month:
        return QStringLiteral("month");
    }
    return {};
}

} // namespace md
