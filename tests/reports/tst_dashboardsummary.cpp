#include "dashboardsummary.h"
#include "refundservice.h"

#include "shopfixture.h"

#include <QTest>
#include <QTimeZone>

using namespace md;

// The dashboard's figures on a small shop driven through the real services, with "today" in the
// store's zone (Asia/Shanghai) on a day whose UTC date differs.
class TestDashboardSummary : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_shop = std::make_unique<ShopFixture>(); }
    void cleanup() { m_shop.reset(); }
    void todayWorkAndTrend();
    void emptyShop();

private:
    static qint64 shanghai(const QDate &day, const QTime &time)
    {
        return QDateTime(day, time, QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
    }
    // Places an order of `quantity` x skuId for a new customer; paid when asked.
    qint64 order(const QString &email, qint64 skuId, qint64 quantity, bool paid)
    {
        const auto [member, address] = m_shop->customer(email);
        m_shop->addToCart(member, skuId, quantity);
        auto placed = m_shop->place(member, address, email);
        TestStore::check(placed);
        if (paid)
            TestStore::check(m_shop->pay(member, placed->order.id));
        m_lastMember = member;
        return placed->order.id;
    }

    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_lastMember = 0;
};

void TestDashboardSummary::todayWorkAndTrend()
{
    const QDate today(2026, 3, 10);
    // Yesterday 23:30 in Shanghai (15:30 UTC): one paid order of 2 x ¥45.00.
    m_shop->clock().setNowMs(shanghai(today.addDays(-1), QTime(23, 30)));
    order(QStringLiteral("a@example.com"), m_shop->skuTeaBig, 2, true);
    // Today 00:30 in Shanghai, still the 9th in UTC: one paid order of ¥128.00, refund asked.
    m_shop->clock().setNowMs(shanghai(today, QTime(0, 30)));
    const qint64 refunded = order(QStringLiteral("b@example.com"), m_shop->skuTea, 1, true);
    const Order o = m_shop->order(refunded);
    TestStore::check(RefundService(m_shop->ctx())
                         .request(Actor::member(m_lastMember), refunded, {{o.lines[0].id, 1}},
                                  QStringLiteral("damaged")));
    // Today 10:00: one unpaid order, and a SKU brought down to its threshold (5).
    m_shop->clock().setNowMs(shanghai(today, QTime(10, 0)));
    order(QStringLiteral("c@example.com"), m_shop->skuPot, 1, false);
    const qint64 low = m_shop->sku(m_shop->teapot, QStringLiteral("POT-LOW"), 9900, 5);

    auto s = DashboardSummary::compute(m_shop->ctx(), m_shop->clock().nowMs(), 7, 10);
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s->today, today);
    QCOMPARE(s->currency, QStringLiteral("CNY"));
    QCOMPARE(s->ordersPlacedToday, qint64(2)); // the 00:30 and the 10:00 orders
    QCOMPARE(s->salesToday.orders, qint64(1)); // paid today: only the 00:30 one
    QCOMPARE(s->salesToday.grossSales, qint64(12800));
    QCOMPARE(s->awaitingShipment, qint64(2)); // both paid orders
    QCOMPARE(s->refundRequests, qint64(1));
    QCOMPARE(s->lowStockCount, qint64(1));
    QCOMPARE(s->lowStock.size(), 1);
    QCOMPARE(s->lowStock.first().skuId, low);
    QCOMPARE(s->lowStock.first().skuCode, QStringLiteral("POT-LOW"));
    QCOMPARE(s->lowStock.first().title, QStringLiteral("紫砂壶 Yixing teapot"));
    QCOMPARE(s->lowStock.first().stockOnHand, qint64(5));
    // Seven days ending today; yesterday holds the 23:30 order.
    QCOMPARE(s->trend.size(), 7);
    QCOMPARE(s->trend.first().firstDay, today.addDays(-6));
    QCOMPARE(s->trend.last().firstDay, today);
    QCOMPARE(s->trend[5].orders, qint64(1));
    QCOMPARE(s->trend[5].grossSales, qint64(9000));
    QCOMPARE(s->trend[5].units, qint64(2));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(s->trend[i].orders, qint64(0));
}

void TestDashboardSummary::emptyShop()
{
    auto s = DashboardSummary::compute(m_shop->ctx(), m_shop->clock().nowMs());
    QVERIFY(s.ok());
    QCOMPARE(s->ordersPlacedToday, qint64(0));
    QCOMPARE(s->salesToday.orders, qint64(0));
    QCOMPARE(s->awaitingShipment, qint64(0));
    QCOMPARE(s->refundRequests, qint64(0));
    QCOMPARE(s->lowStockCount, qint64(0));
    QCOMPARE(s->trend.size(), 30);
}

QTEST_GUILESS_MAIN(TestDashboardSummary)
#include "tst_dashboardsummary.moc"
