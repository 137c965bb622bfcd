#pragma once

#include <QStringList>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace md {

class ServiceContext;

// Polls the change log on a thread of its own and calls back when rows of the watched entities
// were committed since the last poll — by this process or any other writing the same store.
class ChangeWatcher
{
public:
    ChangeWatcher(const ServiceContext &context, QStringList entities, int intervalMs,
                  std::function<void()> onChange);
    ~ChangeWatcher();
    ChangeWatcher(const ChangeWatcher &) = delete;
    ChangeWatcher &operator=(const ChangeWatcher &) = delete;

private:
    void run();

    const ServiceContext &m_ctx;
    QStringList m_entities;
    int m_intervalMs;
    std::function<void()> m_onChange;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    // The log's end when the watcher was made, read on the constructing thread: read on the
    // watcher's own thread, a change committed before that thread got going would never be seen.
    qint64 m_startSeq = 0;
    std::thread m_thread;
};

} // namespace md
