#include "replicaschema.h"

#include "changelog.h"
#include "sqlquery.h"
#include "validation.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <memory>

namespace md {

namespace {

struct ChildTable
{
    QString table;
    QString where; // selects the parent's rows, with one ? for the parent's id
};

struct EntityTable
{
    QString table;
    QString lookup = QStringLiteral("id");   // how the change log names a row
    QString conflict = QStringLiteral("id"); // the unique column an upsert matches on
    QList<ChildTable> children;
    QHash<QString, QJsonValue> blanked; // secrets: sent as this value instead
    QString live;                       // rows a replica holds, when not all (soft deletion)
};

EntityTable plain(const QString &table)
{
    return {table, QStringLiteral("id"), QStringLiteral("id"), {}, {}, {}};
}

ChildTable child(const QString &table, const QString &parentColumn)
{
    return {table, parentColumn + QStringLiteral(" = ?")};
}

const QHash<QString, EntityTable> &entityTables()
{
    static const QHash<QString, EntityTable> map = {
        {entity::Category, plain(QStringLiteral("categories"))},
        {entity::Product, plain(QStringLiteral("products"))},
        {entity::Sku, plain(QStringLiteral("skus"))},
        {entity::Member,
         {QStringLiteral("members"),
          QStringLiteral("id"),
          QStringLiteral("id"),
          {child(QStringLiteral("points_ledger"), QStringLiteral("member_id")),
           child(QStringLiteral("balance_ledger"), QStringLiteral("member_id"))},
          {{QStringLiteral("password_hash"), QJsonValue()}},
          {}}},
        {entity::Address,
         {QStringLiteral("addresses"),
          QStringLiteral("id"),
          QStringLiteral("id"),
          {},
          {},
          QStringLiteral("deleted = 0")}},
        {entity::Order,
         {QStringLiteral("orders"),
          QStringLiteral("id"),
          QStringLiteral("id"),
          {child(QStringLiteral("order_lines"), QStringLiteral("order_id")),
           child(QStringLiteral("order_events"), QStringLiteral("order_id")),
           child(QStringLiteral("shipments"), QStringLiteral("order_id")),
           {QStringLiteral("shipment_lines"),
            QStringLiteral("shipment_id IN (SELECT id FROM shipments WHERE order_id = ?)")}},
          {},
          {}}},
        {entity::Payment, plain(QStringLiteral("payments"))},
        {entity::Refund,
         {QStringLiteral("refunds"),
          QStringLiteral("id"),
          QStringLiteral("id"),
          {child(QStringLiteral("refund_lines"), QStringLiteral("refund_id"))},
          {},
          {}}},
        {entity::CouponCampaign, plain(QStringLiteral("coupon_campaigns"))},
        {entity::MemberCoupon, plain(QStringLiteral("member_coupons"))},
        {entity::FlashSale,
         {QStringLiteral("flash_sales"),
          QStringLiteral("id"),
          QStringLiteral("id"),
          {child(QStringLiteral("flash_sale_items"), QStringLiteral("flash_sale_id"))},
          {},
          {}}},
        {entity::Review, plain(QStringLiteral("reviews"))},
        {entity::Notification, plain(QStringLiteral("notifications"))},
        {entity::ProductView, plain(QStringLiteral("browsing_history"))},
        {entity::CartEvent, plain(QStringLiteral("cart_events"))},
        {entity::Staff,
         {QStringLiteral("staff"),
          QStringLiteral("id"),
          QStringLiteral("id"),
          {},
          {{QStringLiteral("password_hash"), QStringLiteral("")}},
          {}}},
        // Settings are keyed by name; the change log names them by row id.
        {entity::Setting,
         {QStringLiteral("settings"), QStringLiteral("rowid"), QStringLiteral("key"), {}, {}, {}}},
    };
    return map;
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant variantOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return qint64(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    default:
        return v.toString();
    }
}

QJsonObject rowJson(const QSqlQuery &q, const QHash<QString, QJsonValue> &blanked)
{
    const QSqlRecord r = q.record();
    QJsonObject o;
    for (int i = 0; i < r.count(); ++i) {
        const QString name = r.fieldName(i);
        o.insert(name, blanked.contains(name) ? blanked.value(name) : jsonOf(q.value(i)));
    }
    return o;
}

// The columns of a local table, to check names that arrive from the network.
Result<QSet<QString>> columnsOf(const QSqlDatabase &db, const QString &table)
{
    static QMutex mutex;
    static QHash<QString, QSet<QString>> known; // the schema is the same for every store
    {
        QMutexLocker lock(&mutex);
        if (known.contains(table))
            return known.value(table);
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return storageError(q);
    QSet<QString> columns;
    while (q.next())
        columns.insert(q.value(1).toString());
    QMutexLocker lock(&mutex);
    known.insert(table, columns);
    return columns;
}

Status insertRow(const QSqlDatabase &db, const QString &table, const QString &conflict,
                 const QJsonObject &row)
{
    auto columns = columnsOf(db, table);
    MD_TRY(columns);
    QStringList names, marks, updates;
    QVariantList values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!columns->contains(it.key()))
            return makeError(
                ErrorCode::InvalidArgument,
                DomainText::tr("The server sent an unknown column %1.%2.").arg(table, it.key()));
        names << it.key();
        marks << QStringLiteral("?");
        values << variantOf(it.value());
        if (!conflict.isEmpty() && it.key() != conflict)
            updates << it.key() + QStringLiteral(" = excluded.") + it.key();
    }
    if (names.isEmpty())
        return {};
    QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (!conflict.isEmpty()) {
        sql += updates.isEmpty() ? QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(conflict)
                                 : QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
                                       .arg(conflict, updates.join(QStringLiteral(", ")));
    }
    SqlQuery q(db, sql);
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    return q.exec();
}

// The sqlite3 connection behind a QSQLITE connection, for the bulk paths; null otherwise.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Status removeChildren(const QSqlDatabase &db, const EntityTable &t, qint64 id)
{
    // Grandchildren first (shipment_lines before shipments).
    for (auto it = t.children.crbegin(); it != t.children.crend(); ++it)
        MD_TRY(
            SqlQuery(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(it->table, it->where), {id})
                .exec());
    return {};
}

} // namespace

QStringList ReplicaSchema::tables()
{
    QStringList out;
    for (const EntityTable &t : entityTables()) {
        out << t.table;
        for (const ChildTable &c : t.children)
            out << c.table;
    }
    return out;
}

bool ReplicaSchema::knows(const QString &entity)
{
    return entityTables().contains(entity);
}

QString ReplicaSchema::tableOf(const QString &entity)
{
    return entityTables().value(entity).table;
}

Result<std::optional<QJsonObject>> ReplicaSchema::read(const QSqlDatabase &db,
                                                       const QString &entity, qint64 id)
{
    const auto it = entityTables().constFind(entity);
    if (it == entityTables().constEnd())
        return makeError(
            ErrorCode::StorageError,
            DomainText::tr("The change log names an unknown kind of record: %1.").arg(entity));
    SqlQuery main(db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(it->table, it->lookup),
                  {id});
    MD_TRY(main.exec());
    if (!main.next())
        return std::optional<QJsonObject>();
    QJsonObject record = rowJson(main.raw(), it->blanked);
    for (const ChildTable &c : it->children) {
        SqlQuery rows(db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(c.table, c.where), {id});
        MD_TRY(rows.exec());
        QJsonArray list;
        while (rows.next())
            list.append(rowJson(rows.raw(), {}));
        record.insert(c.table, list);
    }
    return std::optional<QJsonObject>(record);
}

Status ReplicaSchema::write(const QSqlDatabase &db, const QString &entity, qint64 id,
                            const QJsonObject &data)
{
    const auto it = entityTables().constFind(entity);
    if (it == entityTables().constEnd())
        return makeError(
            ErrorCode::InvalidArgument,
            DomainText::tr("The server sent an unknown kind of record: %1.").arg(entity));
    QJsonObject row = data;
    for (const ChildTable &c : it->children)
        row.remove(c.table);
    MD_TRY(insertRow(db, it->table, it->conflict, row));
    MD_TRY(removeChildren(db, *it, id));
    for (const ChildTable &c : it->children) {
        for (const QJsonValue &child : data.value(c.table).toArray())
            MD_TRY(insertRow(db, c.table, QString(), child.toObject()));
    }
    return {};
}

Status ReplicaSchema::remove(const QSqlDatabase &db, const QString &entity, qint64 id)
{
    const auto it = entityTables().constFind(entity);
    if (it == entityTables().constEnd())
        return makeError(
            ErrorCode::InvalidArgument,
            DomainText::tr("The server sent an unknown kind of record: %1.").arg(entity));
    MD_TRY(removeChildren(db, *it, id));
    return SqlQuery(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(it->table, it->lookup),
                    {id})
        .exec();
}

Result<QJsonObject> ReplicaSchema::readTable(const QSqlDatabase &db, const QString &table,
                                             qint64 afterRowid, int limit)
{
    if (!tables().contains(table))
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("%1 is not a replicated table.").arg(table),
                         QStringLiteral("table"));
    QHash<QString, QJsonValue> blanked;
    QString live;
    for (const EntityTable &t : entityTables()) {
        if (t.table == table) {
            blanked = t.blanked;
            live = t.live;
        }
    }
    // Read through SQLite's C API on Qt's connection: a first copy reads a million rows, and
    // each value goes straight from the statement into JSON.
    sqlite3 *connection = sqliteHandle(db);
    if (!connection)
        return makeError(ErrorCode::StorageError, DomainText::tr("The store is not SQLite."));
    const QByteArray sql =
        QStringLiteral("SELECT rowid, * FROM %1 WHERE rowid > ?%2 ORDER BY rowid LIMIT ?")
            .arg(table, live.isEmpty() ? QString() : QStringLiteral(" AND ") + live)
            .toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &raw, nullptr) !=
        SQLITE_OK)
        return makeError(ErrorCode::StorageError, QString::fromUtf8(sqlite3_errmsg(connection)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    sqlite3_bind_int64(raw, 1, afterRowid);
    sqlite3_bind_int64(raw, 2, limit + 1);
    const int count = sqlite3_column_count(raw);
    QJsonArray columns;
    QList<QJsonValue> blanks(count);
    QList<bool> isBlanked(count, false);
    for (int i = 1; i < count; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(raw, i));
        columns.append(name);
        if (blanked.contains(name)) {
            isBlanked[i] = true;
            blanks[i] = blanked.value(name);
        }
    }
    QJsonArray rows;
    qint64 next = afterRowid;
    bool more = false;
    int step;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        if (rows.size() == limit) {
            more = true;
            break;
        }
        next = sqlite3_column_int64(raw, 0);
        QJsonArray row;
        for (int i = 1; i < count; ++i) {
            if (isBlanked[i]) {
                row.append(blanks[i]);
                continue;
            }
            switch (sqlite3_column_type(raw, i)) {
            case SQLITE_INTEGER:
                row.append(QJsonValue(qint64(sqlite3_column_int64(raw, i))));
                break;
            case SQLITE_FLOAT:
                row.append(sqlite3_column_double(raw, i));
                break;
            case SQLITE_NULL:
                row.append(QJsonValue());
                break;
            default:
                row.append(
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, i)),
                                      sqlite3_column_bytes(raw, i)));
            }
        }
        rows.append(row);
    }
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        return makeError(ErrorCode::StorageError, QString::fromUtf8(sqlite3_errmsg(connection)));
    return QJsonObject{{QStringLiteral("columns"), columns},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("next"), next},
                       {QStringLiteral("hasMore"), more}};
}

Status ReplicaSchema::writeTable(const QSqlDatabase &db, const QString &table,
                                 const QJsonObject &page)
{
    if (!tables().contains(table))
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("The server sent an unknown table %1.").arg(table));
    auto known = columnsOf(db, table);
    MD_TRY(known);
    QStringList names, marks;
    for (const QJsonValue &c : page.value(QStringLiteral("columns")).toArray()) {
        if (!known->contains(c.toString()))
            return makeError(ErrorCode::InvalidArgument,
                             DomainText::tr("The server sent an unknown column %1.%2.")
                                 .arg(table, c.toString()));
        names << c.toString();
        marks << QStringLiteral("?");
    }
    if (names.isEmpty())
        return {};
    const QByteArray sql =
        QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
            .toUtf8();
    // A first copy writes a million rows: straight through SQLite's C API on the connection Qt
    // SQL opened (and inside its transaction), binding each JSON value as it comes. Through
    // QSqlQuery the same rows cost several times as much in QVariant conversions.
    sqlite3 *connection = sqliteHandle(db);
    if (!connection)
        return makeError(ErrorCode::StorageError, DomainText::tr("The store is not SQLite."));
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &raw, nullptr) !=
        SQLITE_OK)
        return makeError(ErrorCode::StorageError, QString::fromUtf8(sqlite3_errmsg(connection)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    for (const QJsonValue &r : page.value(QStringLiteral("rows")).toArray()) {
        const QJsonArray row = r.toArray();
        if (row.size() != names.size())
            return makeError(ErrorCode::InvalidArgument,
                             DomainText::tr("The server sent a malformed row of %1.").arg(table));
        for (int i = 0; i < row.size(); ++i) {
            const QJsonValue v = row.at(i);
            const int column = i + 1;
            switch (v.type()) {
            case QJsonValue::Double: {
                const double d = v.toDouble();
                if (d == double(qint64(d)))
                    sqlite3_bind_int64(raw, column, qint64(d));
                else
                    sqlite3_bind_double(raw, column, d);
                break;
            }
            case QJsonValue::String: {
                const QByteArray text = v.toString().toUtf8();
                sqlite3_bind_text(raw, column, text.constData(), int(text.size()),
                                  SQLITE_TRANSIENT);
                break;
            }
            case QJsonValue::Bool:
                sqlite3_bind_int(raw, column, v.toBool() ? 1 : 0);
                break;
            default:
                sqlite3_bind_null(raw, column);
            }
        }
        if (sqlite3_step(raw) != SQLITE_DONE)
            return makeError(ErrorCode::StorageError,
                             QString::fromUtf8(sqlite3_errmsg(connection)));
        sqlite3_reset(raw);
    }
    return {};
}

Status ReplicaSchema::deferIndexes(const QSqlDatabase &db)
{
    QStringList marks;
    QVariantList names;
    for (const QString &t : tables()) {
        marks << QStringLiteral("?");
        names << t;
    }
    SqlQuery q(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                  "sql IS NOT NULL AND tbl_name IN (%1)")
                       .arg(marks.join(QStringLiteral(", "))));
    for (const QVariant &n : std::as_const(names))
        q.bind(n);
    MD_TRY(q.exec());
    QList<std::pair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.text(0), q.text(1)});
    q.raw().finish();
    for (const auto &[name, sql] : indexes) {
        MD_TRY(SqlQuery(db,
                        QStringLiteral("INSERT OR REPLACE INTO sync_deferred_indexes (name, sql) "
                                       "VALUES (?, ?)"),
                        {name, sql})
                   .exec());
        QSqlQuery drop(db);
        if (!drop.exec(QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(name)))
            return storageError(drop);
    }
    return {};
}

Status ReplicaSchema::restoreIndexes(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT name, sql FROM sync_deferred_indexes"));
    MD_TRY(q.exec());
    QList<std::pair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.text(0), q.text(1)});
    q.raw().finish();
    for (const auto &[name, sql] : indexes) {
        QSqlQuery create(db);
        if (!create.exec(QString(sql).replace(QStringLiteral("CREATE INDEX "),
                                              QStringLiteral("CREATE INDEX IF NOT EXISTS "))))
            return storageError(create);
    }
    return SqlQuery(db, QStringLiteral("DELETE FROM sync_deferred_indexes")).exec();
}

} // namespace md
