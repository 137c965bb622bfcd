#include "syncfeed.h"

#include "permissionpolicy.h"
#include "replicaschema.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "validation.h"
#include "writetransaction.h"

#include <QHash>
#include <QSqlQuery>

namespace md {

namespace {

// A read transaction: one snapshot of the store for a whole page (WAL readers never block
// writers). Ends when destroyed.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db)
        : m_db(db)
    {
        m_open = QSqlQuery(m_db).exec(QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

QJsonObject FeedChange::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("op"),
             op == ChangeOp::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete")},
            {QStringLiteral("data"), op == ChangeOp::Upsert ? QJsonValue(data) : QJsonValue()}};
}

Result<std::optional<QJsonObject>> SyncFeed::snapshot(const QSqlDatabase &db, const QString &entity,
                                                      qint64 id)
{
    return ReplicaSchema::read(db, entity, id);
}

Result<FeedPage> SyncFeed::changes(const Actor &actor, qint64 since, int limit, qint64 epoch) const
{
    MD_TRY(PermissionPolicy::require(actor, Permission::SyncReplicate));
    if (since < 0)
        return makeError(ErrorCode::InvalidArgument, DomainText::tr("The cursor is negative."),
                         QStringLiteral("since"));
    limit = qBound(1, limit, kMaxPage);
    const QSqlDatabase db = m_ctx.connection();
    ReadSnapshot snapshotGuard(db);
    auto h = horizon();
    MD_TRY(h);
    if (since > 0) {
        if (since < *h && epoch < *h)
            return makeError(ErrorCode::CursorExpired,
                             DomainText::tr("This copy is too old to catch up; it must be "
                                            "copied again from the start."),
                             QStringLiteral("since"));
    }
    // One more row than asked tells whether there is more.
    SqlQuery q(db,
               QStringLiteral("SELECT seq, entity, entity_id, version, op FROM change_log "
                              "WHERE seq > ? ORDER BY seq LIMIT ?"),
               {since, limit + 1});
    MD_TRY(q.exec());
    struct Row
    {
        qint64 seq;
        QString entity;
        qint64 id;
        qint64 version;
        bool deleted;
    };
    QList<Row> rows;
    while (q.next()) {
        rows.append(
            {q.int64(0), q.text(1), q.int64(2), q.int64(3), q.text(4) == QLatin1String("delete")});
    }
    FeedPage page;
    auto last = ChangeLog::lastSeq(db);
    MD_TRY(last);
    page.last = *last;
    page.horizon = *h;
    page.hasMore = rows.size() > limit;
    if (page.hasMore)
        rows.resize(limit);
    page.next = rows.isEmpty() ? since : rows.last().seq;

    // A record changed several times within the page is sent once, at its last change: the data
    // is its current state anyway.
    QHash<QPair<QString, qint64>, qint64> lastSeq;
    for (const Row &r : rows)
        lastSeq[{r.entity, r.id}] = r.seq;
    for (const Row &r : std::as_const(rows)) {
        if (lastSeq.value({r.entity, r.id}) != r.seq)
            continue;
        FeedChange c;
        c.seq = r.seq;
        c.entity = r.entity;
        c.id = r.id;
        c.version = r.version;
        if (!r.deleted) {
            auto data = snapshot(db, r.entity, r.id);
            MD_TRY(data);
            if (data->has_value()) {
                c.data = **data;
                c.version = qMax(r.version, c.data.value(QStringLiteral("version")).toInteger());
            } else {
                c.op = ChangeOp::Delete; // gone since (deleted later, or never kept)
            }
        } else {
            c.op = ChangeOp::Delete;
        }
        page.changes.append(c);
    }
    return page;
}

Result<QJsonObject> SyncFeed::tablePage(const Actor &actor, const QString &table, qint64 afterRowid,
                                        int limit) const
{
    MD_TRY(PermissionPolicy::require(actor, Permission::SyncReplicate));
    return ReplicaSchema::readTable(m_ctx.connection(), table, afterRowid, qBound(1, limit, 10000));
}

Result<qint64> SyncFeed::horizon() const
{
    SqlQuery q(m_ctx.connection(),
               QStringLiteral("SELECT value FROM sync_state WHERE key = 'horizon'"));
    return q.scalar(0);
}

Status SyncFeed::compact(qint64 tombstoneRetentionMs)
{
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    // Superseded rows: the record's later change carries its state to anyone reading past them.
    MD_TRY(SqlQuery(db, QStringLiteral("DELETE FROM change_log WHERE seq < (SELECT MAX(seq) FROM "
                                       "change_log later WHERE later.entity = change_log.entity "
                                       "AND later.entity_id = change_log.entity_id)"))
               .exec());
    // Old deletions: a replica that has not read them by now will be told to start again.
    const qint64 cutoff = m_ctx.now() - tombstoneRetentionMs;
    SqlQuery newest(db,
                    QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log "
                                   "WHERE op = 'delete' AND changed_at < ?"),
                    {cutoff});
    auto dropped = newest.scalar(0);
    MD_TRY(dropped);
    if (*dropped > 0) {
        MD_TRY(SqlQuery(db,
                        QStringLiteral("DELETE FROM change_log WHERE op = 'delete' AND seq <= ?"),
                        {*dropped})
                   .exec());
        MD_TRY(SqlQuery(db,
                        QStringLiteral("UPDATE sync_state SET value = MAX(value, ?) "
                                       "WHERE key = 'horizon'"),
                        {*dropped})
                   .exec());
    }
    return tx.commit();
}

} // namespace md
