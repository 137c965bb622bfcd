#include "changelog.h"

#include "sqlquery.h"

namespace md {

namespace {
std::atomic<quint64> g_localCommits{0};
thread_local bool t_recordedInTransaction = false;
} // namespace

Status ChangeLog::record(const QSqlDatabase &db, const QString &entity, qint64 id, qint64 version,
                         ChangeOp op, qint64 atMs)
{
    SqlQuery q(db,
               QStringLiteral("INSERT INTO change_log (entity, entity_id, version, op, changed_at) "
                              "VALUES (?, ?, ?, ?, ?)"),
               {entity, id, version,
                op == ChangeOp::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete"),
                atMs});
    Status s = q.exec();
    if (s && entity != entity::ProductView && entity != entity::CartEvent)
        t_recordedInTransaction = true;
    return s;
}

Result<qint64> ChangeLog::lastSeq(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT MAX(seq) FROM change_log"));
    return q.scalar(0);
}

Result<QStringList> ChangeLog::entitiesSince(const QSqlDatabase &db, qint64 seq)
{
    SqlQuery q(db, QStringLiteral("SELECT DISTINCT entity FROM change_log WHERE seq > ?"));
    q.bind(seq);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList entities;
    while (q.next())
        entities.append(q.value(0).toString());
    return entities;
}

Result<bool> ChangeLog::anySince(const QSqlDatabase &db, qint64 seq, const QStringList &entities)
{
    QStringList marks(entities.size(), QStringLiteral("?"));
    SqlQuery q(
        db, QStringLiteral(
                "SELECT COUNT(*) FROM (SELECT 1 FROM change_log WHERE seq > ? AND entity IN (%1) "
                "LIMIT 1)")
                .arg(marks.join(QStringLiteral(", "))));
    q.bind(seq);
    for (const QString &e : entities)
        q.bind(e);
    auto n = q.scalar(0);
    if (!n)
        return n.error();
    return *n > 0;
}

quint64 ChangeLog::localCommits()
{
    return g_localCommits.load(std::memory_order_acquire);
}

void ChangeLog::transactionEnded(bool committed)
{
    if (committed && t_recordedInTransaction)
        g_localCommits.fetch_add(1, std::memory_order_acq_rel);
    t_recordedInTransaction = false;
}

} // namespace md
