#include "syncapi.h"

#include "apicontext.h"
#include "commandprocessor.h"
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
            bool sinceOk = true, limitOk = true, epochOk = true;
            const qint64 epoch = x.hasQuery(QStringLiteral("epoch"))
                                     ? x.query(QStringLiteral("epoch")).toLongLong(&epochOk)
                                     : 0;
            const qint64 since = x.hasQuery(QStringLiteral("since"))
                                     ? x.query(QStringLiteral("since")).toLongLong(&sinceOk)
                                     : 0;
            const int limit = x.hasQuery(QStringLiteral("limit"))
                                  ? x.query(QStringLiteral("limit")).toInt(&limitOk)
                                  : 500;
            if (!sinceOk || since < 0 || !epochOk || epoch < 0 || !limitOk || limit < 1 ||
                limit > SyncFeed::kMaxPage)
                return x.sendProblem(400, QStringLiteral("invalid_argument"),
                                     QStringLiteral("Invalid argument"),
                                     QStringLiteral("since is a cursor (0 or more), limit 1 to %1.")
                                         .arg(SyncFeed::kMaxPage));
            auto page = SyncFeed(c.ctx).changes(*staff, since, limit, epoch);
            if (!api::ok(x, page))
                return;
            QJsonArray changes;
            for (const FeedChange &change : page->changes)
                changes.append(change.toJson());
            x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                                      {QStringLiteral("next"), page->next},
                                                      {QStringLiteral("hasMore"), page->hasMore},
                                                      {QStringLiteral("last"), page->last},
                                                      {QStringLiteral("horizon"), page->horizon}}));
        });

    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/v1/admin/sync/commands"),
        [&c](HttpExchange &x) {
            const auto staff = api::staff(x, c);
            const auto body = staff ? api::body(x) : std::nullopt;
            if (!body)
                return;
            const QJsonValue list = body->value(QStringLiteral("commands"));
            if (!list.isArray() || list.toArray().size() > CommandProcessor::kMaxBatch ||
                body->size() != 1)
                return x.sendProblem(400, QStringLiteral("invalid_argument"),
                                     QStringLiteral("Invalid argument"),
                                     QStringLiteral("Send {\"commands\": [...]} with at most %1 "
                                                    "commands.")
                                         .arg(CommandProcessor::kMaxBatch));
            // In order, each in its own transaction: a refused command does not stop the rest.
            CommandProcessor processor(c.ctx);
            QJsonArray results;
            for (const QJsonValue &v : list.toArray()) {
                Error error;
                const auto command =
                    v.isObject() ? SyncCommand::fromJson(v.toObject(), error) : std::nullopt;
                if (!command) {
                    CommandOutcome refused;
                    refused.id = v.toObject().value(QStringLiteral("id")).toString();
                    refused.status = CommandStatus::Rejected;
                    refused.error = v.isObject()
                                        ? error
                                        : makeError(ErrorCode::InvalidArgument,
                                                    DomainText::tr("A command is an object."));
                    results.append(refused.toJson());
                    continue;
                }
                results.append(processor.apply(*staff, *command).toJson());
            }
            x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}));
        });

    // A first copy, table by table: GET /api/v1/admin/sync/snapshot?table=&after=&limit=.
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/admin/sync/snapshot"),
               [&c](HttpExchange &x) {
                   const auto staff = api::staff(x, c);
                   if (!staff)
                       return;
                   bool afterOk = true, limitOk = true;
                   const qint64 after = x.hasQuery(QStringLiteral("after"))
                                            ? x.query(QStringLiteral("after")).toLongLong(&afterOk)
                                            : 0;
                   const int limit = x.hasQuery(QStringLiteral("limit"))
                                         ? x.query(QStringLiteral("limit")).toInt(&limitOk)
                                         : 5000;
                   if (!afterOk || after < 0 || !limitOk || limit < 1 || limit > 10000)
                       return x.sendProblem(
                           400, QStringLiteral("invalid_argument"),
                           QStringLiteral("Invalid argument"),
                           QStringLiteral("after is a row id (0 or more), limit 1 to 10000."));
                   auto page = SyncFeed(c.ctx).tablePage(*staff, x.query(QStringLiteral("table")),
                                                         after, limit);
                   if (!api::ok(x, page))
                       return;
                   x.sendJson(200, QJsonDocument(*page));
               });
}

} // namespace md
