#include "queryinterrupter.h"
#include "sqlquery.h"

#include "teststore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace md;

// Another thread stops the query a worker runs; outside a job, interrupting does nothing.
class TestQueryInterrupter : public QObject
{
    Q_OBJECT

private slots:
    void stopsTheRunningQuery();
    void disarmedDoesNothing();
};

namespace {
// Counts to a billion: minutes of work unless interrupted.
const QString kEndless = QStringLiteral(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
    "SELECT count(*) FROM n");
} // namespace

void TestQueryInterrupter::stopsTheRunningQuery()
{
    TestStore store;
    QueryInterrupter interrupter;
    std::atomic<bool> armed{false};
    Status outcome;
    qint64 tookMs = 0;
    QThread *worker = QThread::create([&] {
        const QSqlDatabase db = store.ctx().connection();
        interrupter.arm(db);
        armed = true;
        QElapsedTimer t;
        t.start();
        outcome = SqlQuery(db, kEndless).exec();
        tookMs = t.elapsed();
        interrupter.disarm();
    });
    worker->start();
    QTRY_VERIFY(armed.load());
    QTest::qWait(100);
    interrupter.interrupt();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().message.contains(QStringLiteral("interrupt")),
             qPrintable(outcome.error().message));
    QVERIFY(tookMs < 10000);
}

void TestQueryInterrupter::disarmedDoesNothing()
{
    TestStore store;
    QueryInterrupter interrupter;
    interrupter.interrupt(); // never armed
    const QSqlDatabase db = store.ctx().connection();
    interrupter.arm(db);
    interrupter.disarm();
    interrupter.interrupt();
    SqlQuery q(db, QStringLiteral("SELECT 41 + 1"));
    QCOMPARE(*q.scalar(), qint64(42));
}

QTEST_GUILESS_MAIN(TestQueryInterrupter)
#include "tst_queryinterrupter.moc"
