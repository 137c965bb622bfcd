#include "loginthrottle.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace md;

// The login back-off (docs/api.md, "Errors"): free attempts, doubling waits, and attempts that
// are counted before their password is checked.
class TestLoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void freeAttemptsThenDoublingWaits();
    void releaseGivesTheCountBack();
    void successClearsTheAccount();
    void aWaitingKeyReservesNothing();
    void simultaneousReservationsSeeEachOther();
    void expiredSeriesAreForgotten();
    void rateLimiterForgetsFullBucketsOnly();
};

void TestLoginThrottle::freeAttemptsThenDoublingWaits()
{
    LoginThrottle t;
    const qint64 t0 = 1'000'000;
    for (int i = 0; i < LoginThrottle::kFreeFailures; ++i)
        QCOMPARE(t.reserve({QStringLiteral("a")}, t0), qint64(0));
    QCOMPARE(t.reserve({QStringLiteral("a")}, t0), qint64(1000));
    QCOMPARE(t.reserve({QStringLiteral("a")}, t0 + 999), qint64(1));
    QCOMPARE(t.reserve({QStringLiteral("a")}, t0 + 1000), qint64(0)); // the sixth
    QCOMPARE(t.reserve({QStringLiteral("a")}, t0 + 1000), qint64(2000));
    QCOMPARE(t.retryAfterMs(QStringLiteral("a"), t0 + 1000), qint64(2000));
    QCOMPARE(t.retryAfterMs(QStringLiteral("other"), t0), qint64(0));
}

void TestLoginThrottle::releaseGivesTheCountBack()
{
    LoginThrottle t;
    for (int i = 0; i < LoginThrottle::kFreeFailures; ++i)
        QCOMPARE(t.reserve({QStringLiteral("a")}, 0), qint64(0));
    QVERIFY(t.reserve({QStringLiteral("a")}, 0) > 0);
    t.release(QStringLiteral("a")); // that attempt was not a wrong password after all
    QCOMPARE(t.reserve({QStringLiteral("a")}, 0), qint64(0));
    QVERIFY(t.reserve({QStringLiteral("a")}, 0) > 0);
    t.release(QStringLiteral("unknown")); // nothing to give back: no effect
}

void TestLoginThrottle::successClearsTheAccount()
{
    LoginThrottle t;
    for (int i = 0; i < LoginThrottle::kFreeFailures; ++i)
        QCOMPARE(t.reserve({QStringLiteral("account"), QStringLiteral("client")}, 0), qint64(0));
    t.recordSuccess(QStringLiteral("account"));
    QCOMPARE(t.retryAfterMs(QStringLiteral("account"), 0), qint64(0));
    QVERIFY(t.retryAfterMs(QStringLiteral("client"), 0) > 0); // the address keeps its history
}

// An attempt refused because one key waits must not count against the other key.
void TestLoginThrottle::aWaitingKeyReservesNothing()
{
    LoginThrottle t;
    for (int i = 0; i < LoginThrottle::kFreeFailures; ++i)
        QCOMPARE(t.reserve({QStringLiteral("busy")}, 0), qint64(0));
    for (int i = 0; i < 20; ++i)
        QVERIFY(t.reserve({QStringLiteral("fresh"), QStringLiteral("busy")}, 0) > 0);
    for (int i = 0; i < LoginThrottle::kFreeFailures; ++i)
        QCOMPARE(t.reserve({QStringLiteral("fresh")}, 0), qint64(0));
}

void TestLoginThrottle::simultaneousReservationsSeeEachOther()
{
    LoginThrottle t;
    constexpr int kThreads = 16;
    constexpr int kEach = 50;
    std::atomic<int> granted{0};
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([&] {
            ++ready;
            while (ready.load() < kThreads)
                std::this_thread::yield();
            for (int j = 0; j < kEach; ++j) {
                if (t.reserve({QStringLiteral("account")}, 5000) == 0)
                    ++granted;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(granted.load(), LoginThrottle::kFreeFailures);
}

// Memory follows the last window's accounts and addresses, not every one ever seen.
void TestLoginThrottle::expiredSeriesAreForgotten()
{
    LoginThrottle t;
    const qint64 t0 = 10'000'000;
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(t.reserve({QStringLiteral("client:%1").arg(i)}, t0), qint64(0));
    for (int i = 0; i < LoginThrottle::kFreeFailures; ++i)
        QCOMPARE(t.reserve({QStringLiteral("recent")}, t0 + LoginThrottle::kWindowMs), qint64(0));
    QCOMPARE(t.size(), qsizetype(1001));
    const qint64 later = t0 + LoginThrottle::kWindowMs + 60 * 1000;
    QCOMPARE(t.reserve({QStringLiteral("new")}, later), qint64(0));
    QCOMPARE(t.size(), qsizetype(2)); // "recent" is still in its window, and still waits
    QVERIFY(t.retryAfterMs(QStringLiteral("recent"), t0 + LoginThrottle::kWindowMs) > 0);
}

void TestLoginThrottle::rateLimiterForgetsFullBucketsOnly()
{
    RequestRateLimiter limiter(10, 20); // refills from empty in 2 s
    const qint64 t0 = 1'000'000;
    for (int i = 0; i < 1000; ++i)
        QVERIFY(limiter.allow(QStringLiteral("10.0.0.%1").arg(i), t0));
    int allowed = 0;
    for (int i = 0; i < 30; ++i)
        allowed += limiter.allow(QStringLiteral("hot"), t0) ? 1 : 0;
    QCOMPARE(allowed, 20);
    QCOMPARE(limiter.size(), qsizetype(1001));
    // 1.5 s on, the others' buckets are full again (19 + 15 tokens) and go; "hot" has refilled
    // only to 15 and stays, so it keeps its history.
    QVERIFY(limiter.allow(QStringLiteral("other"), t0 + 1500));
    QCOMPARE(limiter.size(), qsizetype(2));
    allowed = 0;
    for (int i = 0; i < 30; ++i)
        allowed += limiter.allow(QStringLiteral("hot"), t0 + 1500) ? 1 : 0;
    QCOMPARE(allowed, 15);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
