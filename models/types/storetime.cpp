#include "storetime.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace md {

namespace {

const QTimeZone &zone(const QString &id)
{
    thread_local QHash<QString, QTimeZone> cache;
    auto it = cache.find(id);
    if (it == cache.end()) {
        QTimeZone tz(id.toUtf8());
        it = cache.insert(id, tz.isValid() ? tz : QTimeZone::utc());
    }
    return *it;
}

} // namespace

QDate StoreTime::localDate(qint64 utcMs, const QString &timeZone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone(timeZone)).date();
}

QString StoreTime::localDateText(qint64 utcMs, const QString &timeZone)
{
    return localDate(utcMs, timeZone).toString(Qt::ISODate);
}

qint64 StoreTime::startOfDay(const QDate &date, const QString &timeZone)
{
    return date.startOfDay(zone(timeZone)).toMSecsSinceEpoch();
}

QJsonValue StoreTime::isoUtc(qint64 utcMs)
{
    if (!utcMs)
        return QJsonValue();
    // Qt::UTC (not QTimeZone::utc(), which prints "+00:00") gives the "Z" suffix.
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace md
