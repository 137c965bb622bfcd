#include "flashsaleservice.h"
#include "paymentservice.h"
#include "shopfixture.h"
#include "sqlquery.h"
#include "stockservice.h"

#include <QTest>

using namespace md;

class TestCheckout : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_shop = std::make_unique<ShopFixture>(); }
    void cleanup() { m_shop.reset(); }
    void cartFlagsInsteadOfDropping();
    void cartQuantityRules();
    void quoteUsesCurrentPrices();
    void placeTakesEverythingAtOnce();
    void idempotentPlacement();
    void refusedCheckoutChangesNothing_data();
    void refusedCheckoutChangesNothing();
    void linesOfOneSkuAreSummedBeforeTheStockCheck();
    void flashSaleSplitsTheLine();
    void couponClaimAndPerMemberLimit();

private:
    qint64 count(const QString &table)
    {
        return *SqlQuery(m_shop->db().connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table)
                    .scalar();
    }
    std::unique_ptr<ShopFixture> m_shop;
};

void TestCheckout::cartFlagsInsteadOfDropping()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    Q_UNUSED(addr);
    m_shop->addToCart(m, m_shop->skuTea, 2);
    m_shop->addToCart(m, m_shop->skuPot, 1);
    QVERIFY(CatalogService(m_shop->ctx())
                .setProductStatus(Actor::system(), m_shop->teapot, ProductStatus::Archived)
                .ok());
    QVERIFY(StockService(m_shop->ctx())
                .adjust(Actor::system(), m_shop->skuTea, -99, StockReason::Adjustment,
                        QStringLiteral("count"))
                .ok());
    auto cart = CartService(m_shop->ctx()).view(Actor::member(m));
    QVERIFY(cart.ok());
    QCOMPARE(cart->lines.size(), 2);
    QVERIFY(cart->lines[0].insufficient); // 1 left, 2 wanted
    QVERIFY(!cart->lines[0].outOfStock);
    QVERIFY(cart->lines[1].unavailable);
    QCOMPARE(cart->subtotal, qint64(2 * 12800 + 8800));
    // Checkout refuses, naming the problem.
    auto q = CheckoutService(m_shop->ctx()).quote(Actor::member(m), {addr, 0, 0, false, {}});
    QVERIFY(!q.ok());
}

void TestCheckout::cartQuantityRules()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    Q_UNUSED(addr);
    CartService cart(m_shop->ctx());
    const Actor me = Actor::member(m);
    QCOMPARE(cart.add(me, m_shop->skuTea, 0).error().codeName(),
             QStringLiteral("invalid_quantity"));
    QCOMPARE(cart.add(me, m_shop->skuTea, -3).error().codeName(),
             QStringLiteral("invalid_quantity"));
    QCOMPARE(cart.add(me, m_shop->skuTea, 1000).error().codeName(),
             QStringLiteral("invalid_quantity"));
    QVERIFY(cart.add(me, m_shop->skuTea, 998).ok());
    QCOMPARE(cart.add(me, m_shop->skuTea, 2).error().codeName(), QStringLiteral("cart_limit"));
    QCOMPARE(cart.add(me, 9999, 1).error().codeName(), QStringLiteral("not_found"));
    QCOMPARE(cart.setQuantity(me, m_shop->skuPot, 1).error().codeName(),
             QStringLiteral("not_found"));
    QVERIFY(cart.setQuantity(me, m_shop->skuTea, 3).ok());
    QCOMPARE(cart.view(me)->lines[0].quantity, qint64(3));
    QVERIFY(cart.remove(me, m_shop->skuTea).ok());
    QVERIFY(cart.view(me)->lines.isEmpty());
    QCOMPARE(cart.view(Actor::staff(1, StaffRole::Owner)).error().codeName(),
             QStringLiteral("forbidden"));
}

void TestCheckout::quoteUsesCurrentPrices()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->addToCart(m, m_shop->skuTeaBig, 2);
    auto before = CheckoutService(m_shop->ctx()).quote(Actor::member(m), {addr, 0, 0, false, {}});
    QCOMPARE(before->total, qint64(9000 + 1000));
    SkuDraft d{QStringLiteral("LJ-100"), {}, 5000, 2000, 5, 0};
    QVERIFY(CatalogService(m_shop->ctx()).updateSku(Actor::system(), m_shop->skuTeaBig, d).ok());
    auto after = CheckoutService(m_shop->ctx()).quote(Actor::member(m), {addr, 0, 0, false, {}});
    QCOMPARE(after->subtotal, qint64(10000));
    QCOMPARE(after->shippingFee, qint64(0));
}

void TestCheckout::placeTakesEverythingAtOnce()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->giveBalance(m, 5000);
    m_shop->givePoints(m, 3000);
    m_shop->addToCart(m, m_shop->skuTea, 2);
    m_shop->addToCart(m, m_shop->skuPot, 1);
    auto placed =
        m_shop->place(m, addr, QStringLiteral("k1"), QStringLiteral("wechat"), 0, 2000, true);
    QVERIFY2(placed.ok(), qPrintable(placed ? QString() : placed.error().message));
    const Order &o = placed->order;
    QCOMPARE(o.status, OrderStatus::PendingPayment);
    QCOMPARE(o.subtotal, qint64(2 * 12800 + 8800));
    QCOMPARE(o.pointsUsed, qint64(2000));
    QCOMPARE(o.balanceApplied, qint64(5000));
    QCOMPARE(o.amountDue, o.total - 5000);
    QCOMPARE(o.lines.size(), 2);
    QCOMPARE(o.lines[0].title, QStringLiteral("西湖龙井 West Lake Longjing"));
    QCOMPARE(o.lines[0].unitCost, qint64(6000));
    QCOMPARE(o.payDeadline, m_shop->clock().nowMs() + 30 * 60 * 1000);
    QCOMPARE(o.events.first().kind, QStringLiteral("placed"));
    // Stock moved out of on-hand into reserved, with a sale move referring to the order.
    const Sku tea = m_shop->skuNow(m_shop->skuTea);
    QCOMPARE(tea.stockOnHand, qint64(98));
    QCOMPARE(tea.reserved, qint64(2));
    QCOMPARE(*StockService(m_shop->ctx()).sumOfMoves(m_shop->skuTea), qint64(98));
    QCOMPARE(StockService(m_shop->ctx()).moves(m_shop->skuTea)->first().reason, StockReason::Sale);
    const Member after = m_shop->memberNow(m);
    QCOMPARE(after.points, qint64(1000));
    QCOMPARE(after.balance, qint64(0));
    QVERIFY(CartService(m_shop->ctx()).view(Actor::member(m))->lines.isEmpty());
}

void TestCheckout::idempotentPlacement()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->addToCart(m, m_shop->skuTea, 1);
    auto first = m_shop->place(m, addr, QStringLiteral("same-key"));
    QVERIFY(first.ok());
    QVERIFY(!first->replayed);
    auto again = m_shop->place(m, addr, QStringLiteral("same-key"));
    QVERIFY(again.ok());
    QVERIFY(again->replayed);
    QCOMPARE(again->order.id, first->order.id);
    // The provider payment is opened with the order; the replay and a later "pay" with the same
    // method give that same intent rather than another one.
    QVERIFY(first->payment.has_value());
    QCOMPARE(first->payment->status, QStringLiteral("pending"));
    QCOMPARE(first->payment->amount, first->order.amountDue);
    QVERIFY(again->payment.has_value());
    QCOMPARE(again->payment->id, first->payment->id);
    auto intent = PaymentService(m_shop->ctx())
                      .createIntent(Actor::member(m), first->order.id, first->payment->method);
    QVERIFY(intent.ok());
    QCOMPARE(intent->id, first->payment->id);
    QCOMPARE(count(QStringLiteral("payments")), qint64(1));
    auto changed = m_shop->place(m, addr, QStringLiteral("same-key"), QStringLiteral("card"));
    QCOMPARE(changed.error().codeName(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(count(QStringLiteral("orders")), qint64(1));
    // Another member may use the same key text for their own order.
    auto [other, otherAddr] = m_shop->customer(QStringLiteral("b@example.com"));
    m_shop->addToCart(other, m_shop->skuPot, 1);
    QVERIFY(m_shop->place(other, otherAddr, QStringLiteral("same-key")).ok());
    QCOMPARE(count(QStringLiteral("orders")), qint64(2));
    QCOMPARE(m_shop->place(m, addr, QString()).error().codeName(),
             QStringLiteral("invalid_argument"));
    // Keys are kept at least 24 hours (48 by default), then forgotten.
    CheckoutService checkout(m_shop->ctx());
    m_shop->clock().advanceMs(47LL * 3600 * 1000);
    QVERIFY(checkout.purgeIdempotencyKeys().ok());
    QCOMPARE(count(QStringLiteral("idempotency_keys")), qint64(2));
    QVERIFY(m_shop->place(m, addr, QStringLiteral("same-key"))->replayed);
    m_shop->clock().advanceMs(2LL * 3600 * 1000);
    QVERIFY(checkout.purgeIdempotencyKeys().ok());
    QCOMPARE(count(QStringLiteral("idempotency_keys")), qint64(0));
}

void TestCheckout::refusedCheckoutChangesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("code");
    QTest::newRow("someone else's address") << "address"
                                            << "unknown_address";
    QTest::newRow("points beyond balance") << "points"
                                           << "insufficient_points";
    QTest::newRow("negative points") << "negativePoints"
                                     << "invalid_argument";
    QTest::newRow("unknown coupon") << "coupon"
                                    << "unknown_coupon";
    QTest::newRow("expired coupon") << "expiredCoupon"
                                    << "coupon_expired";
    QTest::newRow("coupon out of scope") << "scopeCoupon"
                                         << "coupon_not_applicable";
    QTest::newRow("balance does not cover") << "balance"
                                            << "insufficient_balance";
    QTest::newRow("unknown payment method") << "method"
                                            << "invalid_argument";
    QTest::newRow("empty cart") << "empty"
                                << "cart_empty";
    QTest::newRow("sold out meanwhile") << "stock"
                                        << "out_of_stock";
}

void TestCheckout::refusedCheckoutChangesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, code);
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    auto [other, otherAddr] = m_shop->customer(QStringLiteral("b@example.com"));
    Q_UNUSED(other);
    m_shop->givePoints(m, 100);
    if (what != QLatin1String("empty"))
        m_shop->addToCart(m, m_shop->skuTea, 2);
    CouponService coupons(m_shop->ctx());
    CampaignDraft d;
    d.name = QStringLiteral("Teaware only");
    d.terms.kind = CouponKind::Fixed;
    d.terms.amount = 500;
    d.terms.scope = CouponScope::Categories;
    d.terms.scopeIds = {m_shop->teaware};
    d.startsAt = m_shop->clock().nowMs() - 1000;
    d.endsAt = m_shop->clock().nowMs() + 3600 * 1000;
    auto campaign = coupons.createCampaign(m_shop->manager(), d);
    QVERIFY(campaign.ok());
    auto issued = coupons.issue(m_shop->manager(), campaign->id, {m});
    QCOMPARE(issued->issued, 1);
    const qint64 couponId = coupons.memberCoupons(Actor::member(m), m)->first().id;

    qint64 useAddr = addr, useCoupon = 0, points = 0;
    QString method = QStringLiteral("alipay");
    if (what == QLatin1String("address"))
        useAddr = otherAddr;
    else if (what == QLatin1String("points"))
        points = 101;
    else if (what == QLatin1String("negativePoints"))
        points = -5;
    else if (what == QLatin1String("coupon"))
        useCoupon = 4242;
    else if (what == QLatin1String("expiredCoupon")) {
        useCoupon = couponId;
        m_shop->clock().advanceMs(2 * 3600 * 1000);
    } else if (what == QLatin1String("scopeCoupon"))
        useCoupon = couponId;
    else if (what == QLatin1String("balance"))
        method = QStringLiteral("balance");
    else if (what == QLatin1String("method"))
        method = QStringLiteral("bitcoin");
    else if (what == QLatin1String("stock"))
        QVERIFY(StockService(m_shop->ctx())
                    .adjust(Actor::system(), m_shop->skuTea, -99, StockReason::Adjustment,
                            QStringLiteral("x"))
                    .ok());

    const qint64 moves = count(QStringLiteral("stock_moves"));
    const qint64 changes = count(QStringLiteral("change_log"));
    auto placed =
        m_shop->place(m, useAddr, QStringLiteral("key"), method, useCoupon, points, false);
    QVERIFY(!placed.ok());
    QCOMPARE(placed.error().codeName(), code);
    QCOMPARE(count(QStringLiteral("orders")), qint64(0));
    QCOMPARE(count(QStringLiteral("stock_moves")), moves);
    QCOMPARE(count(QStringLiteral("change_log")), changes);
    QCOMPARE(count(QStringLiteral("idempotency_keys")), qint64(0));
    QCOMPARE(m_shop->memberNow(m).points, qint64(100));
}

void TestCheckout::linesOfOneSkuAreSummedBeforeTheStockCheck()
{
    // A flash sale makes two lines of one SKU (sale units + regular units); stock is checked on the
    // sum.
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    QVERIFY(StockService(m_shop->ctx())
                .adjust(Actor::system(), m_shop->skuPot, -97, StockReason::Adjustment,
                        QStringLiteral("leave 3"))
                .ok());
    FlashSaleDraft f;
    f.name = QStringLiteral("壶秒杀");
    f.startsAt = m_shop->clock().nowMs() - 1000;
    f.endsAt = m_shop->clock().nowMs() + 3600 * 1000;
    f.perMemberLimit = 1;
    f.items = {{m_shop->skuPot, 4900, 10}};
    QVERIFY(FlashSaleService(m_shop->ctx()).create(m_shop->manager(), f).ok());
    m_shop->addToCart(m, m_shop->skuPot, 3);
    auto placed = m_shop->place(m, addr, QStringLiteral("k"));
    QVERIFY2(placed.ok(), qPrintable(placed ? QString() : placed.error().message));
    QCOMPARE(placed->order.lines.size(), 2);
    QCOMPARE(m_shop->skuNow(m_shop->skuPot).stockOnHand, qint64(0));
    auto [m2, addr2] = m_shop->customer(QStringLiteral("b@example.com"));
    Q_UNUSED(addr2);
    QCOMPARE(CartService(m_shop->ctx()).add(Actor::member(m2), m_shop->skuPot, 1).ok(), true);
    QCOMPARE(CartService(m_shop->ctx()).view(Actor::member(m2))->lines[0].outOfStock, true);
}

void TestCheckout::flashSaleSplitsTheLine()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    FlashSaleDraft f;
    f.name = QStringLiteral("龙井秒杀");
    f.startsAt = m_shop->clock().nowMs() - 1000;
    f.endsAt = m_shop->clock().nowMs() + 3600 * 1000;
    f.perMemberLimit = 2;
    f.items = {{m_shop->skuTea, 9900, 5}};
    auto sale = FlashSaleService(m_shop->ctx()).create(m_shop->manager(), f);
    QVERIFY(sale.ok());
    m_shop->addToCart(m, m_shop->skuTea, 3);
    auto q = CheckoutService(m_shop->ctx()).quote(Actor::member(m), {addr, 0, 0, false, {}});
    QVERIFY(q.ok());
    QCOMPARE(q->lines.size(), 2);
    QCOMPARE(q->lines[0].line.unitPrice, qint64(9900));
    QCOMPARE(q->lines[0].line.quantity, qint64(2));
    QCOMPARE(q->lines[1].line.unitPrice, qint64(12800));
    QCOMPARE(q->lines[1].line.quantity, qint64(1));
    auto placed = m_shop->place(m, addr, QStringLiteral("k"));
    QVERIFY(placed.ok());
    QCOMPARE(FlashSaleService(m_shop->ctx()).sale(sale->id)->items[0].sold, qint64(2));
    // The member's limit is used up: the next cart is all regular price.
    m_shop->addToCart(m, m_shop->skuTea, 1);
    auto next = CheckoutService(m_shop->ctx()).quote(Actor::member(m), {addr, 0, 0, false, {}});
    QCOMPARE(next->lines.size(), 1);
    QCOMPARE(next->lines[0].line.unitPrice, qint64(12800));
    // Cancelling the unpaid order gives the units back to the allotment.
    QVERIFY(OrderService(m_shop->ctx()).cancel(Actor::member(m), placed->order.id, QString()).ok());
    QCOMPARE(FlashSaleService(m_shop->ctx()).sale(sale->id)->items[0].sold, qint64(0));
    m_shop->clock().advanceMs(2 * 3600 * 1000); // after the window: regular price
    auto late = CheckoutService(m_shop->ctx()).quote(Actor::member(m), {addr, 0, 0, false, {}});
    QCOMPARE(late->lines[0].line.unitPrice, qint64(12800));
}

void TestCheckout::couponClaimAndPerMemberLimit()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    CouponService coupons(m_shop->ctx());
    CampaignDraft d;
    d.name = QStringLiteral("满100减15");
    d.code = QStringLiteral("TEA15");
    d.terms.kind = CouponKind::Fixed;
    d.terms.amount = 1500;
    d.terms.minSpend = 10000;
    d.startsAt = m_shop->clock().nowMs() - 1000;
    d.endsAt = m_shop->clock().nowMs() + 86400000;
    d.perMemberLimit = 1;
    QCOMPARE(coupons.createCampaign(m_shop->clerk(), d).error().codeName(),
             QStringLiteral("forbidden"));
    QVERIFY(coupons.createCampaign(m_shop->manager(), d).ok());
    QCOMPARE(coupons.claim(Actor::member(m), QStringLiteral("NOPE")).error().codeName(),
             QStringLiteral("unknown_coupon"));
    auto claimed = coupons.claim(Actor::member(m), QStringLiteral("TEA15"));
    QVERIFY(claimed.ok());
    QCOMPARE(coupons.claim(Actor::member(m), QStringLiteral("TEA15")).error().codeName(),
             QStringLiteral("coupon_already_claimed"));
    m_shop->addToCart(m, m_shop->skuTea, 1);
    auto placed =
        m_shop->place(m, addr, QStringLiteral("k"), QStringLiteral("alipay"), claimed->id);
    QVERIFY(placed.ok());
    QCOMPARE(placed->order.couponDiscount, qint64(1500));
    QCOMPARE(coupons.campaign(claimed->campaignId)->usedCount, qint64(1));
    // The coupon is spent: a second order cannot use it.
    m_shop->addToCart(m, m_shop->skuTea, 1);
    QCOMPARE(m_shop->place(m, addr, QStringLiteral("k2"), QStringLiteral("alipay"), claimed->id)
                 .error()
                 .codeName(),
             QStringLiteral("coupon_not_applicable"));
    // Cancelling the unpaid order gives it back.
    QVERIFY(OrderService(m_shop->ctx()).cancel(Actor::member(m), placed->order.id, QString()).ok());
    QCOMPARE(coupons.campaign(claimed->campaignId)->usedCount, qint64(0));
    QVERIFY(!coupons.memberCoupons(Actor::member(m), m)->first().used);
}

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
