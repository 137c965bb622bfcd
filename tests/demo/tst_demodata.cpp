#include "demoshopgenerator.h"
#include "orderservice.h"
#include "sqlquery.h"
#include "teststore.h"

#include <QTest>

using namespace md;

// The demo shop generator on a small scale: deterministic, consistent, and varied.
class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void smallShop();
    void sameSeedSameShop();
    void refusesANonEmptyStore();
    void stoppedLeavesNothingBehind_data();
    void stoppedLeavesNothingBehind();

private:
    static DemoOptions small()
    {
        DemoOptions o;
        o.products = 60;
        o.members = 80;
        o.orders = 3000;
        o.days = 200;
        o.recentDays = 10;
        o.endMs = 1762822800000; // 2025-11-11T01:00:00Z
        o.staffPassword = QStringLiteral("staff-password");
        return o;
    }
    static qint64 scalar(TestStore &s, const QString &sql)
    {
        return *SqlQuery(s.db().connection(), sql).scalar();
    }
};

void TestDemoData::smallShop()
{
    TestStore store;
    auto report = DemoShopGenerator(store.ctx(), small()).generate();
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report->products, 60);
    QCOMPARE(report->members, 80);
    QVERIFY(report->categories >= 20);
    QVERIFY(report->skus >= 60 && report->skus <= 360);
    QVERIFY(report->orders > 2800 && report->orders <= 3000);
    QVERIFY(report->refunds > 0 && report->reviews > 0);
    // Every status is represented, so every screen has something to show.
    for (const char *status :
         {"pending_payment", "paid", "shipped", "delivered", "completed", "cancelled"}) {
        QVERIFY2(scalar(store, QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = '%1'")
                                   .arg(QLatin1String(status))) > 0,
                 status);
    }
    QVERIFY(scalar(store,
                   QStringLiteral("SELECT COUNT(*) FROM refunds WHERE status = 'requested'")) > 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM staff")), qint64(4));
    // 双11 is the busiest day of the year.
    const qint64 peak = scalar(
        store, QStringLiteral("SELECT COUNT(*) FROM orders WHERE local_date = '2025-11-10'"));
    const qint64 ordinary = scalar(
        store, QStringLiteral("SELECT COUNT(*) FROM orders WHERE local_date = '2025-10-15'"));
    QVERIFY2(peak > 2 * ordinary, qPrintable(QStringLiteral("%1 vs %2").arg(peak).arg(ordinary)));
    // Invariants: stock equals its moves, ledgers equal their sums, lines add up to orders.
    QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM skus s WHERE stock_on_hand <> "
                                          "(SELECT COALESCE(SUM(delta), 0) "
                                          "FROM stock_moves m WHERE m.sku_id = s.id)")),
             qint64(0));
    QCOMPARE(
        scalar(store,
               QStringLiteral(
                   "SELECT COUNT(*) FROM members m WHERE points <> (SELECT COALESCE(SUM(delta), 0) "
                   "FROM points_ledger l WHERE l.member_id = m.id) OR balance <> (SELECT "
                   "COALESCE(SUM(delta), 0) FROM balance_ledger l WHERE l.member_id = m.id)")),
        qint64(0));
    QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM orders o WHERE total - "
                                          "shipping_fee <> (SELECT SUM(line_total) "
                                          "FROM order_lines l WHERE l.order_id = o.id)")),
             qint64(0));
    QCOMPARE(
        scalar(
            store,
            QStringLiteral(
                "SELECT COUNT(*) FROM skus WHERE reserved <> (SELECT COALESCE(SUM(l.quantity - "
                "l.shipped_qty - l.refunded_qty), 0) FROM order_lines l JOIN orders o ON o.id = "
                "l.order_id WHERE l.sku_id = skus.id AND o.status IN ('pending_payment', 'paid', "
                "'shipped'))")),
        qint64(0));
    // Members reached tiers from their history.
    QVERIFY(scalar(store, QStringLiteral("SELECT COUNT(*) FROM members WHERE tier <> 'regular'")) >
            0);
}

void TestDemoData::sameSeedSameShop()
{
    TestStore a, b;
    QVERIFY(DemoShopGenerator(a.ctx(), small()).generate().ok());
    QVERIFY(DemoShopGenerator(b.ctx(), small()).generate().ok());
    for (const QString &sql : {QStringLiteral("SELECT COUNT(*) FROM orders"),
                               QStringLiteral("SELECT SUM(total) FROM orders"),
                               QStringLiteral("SELECT SUM(id * quantity) FROM order_lines"),
                               QStringLiteral("SELECT SUM(points) FROM members")})
        QCOMPARE(scalar(a, sql), scalar(b, sql));
}

void TestDemoData::refusesANonEmptyStore()
{
    TestStore store;
    store.product(store.category());
    auto r = DemoShopGenerator(store.ctx(), small()).generate();
    QCOMPARE(r.error().codeName(), QStringLiteral("already_exists"));
}

void TestDemoData::stoppedLeavesNothingBehind_data()
{
    QTest::addColumn<QString>("stage");
    QTest::newRow("order history") << QStringLiteral("order history");
    QTest::newRow("recent orders") << QStringLiteral("recent orders");
}

// The desktop's first run can be stopped while it makes the demo shop: the generation ends at the
// next progress report, and the store is as empty as before, so the next start makes it anew.
void TestDemoData::stoppedLeavesNothingBehind()
{
    QFETCH(QString, stage);
    TestStore store;
    QStringList seen;
    auto r =
        DemoShopGenerator(store.ctx(), small()).generate([&](const QString &s, qint64, qint64) {
            if (seen.isEmpty() || seen.last() != s)
                seen.append(s);
            return s != stage;
        });
    QVERIFY(!r.ok());
    QVERIFY(DemoShopGenerator::isCancelled(r.error()));
    QCOMPARE(seen.last(), stage); // stopped there, with nothing reported after it
    for (const char *table : {"products", "members", "orders", "coupon_campaigns"})
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                 qint64(0));
    // The staff accounts are made before the shop's one transaction; the next run uses them.
    QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM staff")), qint64(4));
    auto again = DemoShopGenerator(store.ctx(), small()).generate();
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
    QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM staff")), qint64(4));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
