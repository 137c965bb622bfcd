#pragma once

#include "result.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace md {

class Database;

// Group commit for the hot write paths (placing an order, settling a payment).
//
// SQLite admits one writer at a time, and a durable commit (synchronous=FULL) costs the WAL frames
// of every page touched plus an fsync. Under load, short write transactions from many request
// threads therefore spend most of their time committing one after another, and the fsync's wall
// time is spent holding the write lock. A CommitGroup runs such write jobs on a committer thread
// of its own, several to one transaction: every job in a savepoint of its own, so a failing job
// rolls back alone, and the transaction is committed when no job is waiting any more or maxBatch
// jobs have run. run() returns only after the transaction holding the job is durable, so nothing
// is acknowledged that a power cut could take back; if that commit fails, every job of the batch
// gets its error, none is half applied.
//
// The jobs of a batch run one after another on one connection, so each sees the effects of the
// ones before it exactly as if they had committed separately; the business rules (guarded stock
// decrements, idempotency keys) behave as with one transaction each. A job must only touch the
// database through the services (they open nested WriteTransactions, i.e. savepoints, on the
// committer's connection) and must not wait for other threads.
class CommitGroup
{
public:
    explicit CommitGroup(const Database &database, int maxBatch = 64);
    ~CommitGroup(); // runs the jobs already queued, then stops the committer thread
    CommitGroup(const CommitGroup &) = delete;
    CommitGroup &operator=(const CommitGroup &) = delete;

    // Runs job on the committer thread and returns its status once it is durable (or the commit's
    // error). Called from a job, it runs the nested job inline.
    Status run(const std::function<Status()> &job);

    // The same for a service call returning Result<T>: its value once durable, or its error, or
    // the commit's error.
    template<typename F> auto call(F &&service) -> decltype(service())
    {
        std::optional<decltype(service())> out;
        const Status s = run([&]() -> Status {
            out.emplace(service());
            return out->ok() ? Status() : Status(out->error());
        });
        if (!s)
            return s.error();
        return std::move(*out);
    }

    // Transactions committed and jobs run so far, for the metrics and the benchmark's notes.
    quint64 commits() const;
    quint64 jobs() const;
    int pending() const; // jobs queued and not yet taken into a batch

private:
    struct Job
    {
        const std::function<Status()> *work = nullptr;
        Status result;
        bool done = false;
    };
    void loop();
    void runBatch(std::deque<Job *> &batch);

    const Database &m_database;
    const int m_maxBatch;
    mutable QMutex m_mutex;
    QWaitCondition m_queued;
    QWaitCondition m_finished;
    std::deque<Job *> m_queue;
    bool m_stopping = false;
    quint64 m_commits = 0;
    quint64 m_jobs = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace md
