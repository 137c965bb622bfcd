#include "pricing.h"

#include "money.h"
#include "validation.h"

#include <QJsonArray>

namespace md {

namespace {

// Allocates `amount` over the lines selected by `eligible`, weighted by `weight(line)`, and adds
// each share to the field `share` of the line.
template<typename Eligible, typename Weight>
void allocateTo(QList<PricedLine> &lines, qint64 amount, Eligible eligible, Weight weight,
                qint64 PricedLine::*share)
{
    if (amount == 0)
        return;
    QList<qint64> weights;
    QList<qsizetype> index;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (eligible(lines[i])) {
            weights.append(weight(lines[i]));
            index.append(i);
        }
    }
    const auto parts = money::allocate(amount, weights);
    Q_ASSERT(parts);
    for (qsizetype k = 0; k < index.size(); ++k)
        lines[index[k]].*share += (*parts)[k];
}

qint64 remaining(const PricedLine &l)
{
    return l.subtotal - l.tierDiscount - l.couponDiscount - l.pointsDiscount;
}

bool inScope(const PricingLine &l, const CouponTerms &t)
{
    switch (t.scope) {
    case CouponScope::All:
        return true;
    case CouponScope::Categories:
        return t.scopeIds.contains(l.categoryId);
    case CouponScope::Products:
        return t.scopeIds.contains(l.productId);
    }
    return false;
}

qint64 pow10(int exponent)
{
    qint64 v = 1;
    for (int i = 0; i < exponent; ++i)
        v *= 10;
    return v;
}

} // namespace

Result<Quote> Pricing::quote(const PricingInput &in, const StoreSettings &s)
{
    if (in.lines.isEmpty())
        return makeError(ErrorCode::CartEmpty, DomainText::tr("There is nothing to buy."));
    if (in.pointsRequested < 0)
        return makeError(ErrorCode::InvalidArgument, DomainText::tr("Points cannot be negative."),
                         QStringLiteral("points"));
    if (in.pointsRequested > in.pointsAvailable)
        return makeError(ErrorCode::InsufficientPoints,
                         DomainText::tr("You have %1 points; %2 were asked for.")
                             .arg(in.pointsAvailable)
                             .arg(in.pointsRequested),
                         QStringLiteral("points"));

    Quote q;
    q.currency = s.currency;
    for (const PricingLine &l : in.lines) {
        if (l.quantity <= 0 || l.unitPrice < 0)
            return makeError(ErrorCode::InvalidQuantity,
                             DomainText::tr("A line has an invalid quantity."));
        PricedLine p;
        p.line = l;
        const auto sub = money::mul(l.unitPrice, l.quantity);
        const auto sum = sub ? money::add(q.subtotal, *sub) : std::nullopt;
        if (!sum || *sum > validation::kMaxAmount)
            return makeError(ErrorCode::AmountOverflow,
                             DomainText::tr("The order amount is too large."));
        p.subtotal = *sub;
        q.subtotal = *sum;
        q.lines.append(p);
    }

    // 2. Tier discount on regular-priced lines.
    q.tierRateBp = s.tierRateBp(in.tier);
    const auto regular = [](const PricedLine &l) { return l.line.flashSaleItemId == 0; };
    qint64 regularSubtotal = 0;
    for (const auto &l : q.lines)
        regularSubtotal += regular(l) ? l.subtotal : 0;
    q.tierDiscount = money::applyRate(regularSubtotal, q.tierRateBp, Rounding::HalfUp);
    allocateTo(
        q.lines, q.tierDiscount, regular, [](const PricedLine &l) { return l.subtotal; },
        &PricedLine::tierDiscount);

    // 3. Coupon.
    if (in.coupon) {
        const CouponTerms &t = *in.coupon;
        const auto eligible = [&t](const PricedLine &l) {
            return inScope(l.line, t) && (l.line.flashSaleItemId == 0 || l.line.flashAllowsCoupon);
        };
        qint64 base = 0;
        for (const auto &l : q.lines)
            base += eligible(l) ? remaining(l) : 0;
        if (base == 0)
            return makeError(ErrorCode::CouponNotApplicable,
                             DomainText::tr("This coupon does not apply to anything in the cart."),
                             QStringLiteral("couponId"));
        if (base < t.minSpend)
            return makeError(
                ErrorCode::CouponNotApplicable,
                DomainText::tr("This coupon needs a spend of at least %1 on eligible items.")
                    .arg(Money(t.minSpend, s.currency).format()),
                QStringLiteral("couponId"));
        qint64 discount = t.kind == CouponKind::Fixed
                              ? t.amount
                              : money::applyRate(base, t.percentBp, Rounding::HalfUp);
        if (t.kind == CouponKind::Percent && t.maxDiscount)
            discount = qMin(discount, *t.maxDiscount);
        q.couponDiscount = qMin(discount, base);
        allocateTo(q.lines, q.couponDiscount, eligible, remaining, &PricedLine::couponDiscount);
    }

    // 4. Points.
    const qint64 afterDiscounts = q.subtotal - q.tierDiscount - q.couponDiscount;
    if (in.pointsRequested > 0) {
        const qint64 unit = pow10(CurrencyInfo::of(s.currency).exponent);
        const qint64 cap = money::applyRate(afterDiscounts, s.pointsMaxShareBp, Rounding::Down);
        const qint64 value = money::divide(static_cast<__int128>(in.pointsRequested) * unit,
                                           s.pointsPerUnit, Rounding::Down);
        q.pointsDiscount = qMin(value, cap);
        // Charge only the points actually converted (rounded up to whole points).
        q.pointsUsed =
            money::divide(static_cast<__int128>(q.pointsDiscount) * s.pointsPerUnit + unit - 1,
                          unit, Rounding::Down);
        allocateTo(
            q.lines, q.pointsDiscount, [](const PricedLine &) { return true; }, remaining,
            &PricedLine::pointsDiscount);
    }

    // 5. Shipping, judged on the amount after promotions (points are a way of paying).
    q.shippingFee = afterDiscounts >= s.freeShippingFrom ? 0 : s.shippingFee;
    for (auto &l : q.lines)
        l.total = remaining(l);
    q.itemsTotal = afterDiscounts - q.pointsDiscount;
    q.total = q.itemsTotal + q.shippingFee;

    // 6. Store balance.
    if (in.useBalance)
        q.balanceApplied = qBound<qint64>(0, in.balanceAvailable, q.total);
    q.amountDue = q.total - q.balanceApplied;
    return q;
}

Order Pricing::toOrder(const Quote &q)
{
    Order o;
    o.currency = q.currency;
    o.subtotal = q.subtotal;
    o.tierDiscount = q.tierDiscount;
    o.couponDiscount = q.couponDiscount;
    o.pointsDiscount = q.pointsDiscount;
    o.pointsUsed = q.pointsUsed;
    o.shippingFee = q.shippingFee;
    o.total = q.total;
    o.balanceApplied = q.balanceApplied;
    o.amountDue = q.amountDue;
    o.tierRateBp = q.tierRateBp;
    for (const PricedLine &p : q.lines) {
        OrderLine l;
        l.skuId = p.line.skuId;
        l.productId = p.line.productId;
        l.title = p.line.title;
        l.skuCode = p.line.skuCode;
        l.options = p.line.options;
        l.unitPrice = p.line.unitPrice;
        l.listPrice = p.line.listPrice;
        l.unitCost = p.line.unitCost;
        l.quantity = p.line.quantity;
        l.subtotal = p.subtotal;
        l.tierDiscount = p.tierDiscount;
        l.couponDiscount = p.couponDiscount;
        l.pointsDiscount = p.pointsDiscount;
        l.lineTotal = p.total;
        l.flashSaleItemId = p.line.flashSaleItemId;
        o.lines.append(l);
    }
    return o;
}

QJsonObject Quote::toJson() const
{
    QJsonArray lineArray;
    for (const PricedLine &l : lines) {
        lineArray.append(QJsonObject{{QStringLiteral("skuId"), l.line.skuId},
                                     {QStringLiteral("productId"), l.line.productId},
                                     {QStringLiteral("title"), l.line.title},
                                     {QStringLiteral("skuCode"), l.line.skuCode},
                                     {QStringLiteral("unitPrice"), l.line.unitPrice},
                                     {QStringLiteral("listPrice"), l.line.listPrice},
                                     {QStringLiteral("quantity"), l.line.quantity},
                                     {QStringLiteral("flashSale"), l.line.flashSaleItemId != 0},
                                     {QStringLiteral("subtotal"), l.subtotal},
                                     {QStringLiteral("tierDiscount"), l.tierDiscount},
                                     {QStringLiteral("couponDiscount"), l.couponDiscount},
                                     {QStringLiteral("pointsDiscount"), l.pointsDiscount},
                                     {QStringLiteral("total"), l.total}});
    }
    return {{QStringLiteral("currency"), currency},
            {QStringLiteral("lines"), lineArray},
            {QStringLiteral("subtotal"), subtotal},
            {QStringLiteral("tierRateBp"), tierRateBp},
            {QStringLiteral("tierDiscount"), tierDiscount},
            {QStringLiteral("couponDiscount"), couponDiscount},
            {QStringLiteral("pointsUsed"), pointsUsed},
            {QStringLiteral("pointsDiscount"), pointsDiscount},
            {QStringLiteral("itemsTotal"), itemsTotal},
            {QStringLiteral("shippingFee"), shippingFee},
            {QStringLiteral("total"), total},
            {QStringLiteral("balanceApplied"), balanceApplied},
            {QStringLiteral("amountDue"), amountDue}};
}

} // namespace md
