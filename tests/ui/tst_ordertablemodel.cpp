#include "money.h"
#include "orderhistory.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "sqlquery.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace md;

// The order list model against a real store of 20,000 orders: model invariants, a row count that
// is the filtered total, the last row read without reading the pages before it, a bounded cache,
// and filters and sorting done by the store.
class TestOrderTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void passesTheModelTester();
    void rowCountIsTheFilteredTotal();
    void theLastRowArrivesWithoutLoadingEveryPage();
    void theCacheKeepsABoundedNumberOfPages();
    void filterByStatusChangesTheCount_data();
    void filterByStatusChangesTheCount();
    void anAnswerToAnOlderFilterIsDropped();
    void sortingIsDoneByTheStore();
    void sortingByMemberNameCrossesPages_data();
    void sortingByMemberNameCrossesPages();
    void aRefreshReadsTheShownRowsAgain();

private:
    static constexpr qint64 kOrders = 20000;
    static constexpr int kWait = 10000;
    static qint64 countOf(OrderStatus status)
    {
        qint64 n = 0;
        for (qint64 i = 0; i < kOrders; ++i)
            n += OrderHistory::statusOf(i) == status;
        return n;
    }
    static bool loaded(const OrderTableModel &m, int row)
    {
        return m.index(row, 0).data(OrderTableModel::LoadedRole).toBool();
    }

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<OrdersView> m_view;
    const qint64 m_start = 1767225600000; // 2026-01-01T00:00:00Z
};

void TestOrderTableModel::initTestCase()
{
    m_store = std::make_unique<TestStore>();
    const qint64 cat = m_store->category();
    const qint64 product = m_store->product(cat);
    const qint64 sku = m_store->sku(product, QStringLiteral("LJ-250"), 1000, 10);
    const QList<qint64> members{
        m_store->member(QStringLiteral("a@example.com"), QStringLiteral("张三")),
        m_store->member(QStringLiteral("b@example.com"), QStringLiteral("Li Lei"))};
    const Status written =
        OrderHistory::write(m_store->ctx(), kOrders, sku, product, members, m_start);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
}

void TestOrderTableModel::cleanupTestCase()
{
    m_store.reset();
}

void TestOrderTableModel::init()
{
    m_view = std::make_unique<OrdersView>(m_store->ctx(), QStringLiteral("CNY"),
                                          Actor::staff(1, StaffRole::Manager), nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), kOrders, kWait);
}

void TestOrderTableModel::cleanup()
{
    m_view.reset();
}

void TestOrderTableModel::passesTheModelTester()
{
    OrderTableModel *m = m_view->model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, 0), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, m->rowCount() - 1), kWait);
    OrderQuery q;
    q.status = OrderStatus::Paid;
    m->setFilter(q);
    QTRY_COMPARE_WITH_TIMEOUT(m->total(), countOf(OrderStatus::Paid), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, 0), kWait);
    m->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m->pagesLoaded() >= 2, kWait);
}

void TestOrderTableModel::rowCountIsTheFilteredTotal()
{
    OrderTableModel *m = m_view->model();
    QCOMPARE(m->rowCount(), int(kOrders));
    QCOMPARE(m->pagesLoaded(), 0); // nobody asked for a row yet
    QCOMPARE(m->index(0, OrderTableModel::Number).data().toString(),
             OrderTableModel::tr("Loading…"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, 0), kWait);
    // Newest first: row 0 is the last order written.
    const OrderSummary *first = m->summary(0);
    QVERIFY(first);
    QCOMPARE(first->id, kOrders);
    QCOMPARE(first->placedAt, m_start + (kOrders - 1) * OrderHistory::kMinute);
    QCOMPARE(m->index(0, OrderTableModel::Status).data().toString(),
             OrderTableModel::statusText(OrderHistory::statusOf(kOrders - 1)));
    QCOMPARE(m->index(0, OrderTableModel::Items).data().toLongLong(), 1 + (kOrders - 1) % 3);
    QCOMPARE(m->index(0, OrderTableModel::Member).data().toString(),
             (kOrders - 1) % 2 == 0 ? QStringLiteral("张三") : QStringLiteral("Li Lei"));
    const qint64 total = (1000 + (kOrders - 1) % 7 * 100) * (1 + (kOrders - 1) % 3) + 800;
    QCOMPARE(m->index(0, OrderTableModel::Total).data().toString(),
             Money(total, QStringLiteral("CNY")).format());
    // Placed in the store's zone (Asia/Shanghai, UTC+8).
    const QDateTime placed =
        QDateTime::fromMSecsSinceEpoch(first->placedAt, QTimeZone::utc()).addSecs(8 * 3600);
    QCOMPARE(m->index(0, OrderTableModel::Placed).data().toString(),
             placed.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(m->pagesLoaded(), 1);
}

void TestOrderTableModel::theLastRowArrivesWithoutLoadingEveryPage()
{
    OrderTableModel *m = m_view->model();
    const int last = m->rowCount() - 1;
    QVERIFY(!loaded(*m, last));
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, last), kWait);
    QCOMPARE(m->summary(last)->id, qint64(1)); // the oldest order
    QCOMPARE(m->summary(last)->placedAt, m_start);
    const int pages = int((kOrders + OrderTableModel::kPageSize - 1) / OrderTableModel::kPageSize);
    QVERIFY2(m->pagesLoaded() == 1,
             qPrintable(QStringLiteral("%1 of %2 pages read").arg(m->pagesLoaded()).arg(pages)));
    // A row in the middle of the last page came with it.
    QVERIFY(loaded(*m, last - OrderTableModel::kPageSize / 2));
}

void TestOrderTableModel::theCacheKeepsABoundedNumberOfPages()
{
    OrderTableModel *m = m_view->model();
    const int pages = OrderTableModel::kMaxCachedPages + 10;
    for (int p = 0; p < pages; ++p) {
        const int row = p * OrderTableModel::kPageSize;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, row), kWait);
        QVERIFY(m->cachedPageCount() <= OrderTableModel::kMaxCachedPages);
    }
    QCOMPARE(m->pagesLoaded(), pages);
    QCOMPARE(m->cachedPageCount(), OrderTableModel::kMaxCachedPages);
    // The least recently shown pages went first: page 0 is read again.
    QVERIFY(!loaded(*m, 0));
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, 0), kWait);
    QCOMPARE(m->pagesLoaded(), pages + 1);
}

void TestOrderTableModel::filterByStatusChangesTheCount_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("cancelled") << int(OrderStatus::Cancelled);
    QTest::newRow("paid") << int(OrderStatus::Paid);
    QTest::newRow("completed") << int(OrderStatus::Completed);
    QTest::newRow("shipped (none)") << int(OrderStatus::Shipped);
}

void TestOrderTableModel::filterByStatusChangesTheCount()
{
    QFETCH(int, status);
    OrderTableModel *m = m_view->model();
    OrderQuery q;
    q.status = OrderStatus(status);
    m->setFilter(q);
    QCOMPARE(m->rowCount(), 0); // until the new count arrives
    const qint64 expected = countOf(OrderStatus(status));
    QTRY_COMPARE_WITH_TIMEOUT(m->total(), expected, kWait);
    QCOMPARE(m->rowCount(), int(expected));
    if (expected == 0)
        return;
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, m->rowCount() - 1), kWait);
    QCOMPARE(m->summary(m->rowCount() - 1)->status, OrderStatus(status));
    QCOMPARE(m->index(m->rowCount() - 1, OrderTableModel::Status).data().toString(),
             OrderTableModel::statusText(OrderStatus(status)));
}

void TestOrderTableModel::anAnswerToAnOlderFilterIsDropped()
{
    OrderTableModel *m = m_view->model();
    OrderQuery cancelled;
    cancelled.status = OrderStatus::Cancelled;
    m->setFilter(cancelled); // its count is asked for, and overtaken at once
    OrderQuery paid;
    paid.status = OrderStatus::Paid;
    m->setFilter(paid);
    QTRY_COMPARE_WITH_TIMEOUT(m->total(), countOf(OrderStatus::Paid), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, 0), kWait);
    QTest::qWait(200); // any answer to the cancelled list would have arrived by now
    QCOMPARE(m->total(), countOf(OrderStatus::Paid));
    for (int row = 0; row < OrderTableModel::kPageSize; ++row)
        QCOMPARE(m->summary(row)->status, OrderStatus::Paid);
    QCOMPARE(m->pagesLoaded(), 1);
}

void TestOrderTableModel::sortingIsDoneByTheStore()
{
    OrderTableModel *m = m_view->model();
    m->sort(OrderTableModel::Total, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(m->total(), kOrders, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, 0), kWait);
    qint64 highest = 0, highestId = 0;
    for (qint64 i = 0; i < kOrders; ++i) {
        const qint64 t = (1000 + i % 7 * 100) * (1 + i % 3) + 800;
        if (t >= highest) { // ties: the highest id first
            highest = t;
            highestId = i + 1;
        }
    }
    QCOMPARE(m->summary(0)->total, highest);
    QCOMPARE(m->summary(0)->id, highestId);
    for (int row = 1; row < OrderTableModel::kPageSize; ++row)
        QVERIFY(m->summary(row)->total <= m->summary(row - 1)->total);

    m->sort(OrderTableModel::Number, Qt::AscendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(m->total(), kOrders, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, 0), kWait);
    QCOMPARE(m->summary(0)->id, qint64(1));
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, m->rowCount() - 1), kWait);
    QCOMPARE(m->summary(m->rowCount() - 1)->id, kOrders);

    // By status name ("cancelled" < "completed" < "paid"), then by time: the oldest cancelled
    // order first, the newest paid one last.
    m->sort(OrderTableModel::Status, Qt::AscendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(m->total(), kOrders, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, 0), kWait);
    qint64 newestPaid = 0;
    for (qint64 i = 0; i < kOrders; ++i) {
        if (OrderHistory::statusOf(i) == OrderStatus::Paid)
            newestPaid = i + 1;
    }
    QCOMPARE(m->summary(0)->status, OrderStatus::Cancelled);
    QCOMPARE(m->summary(0)->id, qint64(1));
    QVERIFY(m->summary(1)->placedAt > m->summary(0)->placedAt);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, m->rowCount() - 1), kWait);
    QCOMPARE(m->summary(m->rowCount() - 1)->id, newestPaid);
}

void TestOrderTableModel::sortingByMemberNameCrossesPages_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("ascending") << Qt::AscendingOrder;
    QTest::newRow("descending") << Qt::DescendingOrder;
}

// Odd ids are 张三's, even ids Li Lei's; "Li Lei" < "张三" (code points), and each member's
// orders follow by time. Rows either side of page boundaries, of the switch from one member to
// the other (row 10,000), and in the second half (read backwards from the end) are checked.
void TestOrderTableModel::sortingByMemberNameCrossesPages()
{
    QFETCH(Qt::SortOrder, order);
    OrderTableModel *m = m_view->model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->sort(OrderTableModel::Member, order);
    QTRY_COMPARE_WITH_TIMEOUT(m->total(), kOrders, kWait);
    const auto expectedId = [order](qint64 row) {
        const qint64 half = kOrders / 2;
        if (order == Qt::AscendingOrder)
            return row < half ? 2 * (row + 1) : 2 * (row - half) + 1;
        return row < half ? kOrders - 1 - 2 * row : kOrders - 2 * (row - half);
    };
    const QString first =
        order == Qt::AscendingOrder ? QStringLiteral("Li Lei") : QStringLiteral("张三");
    const QString second =
        order == Qt::AscendingOrder ? QStringLiteral("张三") : QStringLiteral("Li Lei");
    for (const int row : {0, 99, 100, 101, 9999, 10000, 10099, 10100, 15000, 19999}) {
        QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, row), kWait);
        QCOMPARE(m->summary(row)->id, expectedId(row));
        QCOMPARE(m->index(row, OrderTableModel::Member).data().toString(),
                 row < kOrders / 2 ? first : second);
    }
}

void TestOrderTableModel::aRefreshReadsTheShownRowsAgain()
{
    OrderTableModel *m = m_view->model();
    m_view->resize(1000, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m->summary(0), kWait); // painted, so asked for
    const qint64 units = m->summary(0)->units;
    // Far away, out of sight: cached, not shown.
    QTRY_VERIFY_WITH_TIMEOUT(loaded(*m, m->rowCount() - 1), kWait);
    const int pages = m->pagesLoaded();

    // As a sync would: the newest order changes in the store.
    SqlQuery change(m_store->ctx().connection(),
                    QStringLiteral("UPDATE orders SET units = units + 10 WHERE id = ?"), {kOrders});
    QVERIFY(change.exec().ok());
    m->refresh();
    // The shown rows come again without anybody asking for data() but the view.
    QTRY_COMPARE_WITH_TIMEOUT(m->summary(0)->units, units + 10, kWait);
    QCOMPARE(m->rowCount(), int(kOrders));
    QTest::qWait(100);
    QCOMPARE(m->pagesLoaded(), pages + 1); // only the shown page was read again
    SqlQuery back(m_store->ctx().connection(),
                  QStringLiteral("UPDATE orders SET units = units - 10 WHERE id = ?"), {kOrders});
    QVERIFY(back.exec().ok());
}

QTEST_MAIN(TestOrderTableModel)
#include "tst_ordertablemodel.moc"
