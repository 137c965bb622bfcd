#pragma once

#include "actor.h"
#include "notification.h"
#include "result.h"

#include <QList>

namespace md {

class ServiceContext;

struct BroadcastReport
{
    int sent = 0;
    QList<qint64> unknownMembers;
};

// Members' inboxes: reading and marking read (the member), broadcasts (staff with the permission).
// Event notifications (paid, shipped, ...) are written by the services of those events.
class NotificationService
{
public:
    static constexpr int kMaxBroadcast = 200000;

    explicit NotificationService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<QList<Notification>> inbox(const Actor &actor, qint64 memberId, bool unreadOnly = false,
                                      int offset = 0, int limit = 20) const;
    Result<qint64> count(const Actor &actor, qint64 memberId, bool unreadOnly = false) const;
    Status markRead(const Actor &actor, qint64 notificationId);
    Result<BroadcastReport> broadcast(const Actor &actor, const QList<qint64> &memberIds,
                                      const QString &title, const QString &body);

private:
    const ServiceContext &m_ctx;
};

} // namespace md
