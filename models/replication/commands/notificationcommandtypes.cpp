#include "notificationcommandtypes.h"

#include "notificationservice.h"

#include <QJsonArray>

namespace md {

CommandBody NotificationBroadcast::toJson() const
{
    QJsonArray members;
    for (qint64 id : memberIds)
        members.append(id);
    return {0,
            std::nullopt,
            {{QStringLiteral("memberIds"), members},
             {QStringLiteral("title"), title},
             {QStringLiteral("body"), body}}};
}

Result<NotificationBroadcast> NotificationBroadcast::fromJson(CommandReader &r)
{
    JsonFields &f = r.fields();
    NotificationBroadcast c;
    const auto members = f.integers(QStringLiteral("memberIds"), NotificationService::kMaxBroadcast,
                                    1, validation::kMaxId, true);
    c.title = f.string(QStringLiteral("title"), 100, true).value_or(QString());
    c.body = f.string(QStringLiteral("body"), 2000, true).value_or(QString());
    MD_TRY(r.finish());
    c.memberIds = *members;
    return c;
}

} // namespace md
