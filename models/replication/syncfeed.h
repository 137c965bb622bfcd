#pragma once

#include "actor.h"
#include "changelog.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace md {

class ServiceContext;

// One entry of the change feed: the record's state now (not at the time of the change), so a
// replica that applies entries in order ends with the server's state.
struct FeedChange
{
    qint64 seq = 0;
    QString entity;
    qint64 id = 0;
    qint64 version = 0;
    ChangeOp op = ChangeOp::Upsert;
    QJsonObject data; // empty for deletions

    QJsonObject toJson() const;
};

struct FeedPage
{
    QList<FeedChange> changes;
    qint64 next = 0; // the cursor to ask with next time
    bool hasMore = false;
    qint64 last = 0;    // the newest seq now, for progress
    qint64 horizon = 0; // see SyncFeed::changes
};

// The server side of sync's pull: pages of the change log with the current state of each record
// (docs/sync.md). The log's seq is allocated under SQLite's single write lock, so seqs become
// visible in increasing order and a reader that has seen seq n has seen every seq below it: a
// cursor never skips a change. Each page is read in one read transaction, so the records match
// one moment of the store.
class SyncFeed
{
public:
    static constexpr int kMaxPage = 1000;
    // Deletions are remembered this long; a replica offline for longer resynchronises (410).
    static constexpr qint64 kTombstoneRetentionMs = 30LL * 24 * 3600 * 1000;

    explicit SyncFeed(const ServiceContext &context)
        : m_ctx(context)
    {}

    // CursorExpired when deletions the replica may not have seen were forgotten: `since` is
    // older than the horizon, and the horizon has moved since the replica's copy began from
    // nothing (`epoch`: the horizon the first page of that start reported). A copy that starts
    // from nothing (since 0) needs no deletions and is never refused.
    Result<FeedPage> changes(const Actor &actor, qint64 since, int limit, qint64 epoch = 0) const;
    // Housekeeping: forgets change-log rows superseded by a later change of the same record (a
    // replica reading past them gets that later change), and deletions older than the
    // retention, which moves the horizon.
    // A page of one replicated table for a first copy (ReplicaSchema::readTable).
    Result<QJsonObject> tablePage(const Actor &actor, const QString &table, qint64 afterRowid,
                                  int limit) const;

    Status compact(qint64 tombstoneRetentionMs = kTombstoneRetentionMs);
    Result<qint64> horizon() const;

    // The current state of one record as the feed carries it (its main row column by column and
    // its child tables' rows, see ReplicaSchema); nullopt when it no longer exists.
    static Result<std::optional<QJsonObject>> snapshot(const QSqlDatabase &db,
                                                       const QString &entity, qint64 id);

private:
    const ServiceContext &m_ctx;
};

} // namespace md
