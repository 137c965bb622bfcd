#pragma once

#include "actor.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace md {

struct AuditEntry
{
    qint64 id = 0;
    std::optional<qint64> staffId;
    QString actor;  // Actor::label()
    QString action; // "product.update", "stock.adjust", ...
    QString entity;
    qint64 entityId = 0;
    QJsonObject before;
    QJsonObject after;
    qint64 atMs = 0;
};

// Who did what to which record, when, with a before/after summary. Written by the services in the
// transaction of the change itself for every staff (and system) action; members' own actions are
// recorded in their order timelines instead.
class AuditLog
{
public:
    static Status record(const QSqlDatabase &db, const Actor &actor, const QString &action,
                         const QString &entity, qint64 entityId, const QJsonObject &before,
                         const QJsonObject &after, qint64 atMs);
    static Result<QList<AuditEntry>> forEntity(const QSqlDatabase &db, const QString &entity,
                                               qint64 entityId);
    static Result<QList<AuditEntry>> recent(const QSqlDatabase &db, int limit);
};

} // namespace md
