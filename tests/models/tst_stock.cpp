#include "catalogservice.h"
#include "stockservice.h"
#include "teststore.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using namespace md;

// Stock on hand always equals the sum of the SKU's moves and never goes below zero.
class TestStock : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }
    void initialStockIsAMove();
    void adjustmentsAreMovesWithReasons();
    void cannotGoNegative();
    void orderReasonsAreNotForStaff();
    void invariantHoldsUnderConcurrentAdjustments();
    void supportCannotAdjust();

private:
    std::unique_ptr<TestStore> m_store;
};

void TestStock::initialStockIsAMove()
{
    const qint64 sku =
        m_store->sku(m_store->product(m_store->category()), QStringLiteral("A"), 100, 12);
    StockService stock(m_store->ctx());
    auto moves = stock.moves(sku);
    QVERIFY(moves.ok());
    QCOMPARE(moves->size(), 1);
    QCOMPARE(moves->first().delta, qint64(12));
    QCOMPARE(moves->first().reason, StockReason::Import);
    QCOMPARE(*stock.sumOfMoves(sku), qint64(12));
}

void TestStock::adjustmentsAreMovesWithReasons()
{
    const qint64 sku =
        m_store->sku(m_store->product(m_store->category()), QStringLiteral("A"), 100, 10);
    StockService stock(m_store->ctx());
    const Actor clerk = Actor::staff(5, StaffRole::Clerk);
    auto a =
        stock.adjust(clerk, sku, -3, StockReason::Adjustment, QStringLiteral("damaged in storage"));
    QVERIFY(a.ok());
    QCOMPARE(a->stockOnHand, qint64(7));
    auto b = stock.adjust(clerk, sku, 20, StockReason::Import, QStringLiteral("delivery"));
    QVERIFY(b.ok());
    QCOMPARE(b->stockOnHand, qint64(27));
    auto moves = stock.moves(sku);
    QCOMPARE(moves->size(), 3);
    QCOMPARE(moves->at(0).delta, qint64(20)); // newest first
    QCOMPARE(moves->at(0).stockAfter, qint64(27));
    QCOMPARE(moves->at(1).note, QStringLiteral("damaged in storage"));
    QCOMPARE(moves->at(1).staffId, qint64(5));
    QCOMPARE(*stock.sumOfMoves(sku), b->stockOnHand);
}

void TestStock::cannotGoNegative()
{
    const qint64 sku =
        m_store->sku(m_store->product(m_store->category()), QStringLiteral("A"), 100, 2);
    StockService stock(m_store->ctx());
    auto r =
        stock.adjust(Actor::system(), sku, -3, StockReason::Adjustment, QStringLiteral("count"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().codeName(), QStringLiteral("insufficient_stock"));
    QCOMPARE(CatalogService(m_store->ctx()).sku(sku)->stockOnHand, qint64(2));
    QCOMPARE(stock.moves(sku)->size(), 1);
    auto zero =
        stock.adjust(Actor::system(), sku, 0, StockReason::Adjustment, QStringLiteral("nothing"));
    QCOMPARE(zero.error().codeName(), QStringLiteral("invalid_quantity"));
    auto unknown = stock.adjust(Actor::system(), 999, 1, StockReason::Adjustment, QString());
    QCOMPARE(unknown.error().codeName(), QStringLiteral("not_found"));
}

void TestStock::orderReasonsAreNotForStaff()
{
    const qint64 sku =
        m_store->sku(m_store->product(m_store->category()), QStringLiteral("A"), 100, 2);
    auto r = StockService(m_store->ctx())
                 .adjust(Actor::system(), sku, 1, StockReason::Return, QString());
    QCOMPARE(r.error().codeName(), QStringLiteral("invalid_argument"));
}

void TestStock::invariantHoldsUnderConcurrentAdjustments()
{
    const qint64 sku =
        m_store->sku(m_store->product(m_store->category()), QStringLiteral("A"), 100, 50);
    std::atomic<int> refused{0};
    auto worker = [&](quint32 seed) {
        QRandomGenerator rng(seed);
        StockService stock(m_store->ctx());
        for (int i = 0; i < 100; ++i) {
            const qint64 delta =
                rng.bounded(2) ? -qint64(rng.bounded(1, 8)) : qint64(rng.bounded(1, 4));
            if (!stock.adjust(Actor::system(), sku, delta, StockReason::Adjustment,
                              QStringLiteral("race")))
                ++refused;
        }
    };
    QList<QThread *> threads;
    for (quint32 t = 0; t < 4; ++t)
        threads.append(QThread::create(worker, t + 1));
    for (auto *t : threads)
        t->start();
    for (auto *t : threads) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    StockService stock(m_store->ctx());
    auto current = CatalogService(m_store->ctx()).sku(sku);
    QVERIFY(current->stockOnHand >= 0);
    QCOMPARE(*stock.sumOfMoves(sku), current->stockOnHand);
    QVERIFY(refused.load() > 0); // the random walk hits zero: the guard really refused some
}

void TestStock::supportCannotAdjust()
{
    const qint64 sku =
        m_store->sku(m_store->product(m_store->category()), QStringLiteral("A"), 100, 2);
    auto r = StockService(m_store->ctx())
                 .adjust(Actor::staff(1, StaffRole::Support), sku, 5, StockReason::Adjustment,
                         QStringLiteral("x"));
    QCOMPARE(r.error().codeName(), QStringLiteral("forbidden"));
}

QTEST_GUILESS_MAIN(TestStock)
#include "tst_stock.moc"
