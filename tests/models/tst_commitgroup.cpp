#include "commitgroup.h"
#include "sqlquery.h"
#include "stockservice.h"
#include "teststore.h"
#include "validation.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace md;

// Group commit: jobs of many threads share transactions, yet each is answered only once durable,
// fails alone, and sees the jobs before it.
class TestCommitGroup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answersOnlyOnceCommitted();
    void waitingJobsShareOneCommit();
    void aFailingJobRollsBackAlone();
    void aFailedCommitFailsTheWholeBatch();
    void nestedRunsInline();

private:
    qint64 stockOnHand(); // read on the test thread's own connection: committed data only
    // Starts `count` threads that each adjust the SKU's stock by +1 through the group.
    QList<QThread *> adjustInThreads(int count, std::atomic<int> &succeeded);
    // Blocks the committer until `release` is given, so that later jobs queue up behind it.
    QThread *blockCommitter(QSemaphore &started, QSemaphore &release);

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<CommitGroup> m_group;
    qint64 m_sku = 0;
    const Actor m_clerk = Actor::staff(5, StaffRole::Clerk);
};

void TestCommitGroup::init()
{
    m_store = std::make_unique<TestStore>();
    m_sku = m_store->sku(m_store->product(m_store->category()), QStringLiteral("A"), 100, 10);
    m_group = std::make_unique<CommitGroup>(m_store->db());
}

void TestCommitGroup::cleanup()
{
    m_group.reset();
    m_store.reset();
}

qint64 TestCommitGroup::stockOnHand()
{
    SqlQuery q(m_store->ctx().connection(),
               QStringLiteral("SELECT stock_on_hand FROM skus WHERE id = ?"), {m_sku});
    return q.scalar(-1).value_or(-1);
}

QList<QThread *> TestCommitGroup::adjustInThreads(int count, std::atomic<int> &succeeded)
{
    QList<QThread *> threads;
    for (int i = 0; i < count; ++i) {
        threads << QThread::create([this, &succeeded] {
            auto sku = m_group->call([this] {
                return StockService(m_store->ctx())
                    .adjust(m_clerk, m_sku, 1, StockReason::Adjustment, QStringLiteral("count"));
            });
            if (sku.ok())
                ++succeeded;
        });
        threads.last()->start();
    }
    return threads;
}

QThread *TestCommitGroup::blockCommitter(QSemaphore &started, QSemaphore &release)
{
    QThread *t = QThread::create([this, &started, &release] {
        // Its own status is that of its batch, which the callers check through the other jobs.
        (void)m_group->run([&] {
            started.release();
            release.acquire();
            return Status();
        });
    });
    t->start();
    started.acquire();
    return t;
}

void TestCommitGroup::answersOnlyOnceCommitted()
{
    auto sku = m_group->call([this] {
        return StockService(m_store->ctx())
            .adjust(m_clerk, m_sku, 5, StockReason::Adjustment, QStringLiteral("delivery"));
    });
    QVERIFY(sku.ok());
    QCOMPARE(sku->stockOnHand, qint64(15));
    QCOMPARE(stockOnHand(), qint64(15)); // visible to another connection when run() returns
    QCOMPARE(m_group->commits(), quint64(1));
}

void TestCommitGroup::waitingJobsShareOneCommit()
{
    QSemaphore started, release;
    QThread *blocker = blockCommitter(started, release);
    std::atomic<int> succeeded{0};
    const QList<QThread *> threads = adjustInThreads(20, succeeded);
    QTRY_COMPARE(m_group->pending(), 20);
    QCOMPARE(stockOnHand(), qint64(10)); // nothing is committed while the batch is open
    release.release();
    for (QThread *t : threads) {
        QVERIFY(t->wait(10000));
        delete t;
    }
    QVERIFY(blocker->wait(10000));
    delete blocker;
    QCOMPARE(succeeded.load(), 20);
    QCOMPARE(stockOnHand(), qint64(30));
    QCOMPARE(m_group->jobs(), quint64(21));
    // The blocker's batch took the 20 jobs that queued behind it: one commit for all 21.
    QCOMPARE(m_group->commits(), quint64(1));
    QCOMPARE(*StockService(m_store->ctx()).sumOfMoves(m_sku), qint64(30));
}

void TestCommitGroup::aFailingJobRollsBackAlone()
{
    QSemaphore started, release;
    QThread *blocker = blockCommitter(started, release);
    Status failed;
    QThread *bad = QThread::create([&] {
        failed = m_group->run([this] {
            // Writes, then fails: the write must not survive.
            auto s = StockService(m_store->ctx())
                         .adjust(m_clerk, m_sku, 7, StockReason::Adjustment, QStringLiteral("x"));
            if (!s)
                return Status(s.error());
            return Status(makeError(ErrorCode::InvalidArgument, QStringLiteral("refused")));
        });
    });
    bad->start();
    QTRY_COMPARE(m_group->pending(), 1);
    std::atomic<int> succeeded{0};
    const QList<QThread *> threads = adjustInThreads(3, succeeded);
    QTRY_COMPARE(m_group->pending(), 4);
    // A sale of more than the stock: refused by the guarded decrement, alone.
    Result<Sku> oversold = makeError(ErrorCode::StorageError, QString());
    QThread *over = QThread::create([&] {
        oversold = m_group->call([this] {
            return StockService(m_store->ctx())
                .adjust(m_clerk, m_sku, -1000, StockReason::Adjustment, QStringLiteral("y"));
        });
    });
    over->start();
    QTRY_COMPARE(m_group->pending(), 5);
    release.release();
    for (QThread *t : threads + QList<QThread *>{bad, over, blocker}) {
        QVERIFY(t->wait(10000));
        delete t;
    }
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, QStringLiteral("refused"));
    QVERIFY(!oversold.ok());
    QCOMPARE(succeeded.load(), 3);
    QCOMPARE(stockOnHand(), qint64(13));
    QCOMPARE(*StockService(m_store->ctx()).sumOfMoves(m_sku), qint64(13));
    QCOMPARE(m_group->commits(), quint64(1));
}

void TestCommitGroup::aFailedCommitFailsTheWholeBatch()
{
    QSemaphore started, release;
    QThread *blocker = blockCommitter(started, release);
    std::atomic<int> succeeded{0};
    const QList<QThread *> threads = adjustInThreads(3, succeeded);
    QTRY_COMPARE(m_group->pending(), 3);
    // A job whose foreign key is only checked at COMMIT: the savepoint is released, the commit
    // of the whole transaction then fails.
    Status poisoned;
    QThread *poison = QThread::create([&] {
        poisoned = m_group->run([this]() -> Status {
            const QSqlDatabase db = m_store->ctx().connection();
            MD_TRY(SqlQuery(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")).exec());
            return SqlQuery(db, QStringLiteral("INSERT INTO stock_moves (sku_id, delta, reason, "
                                               "stock_after, created_at) VALUES (999999, 1, "
                                               "'adjustment', 1, 0)"))
                .exec();
        });
    });
    poison->start();
    QTRY_COMPARE(m_group->pending(), 4);
    release.release();
    for (QThread *t : threads + QList<QThread *>{poison, blocker}) {
        QVERIFY(t->wait(10000));
        delete t;
    }
    QVERIFY(!poisoned.ok());
    QCOMPARE(succeeded.load(), 0); // told of the failure, not acknowledged
    QCOMPARE(stockOnHand(), qint64(10));
    QCOMPARE(*StockService(m_store->ctx()).sumOfMoves(m_sku), qint64(10));
    QCOMPARE(m_group->commits(), quint64(0));
    // The group goes on working afterwards.
    std::atomic<int> later{0};
    for (QThread *t : adjustInThreads(2, later)) {
        QVERIFY(t->wait(10000));
        delete t;
    }
    QCOMPARE(later.load(), 2);
    QCOMPARE(stockOnHand(), qint64(12));
}

void TestCommitGroup::nestedRunsInline()
{
    auto outer = m_group->call([this]() -> Result<qint64> {
        auto inner = m_group->call([this] {
            return StockService(m_store->ctx())
                .adjust(m_clerk, m_sku, 2, StockReason::Adjustment, QStringLiteral("inner"));
        });
        if (!inner)
            return inner.error();
        return inner->stockOnHand;
    });
    QVERIFY(outer.ok());
    QCOMPARE(*outer, qint64(12));
    QCOMPARE(stockOnHand(), qint64(12));
    QCOMPARE(m_group->jobs(), quint64(1));
}

QTEST_GUILESS_MAIN(TestCommitGroup)
#include "tst_commitgroup.moc"
