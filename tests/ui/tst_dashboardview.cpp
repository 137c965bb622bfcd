#include "dashboardview.h"

#include "shopfixture.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace md;

// The dashboard computes its figures off the GUI thread and shows them once they arrive.
class TestDashboardView : public QObject
{
    Q_OBJECT

private slots:
    void showsTodaysFigures();
};

void TestDashboardView::showsTodaysFigures()
{
    QLocale::setDefault(QLocale::c());
    ShopFixture shop;
    const auto [member, address] = shop.customer(QStringLiteral("a@example.com"));
    shop.addToCart(member, shop.skuTea, 2);
    auto placed = shop.place(member, address, QStringLiteral("k1"));
    QVERIFY(placed.ok());
    QVERIFY(shop.pay(member, placed->order.id).ok());
    shop.sku(shop.teapot, QStringLiteral("POT-LOW"), 9900, 1);

    DashboardView view(shop.ctx());
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.resize(900, 600);
    view.show(); // showing it loads the figures
    QTRY_VERIFY(refreshed.count() >= 1);

    QCOMPARE(view.summary().ordersPlacedToday, qint64(1));
    const auto value = [&view](int tile) {
        return view.findChild<QLabel *>(QStringLiteral("dashboardValue%1").arg(tile))->text();
    };
    QCOMPARE(value(0), QStringLiteral("1"));                                     // orders today
    QVERIFY2(value(1).contains(QStringLiteral("256.00")), qPrintable(value(1))); // 2 x ¥128.00
    QCOMPARE(value(2), QStringLiteral("1")); // awaiting shipment
    QCOMPARE(value(3), QStringLiteral("0")); // refund requests
    QCOMPARE(value(4), QStringLiteral("1")); // low stock
    auto *lowStock = view.findChild<QListWidget *>();
    QCOMPARE(lowStock->count(), 1);
    QVERIFY(lowStock->item(0)->text().contains(QStringLiteral("POT-LOW")));
    // The chart: one bar per day of the last 30, today's the day's net sales.
    auto *chart = view.findChild<QChartView *>()->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), 30);
    QCOMPARE(bars->barSets().first()->at(29), 256.0);

    // A later refresh shows new work.
    auto second = shop.place(member, address, QStringLiteral("k2"));
    QVERIFY(!second.ok()); // the cart is empty now: nothing placed, nothing changes
    shop.addToCart(member, shop.skuTeaBig, 1);
    QVERIFY(shop.place(member, address, QStringLiteral("k3")).ok());
    view.refresh();
    QTRY_COMPARE(view.summary().ordersPlacedToday, qint64(2));
    QCOMPARE(value(0), QStringLiteral("2"));
    QCOMPARE(value(2), QStringLiteral("1")); // the new one is not paid
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
