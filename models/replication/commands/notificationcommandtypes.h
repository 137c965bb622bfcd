#pragma once

#include "commandcodec.h"

#include <QList>

// The notifications' staff command: one message to many members' inboxes. Same shape as
// catalogcommandtypes.h; it acts on no one record, and its outcome's version is the number of
// inboxes reached.
namespace md {

struct NotificationBroadcast
{
    static constexpr CommandKind kKind{"notification.broadcast", "notification",
                                       CommandTarget::None};
    QList<qint64> memberIds; // at most NotificationService::kMaxBroadcast
    QString title;
    QString body;

    CommandBody toJson() const;
    static Result<NotificationBroadcast> fromJson(CommandReader &reader);
    bool operator==(const NotificationBroadcast &) const = default;
};

} // namespace md
