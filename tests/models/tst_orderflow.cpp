#include "auditlog.h"
#include "changelog.h"
#include "notificationservice.h"
#include "refundservice.h"
#include "shopfixture.h"
#include "sqlquery.h"
#include "stockservice.h"

#include <QTest>

using namespace md;

// The order state machine of docs/orders.md, and payments through signed callbacks.
class TestOrderFlow : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_shop = std::make_unique<ShopFixture>(); }
    void cleanup() { m_shop.reset(); }
    void happyPathEarnsPointsAndTier();
    void partialShipments();
    void cancelUnpaidReturnsEverythingOnce();
    void unpaidOrdersExpire();
    void paidUnshippedCancelRefundsInFull();
    void illegalTransitionsChangeNothing();
    void autoCompleteAfterDays();
    void callbacksAreVerified_data();
    void callbacksAreVerified();
    void failedPaymentKeepsOrderOpen();
    void payWithBalanceIsImmediate();
    void membersSeeOnlyTheirOrders();
    void notificationsFollowTheOrder();
    void theNumberInSqlIsTheNumberShown();

private:
    qint64 placeSimple(qint64 m, qint64 addr, qint64 sku = 0, qint64 qty = 1,
                       const QString &key = QStringLiteral("k"))
    {
        m_shop->addToCart(m, sku ? sku : m_shop->skuTea, qty);
        auto placed = m_shop->place(m, addr, key);
        TestStore::check(placed);
        return placed->order.id;
    }
    qint64 rows(const QString &sql) { return *SqlQuery(m_shop->db().connection(), sql).scalar(); }
    std::unique_ptr<ShopFixture> m_shop;
};

void TestOrderFlow::happyPathEarnsPointsAndTier()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    const qint64 id = placeSimple(m, addr, m_shop->skuTea, 8); // ¥1,024.00: silver after completion
    QVERIFY(m_shop->pay(m, id).ok());
    QCOMPARE(m_shop->order(id).status, OrderStatus::Paid);
    QCOMPARE(m_shop->order(id).paidAmount, qint64(102400));
    OrderService orders(m_shop->ctx());
    auto shipped = orders.ship(m_shop->clerk(), id,
                               {QStringLiteral("顺丰 SF"), QStringLiteral("SF1234567890"), {}});
    QVERIFY(shipped.ok());
    QCOMPARE(shipped->status, OrderStatus::Shipped);
    QCOMPARE(shipped->shipments.size(), 1);
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).reserved, qint64(0));
    QVERIFY(orders.markDelivered(m_shop->clerk(), id).ok());
    auto done = orders.confirmReceipt(Actor::member(m), id);
    QVERIFY(done.ok());
    QCOMPARE(done->status, OrderStatus::Completed);
    QCOMPARE(done->pointsEarned, qint64(1024));
    const Member after = m_shop->memberNow(m);
    QCOMPARE(after.points, qint64(1024));
    QCOMPARE(after.netPaid, qint64(102400));
    QCOMPARE(after.tier, MemberTier::Silver);
    QStringList kinds;
    for (const auto &e : done->events)
        kinds << e.kind;
    // Staff actions are audited with who did them; the member's own are in the timeline only.
    auto audit = AuditLog::forEntity(m_shop->db().connection(), entity::Order, id);
    QVERIFY(audit.ok());
    QStringList actions;
    for (const AuditEntry &e : *audit) {
        actions << e.action;
        QCOMPARE(e.staffId.value_or(0), qint64(2));
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("order.ship"), QStringLiteral("order.deliver")}));
    QCOMPARE(kinds, (QStringList{QStringLiteral("placed"), QStringLiteral("payment_started"),
                                 QStringLiteral("paid"), QStringLiteral("shipped"),
                                 QStringLiteral("delivered"), QStringLiteral("completed")}));
}

void TestOrderFlow::partialShipments()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->addToCart(m, m_shop->skuTea, 2);
    m_shop->addToCart(m, m_shop->skuPot, 1);
    auto placed = m_shop->place(m, addr, QStringLiteral("k"));
    const qint64 id = placed->order.id;
    QVERIFY(m_shop->pay(m, id).ok());
    OrderService orders(m_shop->ctx());
    const qint64 teaLine = placed->order.lines[0].id;
    const qint64 potLine = placed->order.lines[1].id;
    auto first = orders.ship(m_shop->clerk(), id,
                             {QStringLiteral("SF"), QStringLiteral("A1"), {{teaLine, 1}}});
    QVERIFY(first.ok());
    QCOMPARE(first->status, OrderStatus::Shipped);
    QCOMPARE(orders.markDelivered(m_shop->clerk(), id).error().codeName(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(
        orders
            .ship(m_shop->clerk(), id, {QStringLiteral("SF"), QStringLiteral("A2"), {{teaLine, 2}}})
            .error()
            .codeName(),
        QStringLiteral("invalid_quantity"));
    auto rest = orders.ship(m_shop->clerk(), id, {QStringLiteral("SF"), QStringLiteral("A2"), {}});
    QVERIFY(rest.ok());
    QCOMPARE(rest->shipments.size(), 2);
    QCOMPARE(rest->shipments[1].lines.size(), 2);
    QCOMPARE(rest->lines[0].shippedQty, qint64(2));
    QCOMPARE(rest->lines[1].shippedQty, qint64(1));
    Q_UNUSED(potLine);
    QCOMPARE(orders.ship(m_shop->clerk(), id, {QStringLiteral("SF"), QStringLiteral("A3"), {}})
                 .error()
                 .codeName(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(orders
                 .ship(Actor::staff(3, StaffRole::Support), id,
                       {QStringLiteral("SF"), QStringLiteral("A3"), {}})
                 .error()
                 .codeName(),
             QStringLiteral("forbidden"));
}

void TestOrderFlow::cancelUnpaidReturnsEverythingOnce()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->giveBalance(m, 3000);
    m_shop->givePoints(m, 2000);
    m_shop->addToCart(m, m_shop->skuTea, 3);
    auto placed =
        m_shop->place(m, addr, QStringLiteral("k"), QStringLiteral("alipay"), 0, 1500, true);
    QVERIFY(placed.ok());
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).stockOnHand, qint64(97));
    OrderService orders(m_shop->ctx());
    auto cancelled =
        orders.cancel(Actor::member(m), placed->order.id, QStringLiteral("changed my mind"));
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->status, OrderStatus::Cancelled);
    QCOMPARE(cancelled->cancelReason, QStringLiteral("changed my mind"));
    const Sku tea = m_shop->skuNow(m_shop->skuTea);
    QCOMPARE(tea.stockOnHand, qint64(100));
    QCOMPARE(tea.reserved, qint64(0));
    QCOMPARE(*StockService(m_shop->ctx()).sumOfMoves(m_shop->skuTea), qint64(100));
    const Member mem = m_shop->memberNow(m);
    QCOMPARE(mem.points, qint64(2000));
    QCOMPARE(mem.balance, qint64(3000));
    // A second cancel is an illegal transition and returns nothing twice.
    QCOMPARE(orders.cancel(Actor::member(m), placed->order.id, QString()).error().codeName(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(m_shop->memberNow(m).balance, qint64(3000));
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).stockOnHand, qint64(100));
    // Paying a cancelled order is refused.
    QCOMPARE(PaymentService(m_shop->ctx())
                 .createIntent(Actor::member(m), placed->order.id, PaymentMethod::Card)
                 .error()
                 .codeName(),
             QStringLiteral("invalid_transition"));
    // The payment opened at checkout died with the order: a late success callback is refused.
    QVERIFY(placed->payment.has_value());
    QCOMPARE(PaymentService(m_shop->ctx()).payment(placed->payment->id)->status,
             QStringLiteral("cancelled"));
    QVERIFY(!m_shop
                 ->callback(placed->payment->providerRef, placed->payment->amount,
                            QStringLiteral("succeeded"), QStringLiteral("late-event"))
                 .ok());
    QCOMPARE(m_shop->memberNow(m).balance, qint64(3000));
}

void TestOrderFlow::unpaidOrdersExpire()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    const qint64 id = placeSimple(m, addr);
    OrderService orders(m_shop->ctx());
    m_shop->clock().advanceMs(29 * 60 * 1000);
    QCOMPARE(*orders.cancelExpiredUnpaid(), 0);
    m_shop->clock().advanceMs(60 * 1000 + 1);
    QCOMPARE(*orders.cancelExpiredUnpaid(), 1);
    QCOMPARE(m_shop->order(id).status, OrderStatus::Cancelled);
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).stockOnHand, qint64(100));
    QCOMPARE(*orders.cancelExpiredUnpaid(), 0);
}

void TestOrderFlow::paidUnshippedCancelRefundsInFull()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->giveBalance(m, 2000);
    m_shop->addToCart(m, m_shop->skuTeaBig, 1); // ¥45 + ¥10 shipping
    auto placed = m_shop->place(m, addr, QStringLiteral("k"), QStringLiteral("alipay"), 0, 0, true);
    const qint64 id = placed->order.id;
    QCOMPARE(placed->order.total, qint64(5500));
    QCOMPARE(placed->order.amountDue, qint64(3500));
    QVERIFY(m_shop->pay(m, id).ok());
    OrderService orders(m_shop->ctx());
    QCOMPARE(orders.cancel(Actor::member(m), id, QString()).error().codeName(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(orders.cancel(m_shop->clerk(), id, QString()).error().codeName(),
             QStringLiteral("forbidden"));
    auto cancelled = orders.cancel(m_shop->manager(), id, QStringLiteral("customer called"));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled ? QString() : cancelled.error().message));
    QCOMPARE(cancelled->status, OrderStatus::Cancelled);
    QCOMPARE(cancelled->refundedCash, qint64(3500));
    QCOMPARE(cancelled->refundedBalance, qint64(2000));
    QCOMPARE(m_shop->memberNow(m).balance, qint64(2000));
    QCOMPARE(m_shop->skuNow(m_shop->skuTeaBig).stockOnHand, qint64(100));
    QCOMPARE(m_shop->skuNow(m_shop->skuTeaBig).reserved, qint64(0));
    auto refunds = orders.refunds(m_shop->manager(), id);
    QCOMPARE(refunds->size(), 1);
    QCOMPARE(refunds->first().status, RefundStatus::Refunded);
    QCOMPARE(refunds->first().amount, qint64(5500));
    QVERIFY(refunds->first().includesShipping);
}

void TestOrderFlow::illegalTransitionsChangeNothing()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    const qint64 id = placeSimple(m, addr);
    OrderService orders(m_shop->ctx());
    const qint64 version = m_shop->order(id).version;
    QCOMPARE(orders.ship(m_shop->clerk(), id, {QStringLiteral("SF"), QStringLiteral("1"), {}})
                 .error()
                 .codeName(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(orders.markDelivered(m_shop->clerk(), id).error().codeName(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(orders.confirmReceipt(Actor::member(m), id).error().codeName(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(RefundService(m_shop->ctx())
                 .request(Actor::member(m), id, {{m_shop->order(id).lines[0].id, 1}},
                          QStringLiteral("x"))
                 .error()
                 .codeName(),
             QStringLiteral("invalid_transition"));
    QCOMPARE(m_shop->order(id).version, version);
    QCOMPARE(m_shop->order(id).status, OrderStatus::PendingPayment);
    QCOMPARE(orders.ship(m_shop->clerk(), 9999, {QStringLiteral("SF"), QStringLiteral("1"), {}})
                 .error()
                 .codeName(),
             QStringLiteral("not_found"));
}

void TestOrderFlow::autoCompleteAfterDays()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    const qint64 id = placeSimple(m, addr);
    QVERIFY(m_shop->pay(m, id).ok());
    OrderService orders(m_shop->ctx());
    QVERIFY(orders.ship(m_shop->clerk(), id, {QStringLiteral("SF"), QStringLiteral("1"), {}}).ok());
    QVERIFY(orders.markDelivered(m_shop->clerk(), id).ok());
    m_shop->clock().advanceMs(9LL * 86400000);
    QCOMPARE(*orders.completeDelivered(), 0);
    m_shop->clock().advanceMs(86400000LL + 1);
    QCOMPARE(*orders.completeDelivered(), 1);
    QCOMPARE(m_shop->order(id).status, OrderStatus::Completed);
    QCOMPARE(m_shop->memberNow(m).points, qint64(128));
}

void TestOrderFlow::callbacksAreVerified_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<QString>("code");
    QTest::newRow("tampered body") << "tamper"
                                   << "invalid_signature";
    QTest::newRow("wrong secret") << "secret"
                                  << "invalid_signature";
    QTest::newRow("301 s old") << "old"
                               << "stale_callback";
    QTest::newRow("301 s in the future") << "future"
                                         << "stale_callback";
    QTest::newRow("replayed event") << "replay"
                                    << "duplicate_event";
    QTest::newRow("wrong amount") << "amount"
                                  << "payment_mismatch";
    QTest::newRow("unknown payment") << "unknown"
                                     << "not_found";
    QTest::newRow("garbage header") << "header"
                                    << "invalid_signature";
}

void TestOrderFlow::callbacksAreVerified()
{
    QFETCH(QString, attack);
    QFETCH(QString, code);
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    const qint64 id = placeSimple(m, addr);
    const qint64 other = placeSimple(m, addr, m_shop->skuPot, 1, QStringLiteral("k2"));
    auto intent =
        PaymentService(m_shop->ctx()).createIntent(Actor::member(m), id, PaymentMethod::Card);
    QVERIFY(intent.ok());
    auto otherIntent =
        PaymentService(m_shop->ctx()).createIntent(Actor::member(m), other, PaymentMethod::Card);
    QVERIFY(m_shop
                ->callback(otherIntent->providerRef, otherIntent->amount,
                           QStringLiteral("succeeded"), QStringLiteral("evt-used"))
                .ok());
    const qint64 now = m_shop->clock().nowMs() / 1000;
    QByteArray body = m_shop->callbackBody(intent->providerRef, intent->amount,
                                           QStringLiteral("succeeded"), QStringLiteral("evt-1"));
    QByteArray header = PaymentService::sign(ShopFixture::kSecret, now, body);
    QByteArray secret = ShopFixture::kSecret;
    if (attack == QLatin1String("tamper")) {
        body.replace("succeeded", "succeeded ");
    } else if (attack == QLatin1String("secret")) {
        header = PaymentService::sign("another-secret", now, body);
    } else if (attack == QLatin1String("old")) {
        header = PaymentService::sign(secret, now - 301, body);
    } else if (attack == QLatin1String("future")) {
        header = PaymentService::sign(secret, now + 301, body);
    } else if (attack == QLatin1String("replay")) {
        body = m_shop->callbackBody(intent->providerRef, intent->amount,
                                    QStringLiteral("succeeded"), QStringLiteral("evt-used"));
        header = PaymentService::sign(secret, now, body);
    } else if (attack == QLatin1String("amount")) {
        body = m_shop->callbackBody(intent->providerRef, intent->amount - 1,
                                    QStringLiteral("succeeded"), QStringLiteral("e"));
        header = PaymentService::sign(secret, now, body);
    } else if (attack == QLatin1String("unknown")) {
        body = m_shop->callbackBody(QStringLiteral("pi_nonexistent"), intent->amount,
                                    QStringLiteral("succeeded"), QStringLiteral("e"));
        header = PaymentService::sign(secret, now, body);
    } else if (attack == QLatin1String("header")) {
        header = "v1=zz,t=abc";
    }
    const qint64 changes = rows(QStringLiteral("SELECT COUNT(*) FROM change_log"));
    auto r = PaymentService(m_shop->ctx()).handleCallback(body, header, secret);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().codeName(), code);
    QCOMPARE(m_shop->order(id).status, OrderStatus::PendingPayment);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM change_log")), changes);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM payment_events")), qint64(1));
    // Within the window both ways is fine.
    QVERIFY(m_shop
                ->callback(intent->providerRef, intent->amount, QStringLiteral("succeeded"),
                           QStringLiteral("evt-ok"), -299)
                .ok());
    QCOMPARE(m_shop->order(id).status, OrderStatus::Paid);
}

void TestOrderFlow::failedPaymentKeepsOrderOpen()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    const qint64 id = placeSimple(m, addr);
    auto failed = m_shop->pay(m, id, QStringLiteral("failed"));
    QVERIFY(failed.ok());
    QCOMPARE(failed->status, QStringLiteral("failed"));
    QCOMPARE(m_shop->order(id).status, OrderStatus::PendingPayment);
    QVERIFY(m_shop->pay(m, id).ok());
    QCOMPARE(m_shop->order(id).status, OrderStatus::Paid);
    QCOMPARE(m_shop->order(id).payments.size(), 2);
}

void TestOrderFlow::payWithBalanceIsImmediate()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->giveBalance(m, 20000);
    const qint64 id = placeSimple(m, addr);
    auto p =
        PaymentService(m_shop->ctx()).createIntent(Actor::member(m), id, PaymentMethod::Balance);
    QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p->status, QStringLiteral("succeeded"));
    const Order o = m_shop->order(id);
    QCOMPARE(o.status, OrderStatus::Paid);
    QCOMPARE(o.balanceApplied, qint64(12800));
    QCOMPARE(o.amountDue, qint64(0));
    QCOMPARE(m_shop->memberNow(m).balance, qint64(20000 - 12800));
    // A member without enough balance is refused, and nothing changes.
    auto [poor, poorAddr] = m_shop->customer(QStringLiteral("poor@example.com"));
    const qint64 other = placeSimple(poor, poorAddr, m_shop->skuTea, 1, QStringLiteral("p"));
    QCOMPARE(PaymentService(m_shop->ctx())
                 .createIntent(Actor::member(poor), other, PaymentMethod::Balance)
                 .error()
                 .codeName(),
             QStringLiteral("insufficient_balance"));
    QCOMPARE(m_shop->order(other).status, OrderStatus::PendingPayment);
    // Balance checkout straight from the cart: paid at once.
    m_shop->addToCart(m, m_shop->skuTeaBig, 1);
    auto placed = m_shop->place(m, addr, QStringLiteral("bal"), QStringLiteral("balance"));
    QVERIFY(placed.ok());
    QCOMPARE(placed->order.status, OrderStatus::Paid);
}

void TestOrderFlow::membersSeeOnlyTheirOrders()
{
    auto [a, addrA] = m_shop->customer(QStringLiteral("a@example.com"));
    auto [b, addrB] = m_shop->customer(QStringLiteral("b@example.com"));
    Q_UNUSED(addrB);
    const qint64 id = placeSimple(a, addrA);
    OrderService orders(m_shop->ctx());
    QCOMPARE(orders.order(Actor::member(b), id).error().codeName(), QStringLiteral("not_found"));
    QCOMPARE(orders.cancel(Actor::member(b), id, QString()).error().codeName(),
             QStringLiteral("not_found"));
    QCOMPARE(PaymentService(m_shop->ctx())
                 .createIntent(Actor::member(b), id, PaymentMethod::Card)
                 .error()
                 .codeName(),
             QStringLiteral("not_found"));
    QCOMPARE(orders.orders(Actor::member(b), {})->size(), 0);
    QCOMPARE(orders.orders(Actor::member(a), {})->size(), 1);
    // The desktop's list rows follow the same rule.
    QCOMPARE(orders.summaries(Actor::member(b), {})->size(), 0);
    QCOMPARE(orders.summaries(Actor::member(a), {})->size(), 1);
    QCOMPARE(orders.summaries(m_shop->clerk(), {})->size(), 1);
    QCOMPARE(m_shop->order(id).status, OrderStatus::PendingPayment);
}

void TestOrderFlow::notificationsFollowTheOrder()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    const qint64 id = placeSimple(m, addr);
    QVERIFY(m_shop->pay(m, id).ok());
    QVERIFY(OrderService(m_shop->ctx())
                .ship(m_shop->clerk(), id, {QStringLiteral("SF"), QStringLiteral("1"), {}})
                .ok());
    NotificationService inbox(m_shop->ctx());
    auto list = inbox.inbox(Actor::member(m), m);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).kind, QStringLiteral("order_shipped"));
    QCOMPARE(list->at(1).kind, QStringLiteral("order_paid"));
    QCOMPARE(*inbox.count(Actor::member(m), m, true), qint64(2));
    QVERIFY(inbox.markRead(Actor::member(m), list->at(0).id).ok());
    QCOMPARE(*inbox.count(Actor::member(m), m, true), qint64(1));
    auto [other, otherAddr] = m_shop->customer(QStringLiteral("b@example.com"));
    Q_UNUSED(otherAddr);
    QCOMPARE(inbox.markRead(Actor::member(other), list->at(1).id).error().codeName(),
             QStringLiteral("not_found"));
    auto report = inbox.broadcast(m_shop->manager(), {m, other, 9999}, QStringLiteral("双11 预告"),
                                  QStringLiteral("明天开始"));
    QVERIFY(report.ok());
    QCOMPARE(report->sent, 2);
    QCOMPARE(report->unknownMembers, QList<qint64>{9999});
    QCOMPARE(
        inbox.broadcast(m_shop->clerk(), {m}, QStringLiteral("x"), QString()).error().codeName(),
        QStringLiteral("forbidden"));
}

// Searches match the order number in SQL (Order::orderNumberSql): it must be the very number the
// staff see, for a placed order and for an imported one with its own reference.
void TestOrderFlow::theNumberInSqlIsTheNumberShown()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    const qint64 id = placeSimple(m, addr);
    const auto numberInSql = [&] {
        SqlQuery q(m_shop->db().connection(),
                   QStringLiteral("SELECT ") + Order::orderNumberSql(QStringLiteral("o")) +
                       QStringLiteral(" FROM orders o WHERE o.id = ?"),
                   {id});
        return q.exec() && q.next() ? q.text(0) : QString();
    };
    QCOMPARE(numberInSql(), m_shop->order(id).number());
    QVERIFY(m_shop->order(id).number().endsWith(
        QStringLiteral("-%1").arg(id, 6, 10, QLatin1Char('0'))));
    QVERIFY(SqlQuery(m_shop->db().connection(),
                     QStringLiteral("UPDATE orders SET external_ref = 'TB-778899' WHERE id = ?"),
                     {id})
                .exec());
    QCOMPARE(numberInSql(), QStringLiteral("TB-778899"));
    QCOMPARE(m_shop->order(id).number(), QStringLiteral("TB-778899"));
}

QTEST_GUILESS_MAIN(TestOrderFlow)
#include "tst_orderflow.moc"
