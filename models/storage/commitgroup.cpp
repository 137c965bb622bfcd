#include "commitgroup.h"

#include "database.h"
#include "writetransaction.h"

#include <QThread>

namespace md {

CommitGroup::CommitGroup(const Database &database, int maxBatch)
    : m_database(database)
    , m_maxBatch(qMax(1, maxBatch))
{
    m_thread.reset(QThread::create([this] { loop(); }));
    m_thread->setObjectName(QStringLiteral("md-commit-group"));
    m_thread->start();
}

CommitGroup::~CommitGroup()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queued.wakeAll();
    }
    m_thread->wait();
}

Status CommitGroup::run(const std::function<Status()> &job)
{
    if (QThread::currentThread() == m_thread.get())
        return job(); // a job's own nested write: already inside the batch's transaction
    Job entry;
    entry.work = &job;
    QMutexLocker lock(&m_mutex);
    if (m_stopping) // the committer may already be gone: nobody would answer
        return makeError(ErrorCode::StorageError,
                         DomainText::tr("The store is shutting down; please try again."));
    m_queue.push_back(&entry);
    m_queued.wakeOne();
    while (!entry.done)
        m_finished.wait(&m_mutex);
    return entry.result;
}

quint64 CommitGroup::commits() const
{
    QMutexLocker lock(&m_mutex);
    return m_commits;
}

quint64 CommitGroup::jobs() const
{
    QMutexLocker lock(&m_mutex);
    return m_jobs;
}

int CommitGroup::pending() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

void CommitGroup::loop()
{
    std::deque<Job *> batch;
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_queued.wait(&m_mutex);
            if (m_queue.empty())
                break; // stopping, and every queued job has been answered
            batch.swap(m_queue);
        }
        runBatch(batch);
        batch.clear();
    }
}

void CommitGroup::runBatch(std::deque<Job *> &batch)
{
    WriteTransaction transaction(m_database);
    Status outcome = transaction.began();
    size_t ran = 0;
    if (outcome) {
        // Jobs that queue up while the batch runs join it (up to maxBatch) instead of waiting for
        // the next commit.
        for (;;) {
            for (; ran < batch.size(); ++ran) {
                Job *job = batch[ran];
                WriteTransaction savepoint(m_database);
                job->result = savepoint.began();
                if (job->result)
                    job->result = (*job->work)();
                if (job->result)
                    job->result = savepoint.commit();
                // else: the savepoint rolls back when it goes out of scope
            }
            QMutexLocker lock(&m_mutex);
            while (!m_queue.empty() && batch.size() < size_t(m_maxBatch)) {
                batch.push_back(m_queue.front());
                m_queue.pop_front();
            }
            if (ran == batch.size())
                break;
        }
        outcome = transaction.commit();
    }
    QMutexLocker lock(&m_mutex);
    if (outcome)
        ++m_commits;
    m_jobs += batch.size();
    for (Job *job : batch) {
        if (!outcome)
            job->result = outcome; // nothing of the batch is stored
        job->done = true;
    }
    m_finished.wakeAll();
}

} // namespace md
