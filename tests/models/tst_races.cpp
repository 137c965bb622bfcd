#include "flashsaleservice.h"
#include "refundservice.h"
#include "securerandom.h"
#include "shopfixture.h"
#include "sqlquery.h"
#include "stockservice.h"

#include <QMutex>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <functional>

using namespace md;

// Concurrency: threads, each with its own connection, race for the same stock, coupon, balance,
// refunds and flash-sale allotment. Every scenario is repeated (MD_RACE_REPETITIONS, default 100)
// and after each repetition nothing may be oversold, no limit exceeded, no balance or points
// double-spent, no refund beyond what was paid, and every ledger must balance.
class TestRaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fiftyBuyersForFiveUnits();
    void fiftyMembersForACouponLimitedToTen();
    void oneMemberTwentyCheckoutsOneCoupon();
    void twentyCheckoutsSpendOneBalance();
    void parallelPartialRefunds();
    void flashSaleFiveUnitsTwoHundredBuyers();

private:
    struct Buyer
    {
        qint64 member = 0;
        qint64 address = 0;
    };

    // Runs all tasks on the pool, released together, and waits for them.
    void race(const QList<std::function<void()>> &tasks);
    Result<PlacedOrder> buy(const Buyer &b, qint64 sku, qint64 coupon = 0,
                            const QString &method = QStringLiteral("alipay"));
    void emptyCarts(const QList<Buyer> &buyers);
    void verifyLedgers(const QList<Buyer> &buyers, const QList<qint64> &skus);
    QList<Buyer> buyers(int n);

    std::unique_ptr<ShopFixture> m_shop;
    QThreadPool m_pool;
    int m_repetitions = 100;
};

void TestRaces::initTestCase()
{
    m_repetitions = qEnvironmentVariableIntValue("MD_RACE_REPETITIONS");
    if (m_repetitions <= 0)
        m_repetitions = 100;
    m_pool.setMaxThreadCount(24);
    qInfo("repetitions per scenario: %d", m_repetitions);
}

void TestRaces::init()
{
    m_shop = std::make_unique<ShopFixture>();
}

void TestRaces::cleanup()
{
    m_pool.waitForDone();
    m_shop.reset();
}

void TestRaces::race(const QList<std::function<void()>> &tasks)
{
    std::atomic<bool> go{false};
    for (const auto &task : tasks) {
        m_pool.start([&go, task] {
            while (!go.load())
                QThread::yieldCurrentThread();
            task();
        });
    }
    go.store(true);
    m_pool.waitForDone();
}

// Each attempt is a separate session buying one unit now (not through the shared cart).
Result<PlacedOrder> TestRaces::buy(const Buyer &b, qint64 sku, qint64 coupon, const QString &method)
{
    PlaceOrderRequest r;
    r.checkout = {b.address, coupon, 0, method == QLatin1String("balance"), {{sku, 1}}};
    r.paymentMethod = method;
    r.idempotencyKey = SecureRandom::uuid();
    return CheckoutService(m_shop->ctx()).placeOrder(Actor::member(b.member), r);
}

void TestRaces::emptyCarts(const QList<Buyer> &list)
{
    for (const Buyer &b : list) {
        auto cart = CartService(m_shop->ctx()).view(Actor::member(b.member));
        for (const CartLine &l : cart->lines)
            (void)CartService(m_shop->ctx()).remove(Actor::member(b.member), l.skuId);
    }
}

void TestRaces::verifyLedgers(const QList<Buyer> &list, const QList<qint64> &skus)
{
    StockService stock(m_shop->ctx());
    for (qint64 id : skus) {
        const Sku s = m_shop->skuNow(id);
        QVERIFY(s.stockOnHand >= 0 && s.reserved >= 0);
        QCOMPARE(*stock.sumOfMoves(id), s.stockOnHand);
    }
    WalletService wallet(m_shop->ctx());
    for (const Buyer &b : list) {
        const Member m = m_shop->memberNow(b.member);
        QVERIFY(m.points >= 0 && m.balance >= 0);
        QCOMPARE(*wallet.ledgerSum(LedgerKind::Points, b.member), m.points);
        QCOMPARE(*wallet.ledgerSum(LedgerKind::Balance, b.member), m.balance);
    }
}

QList<TestRaces::Buyer> TestRaces::buyers(int n)
{
    QList<Buyer> out;
    for (int i = 0; i < n; ++i) {
        auto [m, a] = m_shop->customer(QStringLiteral("buyer%1@example.com").arg(i));
        out.append({m, a});
    }
    return out;
}

void TestRaces::fiftyBuyersForFiveUnits()
{
    const QList<Buyer> list = buyers(50);
    for (int rep = 0; rep < m_repetitions; ++rep) {
        const qint64 sku =
            m_shop->sku(m_shop->longjing, QStringLiteral("RACE-%1").arg(rep), 9900, 5);
        std::atomic<int> placed{0}, soldOut{0}, other{0};
        QList<std::function<void()>> tasks;
        for (const Buyer &b : list) {
            tasks.append([&, b] {
                auto r = buy(b, sku);
                if (r)
                    ++placed;
                else if (r.error().code == ErrorCode::OutOfStock)
                    ++soldOut;
                else
                    ++other;
            });
        }
        race(tasks);
        QCOMPARE(placed.load(), 5);
        QCOMPARE(soldOut.load() + other.load(), 45);
        const Sku s = m_shop->skuNow(sku);
        QCOMPARE(s.stockOnHand, qint64(0));
        QCOMPARE(s.reserved, qint64(5));
        verifyLedgers({}, {sku});
        emptyCarts(list);
    }
}

void TestRaces::fiftyMembersForACouponLimitedToTen()
{
    const QList<Buyer> list = buyers(50);
    QVERIFY(StockService(m_shop->ctx())
                .adjust(Actor::system(), m_shop->skuTeaBig, 1'000'000, StockReason::Import,
                        QStringLiteral("plenty"))
                .ok());
    CouponService coupons(m_shop->ctx());
    QList<qint64> ids;
    for (const Buyer &b : list)
        ids.append(b.member);
    for (int rep = 0; rep < m_repetitions; ++rep) {
        CampaignDraft d;
        d.name = QStringLiteral("限量10张 %1").arg(rep);
        d.terms.kind = CouponKind::Fixed;
        d.terms.amount = 500;
        d.startsAt = m_shop->clock().nowMs() - 1000;
        d.endsAt = m_shop->clock().nowMs() + 86400000;
        d.totalLimit = 10;
        auto campaign = coupons.createCampaign(m_shop->manager(), d);
        QVERIFY(campaign.ok());
        QCOMPARE(coupons.issue(m_shop->manager(), campaign->id, ids)->issued, 50);
        QHash<qint64, qint64> couponOf;
        for (const Buyer &b : list) {
            const auto held = coupons.memberCoupons(Actor::member(b.member), b.member, true);
            for (const MemberCoupon &c : *held) {
                if (c.campaignId == campaign->id)
                    couponOf.insert(b.member, c.id);
            }
        }
        std::atomic<int> withCoupon{0};
        QList<std::function<void()>> tasks;
        for (const Buyer &b : list) {
            const qint64 coupon = couponOf.value(b.member);
            tasks.append([&, b, coupon] {
                auto r = buy(b, m_shop->skuTeaBig, coupon);
                if (r && r->order.couponDiscount == 500)
                    ++withCoupon;
            });
        }
        race(tasks);
        QCOMPARE(withCoupon.load(), 10);
        QCOMPARE(coupons.campaign(campaign->id)->usedCount, qint64(10));
        emptyCarts(list);
    }
    verifyLedgers(list, {m_shop->skuTeaBig});
}

void TestRaces::oneMemberTwentyCheckoutsOneCoupon()
{
    const Buyer me = buyers(1).first();
    QVERIFY(StockService(m_shop->ctx())
                .adjust(Actor::system(), m_shop->skuTeaBig, 1'000'000, StockReason::Import,
                        QStringLiteral("plenty"))
                .ok());
    CouponService coupons(m_shop->ctx());
    for (int rep = 0; rep < m_repetitions; ++rep) {
        CampaignDraft d;
        d.name = QStringLiteral("每人限用1张 %1").arg(rep);
        d.terms.kind = CouponKind::Fixed;
        d.terms.amount = 700;
        d.startsAt = m_shop->clock().nowMs() - 1000;
        d.endsAt = m_shop->clock().nowMs() + 86400000;
        d.perMemberLimit = 1;
        auto campaign = coupons.createCampaign(m_shop->manager(), d);
        QCOMPARE(coupons.issue(m_shop->manager(), campaign->id, {me.member, me.member})->issued, 1);
        QCOMPARE(coupons.issue(m_shop->manager(), campaign->id, {me.member})->atLimit.size(), 1);
        qint64 coupon = 0;
        const auto held = coupons.memberCoupons(Actor::member(me.member), me.member, true);
        for (const MemberCoupon &c : *held) {
            if (c.campaignId == campaign->id)
                coupon = c.id;
        }
        std::atomic<int> withCoupon{0};
        QList<std::function<void()>> tasks;
        for (int i = 0; i < 20; ++i) {
            tasks.append([&] {
                auto r = buy(me, m_shop->skuTeaBig, coupon);
                if (r && r->order.couponDiscount > 0)
                    ++withCoupon;
            });
        }
        race(tasks);
        QCOMPARE(withCoupon.load(), 1);
        QCOMPARE(coupons.campaign(campaign->id)->usedCount, qint64(1));
        emptyCarts({me});
    }
    verifyLedgers({me}, {m_shop->skuTeaBig});
}

void TestRaces::twentyCheckoutsSpendOneBalance()
{
    const Buyer me = buyers(1).first();
    QVERIFY(StockService(m_shop->ctx())
                .adjust(Actor::system(), m_shop->skuTeaBig, 1'000'000, StockReason::Import,
                        QStringLiteral("plenty"))
                .ok());
    for (int rep = 0; rep < m_repetitions; ++rep) {
        const qint64 start = m_shop->memberNow(me.member).balance;
        m_shop->giveBalance(me.member, 20000 - start);
        std::atomic<qint64> spent{0};
        QList<std::function<void()>> tasks;
        for (int i = 0; i < 20; ++i) {
            tasks.append([&] {
                auto r = buy(me, m_shop->skuTeaBig, 0, QStringLiteral("balance"));
                if (r)
                    spent += r->order.balanceApplied;
            });
        }
        race(tasks);
        const qint64 left = m_shop->memberNow(me.member).balance;
        QVERIFY(left >= 0);
        QCOMPARE(spent.load() + left, qint64(20000));
        QCOMPARE(spent.load(), qint64(3 * 5500)); // three ¥55.00 orders fit in ¥200.00
        verifyLedgers({me}, {m_shop->skuTeaBig});
        emptyCarts({me});
    }
}

void TestRaces::parallelPartialRefunds()
{
    const Buyer me = buyers(1).first();
    QVERIFY(StockService(m_shop->ctx())
                .adjust(Actor::system(), m_shop->skuTeaBig, 1'000'000, StockReason::Import,
                        QStringLiteral("plenty"))
                .ok());
    m_shop->givePoints(me.member, 1'000'000);
    for (int rep = 0; rep < m_repetitions; ++rep) {
        m_shop->addToCart(me.member, m_shop->skuTeaBig, 10);
        auto placed = m_shop->place(me.member, me.address, QStringLiteral("refund-%1").arg(rep),
                                    QStringLiteral("alipay"), 0, 1234);
        QVERIFY(placed.ok());
        const qint64 id = placed->order.id;
        QVERIFY(m_shop->pay(me.member, id).ok());
        const qint64 line = placed->order.lines[0].id;
        std::atomic<int> refunded{0};
        QList<std::function<void()>> tasks;
        for (int i = 0; i < 15; ++i) { // 15 attempts at 1 unit each on a line of 10
            tasks.append([&] {
                RefundService refunds(m_shop->ctx());
                auto r = refunds.request(Actor::member(me.member), id, {{line, 1}},
                                         QStringLiteral("race"));
                if (!r)
                    return;
                if (refunds.approve(m_shop->manager(), r->id, {}))
                    ++refunded;
            });
        }
        race(tasks);
        QCOMPARE(refunded.load(), 10);
        const Order o = m_shop->order(id);
        QCOMPARE(o.lines[0].refundedQty, qint64(10));
        QCOMPARE(o.lines[0].refundedAmount, o.lines[0].lineTotal);
        QVERIFY(o.refundedTotal() <= o.receivedTotal());
        QCOMPARE(o.refundedCash, o.paidAmount - o.shippingFee);
        QCOMPARE(o.pointsRestored, o.pointsUsed);
        RefundQuery q;
        q.orderId = id;
        q.limit = 100;
        qint64 sum = 0;
        const auto all = RefundService(m_shop->ctx()).refunds(m_shop->manager(), q);
        for (const Refund &r : *all)
            sum += r.status == RefundStatus::Refunded ? r.amount : 0;
        QCOMPARE(sum, o.refundedTotal());
    }
    verifyLedgers({me}, {m_shop->skuTeaBig});
}

void TestRaces::flashSaleFiveUnitsTwoHundredBuyers()
{
    QList<Buyer> list = buyers(191);
    const Buyer eager = list.takeLast(); // one member in 10 parallel sessions
    FlashSaleService flash(m_shop->ctx());
    for (int rep = 0; rep < m_repetitions; ++rep) {
        const qint64 sku =
            m_shop->sku(m_shop->longjing, QStringLiteral("FLASH-%1").arg(rep), 19900, 1000);
        FlashSaleDraft d;
        d.name = QStringLiteral("秒杀 %1").arg(rep);
        d.startsAt = m_shop->clock().nowMs() - 1000;
        d.endsAt = m_shop->clock().nowMs() + 3600000;
        d.perMemberLimit = 1;
        d.items = {{sku, 990, 5}};
        auto sale = flash.create(m_shop->manager(), d);
        QVERIFY(sale.ok());
        QMutex lock;
        QHash<qint64, qint64> flashUnitsByMember;
        qint64 flashUnits = 0;
        QList<std::function<void()>> tasks;
        auto attempt = [&](const Buyer &b) {
            auto r = buy(b, sku);
            if (!r)
                return;
            QMutexLocker locker(&lock);
            for (const OrderLine &l : r->order.lines) {
                if (l.flashSaleItemId) {
                    flashUnitsByMember[b.member] += l.quantity;
                    flashUnits += l.quantity;
                    QCOMPARE(l.unitPrice, qint64(990));
                }
            }
        };
        for (const Buyer &b : list)
            tasks.append([&, b] { attempt(b); });
        for (int i = 0; i < 10; ++i)
            tasks.append([&] { attempt(eager); });
        race(tasks);
        QVERIFY(flashUnits <= 5);
        QCOMPARE(flash.sale(sale->id)->items[0].sold, flashUnits);
        QCOMPARE(flashUnits, qint64(5)); // 200 buyers for 5 units: all are sold
        for (auto it = flashUnitsByMember.cbegin(); it != flashUnitsByMember.cend(); ++it)
            QVERIFY2(it.value() <= 1, "per-member limit");
        const Sku s = m_shop->skuNow(sku);
        QCOMPARE(*StockService(m_shop->ctx()).sumOfMoves(sku), s.stockOnHand);
        QCOMPARE(s.stockOnHand + s.reserved, qint64(1000));
        emptyCarts(list);
        emptyCarts({eager});
    }
}

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"
