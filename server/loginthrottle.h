#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace md {

// Back-off for failed logins, kept per account and per client address: after kFreeFailures
// failures within the window, each further attempt must wait twice as long as the last
// (1 s, 2 s, 4 s … up to 15 minutes). Checked before the password is hashed, so a throttled
// attempt costs nothing. In memory: a restart forgets, which only ever helps a real user.
class LoginThrottle
{
public:
    static constexpr int kFreeFailures = 5;
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;
    static constexpr qint64 kMaxDelayMs = 15 * 60 * 1000;

    // Milliseconds to wait before another attempt for this key, 0 when it may go ahead.
    qint64 retryAfterMs(const QString &key, qint64 nowMs) const;
    void recordFailure(const QString &key, qint64 nowMs);
    void recordSuccess(const QString &key);

private:
    struct State
    {
        int failures = 0;
        qint64 firstAt = 0;
        qint64 lastAt = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, State> m_states;
};

// A token bucket per client address for all requests: `rate` per second, bursts of `burst`.
// rate 0 turns it off (benchmarks on loopback).
class RequestRateLimiter
{
public:
    RequestRateLimiter(double rate, double burst)
        : m_rate(rate)
        , m_burst(burst)
    {}
    bool allow(const QString &client, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    double m_rate;
    double m_burst;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace md
