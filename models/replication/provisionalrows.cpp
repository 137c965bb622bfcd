#include "provisionalrows.h"

#include "replicaschema.h"
#include "sqlquery.h"
#include "validation.h"

#include <QMutex>
#include <QSqlQuery>

#include <algorithm>

namespace md {

namespace {

struct Reference
{
    QString table;
    QString column;
};

// What the schema says, read once per process (every store runs the same migrations): which
// replicated tables have an integer id of their own, and which columns of any table refer to
// each table's id.
struct SchemaFacts
{
    QStringList idTables;
    QHash<QString, QList<Reference>> referencesTo;
};

Result<SchemaFacts> schemaFacts(const QSqlDatabase &db)
{
    static QMutex mutex;
    static std::optional<SchemaFacts> facts;
    QMutexLocker lock(&mutex);
    if (facts)
        return *facts;
    SchemaFacts f;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite_%' ORDER BY name")))
        return storageError(tables);
    QStringList all;
    while (tables.next())
        all << tables.value(0).toString();
    const QStringList replicated = ReplicaSchema::tables();
    for (const QString &table : std::as_const(all)) {
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            return storageError(info);
        while (info.next()) {
            // cid, name, type, notnull, default, pk: an INTEGER PRIMARY KEY named id is the rowid.
            if (info.value(1).toString() == QLatin1String("id") &&
                info.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) ==
                    0 &&
                info.value(5).toInt() == 1 && replicated.contains(table))
                f.idTables << table;
        }
        QSqlQuery keys(db);
        if (!keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)))
            return storageError(keys);
        while (keys.next()) {
            // id, seq, table, from, to, ...; a key without `to` names the parent's primary key.
            const QString to = keys.value(4).toString();
            if (to.isEmpty() || to == QLatin1String("id"))
                f.referencesTo[keys.value(2).toString()].append({table, keys.value(3).toString()});
        }
    }
    facts = f;
    return f;
}

} // namespace

Result<ProvisionalRows::Mark> ProvisionalRows::mark() const
{
    auto facts = schemaFacts(m_db);
    MD_TRY(facts);
    Mark out;
    for (const QString &table : std::as_const(facts->idTables)) {
        SqlQuery q(m_db, QStringLiteral("SELECT max(id) FROM %1").arg(table));
        MD_TRY(q.exec());
        q.next();
        out.insert(table, q.isNull(0) ? std::nullopt : std::optional<qint64>(q.int64(0)));
    }
    return out;
}

Result<qint64> ProvisionalRows::nextId()
{
    // One sequence for every table, so that a negative id names one row of the whole replica:
    // a later command's payload that mentions it can be rewritten without knowing the field.
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('provisional_id', -1) "
                              "ON CONFLICT (key) DO UPDATE SET value = value - 1 RETURNING value"));
    return q.scalar(0);
}

Status ProvisionalRows::renumber(const QString &table, qint64 from, qint64 to)
{
    MD_TRY(
        SqlQuery(m_db, QStringLiteral("UPDATE %1 SET id = ? WHERE id = ?").arg(table), {to, from})
            .exec());
    return redirect(table, from, to);
}

Status ProvisionalRows::redirect(const QString &table, qint64 from, qint64 to)
{
    auto facts = schemaFacts(m_db);
    MD_TRY(facts);
    for (const Reference &r : facts->referencesTo.value(table))
        MD_TRY(SqlQuery(m_db,
                        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(r.table, r.column),
                        {to, from})
                   .exec());
    return {};
}

Result<QList<ProvisionalRows::Row>>
ProvisionalRows::adopt(const Mark &mark, const QString &commandId, const QString &mainTable)
{
    // The ids change under rows that point at them; the keys are whole again at commit.
    MD_TRY(SqlQuery(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON")).exec());
    QList<Row> adopted;
    for (auto it = mark.constBegin(); it != mark.constEnd(); ++it) {
        const QString &table = it.key();
        SqlQuery q(m_db,
                   it.value()
                       ? QStringLiteral("SELECT id FROM %1 WHERE id > ? ORDER BY id").arg(table)
                       : QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
        if (it.value())
            q.bind(*it.value());
        MD_TRY(q.exec());
        QList<qint64> added;
        while (q.next())
            added << q.int64(0);
        for (const qint64 id : std::as_const(added)) {
            auto provisional = nextId();
            MD_TRY(provisional);
            MD_TRY(renumber(table, id, *provisional));
            const bool main =
                table == mainTable &&
                std::none_of(adopted.cbegin(), adopted.cend(), [](const Row &r) { return r.main; });
            MD_TRY(SqlQuery(m_db,
                            QStringLiteral("INSERT INTO sync_provisional (table_name, row_id, "
                                           "command_id, main) VALUES (?, ?, ?, ?)"),
                            {table, *provisional, commandId, main ? 1 : 0})
                       .exec());
            adopted.append({table, *provisional, main});
        }
    }
    return adopted;
}

Result<QList<ProvisionalRows::Row>> ProvisionalRows::of(const QString &commandId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT table_name, row_id, main FROM sync_provisional WHERE "
                              "command_id = ? ORDER BY row_id DESC"),
               {commandId});
    MD_TRY(q.exec());
    QList<Row> out;
    while (q.next())
        out.append({q.text(0), q.int64(1), q.int64(2) != 0});
    return out;
}

Result<std::optional<qint64>> ProvisionalRows::mainRow(const QString &commandId) const
{
    auto rows = of(commandId);
    MD_TRY(rows);
    for (const Row &r : *rows) {
        if (r.main)
            return std::optional<qint64>(r.id);
    }
    return std::optional<qint64>();
}

Status ProvisionalRows::discard(const QString &commandId)
{
    auto rows = of(commandId);
    MD_TRY(rows);
    for (const Row &r : *rows)
        MD_TRY(SqlQuery(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(r.table), {r.id})
                   .exec());
    return SqlQuery(m_db, QStringLiteral("DELETE FROM sync_provisional WHERE command_id = ?"),
                    {commandId})
        .exec();
}

} // namespace md
