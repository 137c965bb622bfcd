// Report engine and the Sales report on a small fixed data set: store-zone bucketing at month and
// day boundaries (Asia/Shanghai, Europe/London across DST), previous period, golden CSV.
// Regenerate the goldens with MD_REGENERATE_GOLDEN=1 (docs/reports.md).
#include "reportcommand.h"
#include "reportcsv.h"
#include "reportregistry.h"
#include "salesreport.h"

#include "teststore.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }

    void shanghaiMonthBoundary();
    void londonDaysAcrossDst();
    void previousPeriodAndTotals();
    void refundsDatedWhenPaidOut();
    void badRequestIsRefused();
    void registryListsSales();
    void salesGoldenCsv();
    void commandLineWritesCsv();

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
            "paid_at, updated_at) VALUES (?, 'CNY', ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
        q.addBindValue(paidAt ? QStringLiteral("paid") : QStringLiteral("pending_payment"));
        for (qint64 v : {subtotal, tier, coupon, points, shipping, total, total})
            q.addBindValue(v);
        q.addBindValue(paidAt ? total : 0);
        q.addBindValue(paidAt ? paidAt : 1);
        q.addBindValue(paidAt ? QVariant(paidAt) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(paidAt ? paidAt : 1);
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
        q.addBindValue(refundedAt ? QVariant(refundedAt) : QVariant(QMetaType(QMetaType::LongLong)));
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

    std::unique_ptr<TestStore> m_store;
};

void TestReports::shanghaiMonthBoundary()
{
    order(at("2026-01-31T23:30:00", "Asia/Shanghai"), 1000, 1); // 15:30 UTC on the 31st
    order(at("2026-02-01T00:10:00", "Asia/Shanghai"), 2000, 2); // 16:10 UTC on the 31st
    order(at("2026-01-01T00:00:00", "Asia/Shanghai"), 500, 1);  // first instant of January
    order(at("2025-12-31T23:59:59", "Asia/Shanghai"), 700, 1);  // outside the range
    order(0, 9999, 1);                                          // never paid: no sale
    const md::ReportResult r = sales(request("2026-01-01", "2026-02-28", md::ReportBucket::Month,
                                             "Asia/Shanghai"));
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
    const md::ReportResult r = sales(request("2026-03-28", "2026-03-30", md::ReportBucket::Day,
                                             "Europe/London"));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.integerAt(0, QStringLiteral("gross_sales")), 0);
    QCOMPARE(r.integerAt(1, QStringLiteral("gross_sales")), 300);
    QCOMPARE(r.integerAt(2, QStringLiteral("gross_sales")), 400);
    const auto b = md::ReportRequest(request("2026-03-29", "2026-03-29", md::ReportBucket::Day,
                                             "Europe/London"))
                       .buckets();
    QCOMPARE(b.size(), 1);
    QCOMPARE(b[0].endMs - b[0].startMs, qint64(23) * 3600 * 1000);
}

void TestReports::previousPeriodAndTotals()
{
    order(at("2026-02-10T12:00:00", "Asia/Shanghai"), 1000, 1, 50, 100, 20, 1000);
    order(at("2026-03-10T12:00:00", "Asia/Shanghai"), 3000, 1);
    order(at("2026-03-11T12:00:00", "Asia/Shanghai"), 1001, 1);
    md::ReportRequest req = request("2026-03-01", "2026-03-31", md::ReportBucket::Month,
                                    "Asia/Shanghai");
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
    const md::ReportResult r = sales(request("2026-01-01", "2026-02-28", md::ReportBucket::Month,
                                             "Asia/Shanghai"));
    QCOMPARE(r.integerAt(0, QStringLiteral("refunds")), 0);
    QCOMPARE(r.integerAt(1, QStringLiteral("refunds")), 1200);
    QCOMPARE(r.integerAt(1, QStringLiteral("net_sales")), -1200);
    QCOMPARE(r.totalOf(QStringLiteral("net_sales")), 3800);
}

void TestReports::badRequestIsRefused()
{
    auto r = md::SalesReport().compute(
        m_store->ctx(), request("2026-02-01", "2026-01-01", md::ReportBucket::Day, "Asia/Shanghai"));
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
    md::ReportRequest req = request("2026-01-01", "2026-03-31", md::ReportBucket::Month,
                                    "Asia/Shanghai");
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
    const QStringList args = {QStringLiteral("merchantdesk"), QStringLiteral("--data-dir"),
                              m_store->dir(), QStringLiteral("--report"), QStringLiteral("sales"),
                              QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                              QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                              QStringLiteral("--by"), QStringLiteral("month"),
                              QStringLiteral("--compare")};
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

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
