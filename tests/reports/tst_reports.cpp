// Report engine and every registered report on small fixed data sets: store-zone bucketing at
// month and day boundaries (Asia/Shanghai, Europe/London across DST), previous period, golden
// CSVs, and figures computed by hand. The Sales tests write orders directly; the other reports
// read a shop made through the real services (shopDataSet). Regenerate the goldens with
// MD_REGENERATE_GOLDEN=1 (docs/reports.md).
#include "basketreport.h"
#include "couponservice.h"
#include "flashsaleservice.h"
#include "refundservice.h"
#include "reportcommand.h"
#include "reportcsv.h"
#include "reportregistry.h"
#include "salesreport.h"
#include "storesettings.h"

#include "shopfixture.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<ShopFixture>(); }
    void cleanup() { m_store.reset(); }

    void shanghaiMonthBoundary();
    void londonDaysAcrossDst();
    void previousPeriodAndTotals();
    void refundsDatedWhenPaidOut();
    void badRequestIsRefused();
    void registryListsSales();
    void salesGoldenCsv();
    void commandLineWritesCsv();

    void goldenCsv_data();
    void goldenCsv();
    void paymentsByMethod();
    void productsRankedWithMargin();
    void productsTopAndBottom();
    void categoriesRollUpTheirProducts();
    void stockValueAndCover();
    void membersNewAndReturning();
    void rfmSegments();
    void basketRules();
    void funnelByBucket();
    void funnelByProduct();
    void promotions();
    void financeSummary();
    void everyReportRunsWithoutOrders();

private:
    static qint64 at(const char *local, const char *zone)
    {
        QDateTime t = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
        t.setTimeZone(QTimeZone(zone));
        return t.toMSecsSinceEpoch();
    }
    // An order paid at `paidAt` (UTC ms) with one line of `qty` x `unitPrice`; 0 paidAt = unpaid.
    qint64 order(qint64 paidAt, qint64 unitPrice, qint64 qty, qint64 tier = 0, qint64 coupon = 0,
                 qint64 points = 0, qint64 shipping = 0)
    {
        const qint64 subtotal = unitPrice * qty;
        const qint64 total = subtotal - tier - coupon - points + shipping;
        QSqlQuery q(m_store->ctx().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO orders (status, currency, subtotal, tier_discount, coupon_discount, "
            "points_discount, shipping_fee, total, amount_due, paid_amount, placed_at, local_date, "
            "paid_at, updated_at, units) VALUES (?, 'CNY', ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, "
            "?)"));
        q.addBindValue(paidAt ? QStringLiteral("paid") : QStringLiteral("pending_payment"));
        for (qint64 v : {subtotal, tier, coupon, points, shipping, total, total})
            q.addBindValue(v);
        q.addBindValue(paidAt ? total : 0);
        q.addBindValue(paidAt ? paidAt : 1);
        q.addBindValue(paidAt ? QVariant(paidAt) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(paidAt ? paidAt : 1);
        q.addBindValue(qty); // as OrderRepository stores it: the sum of the lines' quantities
        if (!q.exec())
            qFatal("order: %s", qPrintable(q.lastError().text()));
        const qint64 id = q.lastInsertId().toLongLong();
        QSqlQuery l(m_store->ctx().connection());
        l.prepare(QStringLiteral(
            "INSERT INTO order_lines (order_id, title, sku_code, unit_price, list_price, quantity, "
            "subtotal, line_total) VALUES (?, 'Tea', 'T1', ?, ?, ?, ?, ?)"));
        for (qint64 v : {id, unitPrice, unitPrice, qty, subtotal, subtotal})
            l.addBindValue(v);
        if (!l.exec())
            qFatal("line: %s", qPrintable(l.lastError().text()));
        return id;
    }
    void refund(qint64 orderId, qint64 amount, qint64 createdAt, qint64 refundedAt)
    {
        QSqlQuery q(m_store->ctx().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO refunds (order_id, status, amount, cash_amount, requested_by, created_at, "
            "refunded_at, updated_at) VALUES (?, ?, ?, ?, 'test', ?, ?, ?)"));
        q.addBindValue(orderId);
        q.addBindValue(refundedAt ? QStringLiteral("refunded") : QStringLiteral("requested"));
        q.addBindValue(amount);
        q.addBindValue(amount);
        q.addBindValue(createdAt);
        q.addBindValue(refundedAt ? QVariant(refundedAt)
                                  : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(createdAt);
        if (!q.exec())
            qFatal("refund: %s", qPrintable(q.lastError().text()));
    }
    static md::ReportRequest request(const char *from, const char *to, md::ReportBucket bucket,
                                     const char *zone)
    {
        md::ReportRequest r;
        r.from = QDate::fromString(QString::fromLatin1(from), Qt::ISODate);
        r.to = QDate::fromString(QString::fromLatin1(to), Qt::ISODate);
        r.bucket = bucket;
        r.timeZone = QString::fromLatin1(zone);
        return r;
    }
    md::ReportResult sales(const md::ReportRequest &r)
    {
        auto res = md::SalesReport().compute(m_store->ctx(), r);
        if (!res)
            qFatal("sales: %s", qPrintable(res.error().message));
        return res.value();
    }
    void fixedDataSet();

    // The services-made shop (see the definition for the story and the figures it implies).
    struct Shop
    {
        qint64 alice = 0, bob = 0, carol = 0, dave = 0;
        qint64 cup = 0, skuCup = 0;
        qint64 o1 = 0, o2 = 0, o3 = 0, o4 = 0, o5 = 0, o6 = 0;
    };
    Shop shopDataSet();
    void setTime(const char *local) { m_store->clock().setNowMs(at(local, "Asia/Shanghai")); }
    qint64 placeAndPay(qint64 member, qint64 address, const QString &key, const QString &method,
                       qint64 coupon = 0, qint64 points = 0, bool useBalance = false,
                       bool pay = true);
    md::ReportResult run(const QString &name, const md::ReportRequest &r)
    {
        const md::Report *report = md::ReportRegistry::standard().find(name);
        if (!report)
            qFatal("no report %s", qPrintable(name));
        auto res = report->compute(m_store->ctx(), r);
        if (!res)
            qFatal("%s: %s", qPrintable(name), qPrintable(res.error().message));
        return res.value();
    }
    // January and February 2026 by month, with the previous period.
    static md::ReportRequest janFeb(md::ReportBucket bucket = md::ReportBucket::Month)
    {
        md::ReportRequest r = request("2026-01-01", "2026-02-28", bucket, "Asia/Shanghai");
        r.comparePrevious = true;
        return r;
    }
    static QVariant cell(const md::ReportResult &r, int row, const char *key)
    {
        const int c = r.columnIndex(QString::fromLatin1(key));
        return c >= 0 && row < r.rows.size() ? r.rows[row].value(c) : QVariant();
    }
    static QString text(const md::ReportResult &r, int row, const char *key)
    {
        const int c = r.columnIndex(QString::fromLatin1(key));
        return r.cellText(cell(r, row, key), c);
    }
    static QString totalText(const md::ReportResult &r, const char *key)
    {
        const int c = r.columnIndex(QString::fromLatin1(key));
        return r.cellText(r.totals.value(c), c);
    }
    static int rowWith(const md::ReportResult &r, const char *key, const QVariant &value)
    {
        for (int i = 0; i < r.rows.size(); ++i)
            if (cell(r, i, key) == value)
                return i;
        return -1;
    }

    std::unique_ptr<ShopFixture> m_store;
};

void TestReports::shanghaiMonthBoundary()
{
    order(at("2026-01-31T23:30:00", "Asia/Shanghai"), 1000, 1); // 15:30 UTC on the 31st
    order(at("2026-02-01T00:10:00", "Asia/Shanghai"), 2000, 2); // 16:10 UTC on the 31st
    order(at("2026-01-01T00:00:00", "Asia/Shanghai"), 500, 1);  // first instant of January
    order(at("2025-12-31T23:59:59", "Asia/Shanghai"), 700, 1);  // outside the range
    order(0, 9999, 1);                                          // never paid: no sale
    const md::ReportResult r =
        sales(request("2026-01-01", "2026-02-28", md::ReportBucket::Month, "Asia/Shanghai"));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.integerAt(0, QStringLiteral("orders")), 2);
    QCOMPARE(r.integerAt(0, QStringLiteral("gross_sales")), 1500);
    QCOMPARE(r.integerAt(1, QStringLiteral("orders")), 1);
    QCOMPARE(r.integerAt(1, QStringLiteral("units")), 2);
    QCOMPARE(r.integerAt(1, QStringLiteral("gross_sales")), 4000);
    QCOMPARE(r.totalOf(QStringLiteral("orders")), 3);
}

void TestReports::londonDaysAcrossDst()
{
    // 2026-03-29: clocks go from 01:00 GMT to 02:00 BST, so that day is 23 hours long.
    order(at("2026-03-29T00:30:00", "Europe/London"), 100, 1);
    order(at("2026-03-29T23:30:00", "Europe/London"), 200, 1); // 22:30 UTC
    order(at("2026-03-30T00:30:00", "Europe/London"), 400, 1); // 23:30 UTC on the 29th
    const md::ReportResult r =
        sales(request("2026-03-28", "2026-03-30", md::ReportBucket::Day, "Europe/London"));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.integerAt(0, QStringLiteral("gross_sales")), 0);
    QCOMPARE(r.integerAt(1, QStringLiteral("gross_sales")), 300);
    QCOMPARE(r.integerAt(2, QStringLiteral("gross_sales")), 400);
    const auto b = md::ReportRequest(
                       request("2026-03-29", "2026-03-29", md::ReportBucket::Day, "Europe/London"))
                       .buckets();
    QCOMPARE(b.size(), 1);
    QCOMPARE(b[0].endMs - b[0].startMs, qint64(23) * 3600 * 1000);
}

void TestReports::previousPeriodAndTotals()
{
    order(at("2026-02-10T12:00:00", "Asia/Shanghai"), 1000, 1, 50, 100, 20, 1000);
    order(at("2026-03-10T12:00:00", "Asia/Shanghai"), 3000, 1);
    order(at("2026-03-11T12:00:00", "Asia/Shanghai"), 1001, 1);
    md::ReportRequest req =
        request("2026-03-01", "2026-03-31", md::ReportBucket::Month, "Asia/Shanghai");
    req.comparePrevious = true;
    QCOMPARE(req.previousPeriod().from, QDate(2026, 1, 29));
    QCOMPARE(req.previousPeriod().to, QDate(2026, 2, 28));
    const md::ReportResult r = sales(req);
    QCOMPARE(r.totalOf(QStringLiteral("gross_sales")), 4001);
    // (3000 + 1001) / 2 = 2000.5, half up
    QCOMPARE(r.totalOf(QStringLiteral("average_order_value")), 2001);
    const int net = r.columnIndex(QStringLiteral("net_sales"));
    QCOMPARE(r.previousTotals.value(net).toLongLong(), 1000 - 50 - 100 - 20);
    const int aov = r.columnIndex(QStringLiteral("average_order_value"));
    QCOMPARE(r.previousTotals.value(aov).toLongLong(), 1000 - 170 + 1000);
}

void TestReports::refundsDatedWhenPaidOut()
{
    const qint64 id = order(at("2026-01-20T12:00:00", "Asia/Shanghai"), 5000, 1);
    refund(id, 1200, at("2026-01-25T12:00:00", "Asia/Shanghai"),
           at("2026-02-02T09:00:00", "Asia/Shanghai"));
    refund(id, 300, at("2026-01-26T12:00:00", "Asia/Shanghai"), 0); // requested, not paid out
    const md::ReportResult r =
        sales(request("2026-01-01", "2026-02-28", md::ReportBucket::Month, "Asia/Shanghai"));
    QCOMPARE(r.integerAt(0, QStringLiteral("refunds")), 0);
    QCOMPARE(r.integerAt(1, QStringLiteral("refunds")), 1200);
    QCOMPARE(r.integerAt(1, QStringLiteral("net_sales")), -1200);
    QCOMPARE(r.totalOf(QStringLiteral("net_sales")), 3800);
}

void TestReports::badRequestIsRefused()
{
    auto r =
        md::SalesReport().compute(m_store->ctx(), request("2026-02-01", "2026-01-01",
                                                          md::ReportBucket::Day, "Asia/Shanghai"));
    QVERIFY(!r.ok());
    auto z = md::SalesReport().compute(
        m_store->ctx(), request("2026-01-01", "2026-01-02", md::ReportBucket::Day, "Mars/Olympus"));
    QVERIFY(!z.ok());
    QVERIFY(!md::ReportRequest::parseBucket(QStringLiteral("year")).ok());
}

void TestReports::registryListsSales()
{
    QVERIFY(md::ReportRegistry::standard().names().contains(QStringLiteral("sales")));
    QVERIFY(md::ReportRegistry::standard().find(QStringLiteral("nope")) == nullptr);
}

void TestReports::fixedDataSet()
{
    const char *z = "Asia/Shanghai";
    order(at("2026-01-05T10:00:00", z), 12800, 1, 256, 0, 0, 0);
    order(at("2026-01-31T23:30:00", z), 4550, 2, 0, 1000, 500, 1000);
    const qint64 o = order(at("2026-02-14T20:00:00", z), 9900, 3, 594, 0, 0, 0);
    order(at("2026-03-01T00:00:00", z), 1, 1);
    order(0, 100000, 1);
    refund(o, 9900, at("2026-02-20T10:00:00", z), at("2026-03-02T10:00:00", z));
}

void TestReports::salesGoldenCsv()
{
    fixedDataSet();
    md::ReportRequest req =
        request("2026-01-01", "2026-03-31", md::ReportBucket::Month, "Asia/Shanghai");
    req.comparePrevious = true;
    const QByteArray csv = md::ReportCsv::toCsv(sales(req));
    const QString path = QStringLiteral(MD_GOLDEN_DIR "/sales_month.csv");
    if (qEnvironmentVariableIntValue("MD_REGENERATE_GOLDEN") == 1) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        QSKIP("golden regenerated");
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(QString::fromUtf8(csv), QString::fromUtf8(f.readAll()));
}

void TestReports::commandLineWritesCsv()
{
    fixedDataSet();
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const QStringList args = {
        QStringLiteral("merchantdesk"), QStringLiteral("--data-dir"), m_store->dir(),
        QStringLiteral("--report"),     QStringLiteral("sales"),      QStringLiteral("--from"),
        QStringLiteral("2026-01-01"),   QStringLiteral("--to"),       QStringLiteral("2026-03-31"),
        QStringLiteral("--by"),         QStringLiteral("month"),      QStringLiteral("--compare")};
    QCOMPARE(md::ReportCommand::run(args, out, err), 0);
    QVERIFY2(errText.isEmpty(), qPrintable(errText));
    QFile f(QStringLiteral(MD_GOLDEN_DIR "/sales_month.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(outText, QString::fromUtf8(f.readAll()));

    QStringList bad = args;
    bad[bad.indexOf(QStringLiteral("month"))] = QStringLiteral("year");
    outText.clear();
    QCOMPARE(md::ReportCommand::run(bad, out, err), 2);
    QVERIFY(outText.isEmpty());
    QVERIFY(!errText.isEmpty());
}

qint64 TestReports::placeAndPay(qint64 member, qint64 address, const QString &key,
                                const QString &method, qint64 coupon, qint64 points,
                                bool useBalance, bool pay)
{
    auto placed = m_store->place(member, address, key, method, coupon, points, useBalance);
    TestStore::check(placed);
    if (pay) {
        if (!placed->payment)
            qFatal("no provider payment for %s", qPrintable(key));
        TestStore::check(m_store->callback(placed->payment->providerRef, placed->payment->amount,
                                           QStringLiteral("succeeded"),
                                           QStringLiteral("evt-") + key));
    }
    return placed->order.id;
}

// A tea shop's January and February 2026 (Asia/Shanghai), made through the services:
//   products longjing (SKUs LJ-250 ¥128, cost ¥60; LJ-100 ¥45, cost ¥20), teapot (POT-1 ¥88, cost
//   ¥30) and cup (CUP-1 ¥20, cost ¥5, 6 in stock, low-stock threshold 5); shipping ¥10 under ¥99.
//   Jan 5  alice registers, views longjing and teapot, buys LJ-250 + POT-1 (o1, Alipay ¥216)
//   Jan 6  bob registers, views longjing twice, buys 2 x LJ-100 (o2, WeChat ¥90 + ¥10 shipping)
//   Jan 8  alice is given 250 points
//   Jan 20 bob tops up ¥50 of balance, views teapot, buys POT-1 + CUP-1 (o3, ¥108: ¥50 balance,
//          ¥58 Alipay)
//   Feb 3  alice orders LJ-100 by card and never pays (o4)
//   Feb 10 carol registers, is issued a ¥10-off-¥100 coupon and given 1,200 points; a flash sale
//          sells POT-1 at ¥68 (10 allotted); she views teapot and cup and buys LJ-250 + POT-1 +
//          CUP-1 with the coupon and 500 points (o5, WeChat ¥201: ¥216 - ¥10 coupon - ¥5 points)
//   Feb 15 alice asks for POT-1 of o1 back; refunded in cash (¥88) on Feb 16
//   Feb 20 bob buys LJ-250 + LJ-100 by card (o6, ¥173)
//   Feb 25 dave registers and buys nothing
// A March campaign exists that the range must not list.
TestReports::Shop TestReports::shopDataSet()
{
    Shop s;
    ShopFixture &f = *m_store;
    const qint64 longjing = f.longjing, teapot = f.teapot;
    s.cup = f.product(f.teaware, QStringLiteral("茶杯 Teacup"));
    s.skuCup = f.sku(s.cup, QStringLiteral("CUP-1"), 2000, 6, 500);
    md::MemberService members(f.ctx());

    setTime("2026-01-05T09:00:00");
    auto [alice, aliceAddress] = f.customer(QStringLiteral("alice@example.com"));
    s.alice = alice;
    setTime("2026-01-05T10:00:00");
    TestStore::check(members.recordView(alice, longjing));
    TestStore::check(members.recordView(alice, teapot));
    f.addToCart(alice, f.skuTea, 1);
    f.addToCart(alice, f.skuPot, 1);
    s.o1 = placeAndPay(alice, aliceAddress, QStringLiteral("o1"), QStringLiteral("alipay"));

    setTime("2026-01-06T08:00:00");
    auto [bob, bobAddress] = f.customer(QStringLiteral("bob@example.com"));
    s.bob = bob;
    setTime("2026-01-06T09:00:00");
    TestStore::check(members.recordView(bob, longjing));
    TestStore::check(members.recordView(bob, longjing));
    f.addToCart(bob, f.skuTeaBig, 2);
    s.o2 = placeAndPay(bob, bobAddress, QStringLiteral("o2"), QStringLiteral("wechat"));

    setTime("2026-01-08T12:00:00");
    f.givePoints(alice, 250);

    setTime("2026-01-20T12:00:00");
    f.giveBalance(bob, 5000);
    TestStore::check(members.recordView(bob, teapot));
    f.addToCart(bob, f.skuPot, 1);
    f.addToCart(bob, s.skuCup, 1);
    s.o3 = placeAndPay(bob, bobAddress, QStringLiteral("o3"), QStringLiteral("alipay"), 0, 0, true);

    setTime("2026-02-03T15:00:00");
    f.addToCart(alice, f.skuTeaBig, 1);
    s.o4 = placeAndPay(alice, aliceAddress, QStringLiteral("o4"), QStringLiteral("card"), 0, 0,
                       false, false);

    setTime("2026-02-10T09:00:00");
    auto [carol, carolAddress] = f.customer(QStringLiteral("carol@example.com"));
    s.carol = carol;
    md::CouponService coupons(f.ctx());
    md::CampaignDraft d;
    d.name = QStringLiteral("满100减10 ¥10 off ¥100");
    d.terms.kind = md::CouponKind::Fixed;
    d.terms.amount = 1000;
    d.terms.minSpend = 10000;
    d.startsAt = at("2026-02-01T00:00:00", "Asia/Shanghai");
    d.endsAt = at("2026-03-01T00:00:00", "Asia/Shanghai");
    auto campaign = coupons.createCampaign(f.manager(), d);
    TestStore::check(campaign);
    TestStore::check(coupons.issue(f.manager(), campaign->id, {carol}));
    md::CampaignDraft march = d;
    march.name = QStringLiteral("三月 March");
    march.startsAt = at("2026-03-05T00:00:00", "Asia/Shanghai");
    march.endsAt = at("2026-03-31T00:00:00", "Asia/Shanghai");
    TestStore::check(coupons.createCampaign(f.manager(), march));
    md::FlashSaleDraft flash;
    flash.name = QStringLiteral("壶秒杀 Teapot flash sale");
    flash.startsAt = at("2026-02-10T00:00:00", "Asia/Shanghai");
    flash.endsAt = at("2026-02-12T00:00:00", "Asia/Shanghai");
    flash.items = {{f.skuPot, 6800, 10}};
    TestStore::check(md::FlashSaleService(f.ctx()).create(f.manager(), flash));
    f.givePoints(carol, 1200);
    TestStore::check(members.recordView(carol, teapot));
    TestStore::check(members.recordView(carol, s.cup));
    f.addToCart(carol, f.skuTea, 1);
    f.addToCart(carol, f.skuPot, 1);
    f.addToCart(carol, s.skuCup, 1);
    auto held = coupons.memberCoupons(md::Actor::member(carol), carol, true);
    TestStore::check(held);
    s.o5 = placeAndPay(carol, carolAddress, QStringLiteral("o5"), QStringLiteral("wechat"),
                       held->first().id, 500);

    setTime("2026-02-15T10:00:00");
    md::RefundService refunds(f.ctx());
    qint64 potLine = 0;
    for (const md::OrderLine &l : f.order(s.o1).lines)
        if (l.skuId == f.skuPot)
            potLine = l.id;
    auto asked =
        refunds.request(md::Actor::member(alice), s.o1, {{potLine, 1}}, QStringLiteral("chipped"));
    TestStore::check(asked);
    setTime("2026-02-16T10:00:00");
    TestStore::check(refunds.approve(f.manager(), asked->id, {}));

    setTime("2026-02-20T10:00:00");
    f.addToCart(bob, f.skuTea, 1);
    f.addToCart(bob, f.skuTeaBig, 1);
    s.o6 = placeAndPay(bob, bobAddress, QStringLiteral("o6"), QStringLiteral("card"));

    setTime("2026-02-25T10:00:00");
    s.dave = f.member(QStringLiteral("dave@example.com"));
    setTime("2026-03-01T12:00:00");
    return s;
}

void TestReports::goldenCsv_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("bucket");
    QTest::newRow("payments by month") << QStringLiteral("payments") << QStringLiteral("month");
    QTest::newRow("products") << QStringLiteral("products") << QStringLiteral("month");
    QTest::newRow("categories") << QStringLiteral("categories") << QStringLiteral("month");
    QTest::newRow("stock") << QStringLiteral("stock") << QStringLiteral("month");
    QTest::newRow("members by month") << QStringLiteral("members") << QStringLiteral("month");
    QTest::newRow("rfm") << QStringLiteral("rfm") << QStringLiteral("month");
    QTest::newRow("basket") << QStringLiteral("basket") << QStringLiteral("month");
    QTest::newRow("funnel by week") << QStringLiteral("funnel") << QStringLiteral("week");
    QTest::newRow("funnel by product")
        << QStringLiteral("funnel_products") << QStringLiteral("month");
    QTest::newRow("promotions") << QStringLiteral("promotions") << QStringLiteral("month");
    QTest::newRow("finance by day") << QStringLiteral("finance") << QStringLiteral("day");
}

// Every report's CSV of the services-made shop, byte for byte.
void TestReports::goldenCsv()
{
    QFETCH(QString, report);
    QFETCH(QString, bucket);
    shopDataSet();
    md::ReportRequest req = janFeb(md::ReportRequest::parseBucket(bucket).value());
    const QByteArray csv = md::ReportCsv::toCsv(run(report, req));
    const QString path = QStringLiteral(MD_GOLDEN_DIR "/%1_%2.csv").arg(report, bucket);
    if (qEnvironmentVariableIntValue("MD_REGENERATE_GOLDEN") == 1) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        QSKIP("golden regenerated");
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(QString::fromUtf8(csv), QString::fromUtf8(f.readAll()));
}

void TestReports::paymentsByMethod()
{
    shopDataSet();
    const md::ReportResult r = run(QStringLiteral("payments"), janFeb());
    QCOMPARE(r.rows.size(), 2);
    // January: o1 ¥216 and o3's ¥58 by Alipay, o2 ¥100 by WeChat, o3's ¥50 from balance.
    QCOMPARE(r.integerAt(0, QStringLiteral("alipay_orders")), 2);
    QCOMPARE(r.integerAt(0, QStringLiteral("alipay_amount")), 21600 + 5800);
    QCOMPARE(r.integerAt(0, QStringLiteral("wechat_amount")), 10000);
    QCOMPARE(r.integerAt(0, QStringLiteral("balance_orders")), 1);
    QCOMPARE(r.integerAt(0, QStringLiteral("balance_amount")), 5000);
    QCOMPARE(r.integerAt(0, QStringLiteral("total_amount")), 21600 + 10000 + 10800);
    // February: o5 by WeChat, o6 by card; o4 was never paid.
    QCOMPARE(r.integerAt(1, QStringLiteral("wechat_amount")), 20100);
    QCOMPARE(r.integerAt(1, QStringLiteral("card_orders")), 1);
    QCOMPARE(r.integerAt(1, QStringLiteral("card_amount")), 17300);
    QCOMPARE(r.totalOf(QStringLiteral("total_amount")), 42400 + 37400);
    // The methods add up to the Sales report's order totals (gross - discounts + shipping).
    const md::ReportResult sales = run(QStringLiteral("sales"), janFeb());
    QCOMPARE(r.totalOf(QStringLiteral("total_amount")),
             sales.totalOf(QStringLiteral("gross_sales")) -
                 sales.totalOf(QStringLiteral("coupon_discount")) -
                 sales.totalOf(QStringLiteral("points_discount")) -
                 sales.totalOf(QStringLiteral("tier_discount")) +
                 sales.totalOf(QStringLiteral("shipping")));
}

void TestReports::productsRankedWithMargin()
{
    const Shop s = shopDataSet();
    const md::ReportResult r = run(QStringLiteral("products"), janFeb());
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(cell(r, 0, "product_id").toLongLong(), m_store->longjing);
    QCOMPARE(cell(r, 1, "product_id").toLongLong(), m_store->teapot);
    QCOMPARE(cell(r, 2, "product_id").toLongLong(), s.cup);
    // Longjing: 12800 (o1) + 9000 (o2) + 11645 (o5: 12800 less 865 of the coupon and 290 of the
    // points, by largest remainder) + 12800 + 4500 (o6); cost 3 x 6000 + 3 x 2000.
    QCOMPARE(r.integerAt(0, QStringLiteral("units")), 6);
    QCOMPARE(r.integerAt(0, QStringLiteral("revenue")), 50745);
    QCOMPARE(r.integerAt(0, QStringLiteral("cost")), 24000);
    QCOMPARE(r.integerAt(0, QStringLiteral("margin")), 26745);
    QCOMPARE(text(r, 0, "margin_rate"), QStringLiteral("52.70")); // 26745 / 50745
    QVERIFY(!cell(r, 0, "refund_rate").isNull());
    QCOMPARE(text(r, 0, "refund_rate"), QStringLiteral("0.00"));
    // Teapot: 8800 (o1, refunded) + 8800 (o3) + 6635 (o5: flash price 6800 less 165 of points);
    // one of three units refunded; cost of the two kept units.
    QCOMPARE(r.integerAt(1, QStringLiteral("revenue")), 24235);
    QCOMPARE(r.integerAt(1, QStringLiteral("refunded_units")), 1);
    QCOMPARE(text(r, 1, "refund_rate"), QStringLiteral("33.33"));
    QCOMPARE(r.integerAt(1, QStringLiteral("refunded_amount")), 8800);
    QCOMPARE(r.integerAt(1, QStringLiteral("cost")), 6000);
    QCOMPARE(r.integerAt(1, QStringLiteral("margin")), 24235 - 8800 - 6000);
    QCOMPARE(totalText(r, "revenue"), QStringLiteral("788.00")); // 50745 + 24235 + 3820
    const md::ReportResult sales = run(QStringLiteral("sales"), janFeb());
    QCOMPARE(r.totalOf(QStringLiteral("units")), sales.totalOf(QStringLiteral("units")));
}

void TestReports::productsTopAndBottom()
{
    const Shop s = shopDataSet();
    md::ReportRequest req = janFeb();
    req.topN = 1;
    const md::ReportResult r = run(QStringLiteral("products"), req);
    QCOMPARE(r.rows.size(), 2); // the best and the worst of three
    QCOMPARE(r.integerAt(0, QStringLiteral("rank")), 1);
    QCOMPARE(cell(r, 0, "product_id").toLongLong(), m_store->longjing);
    QCOMPARE(r.integerAt(1, QStringLiteral("rank")), 3);
    QCOMPARE(cell(r, 1, "product_id").toLongLong(), s.cup);
    QCOMPARE(r.totalOf(QStringLiteral("revenue")), 50745 + 24235 + 3820); // all, listed or not
    req.topN = 0;
    QVERIFY(!md::ReportRegistry::standard()
                 .find(QStringLiteral("products"))
                 ->compute(m_store->ctx(), req)
                 .ok());
}

void TestReports::categoriesRollUpTheirProducts()
{
    shopDataSet();
    const md::ReportResult r = run(QStringLiteral("categories"), janFeb());
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(cell(r, 0, "category_id").toLongLong(), m_store->tea);
    QCOMPARE(r.integerAt(0, QStringLiteral("revenue")), 50745);
    QCOMPARE(cell(r, 1, "category_id").toLongLong(), m_store->teaware);
    QCOMPARE(r.integerAt(1, QStringLiteral("units")), 5);       // 3 teapots + 2 cups
    QCOMPARE(r.integerAt(1, QStringLiteral("revenue")), 28055); // 24235 + 3820
    QCOMPARE(text(r, 1, "refund_rate"), QStringLiteral("20.00"));
    QCOMPARE(r.integerAt(1, QStringLiteral("margin")), 28055 - 8800 - 2 * 3000 - 2 * 500);
}

void TestReports::stockValueAndCover()
{
    const Shop s = shopDataSet();
    const md::ReportResult r = run(QStringLiteral("stock"), janFeb());
    QCOMPARE(r.rows.size(), 4);
    // CUP-1 is low (4 left, threshold 5) and comes first; 59 days, 2 sold: 4 x 59 / 2 = 118.
    QCOMPARE(cell(r, 0, "sku").toString(), QStringLiteral("CUP-1"));
    QCOMPARE(r.integerAt(0, QStringLiteral("on_hand")), 4);
    QCOMPARE(r.integerAt(0, QStringLiteral("reserved")), 2);
    QCOMPARE(r.integerAt(0, QStringLiteral("low_stock")), 1);
    QCOMPARE(r.integerAt(0, QStringLiteral("days_of_cover")), 118);
    QCOMPARE(r.integerAt(0, QStringLiteral("stock_value")), (4 + 2) * 500);
    // Then by days of cover: LJ-100 96 x 59 / 3 = 1888, LJ-250 97 x 59 / 3 = 1907.67 → 1907,
    // POT-1 98 x 59 / 3 = 1927.33 → 1927 (the refunded unit came back from the reservation).
    const int lj100 = rowWith(r, "sku", QStringLiteral("LJ-100"));
    const int lj250 = rowWith(r, "sku", QStringLiteral("LJ-250"));
    const int pot = rowWith(r, "sku", QStringLiteral("POT-1"));
    QCOMPARE(lj100, 1);
    QCOMPARE(lj250, 2);
    QCOMPARE(pot, 3);
    QCOMPARE(r.integerAt(lj100, QStringLiteral("reserved")), 4); // o4 unpaid holds one
    QCOMPARE(r.integerAt(lj100, QStringLiteral("days_of_cover")), 1888);
    QCOMPARE(r.integerAt(lj250, QStringLiteral("days_of_cover")), 1907);
    QCOMPARE(r.integerAt(pot, QStringLiteral("on_hand")), 98);
    QCOMPARE(r.integerAt(pot, QStringLiteral("days_of_cover")), 1927);
    QCOMPARE(r.totalOf(QStringLiteral("stock_value")), 600000 + 200000 + 300000 + 3000);
    QCOMPARE(r.totalOf(QStringLiteral("low_stock")), 1);
    QVERIFY(r.previousTotals.isEmpty()); // a snapshot has no previous period
    (void)s;
}

void TestReports::membersNewAndReturning()
{
    shopDataSet();
    const md::ReportResult r = run(QStringLiteral("members"), janFeb());
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.integerAt(0, QStringLiteral("new_members")), 2); // alice, bob
    QCOMPARE(r.integerAt(0, QStringLiteral("buyers")), 2);
    QCOMPARE(r.integerAt(0, QStringLiteral("new_buyers")), 2);
    QCOMPARE(r.integerAt(0, QStringLiteral("returning_buyers")), 0);
    QCOMPARE(r.integerAt(0, QStringLiteral("member_orders")), 3);
    QCOMPARE(r.integerAt(1, QStringLiteral("new_members")), 2); // carol, dave
    QCOMPARE(r.integerAt(1, QStringLiteral("buyers")), 2);      // carol, bob (alice never paid)
    QCOMPARE(r.integerAt(1, QStringLiteral("new_buyers")), 1);
    QCOMPARE(r.integerAt(1, QStringLiteral("returning_buyers")), 1);
    QCOMPARE(r.integerAt(1, QStringLiteral("regular_buyers")), 2);
    // Over the range each member counts once: three first-time buyers, nobody returning.
    QCOMPARE(r.totalOf(QStringLiteral("buyers")), 3);
    QCOMPARE(r.totalOf(QStringLiteral("new_buyers")), 3);
    QCOMPARE(r.totalOf(QStringLiteral("returning_buyers")), 0);
    QCOMPARE(r.totalOf(QStringLiteral("member_orders")), 5);
    // February alone: bob had bought before it began.
    const md::ReportResult feb =
        run(QStringLiteral("members"),
            request("2026-02-01", "2026-02-28", md::ReportBucket::Month, "Asia/Shanghai"));
    QCOMPARE(feb.totalOf(QStringLiteral("returning_buyers")), 1);
}

void TestReports::rfmSegments()
{
    shopDataSet();
    const md::ReportResult r = run(QStringLiteral("rfm"), janFeb());
    QCOMPARE(r.rows.size(), 9);
    // Three scored members: positions 0, 1, 2 of 3 score 1, 2, 4. bob (last Feb 20, 3 orders,
    // 38100) is 4/4/4, a champion; carol (Feb 10, 1 order, 20100) 2/1/2, hibernating; alice
    // (Jan 5, 1 order, 21600 - 8800 refunded) 1/1/1, lost.
    const int champions = rowWith(r, "segment", QStringLiteral("champions"));
    const int hibernating = rowWith(r, "segment", QStringLiteral("hibernating"));
    const int lost = rowWith(r, "segment", QStringLiteral("lost"));
    QCOMPARE(r.integerAt(champions, QStringLiteral("members")), 1);
    QCOMPARE(r.integerAt(champions, QStringLiteral("money")), 10000 + 10800 + 17300);
    QCOMPARE(r.integerAt(champions, QStringLiteral("orders")), 3);
    QCOMPARE(r.integerAt(hibernating, QStringLiteral("money")), 20100);
    QCOMPARE(r.integerAt(lost, QStringLiteral("money")), 12800);
    QCOMPARE(text(r, lost, "share"), QStringLiteral("33.33"));
    QCOMPARE(r.totalOf(QStringLiteral("members")), 3);
    QCOMPARE(r.integerAt(rowWith(r, "segment", QStringLiteral("loyal")), QStringLiteral("members")),
             0);
}

void TestReports::basketRules()
{
    const Shop s = shopDataSet();
    auto t = md::BasketReport::transactions(m_store->ctx().connection(), janFeb().startMs(),
                                            janFeb().endMs());
    QVERIFY(t.ok());
    QCOMPARE(t->size(), 5); // o4 was never paid; o6's two longjing SKUs are one product
    QCOMPARE(t->last(), QList<qint64>{m_store->longjing});
    const md::ReportResult r = run(QStringLiteral("basket"), janFeb());
    // Pairs in at least two orders: longjing+teapot (o1, o5) with lift 2 x 5 / (4 x 3) < 1, so
    // no rule; teapot+cup (o3, o5): lift 2 x 5 / (3 x 2) = 166.67 %.
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(cell(r, 0, "antecedent_id").toLongLong(), m_store->teapot);
    QCOMPARE(cell(r, 0, "consequent_id").toLongLong(), s.cup);
    QCOMPARE(r.integerAt(0, QStringLiteral("orders_with_both")), 2);
    QCOMPARE(text(r, 0, "support"), QStringLiteral("40.00"));
    QCOMPARE(text(r, 0, "confidence"), QStringLiteral("66.67"));
    QCOMPARE(text(r, 0, "lift"), QStringLiteral("166.67"));
    QCOMPARE(cell(r, 1, "antecedent_id").toLongLong(), s.cup);
    QCOMPARE(text(r, 1, "confidence"), QStringLiteral("100.00"));
    QVERIFY(r.totals.isEmpty());
}

void TestReports::funnelByBucket()
{
    shopDataSet();
    const md::ReportResult r = run(QStringLiteral("funnel"), janFeb());
    QCOMPARE(r.integerAt(0, QStringLiteral("views")), 5);
    QCOMPARE(r.integerAt(0, QStringLiteral("cart_adds")), 5);
    QCOMPARE(r.integerAt(0, QStringLiteral("orders_placed")), 3);
    QCOMPARE(r.integerAt(0, QStringLiteral("orders_paid")), 3);
    QCOMPARE(text(r, 0, "cart_to_order"), QStringLiteral("60.00"));
    QCOMPARE(r.integerAt(1, QStringLiteral("views")), 2);
    QCOMPARE(r.integerAt(1, QStringLiteral("cart_adds")), 6);
    QCOMPARE(text(r, 1, "view_to_cart"), QStringLiteral("300.00"));
    QCOMPARE(text(r, 1, "order_to_paid"), QStringLiteral("66.67"));  // o4 unpaid
    QCOMPARE(totalText(r, "view_to_paid"), QStringLiteral("71.43")); // 5 / 7
    const md::ReportResult empty =
        run(QStringLiteral("funnel"),
            request("2026-03-02", "2026-03-03", md::ReportBucket::Day, "Asia/Shanghai"));
    QVERIFY(!cell(empty, 0, "view_to_cart").isValid()); // no views: no rate, not 0
}

void TestReports::funnelByProduct()
{
    const Shop s = shopDataSet();
    const md::ReportResult r = run(QStringLiteral("funnel_products"), janFeb());
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(cell(r, 0, "product_id").toLongLong(), m_store->longjing); // 3 views, 6 carts
    QCOMPARE(r.integerAt(0, QStringLiteral("cart_adds")), 6);
    QCOMPARE(r.integerAt(0, QStringLiteral("orders_placed")), 5);
    QCOMPARE(r.integerAt(0, QStringLiteral("orders_paid")), 4);
    QCOMPARE(cell(r, 1, "product_id").toLongLong(), m_store->teapot); // 3 views, 3 carts
    QCOMPARE(cell(r, 2, "product_id").toLongLong(), s.cup);
    QCOMPARE(text(r, 2, "view_to_cart"), QStringLiteral("200.00"));
    // An order with several products is one order in the totals.
    QCOMPARE(r.totalOf(QStringLiteral("orders_placed")), 6);
    QCOMPARE(r.totalOf(QStringLiteral("orders_paid")), 5);
    QCOMPARE(r.totalOf(QStringLiteral("views")), 7);
}

void TestReports::promotions()
{
    shopDataSet();
    const md::ReportResult r = run(QStringLiteral("promotions"), janFeb());
    QCOMPARE(r.rows.size(), 2); // the March campaign neither ran nor was used in the range
    QCOMPARE(cell(r, 0, "kind").toString(), QStringLiteral("coupon"));
    QCOMPARE(r.integerAt(0, QStringLiteral("issued")), 1);
    QCOMPARE(r.integerAt(0, QStringLiteral("used")), 1);
    QCOMPARE(r.integerAt(0, QStringLiteral("discount")), 1000);
    QCOMPARE(r.integerAt(0, QStringLiteral("revenue")), 20100);
    QCOMPARE(cell(r, 1, "kind").toString(), QStringLiteral("flash_sale"));
    QCOMPARE(r.integerAt(1, QStringLiteral("issued")), 10);
    QCOMPARE(r.integerAt(1, QStringLiteral("used")), 1);
    QCOMPARE(r.integerAt(1, QStringLiteral("discount")), 8800 - 6800);
    QCOMPARE(r.integerAt(1, QStringLiteral("revenue")), 20100);
    QCOMPARE(r.totalOf(QStringLiteral("discount")), 3000);
    const md::ReportResult jan =
        run(QStringLiteral("promotions"),
            request("2026-01-01", "2026-01-31", md::ReportBucket::Month, "Asia/Shanghai"));
    QCOMPARE(jan.rows.size(), 0);
}

void TestReports::financeSummary()
{
    shopDataSet();
    const md::ReportResult r = run(QStringLiteral("finance"), janFeb());
    QCOMPARE(r.integerAt(0, QStringLiteral("alipay")), 21600 + 5800);
    QCOMPARE(r.integerAt(0, QStringLiteral("wechat")), 10000);
    QCOMPARE(r.integerAt(0, QStringLiteral("received")), 37400);
    QCOMPARE(r.integerAt(0, QStringLiteral("balance_topups")), 5000);
    QCOMPARE(r.integerAt(0, QStringLiteral("balance_spent")), 5000);
    QCOMPARE(r.integerAt(0, QStringLiteral("balance_outstanding")), 0);
    QCOMPARE(r.integerAt(0, QStringLiteral("points_outstanding")), 250);
    QCOMPARE(text(r, 0, "points_liability"), QStringLiteral("2.50")); // 100 points = ¥1
    QCOMPARE(r.integerAt(1, QStringLiteral("card")), 17300);
    QCOMPARE(r.integerAt(1, QStringLiteral("refunds_cash")), 8800);
    QCOMPARE(r.integerAt(1, QStringLiteral("net_received")), 20100 + 17300 - 8800);
    QCOMPARE(r.integerAt(1, QStringLiteral("points_outstanding")), 250 + 1200 - 500);
    QCOMPARE(totalText(r, "points_liability"), QStringLiteral("9.50")); // owed at the end
    QCOMPARE(r.totalOf(QStringLiteral("received")), 37400 + 37400);
    // Provider money received equals what the payments report credits to providers.
    const md::ReportResult p = run(QStringLiteral("payments"), janFeb());
    QCOMPARE(r.totalOf(QStringLiteral("received")),
             p.totalOf(QStringLiteral("total_amount")) -
                 p.totalOf(QStringLiteral("balance_amount")));
    // An odd redemption rate rounds the liability down: 950 points at 3 per yuan = ¥316.66.
    TestStore::check(md::SettingsService(m_store->ctx())
                         .update(md::Actor::staff(1, md::StaffRole::Owner),
                                 {{QStringLiteral("points_per_unit"), QStringLiteral("3")}}));
    const md::ReportResult odd = run(QStringLiteral("finance"), janFeb());
    QCOMPARE(totalText(odd, "points_liability"), QStringLiteral("316.66"));
}

void TestReports::everyReportRunsWithoutOrders()
{
    const md::ReportRequest req =
        request("2026-01-01", "2026-01-03", md::ReportBucket::Day, "Asia/Shanghai");
    for (const auto &report : md::ReportRegistry::standard().reports()) {
        auto r = report->compute(m_store->ctx(), req);
        QVERIFY2(r.ok(), qPrintable(report->name()));
        QVERIFY2(!r->columns.isEmpty(), qPrintable(report->name()));
        for (const md::ReportRow &row : r->rows)
            QCOMPARE(row.size(), r->columns.size());
        if (!r->totals.isEmpty())
            QCOMPARE(r->totals.size(), r->columns.size());
        auto bad = report->compute(m_store->ctx(), request("2026-01-03", "2026-01-01",
                                                           md::ReportBucket::Day, "Asia/Shanghai"));
        QVERIFY2(!bad.ok(), qPrintable(report->name()));
    }
    QCOMPARE(md::ReportRegistry::standard().names().size(), 12);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
