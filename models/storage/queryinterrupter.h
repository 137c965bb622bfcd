#pragma once

#include <QSqlDatabase>

#include <atomic>

namespace md {

// Lets another thread stop the query a worker is running on its connection: the worker arms it
// with its connection for the duration of a job, and interrupt() — safe from any thread, SQLite's
// sqlite3_interrupt() is made for this — makes the running statement fail with "interrupted",
// which the job reports as an error and rolls back like any other. Outside a job it does nothing.
class QueryInterrupter
{
public:
    // Worker side, around a job. The connection must stay open while armed.
    void arm(const QSqlDatabase &connection);
    void disarm();
    // Any thread.
    void interrupt();

private:
    std::atomic<void *> m_handle{nullptr};
};

} // namespace md
