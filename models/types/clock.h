#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace md {

// Time as the services see it: milliseconds since the Unix epoch, UTC. Injected so that rules with
// deadlines (payment timeouts, coupon windows, auto-completion) are testable without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    static const SystemClock &instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

// A clock that only moves when told to; safe to read from several threads.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1767225600000) // 2026-01-01T00:00:00Z
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now.load(); }
    void setNowMs(qint64 ms) { m_now.store(ms); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace md
