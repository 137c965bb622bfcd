#include "checkoutservice.h"

#include "cartrepository.h"
#include "cartservice.h"
#include "couponrepository.h"
#include "flashsalerepository.h"
#include "ledgerrepository.h"
#include "memberrepository.h"
#include "ordereffects.h"
#include "orderrepository.h"
#include "paymentrepository.h"
#include "paymentservice.h"
#include "securerandom.h"
#include "servicecontext.h"
#include "stockrepository.h"
#include "storetime.h"
#include "validation.h"
#include "writetransaction.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace md {

namespace {

// Everything the pricing of one checkout needs, read on one connection (inside the placing
// transaction when placing, so that nothing can change between pricing and writing).
struct CheckoutContext
{
    StoreSettings settings;
    Member member;
    Address address;
    std::optional<MemberCoupon> coupon;
    QList<CartLine> cart;
    PricingInput input;
};

Status requireMember(const Actor &actor)
{
    if (!actor.isMember())
        return makeError(ErrorCode::Forbidden, DomainText::tr("Only members can check out."));
    return {};
}

Result<CheckoutContext> gather(const QSqlDatabase &db, qint64 memberId, const CheckoutRequest &r,
                               qint64 now)
{
    CheckoutContext c;
    auto settings = StoreSettings::load(db);
    MD_TRY(settings);
    c.settings = *settings;
    MemberRepository members(db);
    auto member = validation::found(members.find(memberId), QStringLiteral("member"), memberId);
    MD_TRY(member);
    c.member = *member;

    auto address = members.findAddress(r.addressId);
    MD_TRY(address);
    if (!address->has_value() || (*address)->memberId != memberId)
        return makeError(ErrorCode::UnknownAddress,
                         DomainText::tr("Choose one of your delivery addresses."),
                         QStringLiteral("addressId"));
    c.address = **address;

    if (!r.items.isEmpty()) {
        QSet<qint64> seen;
        for (const auto &[skuId, quantity] : r.items) {
            if (quantity < 1 || quantity > CartService::kMaxQuantity || seen.contains(skuId))
                return makeError(ErrorCode::InvalidQuantity,
                                 DomainText::tr("Each item once, with a quantity between 1 and %1.")
                                     .arg(CartService::kMaxQuantity),
                                 QStringLiteral("items"));
            seen.insert(skuId);
        }
        if (r.items.size() > CartService::kMaxLines)
            return makeError(ErrorCode::CartLimit, DomainText::tr("Too many different items."));
    }
    auto cart = r.items.isEmpty() ? CartRepository(db).lines(memberId)
                                  : CartRepository(db).describe(r.items);
    MD_TRY(cart);
    c.cart = *cart;
    if (c.cart.isEmpty())
        return makeError(ErrorCode::CartEmpty, DomainText::tr("Your cart is empty."));
    for (const CartLine &l : c.cart) {
        if (l.unavailable) {
            Error e = makeError(ErrorCode::SkuUnavailable,
                                DomainText::tr("%1 is no longer for sale.").arg(l.title));
            e.details.insert(QStringLiteral("skuId"), l.skuId);
            return e;
        }
        if (l.outOfStock || l.insufficient) {
            Error e =
                makeError(ErrorCode::OutOfStock,
                          DomainText::tr("Only %1 of %2 left.").arg(l.stockOnHand).arg(l.title));
            e.details.insert(QStringLiteral("skuId"), l.skuId);
            e.details.insert(QStringLiteral("available"), l.stockOnHand);
            return e;
        }
    }

    // Flash-sale units first, the rest at the regular price.
    FlashSaleRepository flash(db);
    for (const CartLine &l : c.cart) {
        PricingLine base;
        base.skuId = l.skuId;
        base.productId = l.productId;
        base.categoryId = l.categoryId;
        base.title = l.title;
        base.skuCode = l.skuCode;
        base.options = l.options;
        base.unitPrice = l.unitPrice;
        base.listPrice = l.unitPrice;
        base.unitCost = l.unitCost;
        base.quantity = l.quantity;
        auto offer = flash.offerFor(l.skuId, memberId, now);
        MD_TRY(offer);
        const qint64 flashUnits =
            offer->has_value() ? qMin(l.quantity, (*offer)->availableTo()) : 0;
        if (flashUnits > 0) {
            PricingLine f = base;
            f.unitPrice = (*offer)->item.salePrice;
            f.quantity = flashUnits;
            f.flashSaleItemId = (*offer)->item.id;
            f.flashAllowsCoupon = (*offer)->allowCoupons;
            c.input.lines.append(f);
        }
        if (l.quantity > flashUnits) {
            base.quantity = l.quantity - flashUnits;
            c.input.lines.append(base);
        }
    }

    if (r.memberCouponId) {
        auto coupon = CouponRepository(db).findMemberCoupon(r.memberCouponId);
        MD_TRY(coupon);
        if (!coupon->has_value() || (*coupon)->memberId != memberId)
            return makeError(ErrorCode::UnknownCoupon,
                             DomainText::tr("This coupon is not in your wallet."),
                             QStringLiteral("couponId"));
        const MemberCoupon &mc = **coupon;
        if (mc.used)
            return makeError(ErrorCode::CouponNotApplicable,
                             DomainText::tr("This coupon has already been used."),
                             QStringLiteral("couponId"));
        if (!mc.campaign.isRunning(now))
            return makeError(ErrorCode::CouponExpired,
                             DomainText::tr("This coupon is not valid now."),
                             QStringLiteral("couponId"));
        if (mc.campaign.totalLimit && mc.campaign.usedCount >= *mc.campaign.totalLimit)
            return makeError(ErrorCode::CouponExhausted, DomainText::tr("This coupon has run out."),
                             QStringLiteral("couponId"));
        c.coupon = mc;
        c.input.coupon = mc.campaign.terms;
    }
    c.input.tier = c.member.effectiveTier();
    c.input.pointsRequested = r.points;
    c.input.pointsAvailable = c.member.points;
    c.input.useBalance = r.useBalance;
    c.input.balanceAvailable = c.member.balance;
    return c;
}

Error outOfStock(qint64 skuId)
{
    Error e = makeError(ErrorCode::OutOfStock,
                        DomainText::tr("An item sold out while you were checking out."));
    e.details.insert(QStringLiteral("skuId"), skuId);
    return e;
}

} // namespace

QString CheckoutService::requestHash(const PlaceOrderRequest &r)
{
    const CheckoutRequest &c = r.checkout;
    QStringList items;
    for (const auto &[sku, quantity] : c.items)
        items << QStringLiteral("%1x%2").arg(sku).arg(quantity);
    return SecureRandom::sha256Hex(QStringLiteral("v1|%1|%2|%3|%4|%5|%6")
                                       .arg(c.addressId)
                                       .arg(c.memberCouponId)
                                       .arg(c.points)
                                       .arg(c.useBalance ? 1 : 0)
                                       .arg(r.paymentMethod, items.join(QLatin1Char(','))));
}

Status CheckoutService::purgeIdempotencyKeys()
{
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    auto settings = StoreSettings::load(tx.connection());
    MD_TRY(settings);
    const qint64 keepMs = qint64(qMax(24, settings->idempotencyRetentionHours)) * 3600 * 1000;
    MD_TRY(OrderRepository(tx.connection()).purgeIdempotencyKeys(m_ctx.now() - keepMs));
    return tx.commit();
}

Result<Quote> CheckoutService::quote(const Actor &member, const CheckoutRequest &request) const
{
    MD_TRY(requireMember(member));
    auto c = gather(m_ctx.connection(), member.id, request, m_ctx.now());
    MD_TRY(c);
    return Pricing::quote(c->input, c->settings);
}

Result<PlacedOrder> CheckoutService::placeOrder(const Actor &member,
                                                const PlaceOrderRequest &request)
{
    MD_TRY(requireMember(member));
    const QString key = request.idempotencyKey.trimmed();
    if (key.isEmpty() || key.size() > kMaxKeyLength)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("An idempotency key (1–200 characters) is required."),
                         QStringLiteral("Idempotency-Key"));
    const auto method = paymentMethodFromName(request.paymentMethod);
    if (!method)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Choose card, alipay, wechat or balance."),
                         QStringLiteral("paymentMethod"));
    CheckoutRequest checkout = request.checkout;
    if (*method == PaymentMethod::Balance)
        checkout.useBalance = true;
    const QString hash = requestHash(request);
    const qint64 now = m_ctx.now();

    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    OrderRepository orders(db);

    // A retry of a request we already answered gets the same order; the same key for another
    // request is refused. Both are decided under the write lock, so concurrent retries serialise.
    auto seen = orders.idempotencyKey(member.id, key);
    MD_TRY(seen);
    if (seen->has_value()) {
        if ((*seen)->requestHash != hash)
            return makeError(
                ErrorCode::IdempotencyKeyReused,
                DomainText::tr("This idempotency key was used for a different order request."));
        auto existing = validation::found(orders.find((*seen)->orderId, true),
                                          QStringLiteral("order"), (*seen)->orderId);
        MD_TRY(existing);
        std::optional<Payment> payment;
        if (*method != PaymentMethod::Balance) {
            auto pending = PaymentRepository(db).findPending(existing->id, *method);
            MD_TRY(pending);
            payment = *pending;
        }
        return PlacedOrder{*existing, payment, true};
    }

    auto c = gather(db, member.id, checkout, now);
    MD_TRY(c);
    auto q = Pricing::quote(c->input, c->settings);
    MD_TRY(q);
    if (*method == PaymentMethod::Balance && q->amountDue > 0)
        return makeError(ErrorCode::InsufficientBalance,
                         DomainText::tr("Your balance does not cover this order."));

    Order o = Pricing::toOrder(*q);
    o.memberId = member.id;
    o.status = OrderStatus::PendingPayment;
    o.memberCouponId = c->coupon ? c->coupon->id : 0;
    o.couponCampaignId = c->coupon ? c->coupon->campaignId : 0;
    o.tier = memberTierName(c->input.tier);
    o.shipRecipient = c->address.recipient;
    o.shipPhone = c->address.phone;
    o.shipRegion = c->address.region;
    o.shipDetail = c->address.detail;
    o.shipPostalCode = c->address.postalCode;
    o.source = QStringLiteral("storefront");
    o.placedAt = now;
    o.localDate = StoreTime::localDateText(now, c->settings.timeZone);
    o.payDeadline = now + qint64(c->settings.paymentTimeoutMinutes) * 60 * 1000;
    MD_TRY(orders.insert(o, now));

    // Stock: the quantities of all lines of a SKU are summed before the guarded decrement.
    QMap<qint64, qint64> unitsBySku;
    for (const OrderLine &l : o.lines)
        unitsBySku[l.skuId] += l.quantity;
    StockRepository stock(db);
    for (auto it = unitsBySku.cbegin(); it != unitsBySku.cend(); ++it) {
        StockChange change{
            it.key(), -it.value(), it.value(),  StockReason::Sale, QStringLiteral("order"),
            o.id,     QString(),   std::nullopt};
        auto level = stock.apply(change, now);
        MD_TRY(level);
        if (!level->has_value())
            return outOfStock(it.key());
    }
    FlashSaleRepository flash(db);
    for (const OrderLine &l : o.lines) {
        if (!l.flashSaleItemId)
            continue;
        int limit = 1;
        auto offer = flash.offerFor(l.skuId, member.id, now);
        MD_TRY(offer);
        if (offer->has_value())
            limit = (*offer)->perMemberLimit;
        auto reserved = flash.reserve(l.flashSaleItemId, member.id, l.quantity, limit);
        MD_TRY(reserved);
        if (!*reserved)
            return makeError(
                ErrorCode::FlashSaleLimit,
                DomainText::tr("The flash-sale price of %1 is no longer available to you.")
                    .arg(l.title));
    }
    if (c->coupon) {
        auto used = CouponRepository(db).use(c->coupon->id, c->coupon->campaignId, o.id, now);
        MD_TRY(used);
        if (!*used)
            return makeError(ErrorCode::CouponExhausted,
                             DomainText::tr("This coupon has just run out."),
                             QStringLiteral("couponId"));
    }
    if (o.pointsUsed > 0) {
        LedgerPosting p{
            member.id, -o.pointsUsed, QStringLiteral("redeem"), QStringLiteral("order"), o.id,
            QString(), std::nullopt};
        auto posted = LedgerRepository(db, LedgerKind::Points).post(p, now);
        MD_TRY(posted);
        if (!posted->has_value())
            return makeError(ErrorCode::InsufficientPoints,
                             DomainText::tr("You no longer have enough points."));
    }
    if (o.balanceApplied > 0) {
        LedgerPosting p{
            member.id, -o.balanceApplied, QStringLiteral("payment"), QStringLiteral("order"), o.id,
            QString(), std::nullopt};
        auto posted = LedgerRepository(db, LedgerKind::Balance).post(p, now);
        MD_TRY(posted);
        if (!posted->has_value())
            return makeError(ErrorCode::InsufficientBalance,
                             DomainText::tr("Your balance has changed; please try again."));
    }
    MD_TRY(orders.addEvent(o.id, QStringLiteral("placed"), member.label(), QString(), now));
    if (checkout.items.isEmpty()) {
        for (auto it = unitsBySku.cbegin(); it != unitsBySku.cend(); ++it)
            MD_TRY(CartRepository(db).remove(member.id, it.key()));
    }
    MD_TRY(orders.insertIdempotencyKey(member.id, key, hash, o.id, now));

    // Nothing left to pay (balance, points and coupons covered it): paid at once.
    if (o.amountDue == 0) {
        Payment payment;
        payment.orderId = o.id;
        payment.method = PaymentMethod::Balance;
        payment.amount = o.balanceApplied;
        payment.status = QStringLiteral("succeeded");
        payment.createdAt = now;
        payment.confirmedAt = now;
        MD_TRY(PaymentRepository(db).insert(payment, now));
        MD_TRY(OrderEffects(db, c->settings, now)
                   .settlePayment(o, QStringLiteral("balance"), 0, member));
    }
    std::optional<Payment> payment;
    if (o.amountDue > 0 && *method != PaymentMethod::Balance) {
        auto opened = PaymentService::openIntent(db, o, *method, member, now);
        MD_TRY(opened);
        payment = *opened;
    }
    auto placed = validation::found(orders.find(o.id, true), QStringLiteral("order"), o.id);
    MD_TRY(placed);
    MD_TRY(tx.commit());
    return PlacedOrder{*placed, payment, false};
}

} // namespace md
