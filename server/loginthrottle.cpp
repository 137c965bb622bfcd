#include "loginthrottle.h"

#include <QMutexLocker>

namespace md {

qint64 LoginThrottle::retryAfterMs(const QString &key, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    return waitLocked(key, nowMs);
}

qint64 LoginThrottle::waitLocked(const QString &key, qint64 nowMs) const
{
    const auto it = m_states.constFind(key);
    if (it == m_states.cend() || nowMs - it->firstAt > kWindowMs || it->failures < kFreeFailures)
        return 0;
    const int excess = qMin(it->failures - kFreeFailures, 20);
    const qint64 delay = qMin(kMaxDelayMs, qint64(1000) << excess);
    return qMax<qint64>(0, it->lastAt + delay - nowMs);
}

qint64 LoginThrottle::reserve(const QStringList &keys, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    qint64 wait = 0;
    for (const QString &key : keys)
        wait = qMax(wait, waitLocked(key, nowMs));
    if (wait > 0)
        return wait;
    for (const QString &key : keys)
        failLocked(key, nowMs);
    return 0;
}

void LoginThrottle::release(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_states.find(key);
    if (it == m_states.end())
        return;
    if (--it->failures <= 0)
        m_states.erase(it);
}

void LoginThrottle::failLocked(const QString &key, qint64 nowMs)
{
    forgetExpiredLocked(nowMs);
    State &s = m_states[key];
    if (s.failures == 0 || nowMs - s.firstAt > kWindowMs)
        s = State{0, nowMs, nowMs};
    ++s.failures;
    s.lastAt = nowMs;
}

void LoginThrottle::forgetExpiredLocked(qint64 nowMs)
{
    // A series past its window waits for nothing and counts for nothing: forgetting it changes
    // no answer.
    if (nowMs - m_sweptAt < 60 * 1000)
        return;
    m_sweptAt = nowMs;
    for (auto it = m_states.begin(); it != m_states.end();)
        it = nowMs - it->firstAt > kWindowMs ? m_states.erase(it) : std::next(it);
}

qsizetype LoginThrottle::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_states.size();
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
    forgetFullLocked(nowMs);
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

void RequestRateLimiter::forgetFullLocked(qint64 nowMs)
{
    if (nowMs - m_sweptAt < 1000)
        return;
    m_sweptAt = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double tokens = it->tokens + (nowMs - it->at) * m_rate / 1000.0;
        it = tokens >= m_burst ? m_buckets.erase(it) : std::next(it);
    }
}

qsizetype RequestRateLimiter::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_buckets.size();
}

} // namespace md
