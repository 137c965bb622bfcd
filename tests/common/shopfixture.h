#pragma once

#include "cartservice.h"
#include "checkoutservice.h"
#include "couponservice.h"
#include "memberservice.h"
#include "orderservice.h"
#include "paymentservice.h"
#include "teststore.h"
#include "walletservice.h"

#include <QJsonDocument>
#include <QJsonObject>

// A small shop on a TestStore: two categories, a few SKUs, members with an address, and helpers
// that drive a customer through checkout and payment with the real services.
class ShopFixture : public TestStore
{
public:
    static constexpr const char *kSecret = "test-payment-secret";

    qint64 tea = 0, teaware = 0;
    qint64 longjing = 0, teapot = 0;              // products
    qint64 skuTea = 0, skuTeaBig = 0, skuPot = 0; // SKUs: ¥128.00, ¥45.00, ¥88.00

    ShopFixture()
    {
        tea = category(QStringLiteral("茶叶 Tea"));
        teaware = category(QStringLiteral("茶具 Teaware"));
        longjing = product(tea, QStringLiteral("西湖龙井 West Lake Longjing"));
        teapot = product(teaware, QStringLiteral("紫砂壶 Yixing teapot"));
        skuTea = sku(longjing, QStringLiteral("LJ-250"), 12800, 100, 6000);
        skuTeaBig = sku(longjing, QStringLiteral("LJ-100"), 4500, 100, 2000);
        skuPot = sku(teapot, QStringLiteral("POT-1"), 8800, 100, 3000);
    }

    md::Actor manager() const { return md::Actor::staff(1, md::StaffRole::Manager); }
    md::Actor clerk() const { return md::Actor::staff(2, md::StaffRole::Clerk); }

    // A member with a default address; returns {memberId, addressId}.
    std::pair<qint64, qint64> customer(const QString &email)
    {
        const qint64 id = member(email);
        md::AddressDraft a{QStringLiteral("王芳"),
                           QStringLiteral("13800138000"),
                           QStringLiteral("浙江省 杭州市 西湖区"),
                           QStringLiteral("龙井路 1 号"),
                           QStringLiteral("310000"),
                           true};
        auto address = md::MemberService(ctx()).addAddress(md::Actor::member(id), id, a);
        check(address);
        return {id, address->id};
    }

    void giveBalance(qint64 memberId, qint64 amount)
    {
        check(md::WalletService(ctx()).adjust(md::Actor::system(), md::LedgerKind::Balance,
                                              memberId, amount, QStringLiteral("topup"),
                                              QStringLiteral("test")));
    }

    void givePoints(qint64 memberId, qint64 points)
    {
        check(md::WalletService(ctx()).adjust(md::Actor::system(), md::LedgerKind::Points, memberId,
                                              points, QStringLiteral("adjustment"),
                                              QStringLiteral("test")));
    }

    void addToCart(qint64 memberId, qint64 skuId, qint64 quantity)
    {
        check(md::CartService(ctx()).add(md::Actor::member(memberId), skuId, quantity));
    }

    md::Result<md::PlacedOrder> place(qint64 memberId, qint64 addressId, const QString &key,
                                      const QString &method = QStringLiteral("alipay"),
                                      qint64 couponId = 0, qint64 points = 0,
                                      bool useBalance = false)
    {
        md::PlaceOrderRequest r;
        r.checkout = {addressId, couponId, points, useBalance, {}};
        r.paymentMethod = method;
        r.idempotencyKey = key;
        return md::CheckoutService(ctx()).placeOrder(md::Actor::member(memberId), r);
    }

    // Starts a payment and delivers the provider's signed success callback.
    md::Result<md::CallbackOutcome> pay(qint64 memberId, qint64 orderId,
                                        const QString &outcome = QStringLiteral("succeeded"))
    {
        auto intent = md::PaymentService(ctx()).createIntent(md::Actor::member(memberId), orderId,
                                                             md::PaymentMethod::Alipay);
        if (!intent)
            return intent.error();
        return callback(intent->providerRef, intent->amount, outcome,
                        QStringLiteral("evt-%1").arg(intent->id));
    }

    QByteArray callbackBody(const QString &ref, qint64 amount, const QString &outcome,
                            const QString &eventId)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("eventId"), eventId},
                                         {QStringLiteral("paymentId"), ref},
                                         {QStringLiteral("outcome"), outcome},
                                         {QStringLiteral("amount"), amount}})
            .toJson(QJsonDocument::Compact);
    }

    md::Result<md::CallbackOutcome> callback(const QString &ref, qint64 amount,
                                             const QString &outcome, const QString &eventId,
                                             qint64 skewSeconds = 0)
    {
        const QByteArray body = callbackBody(ref, amount, outcome, eventId);
        const QByteArray header =
            md::PaymentService::sign(kSecret, clock().nowMs() / 1000 + skewSeconds, body);
        return md::PaymentService(ctx()).handleCallback(body, header, kSecret);
    }

    md::Order order(qint64 id)
    {
        auto o = md::OrderService(ctx()).order(md::Actor::system(), id);
        check(o);
        return *o;
    }

    md::Sku skuNow(qint64 id)
    {
        auto s = md::CatalogService(ctx()).sku(id);
        check(s);
        return *s;
    }

    md::Member memberNow(qint64 id)
    {
        auto m = md::MemberService(ctx()).member(md::Actor::system(), id);
        check(m);
        return *m;
    }
};
