#include "syncoutbox.h"

#include "sqlquery.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace md {

namespace {

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Rewrites (or, with `to` unset, only looks for) the id `from` in the id fields of a payload:
// keys ending in "Id" hold one id, keys ending in "Ids" a list. Provisional ids are negative and
// unique across the replica, so a match is that record whatever the field.
bool replaceId(QJsonValue &value, qint64 from, std::optional<qint64> to, bool idField = false,
               bool idList = false)
{
    bool found = false;
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue v = it.value();
            if (replaceId(v, from, to, it.key().endsWith(QLatin1String("Id")),
                          it.key().endsWith(QLatin1String("Ids")))) {
                found = true;
                it.value() = v;
            }
        }
        value = o;
    } else if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue v = a.at(i);
            if (replaceId(v, from, to, idList, false)) {
                found = true;
                a.replace(i, v);
            }
        }
        value = a;
    } else if (idField && value.isDouble() && value.toInteger() == from) {
        found = true;
        if (to)
            value = *to;
    }
    return found;
}

// The outbox's entries that `rest` (a WHERE and an ORDER BY) selects, with its parameters.
QString selectEntries(const QString &rest)
{
    return QStringLiteral("SELECT seq, command_id, type, entity, entity_id, base_version, payload, "
                          "staff_id, created_at, attempts FROM sync_outbox ") +
           rest;
}

// The entries of a SELECT over sync_outbox's columns, in that query's order.
Result<QList<OutboxEntry>> entriesOf(SqlQuery &q)
{
    MD_TRY(q.exec());
    QList<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.int64(0);
        e.commandId = q.text(1);
        e.type = q.text(2);
        e.entity = q.text(3);
        e.entityId = q.int64(4);
        if (!q.raw().value(5).isNull())
            e.baseVersion = q.int64(5);
        e.payload = object(q.text(6));
        e.staffId = q.int64(7);
        e.createdAt = q.int64(8);
        e.attempts = int(q.int64(9));
        out.append(e);
    }
    return out;
}

} // namespace

Result<QList<OutboxEntry>> SyncOutbox::referencing(qint64 provisionalId) const
{
    // The text search only narrows the candidates ("-12" is also in "-123"); the payload's id
    // fields decide.
    SqlQuery q(
        m_db,
        selectEntries(QStringLiteral("WHERE entity_id = ? OR instr(payload, ?) > 0 ORDER BY seq")),
        {provisionalId, QString::number(provisionalId)});
    auto candidates = entriesOf(q);
    MD_TRY(candidates);
    QList<OutboxEntry> out;
    for (const OutboxEntry &e : std::as_const(*candidates)) {
        QJsonValue payload = e.payload;
        if (e.entityId == provisionalId || replaceId(payload, provisionalId, std::nullopt))
            out.append(e);
    }
    return out;
}

Status SyncOutbox::redirect(qint64 from, qint64 to)
{
    auto entries = referencing(from);
    MD_TRY(entries);
    for (const OutboxEntry &e : std::as_const(*entries)) {
        QJsonValue payload = e.payload;
        replaceId(payload, from, to);
        MD_TRY(
            SqlQuery(m_db,
                     QStringLiteral("UPDATE sync_outbox SET entity_id = ?, payload = ? WHERE "
                                    "command_id = ?"),
                     {e.entityId == from ? to : e.entityId, text(payload.toObject()), e.commandId})
                .exec());
    }
    return {};
}

Status SyncOutbox::enqueue(const OutboxEntry &e)
{
    return SqlQuery(m_db,
                    QStringLiteral("INSERT INTO sync_outbox (command_id, type, entity, entity_id, "
                                   "base_version, payload, staff_id, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {e.commandId, e.type, e.entity, e.entityId,
                     e.baseVersion ? QVariant(*e.baseVersion) : QVariant(), text(e.payload),
                     e.staffId, e.createdAt})
        .exec();
}

Result<QList<OutboxEntry>> SyncOutbox::pending(int limit) const
{
    SqlQuery q(m_db, selectEntries(QStringLiteral("ORDER BY seq LIMIT ?")), {limit});
    return entriesOf(q);
}

Result<qint64> SyncOutbox::pendingCount() const
{
    return SqlQuery(m_db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox")).scalar(0);
}

Status SyncOutbox::remove(const QString &commandId)
{
    return SqlQuery(m_db, QStringLiteral("DELETE FROM sync_outbox WHERE command_id = ?"),
                    {commandId})
        .exec();
}

Status SyncOutbox::countAttempt(const QString &commandId)
{
    return SqlQuery(m_db,
                    QStringLiteral(
                        "UPDATE sync_outbox SET attempts = attempts + 1 WHERE command_id = ?"),
                    {commandId})
        .exec();
}

Status SyncOutbox::addConflict(const SyncConflict &c)
{
    return SqlQuery(
               m_db,
               QStringLiteral("INSERT OR REPLACE INTO sync_conflicts (command_id, type, entity, "
                              "entity_id, status, code, message, payload, current, at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {c.commandId, c.type, c.entity, c.entityId, commandStatusName(c.status), c.code,
                c.message, text(c.payload),
                c.current.isEmpty() ? QVariant() : QVariant(text(c.current)), c.at})
        .exec();
}

Result<QList<SyncConflict>> SyncOutbox::conflicts() const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, command_id, type, entity, entity_id, status, code, "
                              "message, payload, current, at FROM sync_conflicts ORDER BY id"));
    MD_TRY(q.exec());
    QList<SyncConflict> out;
    while (q.next()) {
        out.append({q.int64(0), q.text(1), q.text(2), q.text(3), q.int64(4),
                    commandStatusFromName(q.text(5)).value_or(CommandStatus::Rejected), q.text(6),
                    q.text(7), object(q.text(8)), object(q.text(9)), q.int64(10)});
    }
    return out;
}

Status SyncOutbox::dismissConflict(qint64 id)
{
    return SqlQuery(m_db, QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?"), {id}).exec();
}

Result<qint64> SyncOutbox::cursor() const
{
    return SqlQuery(m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"))
        .scalar(0);
}

Status SyncOutbox::setCursor(qint64 seq)
{
    return SqlQuery(m_db, QStringLiteral("UPDATE sync_state SET value = ? WHERE key = 'cursor'"),
                    {seq})
        .exec();
}

Result<qint64> SyncOutbox::epoch() const
{
    return SqlQuery(m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'epoch'"))
        .scalar(0);
}

Status SyncOutbox::setEpoch(qint64 horizon)
{
    return SqlQuery(m_db,
                    QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('epoch', ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {horizon})
        .exec();
}

Result<std::optional<qint64>> SyncOutbox::state(const QString &key) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    MD_TRY(q.exec());
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.int64(0));
}

Status SyncOutbox::setState(const QString &key, qint64 value)
{
    return SqlQuery(m_db,
                    QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {key, value})
        .exec();
}

Status SyncOutbox::clearState(const QString &keyPrefix)
{
    return SqlQuery(m_db,
                    QStringLiteral("DELETE FROM sync_state WHERE substr(key, 1, length(?)) = ?"),
                    {keyPrefix, keyPrefix})
        .exec();
}

} // namespace md
