#include "changelog.h"

#include "sqlquery.h"

namespace md {

Status ChangeLog::record(const QSqlDatabase &db, const QString &entity, qint64 id, qint64 version,
                         ChangeOp op, qint64 atMs)
{
    SqlQuery q(db,
               QStringLiteral("INSERT INTO change_log (entity, entity_id, version, op, changed_at) "
                              "VALUES (?, ?, ?, ?, ?)"),
               {entity, id, version,
                op == ChangeOp::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete"),
                atMs});
    return q.exec();
}

Result<qint64> ChangeLog::lastSeq(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT MAX(seq) FROM change_log"));
    return q.scalar(0);
}

} // namespace md
