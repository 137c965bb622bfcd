#pragma once

#include "coupon.h"
#include "member.h"
#include "order.h"
#include "result.h"
#include "storesettings.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace md {

// One priced line of a cart. A cart line partly covered by a flash sale arrives as two lines:
// the flash-priced units and the regular-priced rest.
struct PricingLine
{
    qint64 skuId = 0;
    qint64 productId = 0;
    qint64 categoryId = 0;
    QString title;
    QString skuCode;
    QList<SkuOption> options;
    qint64 unitPrice = 0; // what this line's units cost before order discounts
    qint64 listPrice = 0; // the SKU's regular price
    qint64 unitCost = 0;
    qint64 quantity = 0;
    qint64 flashSaleItemId = 0; // set on flash-priced units
    bool flashAllowsCoupon = false;
};

struct PricingInput
{
    QList<PricingLine> lines;
    MemberTier tier = MemberTier::Regular;
    std::optional<CouponTerms> coupon;
    qint64 pointsRequested = 0;
    qint64 pointsAvailable = 0;
    bool useBalance = false;
    qint64 balanceAvailable = 0;
};

struct PricedLine
{
    PricingLine line;
    qint64 subtotal = 0; // unitPrice × quantity
    qint64 tierDiscount = 0;
    qint64 couponDiscount = 0;
    qint64 pointsDiscount = 0;
    qint64 total = 0; // subtotal less the three shares; the line totals add up to itemsTotal
};

// The breakdown a customer sees before paying, and what the order stores.
struct Quote
{
    QString currency;
    QList<PricedLine> lines;
    qint64 subtotal = 0;
    int tierRateBp = 0;
    qint64 tierDiscount = 0;
    qint64 couponDiscount = 0;
    qint64 pointsUsed = 0;
    qint64 pointsDiscount = 0;
    qint64 itemsTotal = 0; // subtotal − tier − coupon − points
    qint64 shippingFee = 0;
    qint64 total = 0; // itemsTotal + shippingFee
    qint64 balanceApplied = 0;
    qint64 amountDue = 0; // total − balanceApplied: what is left to pay by card, Alipay or WeChat

    QJsonObject toJson() const;
};

// The one pricing rule (docs/pricing.md gives worked examples, each also a test):
//  1. subtotal = Σ unit price × quantity.
//  2. Tier discount = subtotal of regular-priced lines × the member's tier rate, half up.
//  3. Coupon discount on eligible lines (in scope, and not flash-priced unless the sale allows
//     coupons), computed on their amount after the tier discount: a fixed amount, or a percentage
//     (half up) capped at maxDiscount; never more than the eligible amount. The eligible amount
//     must reach minSpend.
//  4. Points: 100 points (pointsPerUnit) = one major unit, rounded down to whole minor units, at
//  most
//     pointsMaxShareBp of what remains after discounts (down); more points than held is an error,
//     more than the cap is reduced to the cap.
//  5. Shipping: free when what remains after tier and coupon discounts reaches freeShippingFrom.
//  6. Balance: with useBalance, min(balance, total).
// Each order-level discount is allocated to its lines by largest remainder, weighted by what each
// line has left at that step, so no line goes negative and the line totals add up exactly.
class Pricing
{
public:
    static Result<Quote> quote(const PricingInput &input, const StoreSettings &settings);
    // An order carrying the quote's figures and priced lines (price snapshots); the caller adds
    // who, where, when and the status.
    static Order toOrder(const Quote &quote);
};

} // namespace md
