#include "areaworker.h"

#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace md;

class TestAreaWorker : public QObject
{
    Q_OBJECT

private slots:
    void adoptedObjectsRunOnTheNamedThread();
    void adoptedObjectsAreDeletedOnTheWorkerWhenItGoes();
    void theDestructorWaitsForTheJobInProgress();
    void stopTwiceIsHarmless();
};

void TestAreaWorker::adoptedObjectsRunOnTheNamedThread()
{
    AreaWorker worker(QStringLiteral("md-test"));
    auto *loader = worker.adopt(new QObject);
    QCOMPARE(loader->thread(), worker.thread());
    QCOMPARE(worker.thread()->objectName(), QStringLiteral("md-test"));
    worker.start();
    QThread *ranOn = nullptr;
    QString name;
    QMetaObject::invokeMethod(
        loader,
        [&] {
            ranOn = QThread::currentThread();
            name = ranOn->objectName();
        },
        Qt::BlockingQueuedConnection);
    QCOMPARE(ranOn, worker.thread());
    QVERIFY(ranOn != QThread::currentThread());
    QCOMPARE(name, QStringLiteral("md-test"));
}

void TestAreaWorker::adoptedObjectsAreDeletedOnTheWorkerWhenItGoes()
{
    QPointer<QObject> first;
    QPointer<QObject> second;
    auto deletedOn = std::make_shared<QList<QThread *>>();
    QThread *workerThread = nullptr;
    {
        AreaWorker worker(QStringLiteral("md-test"));
        workerThread = worker.thread();
        first = worker.adopt(new QObject);
        second = worker.adopt(new QObject);
        for (QObject *o : {first.data(), second.data()})
            connect(
                o, &QObject::destroyed, o,
                [deletedOn] { deletedOn->append(QThread::currentThread()); }, Qt::DirectConnection);
        worker.start();
    }
    // Gone by the time the destructor returned, and deleted where they lived.
    QVERIFY(first.isNull());
    QVERIFY(second.isNull());
    QCOMPARE(deletedOn->size(), 2);
    QCOMPARE(deletedOn->at(0), workerThread);
    QCOMPARE(deletedOn->at(1), workerThread);
}

void TestAreaWorker::theDestructorWaitsForTheJobInProgress()
{
    std::atomic<bool> finished{false};
    QSemaphore started;
    {
        AreaWorker worker(QStringLiteral("md-test"));
        auto *loader = worker.adopt(new QObject);
        worker.start();
        QMetaObject::invokeMethod(loader, [&] {
            started.release();
            QThread::msleep(200); // a query still running when the view closes
            finished = true;
        });
        started.acquire();
    }
    QVERIFY(finished);
}

void TestAreaWorker::stopTwiceIsHarmless()
{
    AreaWorker worker(QStringLiteral("md-test"));
    QPointer<QObject> loader = worker.adopt(new QObject);
    worker.start();
    worker.stop();
    QVERIFY(loader.isNull());
    QVERIFY(worker.thread()->isFinished());
    worker.stop(); // and the destructor once more
}

QTEST_MAIN(TestAreaWorker)
#include "tst_areaworker.moc"
