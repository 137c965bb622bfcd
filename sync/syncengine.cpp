#include "syncengine.h"

#include "changelog.h"
#include "commandprocessor.h"
#include "provisionalrows.h"
#include "replicaschema.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "staffapiclient.h"
#include "syncoutbox.h"
#include "validation.h"
#include "writetransaction.h"

#include <Poco/Net/NetSSL.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <future>

namespace md {

namespace {

// Records arrive in the feed's order, not in foreign-key order (a SKU may come before the
// product it belongs to after compaction): the replica's connection applies them with foreign
// keys off, which SQLite only allows outside a transaction.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }

private:
    QSqlDatabase m_db;
};

} // namespace

SyncEngine::SyncEngine(const ServiceContext &replica, SyncEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_endpoint(std::move(endpoint))
    , m_http(std::make_unique<StaffApiClient>(m_endpoint, StaffApiClient::Connection::KeepAlive,
                                              kTimeoutSeconds))
{
    Poco::Net::initializeSSL(); // reference-counted; paired below
}

SyncEngine::~SyncEngine()
{
    m_http.reset();
    Poco::Net::uninitializeSSL();
}

Status SyncEngine::addConflict(const QSqlDatabase &db, const OutboxEntry &e, CommandStatus status,
                               const QString &code, const QString &message,
                               const QJsonObject &current)
{
    SyncConflict c;
    c.commandId = e.commandId;
    c.type = e.type;
    c.entity = e.entity;
    c.entityId = e.entityId;
    c.status = status;
    c.code = code;
    c.message = message;
    c.payload = e.payload;
    c.current = current;
    c.at = m_replica.now();
    MD_TRY(SyncOutbox(db).addConflict(c));
    ++m_newConflicts;
    return {};
}

Status SyncEngine::settle(const QSqlDatabase &db, const OutboxEntry &e, qint64 serverId,
                          bool refused)
{
    ProvisionalRows provisional(db);
    SyncOutbox outbox(db);
    auto made = provisional.mainRow(e.commandId);
    MD_TRY(made);
    if (*made && !refused && serverId > 0) {
        // The record now has the server's id: rows and later commands that name it follow.
        MD_TRY(provisional.redirect(ReplicaSchema::tableOf(e.entity), **made, serverId));
        MD_TRY(outbox.redirect(**made, serverId));
    }
    // The server's record (in the answer, or in the next pull) replaces the local guess.
    MD_TRY(provisional.discard(e.commandId));
    MD_TRY(outbox.remove(e.commandId));
    if (*made && refused) {
        // The record will never exist: what was done to it later cannot reach the server
        // either, so those commands end here, listed with the reason.
        auto dependents = outbox.referencing(**made);
        MD_TRY(dependents);
        for (const OutboxEntry &d : std::as_const(*dependents)) {
            MD_TRY(addConflict(db, d, CommandStatus::Rejected, QStringLiteral("depends_on_refused"),
                               tr("This change refers to a record the server refused to create "
                                  "(%1).")
                                   .arg(e.type),
                               {}));
            MD_TRY(settle(db, d, 0, true));
        }
    }
    return {};
}

Result<SyncEngine::Report> SyncEngine::syncOnce()
{
    clearCancel();
    return runCycle();
}

Result<SyncEngine::Report> SyncEngine::runCycle()
{
    m_newConflicts = 0;
    Report report;
    auto pushed = push(report.changes);
    MD_TRY(pushed);
    report.pushed = *pushed;
    auto pulled = pull(report.resynced, report.changes);
    MD_TRY(pulled);
    report.pulled = *pulled;
    report.conflicts = m_newConflicts;
    if (m_newConflicts > 0)
        emit conflictsAdded(m_newConflicts);
    return report;
}

void SyncEngine::syncNow(int attempts)
{
    int delayMs = 500;
    for (int attempt = 1;; ++attempt) {
        auto report = syncOnce();
        if (report) {
            emit finished(true, QString());
            return;
        }
        const bool retry = report.error().code == ErrorCode::ServerUnreachable &&
                           attempt < attempts && !m_cancelled;
        if (!retry) {
            emit finished(false, report.error().message);
            return;
        }
        // Exponential backoff with full jitter, so replicas that lost the server together do
        // not all come back in the same instant.
        QThread::msleep(quint64(QRandomGenerator::global()->bounded(delayMs) + delayMs / 2));
        delayMs = qMin(delayMs * 2, 30000);
    }
}

Result<qint64> SyncEngine::push(ReplicaChanges &touched)
{
    const QSqlDatabase db = m_replica.connection();
    qint64 done = 0;
    for (;;) {
        if (m_cancelled)
            return done;
        auto batch = SyncOutbox(db).pending(CommandProcessor::kMaxBatch);
        MD_TRY(batch);
        if (batch->isEmpty())
            return done;
        // A batch ends with a creation: later commands may name the new record by its
        // provisional id, which becomes the server's id only when this answer is in.
        const auto creation = std::find_if(batch->begin(), batch->end(), [](const OutboxEntry &e) {
            return CommandProcessor::createsRecord(e.type);
        });
        if (creation != batch->end())
            batch->erase(creation + 1, batch->end());
        QJsonArray commands;
        for (const OutboxEntry &e : *batch) {
            QJsonObject c{{QStringLiteral("id"), e.commandId},
                          {QStringLiteral("type"), e.type},
                          {QStringLiteral("entity"), e.entity},
                          {QStringLiteral("entityId"), e.entityId},
                          {QStringLiteral("payload"), e.payload}};
            if (e.baseVersion)
                c.insert(QStringLiteral("baseVersion"), *e.baseVersion);
            commands.append(c);
        }
        const QJsonObject body{{QStringLiteral("commands"), commands}};
        auto reply = m_http->call("POST", QStringLiteral("/api/v1/admin/sync/commands"), &body);
        MD_TRY(reply);
        if (reply->status != 200)
            return StaffApiClient::problemOf(reply->json);
        const QJsonArray results = reply->json.value(QStringLiteral("results")).toArray();
        // Each answer puts the record right (the server's state travels with it) and leaves the
        // outbox; refusals and conflicts go to the conflicts list.
        ForeignKeysOff keysOff(db);
        WriteTransaction tx(m_replica.database());
        MD_TRY(tx.began());
        for (int i = 0; i < results.size() && i < batch->size(); ++i) {
            const OutboxEntry &e = batch->at(i);
            const CommandOutcome o = CommandOutcome::fromJson(results.at(i).toObject());
            // A duplicate carries the stored result of the first try, refusals included.
            const bool refused = o.status == CommandStatus::Conflict ||
                                 o.status == CommandStatus::Rejected || o.error.has_value();
            if (refused) {
                // A duplicate's stored refusal is listed as what it was the first time.
                const CommandStatus kind =
                    o.status == CommandStatus::Conflict ||
                            (o.status != CommandStatus::Rejected && o.error &&
                             o.error->code == ErrorCode::VersionConflict)
                        ? CommandStatus::Conflict
                        : CommandStatus::Rejected;
                MD_TRY(addConflict(tx.connection(), e, kind,
                                   o.error ? o.error->codeName() : QString(),
                                   o.error ? o.error->message : QString(), o.current));
            }
            MD_TRY(settle(tx.connection(), e, o.entityId, refused));
            touched.add(e.entity);
            const qint64 id = o.entityId ? o.entityId : e.entityId;
            if (!o.current.isEmpty() && id > 0 && ReplicaSchema::knows(e.entity))
                MD_TRY(ReplicaSchema::write(tx.connection(), e.entity, id, o.current));
            ++done;
        }
        MD_TRY(tx.commit());
        emit progress(done, done + batch->size() - qMin(batch->size(), int(results.size())));
    }
}

Result<qint64> SyncEngine::pull(bool &resynced, ReplicaChanges &touched)
{
    const QSqlDatabase db = m_replica.connection();
    qint64 cursor = SyncOutbox(db).cursor().value_or(0);
    qint64 epoch = SyncOutbox(db).epoch().value_or(0);
    qint64 applied = 0;
    if (cursor == 0) {
        auto copied = copyTables(cursor, epoch);
        MD_TRY(copied);
        applied += *copied;
        touched.merge(ReplicaChanges::everything());
    }
    const qint64 start = cursor;
    for (;;) {
        if (m_cancelled)
            return applied;
        auto reply =
            m_http->call("GET",
                         QStringLiteral("/api/v1/admin/sync/changes?since=%1&limit=%2&epoch=%3")
                             .arg(cursor)
                             .arg(m_endpoint.pageSize)
                             .arg(epoch),
                         nullptr);
        MD_TRY(reply);
        if (reply->status == 410 && cursor > 0) {
            // This copy is older than what the server remembers of deletions: start again.
            MD_TRY(wipeReplica());
            resynced = true;
            cursor = 0;
            auto copied = copyTables(cursor, epoch);
            MD_TRY(copied);
            applied += *copied;
            touched.merge(ReplicaChanges::everything());
            continue;
        }
        if (reply->status != 200)
            return StaffApiClient::problemOf(reply->json);
        const QJsonArray changes = reply->json.value(QStringLiteral("changes")).toArray();
        const qint64 next = reply->json.value(QStringLiteral("next")).toInteger();
        const qint64 last = reply->json.value(QStringLiteral("last")).toInteger();
        {
            ForeignKeysOff keysOff(db);
            WriteTransaction tx(m_replica.database());
            MD_TRY(tx.began());
            // Records with an action still in the outbox keep their local state; the push's
            // answer brings the server's.
            QSet<QPair<QString, qint64>> pending;
            auto queued = SyncOutbox(tx.connection()).pending(1000000);
            MD_TRY(queued);
            for (const OutboxEntry &e : *queued)
                pending.insert({e.entity, e.entityId});
            for (const QJsonValue &v : changes) {
                const QJsonObject c = v.toObject();
                const QString entity = c.value(QStringLiteral("entity")).toString();
                const qint64 id = c.value(QStringLiteral("id")).toInteger();
                if (pending.contains({entity, id}))
                    continue;
                if (c.value(QStringLiteral("op")).toString() == QLatin1String("delete"))
                    MD_TRY(ReplicaSchema::remove(tx.connection(), entity, id));
                else
                    MD_TRY(ReplicaSchema::write(tx.connection(), entity, id,
                                                c.value(QStringLiteral("data")).toObject()));
                touched.add(entity);
                ++applied;
            }
            MD_TRY(SyncOutbox(tx.connection()).setCursor(next));
            if (cursor == 0) { // a copy beginning from nothing
                epoch = reply->json.value(QStringLiteral("horizon")).toInteger();
                MD_TRY(SyncOutbox(tx.connection()).setEpoch(epoch));
            }
            MD_TRY(tx.commit());
        }
        cursor = next;
        if (last > start) // nothing new: the copy (if any) reported its own progress
            emit progress(cursor - start, qMax<qint64>(last - start, cursor - start));
        if (!reply->json.value(QStringLiteral("hasMore")).toBool())
            return applied;
    }
}

Result<qint64> SyncEngine::copyTables(qint64 &cursor, qint64 &epoch)
{
    const QSqlDatabase db = m_replica.connection();
    // Where the copy stands is saved with every page, so a broken connection resumes it
    // instead of starting over.
    auto saved = SyncOutbox(db).state(QStringLiteral("copy.begin"));
    MD_TRY(saved);
    qint64 begin = 0, horizon = 0, table = 0, after = 0;
    if (saved->has_value()) {
        begin = **saved;
        horizon = SyncOutbox(db).state(QStringLiteral("copy.epoch")).value_or(0).value_or(0);
        table = SyncOutbox(db).state(QStringLiteral("copy.table")).value_or(0).value_or(0);
        after = SyncOutbox(db).state(QStringLiteral("copy.after")).value_or(0).value_or(0);
    } else {
        // Where the copy begins: every change after this seq is pulled afterwards, so rows read
        // while the shop keeps changing end up right.
        auto head = m_http->call(
            "GET", QStringLiteral("/api/v1/admin/sync/changes?since=0&limit=1"), nullptr);
        MD_TRY(head);
        if (head->status != 200)
            return StaffApiClient::problemOf(head->json);
        begin = head->json.value(QStringLiteral("last")).toInteger();
        horizon = head->json.value(QStringLiteral("horizon")).toInteger();
        WriteTransaction tx(m_replica.database());
        MD_TRY(tx.began());
        SyncOutbox state(tx.connection());
        MD_TRY(state.setState(QStringLiteral("copy.begin"), begin));
        MD_TRY(state.setState(QStringLiteral("copy.epoch"), horizon));
        // Into empty tables, rows go in faster without secondary indexes; they are built once
        // at the end.
        MD_TRY(ReplicaSchema::deferIndexes(tx.connection()));
        MD_TRY(tx.commit());
    }
    qint64 rows = 0;
    const QStringList tables = ReplicaSchema::tables();
    // The next page is fetched (on a connection of its own) while this one is written, so the
    // server's reading and the replica's writing overlap.
    StaffApiClient fetcher(m_endpoint, StaffApiClient::Connection::KeepAlive, kTimeoutSeconds);
    auto fetch = [&fetcher, &tables](qint64 t, qint64 from) {
        return fetcher.call(
            "GET",
            QStringLiteral("/api/v1/admin/sync/snapshot?table=%1&after=%2&limit=5000")
                .arg(tables.at(int(t)))
                .arg(from),
            nullptr);
    };
    std::future<Result<StaffApiClient::Reply>> pending;
    if (table < tables.size())
        pending = std::async(std::launch::async, fetch, table, after);
    while (table < tables.size()) {
        Result<StaffApiClient::Reply> page = pending.get();
        MD_TRY(page);
        if (page->status != 200)
            return StaffApiClient::problemOf(page->json);
        const bool more = page->json.value(QStringLiteral("hasMore")).toBool();
        const qint64 nextTable = more ? table : table + 1;
        const qint64 nextAfter = more ? page->json.value(QStringLiteral("next")).toInteger() : 0;
        if (m_cancelled)
            return makeError(ErrorCode::InvalidArgument, DomainText::tr("Cancelled."));
        if (nextTable < tables.size())
            pending = std::async(std::launch::async, fetch, nextTable, nextAfter);
        {
            ForeignKeysOff keysOff(db);
            WriteTransaction tx(m_replica.database());
            MD_TRY(tx.began());
            MD_TRY(ReplicaSchema::writeTable(tx.connection(), tables.at(int(table)), page->json));
            SyncOutbox state(tx.connection());
            MD_TRY(state.setState(QStringLiteral("copy.table"), nextTable));
            MD_TRY(state.setState(QStringLiteral("copy.after"), nextAfter));
            MD_TRY(tx.commit());
        }
        rows += page->json.value(QStringLiteral("rows")).toArray().size();
        if (nextTable != table)
            emit progress(nextTable, tables.size());
        table = nextTable;
        after = nextAfter;
    }
    WriteTransaction tx(m_replica.database());
    MD_TRY(tx.began());
    SyncOutbox state(tx.connection());
    MD_TRY(ReplicaSchema::restoreIndexes(tx.connection()));
    MD_TRY(state.setCursor(begin));
    MD_TRY(state.setEpoch(horizon));
    MD_TRY(state.clearState(QStringLiteral("copy.")));
    MD_TRY(tx.commit());
    cursor = begin;
    epoch = horizon;
    return rows;
}

Status SyncEngine::wipeReplica()
{
    ForeignKeysOff keysOff(m_replica.connection());
    WriteTransaction tx(m_replica.database());
    MD_TRY(tx.began());
    for (const QString &table : ReplicaSchema::tables())
        MD_TRY(SqlQuery(tx.connection(), QStringLiteral("DELETE FROM %1").arg(table)).exec());
    // The provisional rows went with the rest; their commands stay queued and still go out.
    MD_TRY(SqlQuery(tx.connection(), QStringLiteral("DELETE FROM sync_provisional")).exec());
    MD_TRY(SyncOutbox(tx.connection()).setCursor(0));
    MD_TRY(SyncOutbox(tx.connection()).clearState(QStringLiteral("copy.")));
    return tx.commit();
}

} // namespace md
