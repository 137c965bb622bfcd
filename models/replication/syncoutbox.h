#pragma once

#include "commandstatus.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace md {

// A staff action waiting in a replica's outbox (the wire form is SyncCommand in sync/).
struct OutboxEntry
{
    qint64 seq = 0;
    QString commandId;
    QString type;
    QString entity;
    qint64 entityId = 0;
    std::optional<qint64> baseVersion;
    QJsonObject payload;
    qint64 staffId = 0;
    qint64 createdAt = 0;
    int attempts = 0;
};

// A command the server refused or found in conflict, kept for the desktop's conflicts list.
struct SyncConflict
{
    qint64 id = 0;
    QString commandId;
    QString type;
    QString entity;
    qint64 entityId = 0;
    CommandStatus status = CommandStatus::Rejected; // conflict or rejected
    QString code;
    QString message;
    QJsonObject payload;
    QJsonObject current;
    qint64 at = 0;
};

// SQL for a replica's sync bookkeeping: the outbox, the conflicts list and the feed cursor.
class SyncOutbox
{
public:
    explicit SyncOutbox(const QSqlDatabase &db)
        : m_db(db)
    {}

    Status enqueue(const OutboxEntry &entry);
    Result<QList<OutboxEntry>> pending(int limit) const;
    Result<qint64> pendingCount() const;
    Status remove(const QString &commandId);
    Status countAttempt(const QString &commandId);
    // Entries that name a provisional record (ProvisionalRows): as their entityId, or in an id
    // field of the payload ("productId", "skuId" in "items", "memberIds", ...), in outbox order.
    Result<QList<OutboxEntry>> referencing(qint64 provisionalId) const;
    // The server gave the provisional record `from` the id `to`: the entries that name it now
    // name `to`, so they reach the server with the real id.
    Status redirect(qint64 from, qint64 to);

    Status addConflict(const SyncConflict &conflict);
    Result<QList<SyncConflict>> conflicts() const;
    Status dismissConflict(qint64 id);

    Result<qint64> cursor() const;
    Status setCursor(qint64 seq);
    // The server's horizon when this copy began from nothing (see SyncFeed::changes).
    Result<qint64> epoch() const;
    Status setEpoch(qint64 horizon);
    // Other named counters of the replica's sync (e.g. where an interrupted first copy stands);
    // nullopt when unset.
    Result<std::optional<qint64>> state(const QString &key) const;
    Status setState(const QString &key, qint64 value);
    Status clearState(const QString &keyPrefix);

private:
    QSqlDatabase m_db;
};

} // namespace md
