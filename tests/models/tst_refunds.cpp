#include "refundservice.h"
#include "reviewservice.h"
#include "shopfixture.h"
#include "stockservice.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

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
    void refundTextNarrowsListAndCount();
    void reviewTextNarrowsListAndCount();

private:
    // A customer with a display name of their own (the fixture's customers are all 张三).
    std::pair<qint64, qint64> namedCustomer(const QString &email, const QString &name)
    {
        const qint64 id = m_shop->member(email, name);
        auto address =
            MemberService(m_shop->ctx())
                .addAddress(Actor::member(id), id,
                            {QStringLiteral("王芳"), QStringLiteral("13800138000"),
                             QStringLiteral("浙江省 杭州市 西湖区"), QStringLiteral("龙井路 1 号"),
                             QStringLiteral("310000"), true});
        TestStore::check(address);
        return {id, address->id};
    }
    // A paid, shipped and delivered order of one unit of `sku` for the member.
    qint64 deliveredOrder(qint64 member, qint64 address, qint64 sku, const QString &key)
    {
        m_shop->addToCart(member, sku, 1);
        auto placed = m_shop->place(member, address, key);
        TestStore::check(placed);
        TestStore::check(m_shop->pay(member, placed->order.id));
        OrderService orders(m_shop->ctx());
        TestStore::check(orders.ship(m_shop->clerk(), placed->order.id,
                                     {QStringLiteral("SF"), QStringLiteral("1"), {}}));
        TestStore::check(orders.markDelivered(m_shop->clerk(), placed->order.id));
        return placed->order.id;
    }
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

// The refund queue's search: the order number as the clerk sees it, the member's name and the
// reason, without regard to ASCII case, list and count alike, together with the status; the
// text is matched literally (LIKE's % and _ and SQL's quotes are plain characters).
void TestRefunds::refundTextNarrowsListAndCount()
{
    const auto [li, liAddress] =
        namedCustomer(QStringLiteral("li@example.com"), QStringLiteral("Li Lei"));
    const auto [zhang, zhangAddress] = m_shop->customer(QStringLiteral("z@example.com"));
    const qint64 liOrder = deliveredOrder(li, liAddress, m_shop->skuTea, QStringLiteral("li"));
    const qint64 zhangOrder =
        deliveredOrder(zhang, zhangAddress, m_shop->skuPot, QStringLiteral("zhang"));
    RefundService refunds(m_shop->ctx());
    const auto ask = [&](qint64 member, qint64 order, const QString &reason) {
        auto r = refunds.request(Actor::member(member), order,
                                 {{m_shop->order(order).lines[0].id, 1}}, reason);
        TestStore::check(r);
        return r->id;
    };
    const qint64 damaged = ask(li, liOrder, QStringLiteral("Damaged box"));
    const qint64 odd = ask(zhang, zhangOrder, QStringLiteral("it's 100% the wrong_size"));

    const auto found = [&](const QString &text, std::optional<RefundStatus> status = {}) {
        RefundQuery q;
        q.text = text;
        q.status = status;
        auto list = refunds.refunds(m_shop->manager(), q);
        auto count = refunds.count(m_shop->manager(), q);
        TestStore::check(list);
        TestStore::check(count);
        QList<qint64> ids;
        for (const Refund &r : *list)
            ids << r.id;
        std::sort(ids.begin(), ids.end());
        if (*count != ids.size())
            qWarning() << "count" << *count << "list" << ids << "for" << text;
        return *count == ids.size() ? ids : QList<qint64>{-1};
    };
    const QList<qint64> both{damaged, odd};
    QCOMPARE(found(QString()), both);
    QCOMPARE(found(QStringLiteral("li lei")), QList<qint64>{damaged}); // the member, any case
    QCOMPARE(found(QStringLiteral("张三")), QList<qint64>{odd});
    QCOMPARE(found(QStringLiteral("DAMAGED")), QList<qint64>{damaged}); // the reason
    // The order number as Order::number() shows it, whole or in part.
    const QString number = m_shop->order(zhangOrder).number();
    QVERIFY(!number.isEmpty());
    QCOMPARE(found(number), QList<qint64>{odd});
    QCOMPARE(found(number.section(QLatin1Char('-'), -1)), QList<qint64>{odd});
    QCOMPARE(found(m_shop->order(liOrder).number()), QList<qint64>{damaged});
    QCOMPARE(found(number.section(QLatin1Char('-'), 0, 0)), both); // the day: both orders
    // An imported order is numbered by its external reference (as if the import had set it).
    QSqlQuery imported(m_shop->ctx().connection());
    QVERIFY(imported.prepare(QStringLiteral("UPDATE orders SET external_ref = ? WHERE id = ?")));
    imported.addBindValue(QStringLiteral("INV-77/B"));
    imported.addBindValue(liOrder);
    QVERIFY(imported.exec());
    QCOMPARE(m_shop->order(liOrder).number(), QStringLiteral("INV-77/B"));
    QCOMPARE(found(QStringLiteral("inv-77")), QList<qint64>{damaged});
    QCOMPARE(found(m_shop->order(liOrder).number()), QList<qint64>{damaged});
    QCOMPARE(found(number.section(QLatin1Char('-'), 0, 0)), QList<qint64>{odd});
    // Literally: no wildcards, no quoting trouble.
    QCOMPARE(found(QStringLiteral("%")), QList<qint64>{odd});
    QCOMPARE(found(QStringLiteral("_")), QList<qint64>{odd});
    QCOMPARE(found(QStringLiteral("it's")), QList<qint64>{odd});
    QCOMPARE(found(QStringLiteral("'")), QList<qint64>{odd});
    QCOMPARE(found(QStringLiteral("\"")), QList<qint64>{});
    QCOMPARE(found(QStringLiteral("x' OR '1'='1")), QList<qint64>{});
    QCOMPARE(found(QStringLiteral("nobody")), QList<qint64>{});
    // With the status filter.
    TestStore::check(refunds.approve(m_shop->manager(), damaged, {}));
    QCOMPARE(found(QStringLiteral("li lei"), RefundStatus::Requested), QList<qint64>{});
    QCOMPARE(found(QStringLiteral("li lei"), RefundStatus::Refunded), QList<qint64>{damaged});
    QCOMPARE(found(QString(), RefundStatus::Requested), QList<qint64>{odd});
    // Paged: a page of one, the count of all that match ("e" is in both reasons).
    RefundQuery page;
    page.text = QStringLiteral("e");
    page.limit = 1;
    QCOMPARE(refunds.refunds(m_shop->manager(), page)->size(), 1);
    QCOMPARE(*refunds.count(m_shop->manager(), page), qint64(2));
}

// The review queue's search: the review's text, the product's title and the member's name,
// without regard to ASCII case, list and count alike, together with the visibility filter and
// the paging subquery; the text is matched literally.
void TestRefunds::reviewTextNarrowsListAndCount()
{
    const auto [li, liAddress] =
        namedCustomer(QStringLiteral("li@example.com"), QStringLiteral("Li Lei"));
    const auto [zhang, zhangAddress] = m_shop->customer(QStringLiteral("z@example.com"));
    const qint64 liOrder = deliveredOrder(li, liAddress, m_shop->skuPot, QStringLiteral("li"));
    const qint64 zhangOrder =
        deliveredOrder(zhang, zhangAddress, m_shop->skuTea, QStringLiteral("zhang"));
    ReviewService reviews(m_shop->ctx());
    auto pot = reviews.create(Actor::member(li), liOrder, m_shop->order(liOrder).lines[0].id, 4,
                              QStringLiteral("Lovely, 50% off_deal, it's \"great\""));
    TestStore::check(pot);
    auto tea = reviews.create(Actor::member(zhang), zhangOrder,
                              m_shop->order(zhangOrder).lines[0].id, 5, QStringLiteral("香气很好"));
    TestStore::check(tea);

    const auto found = [&](const QString &text, std::optional<bool> hidden = {}) {
        ReviewQuery q;
        q.text = text;
        q.hidden = hidden;
        auto list = reviews.reviews(m_shop->manager(), q);
        auto count = reviews.count(m_shop->manager(), q);
        TestStore::check(list);
        TestStore::check(count);
        QList<qint64> ids;
        for (const Review &r : *list)
            ids << r.id;
        std::sort(ids.begin(), ids.end());
        if (*count != ids.size())
            qWarning() << "count" << *count << "list" << ids << "for" << text;
        return *count == ids.size() ? ids : QList<qint64>{-1};
    };
    const QList<qint64> both{pot->id, tea->id};
    QCOMPARE(found(QString()), both);
    QCOMPARE(found(QStringLiteral("LOVELY")), QList<qint64>{pot->id}); // the text, any case
    QCOMPARE(found(QStringLiteral("香气")), QList<qint64>{tea->id});
    QCOMPARE(found(QStringLiteral("yixing")), QList<qint64>{pot->id}); // the product's title
    QCOMPARE(found(QStringLiteral("Longjing")), QList<qint64>{tea->id});
    QCOMPARE(found(QStringLiteral("li lei")), QList<qint64>{pot->id}); // the member's name
    QCOMPARE(found(QStringLiteral("张三")), QList<qint64>{tea->id});
    QCOMPARE(found(QStringLiteral("%")), QList<qint64>{pot->id});
    QCOMPARE(found(QStringLiteral("_")), QList<qint64>{pot->id});
    QCOMPARE(found(QStringLiteral("it's \"")), QList<qint64>{pot->id});
    QCOMPARE(found(QStringLiteral("x' OR '1'='1")), QList<qint64>{});
    QCOMPARE(found(QStringLiteral("nothing like it")), QList<qint64>{});
    // With the visibility filter.
    TestStore::check(reviews.setHidden(m_shop->manager(), pot->id, true));
    QCOMPARE(found(QStringLiteral("yixing"), false), QList<qint64>{});
    QCOMPARE(found(QStringLiteral("yixing"), true), QList<qint64>{pot->id});
    QCOMPARE(found(QStringLiteral("yixing")), QList<qint64>{pot->id});
    // Who may not moderate does not find the hidden one by its text either.
    ReviewQuery asMember;
    asMember.text = QStringLiteral("yixing");
    QCOMPARE(reviews.reviews(Actor::member(zhang), asMember)->size(), 0);
    QCOMPARE(*reviews.count(Actor::member(zhang), asMember), qint64(0));
    // Paged: a page of one, the count of all that match ("e" is in both titles).
    ReviewQuery page;
    page.text = QStringLiteral("e");
    page.limit = 1;
    QCOMPARE(reviews.reviews(m_shop->manager(), page)->size(), 1);
    QCOMPARE(*reviews.count(m_shop->manager(), page), qint64(2));
}

QTEST_GUILESS_MAIN(TestRefunds)
#include "tst_refunds.moc"
