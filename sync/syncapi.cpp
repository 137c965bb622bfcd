#include "syncapi.h"

#include "apicontext.h"
#include "router.h"
#include "syncfeed.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace md {

void SyncApi::addRoutes(Router &router, ApiContext &c)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/v1/admin/sync/changes"), [&c](HttpExchange &x) {
            const auto staff = api::staff(x, c);
            if (!staff)
                return;
            bool sinceOk = true, limitOk = true;
            const qint64 since = x.hasQuery(QStringLiteral("since"))
                                     ? x.query(QStringLiteral("since")).toLongLong(&sinceOk)
                                     : 0;
            const int limit = x.hasQuery(QStringLiteral("limit"))
                                  ? x.query(QStringLiteral("limit")).toInt(&limitOk)
                                  : 500;
            if (!sinceOk || since < 0 || !limitOk || limit < 1 || limit > SyncFeed::kMaxPage)
                return x.sendProblem(400, QStringLiteral("invalid_argument"),
                                     QStringLiteral("Invalid argument"),
                                     QStringLiteral("since is a cursor (0 or more), limit 1 to %1.")
                                         .arg(SyncFeed::kMaxPage));
            auto page = SyncFeed(c.ctx).changes(*staff, since, limit);
            if (!api::ok(x, page))
                return;
            QJsonArray changes;
            for (const FeedChange &change : page->changes)
                changes.append(change.toJson());
            x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                                      {QStringLiteral("next"), page->next},
                                                      {QStringLiteral("hasMore"), page->hasMore}}));
        });
}

} // namespace md
