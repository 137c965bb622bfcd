#include "auditlog.h"

#include "sqlquery.h"

#include <QJsonDocument>

namespace md {

namespace {

QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString kSelect = QStringLiteral("SELECT id, staff_id, actor, action, entity, entity_id, "
                                       "before_json, after_json, at FROM audit_log ");

Result<QList<AuditEntry>> readAll(SqlQuery &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.int64(0);
        if (!q.isNull(1))
            e.staffId = q.int64(1);
        e.actor = q.text(2);
        e.action = q.text(3);
        e.entity = q.text(4);
        e.entityId = q.int64(5);
        e.before = parseObject(q.text(6));
        e.after = parseObject(q.text(7));
        e.atMs = q.int64(8);
        out.append(e);
    }
    return out;
}

} // namespace

Status AuditLog::record(const QSqlDatabase &db, const Actor &actor, const QString &action,
                        const QString &entity, qint64 entityId, const QJsonObject &before,
                        const QJsonObject &after, qint64 atMs)
{
    if (actor.isMember())
        return {};
    const auto staff = actor.staffId();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO audit_log (staff_id, actor, action, entity, entity_id, "
                              "before_json, after_json, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {staff ? QVariant(*staff) : QVariant(), actor.label(), action, entity, entityId,
                compact(before), compact(after), atMs});
    return q.exec();
}

Result<QList<AuditEntry>> AuditLog::forEntity(const QSqlDatabase &db, const QString &entity,
                                              qint64 entityId)
{
    SqlQuery q(db, kSelect + QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY id"),
               {entity, entityId});
    return readAll(q);
}

Result<QList<AuditEntry>> AuditLog::recent(const QSqlDatabase &db, int limit)
{
    SqlQuery q(db, kSelect + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    return readAll(q);
}

} // namespace md
