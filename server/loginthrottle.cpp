#include "loginthrottle.h"

#include <QMutexLocker>

namespace md {

qint64 LoginThrottle::retryAfterMs(const QString &key, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_states.constFind(key);
    if (it == m_states.cend() || nowMs - it->firstAt > kWindowMs || it->failures < kFreeFailures)
        return 0;
    const int excess = qMin(it->failures - kFreeFailures, 20);
    const qint64 delay = qMin(kMaxDelayMs, qint64(1000) << excess);
    return qMax<qint64>(0, it->lastAt + delay - nowMs);
}

void LoginThrottle::recordFailure(const QString &key, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    State &s = m_states[key];
    if (s.failures == 0 || nowMs - s.firstAt > kWindowMs)
        s = State{0, nowMs, nowMs};
    ++s.failures;
    s.lastAt = nowMs;
    if (m_states.size() > 100000) { // forget stale entries rather than grow without bound
        for (auto it = m_states.begin(); it != m_states.end();) {
            it = nowMs - it->lastAt > kWindowMs ? m_states.erase(it) : std::next(it);
        }
    }
}

void LoginThrottle::recordSuccess(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_states.remove(key);
}

bool RequestRateLimiter::allow(const QString &client, qint64 nowMs)
{
    if (m_rate <= 0)
        return true;
    QMutexLocker lock(&m_mutex);
    Bucket &b = m_buckets[client];
    if (b.at == 0)
        b.tokens = m_burst;
    else
        b.tokens = qMin(m_burst, b.tokens + (nowMs - b.at) * m_rate / 1000.0);
    b.at = nowMs;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

} // namespace md
