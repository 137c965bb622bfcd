#pragma once

#include "commandprocessor.h"
#include "database.h"
#include "passwordhasher.h"
#include "storesettings.h"
#include "syncengine.h"
#include "syncoutbox.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace md {

class ServiceContext;

struct DeskOptions
{
    QString dataDir;       // the desktop's folder: the replica is dataDir/replica.db
    SyncEndpoint endpoint; // the storefront's URL, and the staff member who signs in
    // The shop this process runs itself (StorefrontHost::context()), or null for a remote one.
    // When set, the session signs in as the folder's local owner (LocalOwner) and the endpoint's
    // e-mail and password are ignored.
    const ServiceContext *embeddedShop = nullptr;
    int syncIntervalMs = 10000; // a sync this often, besides after every action and syncNow()
    int passwordIterations = PasswordHasher::kProductionIterations; // the replica's hasher
    DatabaseOptions::Synchronous synchronous = DatabaseOptions::Synchronous::Full;
};

// The desktop's working copy of the shop, without widgets (docs/sync.md, docs/architecture.md):
// it opens the replica, signs in, keeps the replica in sync with the storefront (every
// syncIntervalMs, after every action, and on syncNow()), and is the one way desktop views change
// data (submit()). The replica's store and the sync run on two worker threads of its own, so
// nothing here blocks the thread that owns the session; state arrives by signals and is kept
// for the getters. Lives in the GUI thread; after stop(), start() begins afresh.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    enum class Connection {
        Connecting,    // no sync has finished yet in this run
        Online,        // the last sync reached the server and finished
        Offline,       // the last sync could not reach the server (or failed on the way)
        SignInRefused, // the server refused the staff member's sign-in
    };
    Q_ENUM(Connection)

    explicit DeskSession(QObject *parent = nullptr);
    ~DeskSession() override;

    // Opens the replica (and, for an embedded shop, makes sure of the local owner) on a worker,
    // then ready() or failed(); returns at once.
    void start(const DeskOptions &options);
    // Stops syncing, waits for both workers and closes the replica. Views reading replica() must
    // be gone first.
    void stop();

    bool isReady() const { return m_ready; }
    // The replica's services, for views and their loaders (on their own threads). Valid from
    // ready() until stop().
    const ServiceContext *replica() const { return m_ready ? m_context.get() : nullptr; }
    // Whether the replica holds a copy of the shop: its first sync finished, in this run or an
    // earlier one. Before that its tables are empty.
    bool hasCopy() const { return m_hasCopy; }
    // Whether the first copy was stopped by stopFirstCopy() and not resumed since: the replica
    // keeps the pages it copied (each committed with where the copy stands), and no sync starts
    // by itself until syncNow(), which goes on from there, as does the next start().
    bool isCopyStopped() const { return m_copyStopped; }
    Connection connection() const { return m_connection; }
    bool isSyncing() const { return m_syncing; }
    qint64 pendingCount() const { return m_pending; }
    qint64 conflictCount() const { return m_conflicts.size(); }
    QList<SyncConflict> conflicts() const { return m_conflicts; }
    // When a sync last finished, in this run or an earlier one; invalid when never.
    QDateTime lastSyncAt() const { return m_lastSync; }
    // The reason of the last failed sync; empty after a successful one.
    QString lastError() const { return m_lastError; }
    QString staffEmail() const { return m_endpoint.email; }
    // The signed-in staff member as the replica's copy of the staff table knows them (found by
    // the endpoint's e-mail, the way submit() acts): what the views offer follows this role,
    // while the server remains the judge. Empty until the replica holds their row (the first
    // copy) and while it does not; staffChanged() tells when it changes.
    std::optional<Actor> staff() const { return m_staff; }
    bool isStaffActive() const { return m_staffActive; }
    // The shop's settings (name, currency, …) as on the replica; empty before the first copy.
    std::optional<StoreSettings> shopSettings() const { return m_shopSettings; }

public slots:
    // A sync as soon as possible: at once when none runs, else right after the running one.
    void syncNow();
    // A staff action (an empty id gets a new UUID): applied to the replica through the same
    // rules (CommandProcessor::applyLocally), queued in the outbox in that transaction, and
    // pushed by a sync started at once. submitted() tells the local outcome: "applied" (shown on
    // the replica, pending until the server answers) or "rejected" with the reason, nothing
    // queued. Refused while not ready or before the signed-in staff member is on the replica.
    void submit(const md::SyncCommand &command);
    // Removes a conflict from the list (it stays refused on the server).
    void dismissConflict(qint64 conflictId);
    // Stops the first copy of the shop at its next page (firstCopyStopped() then follows) and
    // keeps the session from starting another sync by itself; syncNow() resumes it. Does nothing
    // once the replica holds a copy.
    void stopFirstCopy();
    // Stops the running sync at its next page or batch: what it brought so far stays (the
    // cursor moves with every page), the rest comes with the next sync, by the timer or syncNow().
    // The first copy stops as stopFirstCopy() says.
    void stopSync();

signals:
    void ready();
    void failed(const QString &message);
    void firstCopyFinished();
    // The first copy stopped as stopFirstCopy() asked; the replica has no copy yet.
    void firstCopyStopped();
    void connectionChanged(md::DeskSession::Connection connection);
    void syncingChanged(bool syncing);
    void progress(qint64 done, qint64 total);
    void pendingCountChanged(qint64 count);
    void conflictsChanged(const QList<md::SyncConflict> &conflicts);
    void lastSyncChanged(const QDateTime &at);
    void submitted(const md::CommandOutcome &outcome);
    // The replica's data changed (a sync brought or pushed something, or an action was applied):
    // views showing what `changes` touches reload.
    void replicaChanged(const md::ReplicaChanges &changes);
    // staff() became known, left, or changed role or active state.
    void staffChanged();
    // A sync brought orders newer than the newest the replica held before it (compared on the
    // sync's worker; never for the first copy or a copy from nothing): `count` of them, the
    // newest being `newestNumber`.
    void ordersArrived(qint64 count, const QString &newestNumber);

private:
    struct Snapshot;
    struct SyncOutcome;
    void opened(const Snapshot &snapshot, const SyncEndpoint &endpoint);
    void synced(const SyncOutcome &outcome);
    void refresh();
    void apply(const Snapshot &snapshot);
    void setConnection(Connection connection);
    // Starts a cycle (or one right after the running one); syncNow() also resumes a stopped copy.
    void startSync();
    bool copyHeld() const { return m_copyStopped && !m_hasCopy; }

    DeskOptions m_options;
    SyncEndpoint m_endpoint;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ServiceContext> m_context;
    QThread *m_localThread = nullptr;
    QThread *m_syncThread = nullptr;
    QObject *m_local = nullptr;     // lives on m_localThread: the replica's reads and writes
    SyncEngine *m_engine = nullptr; // lives on m_syncThread
    QTimer *m_timer = nullptr;

    Connection m_connection = Connection::Connecting;
    bool m_started = false;
    bool m_ready = false;
    bool m_hasCopy = false;
    bool m_syncing = false;
    bool m_again = false;
    bool m_copyStopped = false;
    // Set on the GUI thread by stopFirstCopy(), read on the sync worker: a cycle of a replica
    // without a copy does not start, or is cancelled at its next progress report.
    std::atomic<bool> m_stopCopy{false};
    qint64 m_pending = 0;
    QList<SyncConflict> m_conflicts;
    std::optional<Actor> m_staff;
    bool m_staffActive = false;
    std::optional<StoreSettings> m_shopSettings;
    QDateTime m_lastSync;
    QString m_lastError;
};

} // namespace md
