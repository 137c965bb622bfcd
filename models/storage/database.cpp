#include "database.h"

#include "migrator.h"
#include "statementcache.h"

#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadStorage>

#include <atomic>

namespace md {

// Names of the connections opened for one Database, shared with the per-thread holders so that a
// thread ending after the Database is gone (or before) cleans up exactly once.
struct Database::Registry
{
    QMutex mutex;
    QSet<QString> names;
    bool alive = true;
    QMutex writer;

    static void closeAndRemove(const QString &name)
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

struct Database::ThreadConnection
{
    QString name;
    std::shared_ptr<Registry> registry;
    int depth = 0;
    std::unique_ptr<StatementCache> statements;

    ~ThreadConnection()
    {
        // Cached statements go first: a connection must not close under live queries.
        StatementCache::detach(name);
        statements.reset();
        QMutexLocker lock(&registry->mutex);
        if (registry->names.remove(name))
            Registry::closeAndRemove(name);
    }
};

namespace {

// Every Database's connection for the current thread; deleted (closing them) when the thread ends.
struct ThreadConnections
{
    QHash<const void *, Database::ThreadConnection *> map;
    ~ThreadConnections() { qDeleteAll(map); }
};

QThreadStorage<ThreadConnections *> &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

} // namespace

Database::Database(const DatabaseOptions &options)
    : m_options(options)
    , m_registry(std::make_shared<Registry>())
{}

Database::~Database()
{
    // Forget this thread's holder, then close every connection still registered.
    auto &storage = threadConnections();
    if (storage.hasLocalData()) {
        delete storage.localData()->map.take(this);
    }
    QMutexLocker lock(&m_registry->mutex);
    for (const QString &name : std::as_const(m_registry->names))
        Registry::closeAndRemove(name);
    m_registry->names.clear();
    m_registry->alive = false;
}

Database::ThreadConnection &Database::threadConnection() const
{
    auto &storage = threadConnections();
    if (!storage.hasLocalData()) {
        // One map per thread, keyed by Database, so several stores can live in one process.
        storage.setLocalData(new ThreadConnections);
    }
    auto *map = &storage.localData()->map;
    if (auto *existing = map->value(this)) {
        if (existing->registry == m_registry)
            return *existing;
        // A different Database now lives at this address: the old holder is stale.
        delete existing;
        map->remove(this);
    }

    static std::atomic<quint64> counter{0};
    auto *holder = new ThreadConnection;
    holder->name = QStringLiteral("md-%1").arg(counter.fetch_add(1));
    holder->registry = m_registry;
    {
        QMutexLocker lock(&m_registry->mutex);
        m_registry->names.insert(holder->name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder->name);
    db.setDatabaseName(m_options.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_options.busyTimeoutMs));
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        holder->statements = std::make_unique<StatementCache>(db);
        StatementCache::attach(holder->name, holder->statements.get());
        q.exec(m_options.synchronous == DatabaseOptions::Synchronous::Full
                   ? QStringLiteral("PRAGMA synchronous = FULL")
                   : QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    map->insert(this, holder);
    return *holder;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(threadConnection().name, false);
}

int &Database::transactionDepth() const
{
    return threadConnection().depth;
}

void Database::lockWriter() const
{
    m_registry->writer.lock();
}

void Database::unlockWriter() const
{
    m_registry->writer.unlock();
}

Status Database::open()
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return makeError(ErrorCode::StorageError, DomainText::tr("Cannot open the database %1: %2")
                                                      .arg(m_options.path, db.lastError().text()));
    }
    return Migrator(*this).migrate();
}

void Database::setCacheSizeKiB(qint64 kib) const
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
}

int Database::schemaVersion() const
{
    return Migrator(*this).currentVersion();
}

} // namespace md
