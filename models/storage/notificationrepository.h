#pragma once

#include "notification.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

// The members' inboxes. Services write notifications inside the transaction of the event they
// announce, so a member is told exactly when the thing happened (and never when it rolled back).
class NotificationRepository
{
public:
    explicit NotificationRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<qint64> insert(qint64 memberId, const QString &kind, const QString &title,
                          const QString &body, const QString &refType, qint64 refId, qint64 nowMs);
    Result<QList<Notification>> inbox(qint64 memberId, bool unreadOnly, int offset,
                                      int limit) const;
    Result<qint64> count(qint64 memberId, bool unreadOnly) const;
    Result<std::optional<Notification>> find(qint64 id) const;
    Result<bool> markRead(qint64 id, qint64 memberId, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace md
