#pragma once

#include "result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// How each syncable entity maps onto the store's tables, shared by the server (which reads a
// record for the change feed) and the replica (which writes it back): a record is its main row,
// column by column, plus the rows of its child tables under their table names (an order's
// order_lines, order_events, shipments, shipment_lines and payments; a member's ledgers...).
// Both ends run the same migrations, so rows travel as they are; secrets (password hashes) are
// blanked on the way out.
class ReplicaSchema
{
public:
    // The record as the feed carries it; nullopt when it does not exist.
    static Result<std::optional<QJsonObject>> read(const QSqlDatabase &db, const QString &entity,
                                                   qint64 id);
    // Replica side: makes the record exactly `data` (main row upserted, child rows replaced).
    // Column names are checked against the local table, so a server cannot inject SQL.
    static Status write(const QSqlDatabase &db, const QString &entity, qint64 id,
                        const QJsonObject &data);
    static Status remove(const QSqlDatabase &db, const QString &entity, qint64 id);
    static bool knows(const QString &entity);
    // The main table of an entity's records ("products" for "product"); empty when unknown.
    static QString tableOf(const QString &entity);

    // A first copy goes table by table instead of record by record: a page of a table's rows in
    // rowid order after `afterRowid` ({"columns": [...], "rows": [[...], ...], "next", "hasMore"}),
    // secrets blanked, soft-deleted rows left out.
    static Result<QJsonObject> readTable(const QSqlDatabase &db, const QString &table,
                                         qint64 afterRowid, int limit);
    // Replica side: writes such a page (rows replace rows with the same key).
    static Status writeTable(const QSqlDatabase &db, const QString &table, const QJsonObject &page);
    // Around a first copy: drops the replicated tables' secondary indexes (remembering them in
    // sync_deferred_indexes, so an interrupted copy can still rebuild them), and rebuilds them.
    static Status deferIndexes(const QSqlDatabase &db);
    static Status restoreIndexes(const QSqlDatabase &db);
    // Every table a replica holds records in (main and child tables).
    static QStringList tables();
};

} // namespace md
