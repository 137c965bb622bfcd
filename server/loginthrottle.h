#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace md {

// Back-off for failed logins, kept per account and per client address: after kFreeFailures
// failures within the window, each further attempt must wait twice as long as the last
// (1 s, 2 s, 4 s … up to 15 minutes). Checked before the password is hashed, so a throttled
// attempt costs nothing. In memory: a restart forgets, which only ever helps a real user.
//
// An attempt is reserved before its password is checked (reserve()): it counts as a failure of
// every key it names from that moment, and the check and the count happen under one lock. So
// attempts made at the same time see each other, and N simultaneous wrong passwords evaluate at
// most kFreeFailures of them, not N. An attempt that did not fail after all gives its count back
// (recordSuccess() or release()). Series older than the window are forgotten, at most once a
// minute, so the memory follows the accounts and addresses of the last 15 minutes.
class LoginThrottle
{
public:
    static constexpr int kFreeFailures = 5;
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;
    static constexpr qint64 kMaxDelayMs = 15 * 60 * 1000;

    // Milliseconds to wait before another attempt for this key, 0 when it may go ahead.
    qint64 retryAfterMs(const QString &key, qint64 nowMs) const;
    void recordSuccess(const QString &key);

    // The wait for the longest-waiting of `keys`, or, when none must wait, 0 with the attempt
    // counted as a failure of each key already (one step under the lock).
    qint64 reserve(const QStringList &keys, qint64 nowMs);
    // How many keys it holds (for tests).
    qsizetype size() const;
    // A reserved attempt that did not fail after all (refused for another reason, or it
    // succeeded on a key that keeps its history, such as the client's address): its count goes.
    void release(const QString &key);

private:
    struct State
    {
        int failures = 0;
        qint64 firstAt = 0;
        qint64 lastAt = 0;
    };
    qint64 waitLocked(const QString &key, qint64 nowMs) const;
    void failLocked(const QString &key, qint64 nowMs);
    void forgetExpiredLocked(qint64 nowMs);

    mutable QMutex m_mutex;
    QHash<QString, State> m_states;
    qint64 m_sweptAt = 0;
};

// A token bucket per client address for all requests: `rate` per second, bursts of `burst`.
// rate 0 turns it off (benchmarks on loopback). A bucket that has filled up again is the same as
// none, so at most once a second the full ones are forgotten: the memory follows the addresses
// active in the last burst/rate seconds, not every address ever seen.
class RequestRateLimiter
{
public:
    RequestRateLimiter(double rate, double burst)
        : m_rate(rate)
        , m_burst(burst)
    {}
    bool allow(const QString &client, qint64 nowMs);
    // How many addresses it holds (for tests and /metrics).
    qsizetype size() const;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    void forgetFullLocked(qint64 nowMs);

    double m_rate;
    double m_burst;
    mutable QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    qint64 m_sweptAt = 0;
};

} // namespace md
