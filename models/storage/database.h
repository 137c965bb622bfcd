#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace md {

struct DatabaseOptions
{
    enum class Synchronous { Normal, Full };

    QString path;                                // SQLite file; created when missing
    Synchronous synchronous = Synchronous::Full; // FULL: an acknowledged commit survives power loss
    int busyTimeoutMs = 15000;                   // how long a writer waits for the write lock
};

// The store. Hands every thread its own connection (a QSqlDatabase must stay in the thread that
// opened it), configured the same way: WAL, foreign keys on, a busy timeout, the chosen
// synchronous level. Connections of finished threads are closed when the thread ends; the rest
// when the Database is destroyed, which must happen after the threads using it have stopped.
class Database
{
public:
    explicit Database(const DatabaseOptions &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file on the calling thread (creating it) and applies pending migrations.
    Status open();
    const DatabaseOptions &options() const { return m_options; }

    // This thread's connection; opened on first use.
    QSqlDatabase connection() const;
    // Page cache of this thread's connection, in KiB (SQLite's default is 2,000 KiB). Bulk writers
    // raise it so that a long transaction does not spill and re-read pages through the WAL.
    void setCacheSizeKiB(qint64 kib) const;
    // The schema version recorded by the migrations (0 for an empty file).
    int schemaVersion() const;

    // Used by WriteTransaction: the nesting depth of this thread's open write transaction.
    int &transactionDepth() const;
    // Used by WriteTransaction: writers of this process queue here before BEGIN IMMEDIATE. SQLite
    // admits one writer at a time anyway, and its busy handler waits by sleeping (1, 2, 5, ...
    // 100 ms), so many threads contending for the lock would mostly sleep; a mutex hands the
    // lock over at once. Writers in other processes are still absorbed by the busy timeout.
    void lockWriter() const;
    void unlockWriter() const;

    // Implementation details, named here so that database.cpp's helpers can see them.
    struct Registry;
    struct ThreadConnection;

private:
    ThreadConnection &threadConnection() const;

    DatabaseOptions m_options;
    std::shared_ptr<Registry> m_registry;
};

} // namespace md
