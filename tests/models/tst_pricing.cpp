#include "bulkpricerule.h"
#include "pricing.h"

#include <QTest>

#include <limits>

using namespace md;

// The worked examples of docs/pricing.md, figure by figure.
class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void example1RegularBelowFreeShipping();
    void example2SilverCouponPointsBalance();
    void example3GoldFlashSaleCappedCategoryCoupon();
    void example4PointsCapAndBalancePaysAll();
    void example5RefusedInputs();
    void halfUpTierRounding();
    void linesAlwaysAddUp();
    void bulkByPercent_data();
    void bulkByPercent();
    void bulkByAmount_data();
    void bulkByAmount();

private:
    static PricingLine line(qint64 sku, qint64 price, qint64 qty, qint64 category = 1,
                            qint64 product = 0)
    {
        PricingLine l;
        l.skuId = sku;
        l.productId = product ? product : sku;
        l.categoryId = category;
        l.unitPrice = price;
        l.listPrice = price;
        l.quantity = qty;
        return l;
    }
    static CouponTerms fixed(qint64 amount, qint64 minSpend)
    {
        CouponTerms t;
        t.kind = CouponKind::Fixed;
        t.amount = amount;
        t.minSpend = minSpend;
        return t;
    }
    StoreSettings settings;
};

void TestPricing::example1RegularBelowFreeShipping()
{
    PricingInput in;
    in.lines = {line(1, 4500, 2)};
    auto q = Pricing::quote(in, settings);
    QVERIFY(q.ok());
    QCOMPARE(q->subtotal, qint64(9000));
    QCOMPARE(q->tierDiscount, qint64(0));
    QCOMPARE(q->shippingFee, qint64(1000));
    QCOMPARE(q->total, qint64(10000));
    QCOMPARE(q->amountDue, qint64(10000));
    QCOMPARE(q->lines[0].total, qint64(9000));
}

void TestPricing::example2SilverCouponPointsBalance()
{
    PricingInput in;
    in.lines = {line(1, 19900, 1), line(2, 3550, 3)};
    in.tier = MemberTier::Silver;
    in.coupon = fixed(2000, 20000);
    in.pointsRequested = 1000;
    in.pointsAvailable = 5000;
    in.useBalance = true;
    in.balanceAvailable = 5000;
    auto q = Pricing::quote(in, settings);
    QVERIFY2(q.ok(), qPrintable(q ? QString() : q.error().message));
    QCOMPARE(q->subtotal, qint64(30550));
    QCOMPARE(q->tierRateBp, 200);
    QCOMPARE(q->tierDiscount, qint64(611));
    QCOMPARE(q->lines[0].tierDiscount, qint64(398));
    QCOMPARE(q->lines[1].tierDiscount, qint64(213));
    QCOMPARE(q->couponDiscount, qint64(2000));
    QCOMPARE(q->lines[0].couponDiscount, qint64(1303));
    QCOMPARE(q->lines[1].couponDiscount, qint64(697));
    QCOMPARE(q->pointsUsed, qint64(1000));
    QCOMPARE(q->pointsDiscount, qint64(1000));
    QCOMPARE(q->lines[0].pointsDiscount, qint64(651));
    QCOMPARE(q->lines[1].pointsDiscount, qint64(349));
    QCOMPARE(q->lines[0].total, qint64(17548));
    QCOMPARE(q->lines[1].total, qint64(9391));
    QCOMPARE(q->itemsTotal, qint64(26939));
    QCOMPARE(q->shippingFee, qint64(0));
    QCOMPARE(q->total, qint64(26939));
    QCOMPARE(q->balanceApplied, qint64(5000));
    QCOMPARE(q->amountDue, qint64(21939));
}

void TestPricing::example3GoldFlashSaleCappedCategoryCoupon()
{
    PricingInput in;
    PricingLine flash = line(2, 990, 1, 1);
    flash.listPrice = 2990;
    flash.flashSaleItemId = 7;
    flash.flashAllowsCoupon = false;
    in.lines = {line(1, 12800, 2, 1), flash, line(3, 8800, 1, 2)};
    in.tier = MemberTier::Gold;
    CouponTerms t;
    t.kind = CouponKind::Percent;
    t.percentBp = 1000;
    t.maxDiscount = 2000;
    t.minSpend = 10000;
    t.scope = CouponScope::Categories;
    t.scopeIds = {1};
    in.coupon = t;
    in.pointsRequested = 5000;
    in.pointsAvailable = 8000;
    auto q = Pricing::quote(in, settings);
    QVERIFY2(q.ok(), qPrintable(q ? QString() : q.error().message));
    QCOMPARE(q->subtotal, qint64(35390));
    QCOMPARE(q->tierDiscount, qint64(1720));
    QCOMPARE(q->lines[0].tierDiscount, qint64(1280));
    QCOMPARE(q->lines[1].tierDiscount, qint64(0));
    QCOMPARE(q->lines[2].tierDiscount, qint64(440));
    QCOMPARE(q->couponDiscount, qint64(2000));
    QCOMPARE(q->lines[0].couponDiscount, qint64(2000));
    QCOMPARE(q->lines[1].couponDiscount, qint64(0));
    QCOMPARE(q->pointsDiscount, qint64(5000));
    QCOMPARE(q->lines[0].pointsDiscount, qint64(3524));
    QCOMPARE(q->lines[1].pointsDiscount, qint64(156));
    QCOMPARE(q->lines[2].pointsDiscount, qint64(1320));
    QCOMPARE(q->lines[0].total, qint64(18796));
    QCOMPARE(q->lines[1].total, qint64(834));
    QCOMPARE(q->lines[2].total, qint64(7040));
    QCOMPARE(q->shippingFee, qint64(0));
    QCOMPARE(q->total, qint64(26670));
    QCOMPARE(q->amountDue, qint64(26670));
}

void TestPricing::example4PointsCapAndBalancePaysAll()
{
    PricingInput in;
    in.lines = {line(1, 12000, 1)};
    in.coupon = fixed(3000, 0);
    in.pointsRequested = 10000;
    in.pointsAvailable = 20000;
    in.useBalance = true;
    in.balanceAvailable = 10000;
    auto q = Pricing::quote(in, settings);
    QVERIFY(q.ok());
    QCOMPARE(q->couponDiscount, qint64(3000));
    QCOMPARE(q->pointsDiscount, qint64(4500));
    QCOMPARE(q->pointsUsed, qint64(4500));
    QCOMPARE(q->shippingFee, qint64(1000));
    QCOMPARE(q->total, qint64(5500));
    QCOMPARE(q->balanceApplied, qint64(5500));
    QCOMPARE(q->amountDue, qint64(0));
}

void TestPricing::example5RefusedInputs()
{
    PricingInput in;
    in.lines = {line(1, 15000, 1)};
    in.tier = MemberTier::Silver;
    in.coupon = fixed(2000, 20000);
    QCOMPARE(Pricing::quote(in, settings).error().codeName(),
             QStringLiteral("coupon_not_applicable"));

    PricingInput points;
    points.lines = {line(1, 15000, 1)};
    points.pointsRequested = 6000;
    points.pointsAvailable = 5000;
    QCOMPARE(Pricing::quote(points, settings).error().codeName(),
             QStringLiteral("insufficient_points"));

    PricingInput scope;
    scope.lines = {line(3, 8800, 1, 2)};
    CouponTerms tea;
    tea.kind = CouponKind::Percent;
    tea.percentBp = 1000;
    tea.scope = CouponScope::Categories;
    tea.scopeIds = {1};
    scope.coupon = tea;
    QCOMPARE(Pricing::quote(scope, settings).error().codeName(),
             QStringLiteral("coupon_not_applicable"));

    QCOMPARE(Pricing::quote(PricingInput(), settings).error().codeName(),
             QStringLiteral("cart_empty"));
}

void TestPricing::halfUpTierRounding()
{
    PricingInput in;
    in.lines = {line(1, 25, 1)};
    in.tier = MemberTier::Silver; // 2 % of 25 fen = 0.5 fen → 1
    QCOMPARE(Pricing::quote(in, settings)->tierDiscount, qint64(1));
    in.lines = {line(1, 24, 1)}; // 0.48 → 0
    QCOMPARE(Pricing::quote(in, settings)->tierDiscount, qint64(0));
}

void TestPricing::linesAlwaysAddUp()
{
    // Many random carts: no line goes negative and the lines add up to the items total.
    quint32 seed = 7;
    auto next = [&seed](quint32 bound) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % bound;
    };
    for (int round = 0; round < 5000; ++round) {
        PricingInput in;
        const int n = 1 + int(next(6));
        for (int i = 0; i < n; ++i) {
            PricingLine l = line(i + 1, 1 + next(50000), 1 + next(5), 1 + next(3));
            if (next(5) == 0)
                l.flashSaleItemId = 1;
            in.lines.append(l);
        }
        in.tier = static_cast<MemberTier>(next(4));
        if (next(2)) {
            CouponTerms t;
            t.kind = next(2) ? CouponKind::Fixed : CouponKind::Percent;
            t.amount = 1 + next(30000);
            t.percentBp = 1 + int(next(5000));
            t.maxDiscount = next(2) ? std::optional<qint64>(next(10000)) : std::nullopt;
            in.coupon = t;
        }
        in.pointsAvailable = next(100000);
        in.pointsRequested = next(uint(in.pointsAvailable + 1));
        in.useBalance = next(2);
        in.balanceAvailable = next(100000);
        auto q = Pricing::quote(in, settings);
        if (!q)
            continue; // e.g. a coupon with nothing eligible
        qint64 sum = 0;
        for (const auto &l : q->lines) {
            QVERIFY(l.total >= 0);
            QVERIFY(l.tierDiscount >= 0 && l.couponDiscount >= 0 && l.pointsDiscount >= 0);
            QCOMPARE(l.subtotal - l.tierDiscount - l.couponDiscount - l.pointsDiscount, l.total);
            sum += l.total;
        }
        QCOMPARE(sum, q->itemsTotal);
        QCOMPARE(q->itemsTotal + q->shippingFee, q->total);
        QVERIFY(q->amountDue >= 0 && q->balanceApplied >= 0);
        QCOMPARE(q->balanceApplied + q->amountDue, q->total);
    }
}

// docs/pricing.md, "Bulk price changes": half up to the minor unit; nothing below zero.
void TestPricing::bulkByPercent_data()
{
    QTest::addColumn<qint64>("old");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<std::optional<qint64>>("expected");
    using P = std::optional<qint64>;
    QTest::newRow("plus 10 % exact") << qint64(12800) << qint64(1000) << P(14080);
    QTest::newRow("plus 10 % half rounds up") << qint64(1005) << qint64(1000) << P(1106);
    QTest::newRow("minus 10 % half rounds up") << qint64(12345) << qint64(-1000) << P(11111);
    QTest::newRow("minus 12.5 %") << qint64(999) << qint64(-1250) << P(874);
    QTest::newRow("below half rounds down") << qint64(1004) << qint64(1000) << P(1104);
    QTest::newRow("0.01 % of a small price") << qint64(1) << qint64(1) << P(1);
    QTest::newRow("minus 100 % is free") << qint64(999) << qint64(-10000) << P(0);
    QTest::newRow("below minus 100 % refused") << qint64(100) << qint64(-10001) << P();
    QTest::newRow("zero stays zero") << qint64(0) << qint64(5000) << P(0);
}

void TestPricing::bulkByPercent()
{
    QFETCH(qint64, old);
    QFETCH(qint64, basisPoints);
    QFETCH(std::optional<qint64>, expected);
    QCOMPARE(md::BulkPriceRule::byPercent(old, basisPoints), expected);
}

void TestPricing::bulkByAmount_data()
{
    QTest::addColumn<qint64>("old");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<std::optional<qint64>>("expected");
    using P = std::optional<qint64>;
    QTest::newRow("up") << qint64(1000) << qint64(250) << P(1250);
    QTest::newRow("down to zero") << qint64(100) << qint64(-100) << P(0);
    QTest::newRow("below zero refused") << qint64(100) << qint64(-101) << P();
    QTest::newRow("overflow refused") << std::numeric_limits<qint64>::max() << qint64(1) << P();
}

void TestPricing::bulkByAmount()
{
    QFETCH(qint64, old);
    QFETCH(qint64, delta);
    QFETCH(std::optional<qint64>, expected);
    QCOMPARE(md::BulkPriceRule::byAmount(old, delta), expected);
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
