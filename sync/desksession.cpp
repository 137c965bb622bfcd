#include "desksession.h"

#include "changelog.h"
#include "commandid.h"
#include "localowner.h"
#include "orderrepository.h"
#include "servicecontext.h"
#include "staffrepository.h"
#include "validation.h"
#include "writetransaction.h"

#include <QDir>
#include <QThread>
#include <QTimer>

namespace md {

namespace {

// When the last sync finished (ms since the epoch), kept in the replica so that the status
// survives a restart.
const QString kLastSyncKey = QStringLiteral("desk.last_sync_ms");

CommandOutcome refused(const SyncCommand &command, ErrorCode code, const QString &message)
{
    CommandOutcome o;
    o.id = command.id;
    o.status = CommandStatus::Rejected;
    o.entityId = command.entityId;
    o.error = makeError(code, message);
    return o;
}

// The staff member who signed in acts on the replica as they are on its copy of the staff
// table: the server is the judge of their role anyway, and the copy follows its changes.
CommandOutcome applyOnReplica(const ServiceContext &replica, const QString &email,
                              const SyncCommand &command)
{
    auto staff =
        StaffRepository(replica.connection()).findByEmail(validation::normalizeEmail(email));
    if (!staff)
        return refused(command, staff.error().code, staff.error().message);
    if (!staff->has_value())
        return refused(command, ErrorCode::Unauthorized,
                       DeskSession::tr("Your staff account is not on this computer yet: changes "
                                       "can be made once the first sync has finished."));
    if (!(*staff)->active)
        return refused(command, ErrorCode::AccountDisabled,
                       DeskSession::tr("Your staff account is disabled."));
    return CommandProcessor(replica).applyLocally((*staff)->actor(), command);
}

} // namespace

// What the session shows, read on the store's worker in one go.
struct DeskSession::Snapshot
{
    bool ok = false;
    QString error;
    qint64 pending = 0;
    QList<SyncConflict> conflicts;
    qint64 lastSyncMs = 0;
    bool hasCopy = false;
    std::optional<StaffUser> staff; // the signed-in staff member's row on the replica
    std::optional<StoreSettings> settings;

    static Snapshot read(const ServiceContext &replica, const QString &email)
    {
        Snapshot s;
        SyncOutbox outbox(replica.connection());
        auto pending = outbox.pendingCount();
        auto conflicts = outbox.conflicts();
        auto cursor = outbox.cursor();
        auto last = outbox.state(kLastSyncKey);
        if (!pending)
            s.error = pending.error().message;
        else if (!conflicts)
            s.error = conflicts.error().message;
        else if (!cursor)
            s.error = cursor.error().message;
        else if (!last)
            s.error = last.error().message;
        if (!s.error.isEmpty())
            return s;
        s.ok = true;
        s.pending = *pending;
        s.conflicts = *conflicts;
        s.lastSyncMs = last->value_or(0);
        s.hasCopy = *cursor > 0 || s.lastSyncMs > 0;
        // Who is signed in is an extra: a failure to read it leaves it unknown rather than
        // failing the whole snapshot.
        if (!email.isEmpty()) {
            auto staff = StaffRepository(replica.connection())
                             .findByEmail(validation::normalizeEmail(email));
            if (staff)
                s.staff = *staff;
        }
        if (s.hasCopy) {
            auto settings = SettingsService(replica).current();
            if (settings)
                s.settings = *settings;
        }
        return s;
    }
};

// How many orders the replica holds and which was placed last: compared before and after a sync
// to tell new orders.
struct OrderMark
{
    bool ok = false;
    qint64 count = 0;
    qint64 newestId = 0;
    QString newestNumber;

    static OrderMark read(const ServiceContext &replica)
    {
        OrderMark m;
        OrderRepository orders(replica.connection());
        OrderQuery newest;
        newest.limit = 1;
        auto count = orders.count(newest);
        auto top = orders.summaries(newest);
        if (!count || !top)
            return m;
        m.ok = true;
        m.count = *count;
        if (!top->isEmpty()) {
            m.newestId = top->first().id;
            m.newestNumber = top->first().number;
        }
        return m;
    }
};

struct DeskSession::SyncOutcome
{
    bool ok = false;
    ReplicaChanges changes;
    qint64 newOrders = 0; // orders placed since the last sync, when it was not the first copy
    QString newestOrderNumber;
    ErrorCode code = ErrorCode::ServerUnreachable;
    QString message;
    qint64 at = 0;
};

DeskSession::DeskSession(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    // A tick while a cycle runs is dropped, not queued: the next tick comes soon enough.
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_syncing && !copyHeld())
            startSync();
    });
}

DeskSession::~DeskSession()
{
    stop();
}

void DeskSession::start(const DeskOptions &options)
{
    if (m_started)
        return;
    m_started = true;
    m_options = options;
    m_endpoint = options.endpoint;
    // A session stopped and started again shows nothing of its previous run until it has read
    // the replica again.
    m_connection = Connection::Connecting;
    m_hasCopy = m_syncing = m_again = m_copyStopped = false;
    m_stopCopy.store(false);
    m_pending = 0;
    m_conflicts.clear();
    m_staff.reset();
    m_staffActive = false;
    m_shopSettings.reset();
    m_lastSync = QDateTime();
    m_lastError.clear();

    DatabaseOptions dbo;
    dbo.path = QDir(options.dataDir).filePath(QStringLiteral("replica.db"));
    dbo.synchronous = options.synchronous; // the outbox holds actions not yet on the server
    m_database = std::make_unique<Database>(dbo);
    m_context = std::make_unique<ServiceContext>(*m_database, SystemClock::instance(),
                                                 PasswordHasher(options.passwordIterations));

    m_localThread = new QThread(this);
    m_localThread->setObjectName(QStringLiteral("desk-replica"));
    m_local = new QObject;
    m_local->moveToThread(m_localThread);
    m_localThread->start();
    m_syncThread = new QThread(this);
    m_syncThread->setObjectName(QStringLiteral("desk-sync"));
    m_syncThread->start();

    QMetaObject::invokeMethod(
        m_local,
        [this, options, database = m_database.get(), replica = m_context.get()] {
            SyncEndpoint endpoint = options.endpoint;
            auto fail = [this](const QString &message) {
                QMetaObject::invokeMethod(
                    this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
            };
            if (!QDir().mkpath(options.dataDir))
                return fail(tr("Cannot create the data folder %1.").arg(options.dataDir));
            if (Status s = database->open(); !s)
                return fail(s.error().message);
            if (options.embeddedShop) {
                auto owner = LocalOwner::ensure(*options.embeddedShop, options.dataDir);
                if (!owner)
                    return fail(owner.error().message);
                endpoint.email = owner->email;
                endpoint.password = owner->password;
            }
            const Snapshot snapshot = Snapshot::read(*replica, endpoint.email);
            if (!snapshot.ok)
                return fail(snapshot.error);
            QMetaObject::invokeMethod(
                this, [this, snapshot, endpoint] { opened(snapshot, endpoint); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DeskSession::opened(const Snapshot &snapshot, const SyncEndpoint &endpoint)
{
    if (!m_started || m_ready)
        return;
    m_endpoint = endpoint;
    m_engine = new SyncEngine(*m_context, endpoint);
    m_engine->moveToThread(m_syncThread);
    connect(m_engine, &SyncEngine::progress, this, &DeskSession::progress);
    // On the worker, as the engine reports: a stop asked before the cycle began (the engine
    // clears its cancel flag when a cycle starts) still reaches it.
    connect(
        m_engine, &SyncEngine::progress, m_engine,
        [this, engine = m_engine] {
            if (m_stopCopy.load())
                engine->cancel();
        },
        Qt::DirectConnection);
    m_ready = true;
    apply(snapshot);
    emit ready();
    m_timer->start(qMax(1000, m_options.syncIntervalMs));
    startSync();
}

void DeskSession::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_ready = false;
    m_timer->stop();
    if (m_engine)
        m_engine->cancel(); // thread-safe: the running cycle ends at its next page or batch
    m_syncThread->quit();
    m_syncThread->wait();
    delete m_engine;
    m_engine = nullptr;
    // Actions already handed to the store's worker are applied (and queued) before it stops.
    QMetaObject::invokeMethod(
        m_local, [] {}, Qt::BlockingQueuedConnection);
    m_localThread->quit();
    m_localThread->wait();
    delete m_local;
    m_local = nullptr;
    delete m_syncThread;
    m_syncThread = nullptr;
    delete m_localThread;
    m_localThread = nullptr;
    m_context.reset();
    m_database.reset();
}

void DeskSession::syncNow()
{
    if (!m_ready)
        return;
    if (m_copyStopped || m_stopCopy.load()) {
        // Asked for by the staff member: the copy goes on from where it stopped.
        m_copyStopped = false;
        m_stopCopy.store(false);
    }
    startSync();
}

void DeskSession::stopFirstCopy()
{
    if (!m_ready || m_hasCopy || m_copyStopped)
        return;
    m_stopCopy.store(true);
    m_again = false;
    if (m_syncing) {
        m_engine->cancel(); // thread-safe: the copy ends at its next page
        return;
    }
    m_copyStopped = true;
    m_lastError = tr("The copy of the shop was stopped. It goes on from where it stopped at "
                     "the next sync.");
    setConnection(Connection::Offline);
    emit firstCopyStopped();
}

void DeskSession::stopSync()
{
    if (!m_syncing)
        return;
    if (!m_hasCopy)
        return stopFirstCopy();
    m_again = false;
    m_engine->cancel(); // thread-safe
}

void DeskSession::startSync()
{
    if (!m_ready || copyHeld())
        return;
    if (m_syncing) {
        m_again = true; // what changed meanwhile goes out right after the running cycle
        return;
    }
    m_engine->clearCancel(); // a stopSync() from now on stops this cycle, even before it begins
    m_syncing = true;
    m_again = false;
    emit syncingChanged(true);
    QMetaObject::invokeMethod(
        m_engine,
        [this, engine = m_engine, replica = m_context.get()] {
            SyncOutcome o;
            // The first copy (or a copy from nothing again) brings the whole history, which is
            // nothing new; otherwise orders beyond those held before were placed meanwhile.
            auto cursor = SyncOutbox(replica->connection()).cursor();
            const bool hadCopy = cursor && *cursor > 0;
            if (!hadCopy && m_stopCopy.load()) { // stopped before it began
                o.code = ErrorCode::InvalidArgument;
                QMetaObject::invokeMethod(
                    this, [this, o] { synced(o); }, Qt::QueuedConnection);
                return;
            }
            const OrderMark before = hadCopy ? OrderMark::read(*replica) : OrderMark();
            auto report = engine->runCycle();
            if (report && before.ok && !report->resynced) {
                const OrderMark after = OrderMark::read(*replica);
                if (after.ok && after.newestId > before.newestId && after.count > before.count) {
                    o.newOrders = after.count - before.count;
                    o.newestOrderNumber = after.newestNumber;
                }
            }
            if (report) {
                o.ok = true;
                o.changes = report->changes; // everything after a copy from nothing
                o.at = replica->now();
                WriteTransaction tx(replica->database());
                if (tx.began())
                    (void)(SyncOutbox(tx.connection()).setState(kLastSyncKey, o.at) && tx.commit());
            } else {
                o.code = report.error().code;
                o.message = report.error().message;
            }
            QMetaObject::invokeMethod(
                this, [this, o] { synced(o); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DeskSession::synced(const SyncOutcome &o)
{
    if (!m_ready)
        return;
    m_syncing = false;
    emit syncingChanged(false);
    if (!o.ok && !m_hasCopy && m_stopCopy.load()) {
        // Stopped as asked: what was copied stays, and the session waits for syncNow().
        m_copyStopped = true;
        m_again = false;
        m_lastError = tr("The copy of the shop was stopped. It goes on from where it stopped at "
                         "the next sync.");
        setConnection(Connection::Offline);
        emit firstCopyStopped();
        refresh();
        return;
    }
    m_stopCopy.store(false);
    if (o.ok) {
        m_lastError.clear();
        m_lastSync = QDateTime::fromMSecsSinceEpoch(o.at);
        emit lastSyncChanged(m_lastSync);
        setConnection(Connection::Online);
        if (!m_hasCopy) {
            m_hasCopy = true;
            emit firstCopyFinished();
        }
        if (!o.changes.isEmpty())
            emit replicaChanged(o.changes);
        if (o.newOrders > 0)
            emit ordersArrived(o.newOrders, o.newestOrderNumber);
    } else {
        m_lastError = o.message;
        switch (o.code) {
        case ErrorCode::InvalidCredentials:
        case ErrorCode::AccountDisabled:
        case ErrorCode::Unauthorized:
        case ErrorCode::TooManyAttempts:
            setConnection(Connection::SignInRefused);
            break;
        default:
            setConnection(Connection::Offline);
            break;
        }
    }
    refresh();
    if (m_again)
        startSync();
}

void DeskSession::refresh()
{
    QMetaObject::invokeMethod(
        m_local,
        [this, email = m_endpoint.email, replica = m_context.get()] {
            const Snapshot snapshot = Snapshot::read(*replica, email);
            QMetaObject::invokeMethod(
                this, [this, snapshot] { apply(snapshot); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DeskSession::apply(const Snapshot &s)
{
    if (!m_ready || !s.ok)
        return;
    if (s.pending != m_pending) {
        m_pending = s.pending;
        emit pendingCountChanged(m_pending);
    }
    auto ids = [](const QList<SyncConflict> &list) {
        QList<qint64> out;
        for (const SyncConflict &c : list)
            out << c.id;
        return out;
    };
    if (ids(s.conflicts) != ids(m_conflicts)) {
        m_conflicts = s.conflicts;
        emit conflictsChanged(m_conflicts);
    }
    if (s.lastSyncMs > 0 && !m_lastSync.isValid()) {
        m_lastSync = QDateTime::fromMSecsSinceEpoch(s.lastSyncMs);
        emit lastSyncChanged(m_lastSync);
    }
    m_hasCopy = m_hasCopy || s.hasCopy;
    if (s.settings)
        m_shopSettings = s.settings;

    const std::optional<Actor> staff =
        s.staff ? std::optional<Actor>(s.staff->actor()) : std::nullopt;
    const bool active = s.staff && s.staff->active;
    const bool same = staff.has_value() == m_staff.has_value() &&
                      (!staff || (staff->id == m_staff->id && staff->role == m_staff->role));
    if (!same || active != m_staffActive) {
        m_staff = staff;
        m_staffActive = active;
        emit staffChanged();
    }
}

void DeskSession::submit(const SyncCommand &command)
{
    SyncCommand c = command;
    if (c.id.isEmpty())
        c.id = CommandId::make();
    if (!m_ready) {
        emit submitted(refused(c, ErrorCode::Unauthorized, tr("The shop is not open yet.")));
        return;
    }
    QMetaObject::invokeMethod(
        m_local,
        [this, c, email = m_endpoint.email, replica = m_context.get()] {
            // The rules log every row they change in the replica's own change log: what the
            // command changed is what was logged meanwhile.
            const auto before = ChangeLog::lastSeq(replica->connection());
            const CommandOutcome outcome = applyOnReplica(*replica, email, c);
            ReplicaChanges changes = ReplicaChanges::everything(); // unless the log says
            if (before) {
                if (auto logged = ChangeLog::entitiesSince(replica->connection(), *before)) {
                    changes = ReplicaChanges();
                    for (const QString &entity : *logged)
                        changes.add(entity);
                }
            }
            const Snapshot snapshot = Snapshot::read(*replica, email);
            QMetaObject::invokeMethod(
                this,
                [this, outcome, snapshot, changes] {
                    if (!m_ready)
                        return;
                    apply(snapshot);
                    emit submitted(outcome);
                    if (outcome.status == CommandStatus::Applied) {
                        emit replicaChanged(changes);
                        startSync();
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DeskSession::dismissConflict(qint64 conflictId)
{
    if (!m_ready)
        return;
    QMetaObject::invokeMethod(
        m_local,
        [this, conflictId, email = m_endpoint.email, replica = m_context.get()] {
            WriteTransaction tx(replica->database());
            if (tx.began())
                (void)(SyncOutbox(tx.connection()).dismissConflict(conflictId) && tx.commit());
            const Snapshot snapshot = Snapshot::read(*replica, email);
            QMetaObject::invokeMethod(
                this, [this, snapshot] { apply(snapshot); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DeskSession::setConnection(Connection connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    emit connectionChanged(connection);
}

} // namespace md
