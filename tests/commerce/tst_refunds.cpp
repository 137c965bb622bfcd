#include "refundservice.h"
#include "reviewservice.h"
#include "shopfixture.h"
#include "stockservice.h"

#include <QTest>

using namespace md;

// After-sales refunds, and reviews (which share the "delivered order" precondition).
class TestRefunds : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_shop = std::make_unique<ShopFixture>(); }
    void cleanup() { m_shop.reset(); }
    void partialRefundsAddUpToTheLine();
    void restockAndDestinations();
    void pointsComeBackAndEarnedPointsAreReversed();
    void rejectAndLimits();
    void reviewsRules();
    void reviewModerationKeepsAverages();

private:
    // A paid order of `qty` × SKU for a new customer; returns {member, order}.
    std::pair<qint64, qint64> paidOrder(qint64 sku, qint64 qty, qint64 points = 0,
                                        bool useBalance = false,
                                        const QString &email = QStringLiteral("a@example.com"))
    {
        auto [m, addr] = m_shop->customer(email);
        if (points)
            m_shop->givePoints(m, points);
        if (useBalance)
            m_shop->giveBalance(m, 5000);
        m_shop->addToCart(m, sku, qty);
        auto placed = m_shop->place(m, addr, QStringLiteral("k"), QStringLiteral("alipay"), 0,
                                    points, useBalance);
        TestStore::check(placed);
        TestStore::check(m_shop->pay(m, placed->order.id));
        return {m, placed->order.id};
    }
    std::unique_ptr<ShopFixture> m_shop;
};

void TestRefunds::partialRefundsAddUpToTheLine()
{
    // 3 × ¥45.00 with a ¥10.00 points discount → line total 12,500: not divisible by 3.
    auto [m, id] = paidOrder(m_shop->skuTeaBig, 3, 1000);
    const Order o = m_shop->order(id);
    const OrderLine line = o.lines[0];
    QCOMPARE(line.lineTotal, qint64(12500));
    RefundService refunds(m_shop->ctx());
    qint64 refunded = 0;
    for (int i = 0; i < 3; ++i) {
        auto r =
            refunds.request(Actor::member(m), id, {{line.id, 1}}, QStringLiteral("one at a time"));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        auto done = refunds.approve(m_shop->manager(), r->id, {});
        QVERIFY(done.ok());
        QCOMPARE(done->status, RefundStatus::Refunded);
        refunded += done->amount;
        QCOMPARE(done->amount,
                 qint64(i == 0 ? 4166 : 4167)); // cumulative ⌊12,500 × k / 3⌋: 4,166, 8,333, 12,500
    }
    QCOMPARE(refunded, line.lineTotal);
    const Order after = m_shop->order(id);
    QCOMPARE(after.refundedTotal(), line.lineTotal);
    QCOMPARE(after.status, OrderStatus::Cancelled);      // nothing left to ship
    QCOMPARE(m_shop->memberNow(m).points, qint64(1000)); // all points used came back
    auto more = refunds.request(Actor::member(m), id, {{line.id, 1}}, QStringLiteral("again"));
    QVERIFY(!more.ok());
}

void TestRefunds::restockAndDestinations()
{
    auto [m, id] = paidOrder(m_shop->skuTea, 4, 0, true);
    const Order o = m_shop->order(id);
    QCOMPARE(o.balanceApplied, qint64(5000));
    OrderService orders(m_shop->ctx());
    QVERIFY(orders
                .ship(m_shop->clerk(), id,
                      {QStringLiteral("SF"), QStringLiteral("1"), {{o.lines[0].id, 2}}})
                .ok());
    RefundService refunds(m_shop->ctx());
    const qint64 stockBefore = m_shop->skuNow(m_shop->skuTea).stockOnHand; // 96
    // 3 units: 2 unshipped come back from the reservation, 1 shipped is not restocked (damaged).
    auto r = refunds.request(Actor::member(m), id, {{o.lines[0].id, 3}}, QStringLiteral("broken"));
    QVERIFY(r.ok());
    QCOMPARE(refunds.approve(m_shop->clerk(), r->id, {}).error().codeName(),
             QStringLiteral("forbidden"));
    auto done = refunds.approve(m_shop->manager(), r->id,
                                {QStringLiteral("original"), false, QStringLiteral("sorry")});
    QVERIFY(done.ok());
    const Sku sku = m_shop->skuNow(m_shop->skuTea);
    QCOMPARE(sku.stockOnHand, stockBefore + 2);
    QCOMPARE(sku.reserved, qint64(0));
    QCOMPARE(*StockService(m_shop->ctx()).sumOfMoves(m_shop->skuTea), sku.stockOnHand);
    // Split in the proportion paid: 5,000 of 51,200 came from balance.
    QCOMPARE(done->amount, qint64(38400));
    QCOMPARE(done->cashAmount + done->balanceAmount, done->amount);
    QCOMPARE(done->cashAmount, qint64(34650)); // ⌊46,200 × 38,400 / 51,200⌋
    QCOMPARE(m_shop->memberNow(m).balance, qint64(done->balanceAmount));
    // The last unit, to balance, restocked after its return.
    auto last =
        refunds.request(m_shop->clerk(), id, {{o.lines[0].id, 1}}, QStringLiteral("returned"));
    QVERIFY(last.ok());
    auto toBalance =
        refunds.approve(m_shop->manager(), last->id, {QStringLiteral("balance"), true, QString()});
    QVERIFY(toBalance.ok());
    QCOMPARE(toBalance->cashAmount, qint64(0));
    QCOMPARE(toBalance->balanceAmount, qint64(12800));
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).stockOnHand, stockBefore + 3);
    const Order after = m_shop->order(id);
    QCOMPARE(after.refundedTotal(), after.receivedTotal());
    QVERIFY(after.refundedCash <= after.paidAmount);
}

void TestRefunds::pointsComeBackAndEarnedPointsAreReversed()
{
    auto [m, id] = paidOrder(m_shop->skuTea, 2, 2000); // 25,600 − 2,000 points
    OrderService orders(m_shop->ctx());
    QVERIFY(orders.ship(m_shop->clerk(), id, {QStringLiteral("SF"), QStringLiteral("1"), {}}).ok());
    QVERIFY(orders.confirmReceipt(Actor::member(m), id).ok());
    Member mem = m_shop->memberNow(m);
    QCOMPARE(mem.points, qint64(236)); // 0 left after redeeming, + ⌊236.00⌋ earned
    QCOMPARE(mem.netPaid, qint64(23600));
    const Order o = m_shop->order(id);
    RefundService refunds(m_shop->ctx());
    auto r = refunds.request(Actor::member(m), id, {{o.lines[0].id, 1}},
                             QStringLiteral("one was stale"));
    auto done = refunds.approve(m_shop->manager(), r->id, {});
    QVERIFY(done.ok());
    QCOMPARE(done->amount, qint64(11800));
    QCOMPARE(done->pointsRestored, qint64(1000));
    QCOMPARE(done->pointsReversed, qint64(118));
    mem = m_shop->memberNow(m);
    QCOMPARE(mem.points, qint64(236 - 118 + 1000));
    QCOMPARE(mem.netPaid, qint64(23600 - 11800));
    QCOMPARE(*WalletService(m_shop->ctx()).ledgerSum(LedgerKind::Points, m), mem.points);
}

void TestRefunds::rejectAndLimits()
{
    auto [m, id] = paidOrder(m_shop->skuTea, 2);
    auto [other, otherId] = paidOrder(m_shop->skuPot, 1, 0, false, QStringLiteral("b@example.com"));
    Q_UNUSED(otherId);
    const Order o = m_shop->order(id);
    RefundService refunds(m_shop->ctx());
    QCOMPARE(refunds.request(Actor::member(other), id, {{o.lines[0].id, 1}}, QStringLiteral("x"))
                 .error()
                 .codeName(),
             QStringLiteral("not_found"));
    QCOMPARE(refunds.request(Actor::member(m), id, {{o.lines[0].id, 3}}, QStringLiteral("x"))
                 .error()
                 .codeName(),
             QStringLiteral("invalid_quantity"));
    QCOMPARE(refunds.request(Actor::member(m), id, {{o.lines[0].id, 0}}, QStringLiteral("x"))
                 .error()
                 .codeName(),
             QStringLiteral("invalid_quantity"));
    QCOMPARE(
        refunds.request(Actor::member(m), id, {{o.lines[0].id, 1}}, QString()).error().codeName(),
        QStringLiteral("invalid_argument"));
    auto a = refunds.request(Actor::member(m), id, {{o.lines[0].id, 2}}, QStringLiteral("all"));
    QVERIFY(a.ok());
    // Pending requests count: nothing more can be asked for.
    QCOMPARE(refunds.request(Actor::member(m), id, {{o.lines[0].id, 1}}, QStringLiteral("x"))
                 .error()
                 .codeName(),
             QStringLiteral("invalid_quantity"));
    QCOMPARE(refunds.reject(m_shop->manager(), a->id, QString()).error().codeName(),
             QStringLiteral("invalid_argument"));
    auto rejected =
        refunds.reject(m_shop->manager(), a->id, QStringLiteral("Opened tea cannot be returned"));
    QVERIFY(rejected.ok());
    QCOMPARE(rejected->status, RefundStatus::Rejected);
    QCOMPARE(refunds.approve(m_shop->manager(), a->id, {}).error().codeName(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(m_shop->order(id).refundedTotal(), qint64(0));
    QVERIFY(refunds.request(Actor::member(m), id, {{o.lines[0].id, 1}}, QStringLiteral("x")).ok());
}

void TestRefunds::reviewsRules()
{
    auto [m, id] = paidOrder(m_shop->skuTea, 1);
    const Order o = m_shop->order(id);
    ReviewService reviews(m_shop->ctx());
    const qint64 line = o.lines[0].id;
    QCOMPARE(reviews.create(Actor::member(m), id, line, 5, QStringLiteral("好")).error().codeName(),
             QStringLiteral("review_not_allowed"));
    OrderService orders(m_shop->ctx());
    QVERIFY(orders.ship(m_shop->clerk(), id, {QStringLiteral("SF"), QStringLiteral("1"), {}}).ok());
    QVERIFY(orders.markDelivered(m_shop->clerk(), id).ok());
    QCOMPARE(reviews.create(Actor::member(m), id, line, 0, QString()).error().codeName(),
             QStringLiteral("invalid_rating"));
    QCOMPARE(reviews.create(Actor::member(m), id, line, 6, QString()).error().codeName(),
             QStringLiteral("invalid_rating"));
    QCOMPARE(reviews.create(Actor::member(m), id, line, 5, QString(2001, QLatin1Char('x')))
                 .error()
                 .codeName(),
             QStringLiteral("text_too_long"));
    auto [other, otherAddr] = m_shop->customer(QStringLiteral("b@example.com"));
    Q_UNUSED(otherAddr);
    QCOMPARE(reviews.create(Actor::member(other), id, line, 5, QString()).error().codeName(),
             QStringLiteral("not_found"));
    const QString text = QStringLiteral("<script>alert(1)</script> 香气很好");
    auto r = reviews.create(Actor::member(m), id, line, 4, text);
    QVERIFY(r.ok());
    QCOMPARE(r->body, text); // stored as plain text, unchanged
    QCOMPARE(reviews.create(Actor::member(m), id, line, 5, QString()).error().codeName(),
             QStringLiteral("review_exists"));
    auto product = CatalogService(m_shop->ctx()).product(m_shop->longjing);
    QCOMPARE(product->ratingCount, qint64(1));
    QCOMPARE(product->ratingAverageX100(), 400);
}

void TestRefunds::reviewModerationKeepsAverages()
{
    ReviewService reviews(m_shop->ctx());
    QList<qint64> ids;
    int rating = 5;
    for (const QString &email :
         {QStringLiteral("a@x.cn"), QStringLiteral("b@x.cn"), QStringLiteral("c@x.cn")}) {
        auto [m, id] = paidOrder(m_shop->skuTea, 1, 0, false, email);
        OrderService orders(m_shop->ctx());
        QVERIFY(
            orders.ship(m_shop->clerk(), id, {QStringLiteral("SF"), QStringLiteral("1"), {}}).ok());
        QVERIFY(orders.confirmReceipt(Actor::member(m), id).ok());
        auto r = reviews.create(Actor::member(m), id, m_shop->order(id).lines[0].id, rating,
                                QStringLiteral("ok"));
        QVERIFY(r.ok());
        ids.append(r->id);
        rating -= 2; // 5, 3, 1
    }
    CatalogService catalog(m_shop->ctx());
    QCOMPARE(catalog.product(m_shop->longjing)->ratingAverageX100(), 300);
    QVERIFY(reviews.setHidden(Actor::staff(4, StaffRole::Support), ids[2], true).ok());
    QCOMPARE(catalog.product(m_shop->longjing)->ratingAverageX100(), 400);
    QCOMPARE(catalog.product(m_shop->longjing)->ratingCount, qint64(2));
    ReviewQuery q;
    q.productId = m_shop->longjing;
    QCOMPARE(reviews.reviews(Actor::member(1), q)->size(), 2);
    QCOMPARE(reviews.reviews(m_shop->clerk(), q)->size(), 3);
    QVERIFY(reviews.setHidden(m_shop->clerk(), ids[2], false).ok());
    QCOMPARE(catalog.product(m_shop->longjing)->ratingAverageX100(), 300);
    auto replied = reviews.reply(m_shop->clerk(), ids[0], QStringLiteral("谢谢惠顾"));
    QVERIFY(replied.ok());
    QCOMPARE(replied->reply, QStringLiteral("谢谢惠顾"));
    QCOMPARE(reviews.reply(Actor::member(1), ids[0], QStringLiteral("x")).error().codeName(),
             QStringLiteral("forbidden"));
}

QTEST_GUILESS_MAIN(TestRefunds)
#include "tst_refunds.moc"
