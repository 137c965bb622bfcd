#include "changewatcher.h"

#include "changelog.h"
#include "servicecontext.h"

namespace md {

ChangeWatcher::ChangeWatcher(const ServiceContext &context, QStringList entities, int intervalMs,
                             std::function<void()> onChange)
    : m_ctx(context)
    , m_entities(std::move(entities))
    , m_intervalMs(intervalMs)
    , m_onChange(std::move(onChange))
    , m_startSeq(ChangeLog::lastSeq(context.connection()).value_or(0))
    , m_thread([this] { run(); })
{}

ChangeWatcher::~ChangeWatcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ChangeWatcher::run()
{
    qint64 seen = m_startSeq;
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs),
                            [this] { return m_stop; })) {
        lock.unlock();
        const qint64 last = ChangeLog::lastSeq(m_ctx.connection()).value_or(seen);
        if (last != seen) {
            auto changed = ChangeLog::anySince(m_ctx.connection(), seen, m_entities);
            if (!changed || *changed)
                m_onChange();
            seen = last;
        }
        lock.lock();
    }
}

} // namespace md
