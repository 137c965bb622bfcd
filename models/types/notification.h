#pragma once

#include <QJsonObject>
#include <QString>

namespace md {

struct Notification
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString kind; // order_paid, order_shipped, order_delivered, refund_decided, coupon_issued,
                  // points_earned, broadcast
    QString title;
    QString body;
    QString refType;
    qint64 refId = 0;
    qint64 readAt = 0;
    qint64 createdAt = 0;
    qint64 version = 0;

    bool isRead() const { return readAt != 0; }
    QJsonObject toJson() const;
};

} // namespace md
