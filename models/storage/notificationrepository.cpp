#include "notificationrepository.h"

#include "changelog.h"
#include "sqlquery.h"
#include "storetime.h"

namespace md {

namespace {

const QString kColumns = QStringLiteral(
    "id, member_id, kind, title, body, ref_type, ref_id, read_at, created_at, version");

Notification fromRow(const SqlQuery &q)
{
    Notification n;
    n.id = q.int64(0);
    n.memberId = q.int64(1);
    n.kind = q.text(2);
    n.title = q.text(3);
    n.body = q.text(4);
    n.refType = q.text(5);
    n.refId = q.int64(6);
    n.readAt = q.int64(7);
    n.createdAt = q.int64(8);
    n.version = q.int64(9);
    return n;
}

} // namespace

QJsonObject Notification::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("refType"), refType.isEmpty() ? QJsonValue() : QJsonValue(refType)},
            {QStringLiteral("refId"), refId ? QJsonValue(refId) : QJsonValue()},
            {QStringLiteral("read"), isRead()},
            {QStringLiteral("createdAt"), StoreTime::isoUtc(createdAt)}};
}

Result<qint64> NotificationRepository::insert(qint64 memberId, const QString &kind,
                                              const QString &title, const QString &body,
                                              const QString &refType, qint64 refId, qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO notifications (member_id, kind, title, body, ref_type, "
                              "ref_id, created_at, "
                              "version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
               {memberId, kind, title, body, refType.isEmpty() ? QVariant() : QVariant(refType),
                refId ? QVariant(refId) : QVariant(), nowMs});
    auto id = q.scalar(0);
    if (!id)
        return id;
    if (Status s = ChangeLog::record(m_db, entity::Notification, *id, 1, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return id;
}

Result<QList<Notification>> NotificationRepository::inbox(qint64 memberId, bool unreadOnly,
                                                          int offset, int limit) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns +
                   QStringLiteral(" FROM notifications WHERE member_id = ?") +
                   (unreadOnly ? QStringLiteral(" AND read_at IS NULL") : QString()) +
                   QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"),
               {memberId, limit, offset});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Notification> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<qint64> NotificationRepository::count(qint64 memberId, bool unreadOnly) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT COUNT(*) FROM notifications WHERE member_id = ?") +
                   (unreadOnly ? QStringLiteral(" AND read_at IS NULL") : QString()),
               {memberId});
    return q.scalar();
}

Result<std::optional<Notification>> NotificationRepository::find(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns +
                   QStringLiteral(" FROM notifications WHERE id = ?"),
               {id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Notification>();
    return std::optional<Notification>(fromRow(q));
}

Result<bool> NotificationRepository::markRead(qint64 id, qint64 memberId, qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "UPDATE notifications SET read_at = COALESCE(read_at, ?), version = version + 1 "
                   "WHERE id = ? AND member_id = ? RETURNING version"),
               {nowMs, id, memberId});
    auto v = q.scalar(-1);
    if (!v)
        return v.error();
    if (*v < 0)
        return false;
    if (Status s = ChangeLog::record(m_db, entity::Notification, id, *v, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return true;
}

} // namespace md
