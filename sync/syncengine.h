#pragma once

#include "commandstatus.h"
#include "replicachanges.h"
#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

namespace md {

class ServiceContext;
class StaffApiClient;
struct OutboxEntry;

// Where a replica syncs from, and as whom.
struct SyncEndpoint
{
    QString url; // http://host:port or https://host:port
    QString email;
    QString password;
    QString caFile; // https: extra trusted certificate (PEM), e.g. a self-signed server's
    int pageSize = 1000;
};

// The desktop's side of sync (docs/sync.md), on a worker thread: pushes the outbox in order,
// then pulls the change feed page by page, each page applied with the cursor in one transaction.
// Re-authenticates on 401, starts again from nothing on 410, verifies TLS for https. Blocking
// Poco calls, so never on the GUI thread: move it to a QThread and call syncNow() by a queued
// connection; progress and state come back as signals.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        qint64 pushed = 0;
        qint64 pulled = 0;
        int conflicts = 0;
        bool resynced = false;
        ReplicaChanges changes; // what the push's answers and the pull wrote
    };

    SyncEngine(const ServiceContext &replica, SyncEndpoint endpoint, QObject *parent = nullptr);
    ~SyncEngine() override;

    // One whole cycle on the calling thread: push, then pull until caught up.
    Result<Report> syncOnce();
    // The same without first clearing an earlier cancel(): for a caller that queues the cycle to
    // the engine's thread and may cancel it before it begins (it calls clearCancel() when it
    // queues the cycle, so that cancel is not lost).
    Result<Report> runCycle();
    // Thread-safe: the current (or the queued) cycle stops at the next page or batch.
    void cancel() { m_cancelled = true; }
    void clearCancel() { m_cancelled = false; }

public slots:
    // syncOnce() with retries (exponential backoff with jitter) while the server is unreachable,
    // at most `attempts` times; emits finished().
    void syncNow(int attempts = 5);

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &message);
    void conflictsAdded(int count);

private:
    Result<qint64> push(ReplicaChanges &touched);
    Result<qint64> pull(bool &resynced, ReplicaChanges &touched);
    Status wipeReplica();
    // After the server's answer to an outbox entry: its provisional rows give way to the
    // server's record (and, for a creation, later commands get the server's id), or, when the
    // server refused a creation, the commands that depend on it are refused too.
    Status settle(const QSqlDatabase &db, const OutboxEntry &e, qint64 serverId, bool refused);
    Status addConflict(const QSqlDatabase &db, const OutboxEntry &e, CommandStatus status,
                       const QString &code, const QString &message, const QJsonObject &current);
    // A copy beginning from nothing: every table in bulk, then the feed from where it began.
    Result<qint64> copyTables(qint64 &cursor, qint64 &epoch);

    // Seconds a request to the server may take.
    static constexpr int kTimeoutSeconds = 30;

    const ServiceContext &m_replica;
    SyncEndpoint m_endpoint;
    std::unique_ptr<StaffApiClient> m_http;
    std::atomic<bool> m_cancelled{false};
    int m_newConflicts = 0;
};

} // namespace md
