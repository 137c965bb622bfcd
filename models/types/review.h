#pragma once

#include <QJsonObject>
#include <QString>

namespace md {

// A member's review of one order line. The text is plain text: stored as given and always shown
// as text, never interpreted as HTML.
struct Review
{
    qint64 id = 0;
    qint64 orderLineId = 0;
    qint64 orderId = 0;
    qint64 productId = 0;
    qint64 memberId = 0;
    QString memberName;   // filled by list queries
    QString productTitle; // likewise (not part of toJson(): the storefront names the product)
    int rating = 0;
    QString body;
    bool hidden = false;
    QString reply;
    qint64 replyStaffId = 0;
    qint64 repliedAt = 0;
    qint64 createdAt = 0;
    qint64 version = 0;

    QJsonObject toJson() const;
};

} // namespace md
