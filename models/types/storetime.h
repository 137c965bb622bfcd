#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>

namespace md {

// Calendar dates in the store's time zone, which is what "a day's sales" means to a merchant,
// whatever the time zone of the machine. QTimeZone objects are cached per thread.
class StoreTime
{
public:
    static QDate localDate(qint64 utcMs, const QString &timeZone);
    static QString localDateText(qint64 utcMs, const QString &timeZone); // "2026-11-11"
    // UTC ms of local midnight starting `date` in the zone.
    static qint64 startOfDay(const QDate &date, const QString &timeZone);
    // ISO 8601 UTC with milliseconds ("2026-11-11T02:30:00.000Z"), the API's time format; null for
    // 0.
    static QJsonValue isoUtc(qint64 utcMs);
};

} // namespace md
