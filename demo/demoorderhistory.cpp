#include "demoorderhistory.h"

#include "cartservice.h"
#include "checkoutservice.h"
#include "couponrepository.h"
#include "historywriter.h"
#include "ledgerrepository.h"
#include "memberrepository.h"
#include "memberservice.h"
#include "money.h"
#include "orderservice.h"
#include "paymentservice.h"
#include "pricing.h"
#include "refundservice.h"
#include "reviewservice.h"
#include "securerandom.h"
#include "servicecontext.h"
#include "storetime.h"
#include "validation.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace md {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const QByteArray kDemoPaymentSecret = "demo-provider-secret";

// How busy a day is: growth over the period, the weekly rhythm, and the 618 and 双11 festivals.
double dayWeight(const QDate &d, double progress)
{
    static const double weekday[] = {0.9, 0.9, 0.95, 1.0, 1.1, 1.3, 1.25};
    double w = (0.7 + 0.6 * progress) * weekday[d.dayOfWeek() - 1];
    if (d.month() == 6 && d.day() <= 18)
        w *= d.day() == 18 ? 5.0 : 1.0 + 3.0 * std::pow((d.day() - 1) / 17.0, 2);
    else if (d.month() == 11 && d.day() <= 11)
        w *= d.day() == 11 ? 8.0 : 1.0 + 5.0 * std::pow((d.day() - 1) / 10.0, 2);
    else if (d.month() == 12 && d.day() == 12)
        w *= 2.0;
    return w;
}

// Hour of day, local time: quiet at night, busy at lunch and in the evening.
int hourOfDay(DemoRandom &r)
{
    static const int weights[24] = {3,  2, 1, 1, 1, 1, 2,  4,  6,  7,  8,  9,
                                    10, 9, 8, 8, 8, 9, 10, 12, 14, 15, 12, 7};
    int total = 0;
    for (int w : weights)
        total += w;
    int pick = r.below(total);
    for (int h = 0; h < 24; ++h) {
        pick -= weights[h];
        if (pick < 0)
            return h;
    }
    return 20;
}

QString paymentMethodFor(DemoRandom &r)
{
    const double p = r.unit();
    return p < 0.47   ? QStringLiteral("alipay")
           : p < 0.88 ? QStringLiteral("wechat")
                      : QStringLiteral("card");
}

} // namespace

DemoOrderHistory::DemoOrderHistory(const ServiceContext &context, ManualClock &clock,
                                   const StoreSettings &settings, const DemoWorld &world,
                                   DemoRandom &random, DemoReport &report)
    : m_ctx(context)
    , m_clock(clock)
    , m_settings(settings)
    , m_world(world)
    , m_random(random)
    , m_report(report)
{}

DemoOrderHistory::~DemoOrderHistory() = default;

QList<DemoOrderHistory::Plan> DemoOrderHistory::plan(qint64 orders, qint64 fromMs, qint64 toMs)
{
    const QDate first = StoreTime::localDate(fromMs, m_settings.timeZone);
    const QDate last = StoreTime::localDate(toMs - 1, m_settings.timeZone);
    const qint64 days = first.daysTo(last) + 1;
    QList<qint64> weights;
    for (qint64 i = 0; i < days; ++i)
        weights.append(qint64(
            1000 * dayWeight(first.addDays(i), days > 1 ? double(i) / double(days - 1) : 1.0)));
    const auto perDay = money::allocate(orders, weights);
    QList<Plan> out;
    out.reserve(orders);
    for (qint64 i = 0; i < days; ++i) {
        const QDate day = first.addDays(i);
        const QString dayText = day.toString(Qt::ISODate);
        const qint64 midnight = StoreTime::startOfDay(day, m_settings.timeZone);
        QList<qint64> times;
        for (qint64 k = 0; k < (*perDay)[i]; ++k) {
            const qint64 t =
                midnight + hourOfDay(m_random) * kHour + m_random.between(0, kHour - 1);
            times.append(qBound(fromMs, t, toMs - 1));
        }
        std::sort(times.begin(), times.end());
        for (qint64 t : times) {
            Plan p;
            p.placedAt = t;
            p.localDate = dayText;
            // Members who joined before the order; long-standing members buy more often.
            const auto joined = std::upper_bound(
                m_world.members.cbegin(), m_world.members.cend(), t,
                [](qint64 time, const DemoMember &m) { return time < m.createdAt; });
            const int eligible = qMax(1, int(joined - m_world.members.cbegin()));
            p.member = m_random.skewed(eligible, 1.7);
            const double n = m_random.unit();
            const int lines = n < 0.5 ? 1 : n < 0.8 ? 2 : n < 0.95 ? 3 : 4;
            QSet<int> used;
            for (int l = 0; l < lines; ++l) {
                const int sku = m_random.skewed(int(m_world.skus.size()), 2.2);
                if (used.contains(sku))
                    continue;
                used.insert(sku);
                p.lines.append({sku, m_random.chance(0.75) ? 1 : m_random.between(2, 3)});
            }
            out.append(p);
        }
    }
    return out;
}

Status DemoOrderHistory::writeHistory(const QList<Plan> &plans,
                                      const DemoShopGenerator::Progress &progress)
{
    m_writer = std::make_unique<HistoryWriter>(m_ctx.connection());
    if (plans.size() > 100000)
        MD_TRY(m_writer->deferIndexes());
    qint64 serial = 0;
    for (const Plan &p : plans) {
        MD_TRY(writeOne(p, ++serial));
        if (progress && serial % 2000 == 0 &&
            !progress(DomainText::tr("order history"), serial, plans.size()))
            return DemoShopGenerator::cancelled();
    }
    return m_writer->finish();
}

Status DemoOrderHistory::writeOne(const Plan &plan, qint64 serial)
{
    const DemoMember &member = m_world.members.at(plan.member);
    Totals &totals = m_totals[member.id];
    const bool cancelled = m_random.chance(0.06);

    PricingInput in;
    for (const auto &[index, quantity] : plan.lines) {
        const DemoSku &s = m_world.skus.at(index);
        PricingLine l;
        l.skuId = s.id;
        l.productId = s.productId;
        l.categoryId = s.categoryId;
        l.title = s.title;
        l.skuCode = s.code;
        l.options = s.options;
        l.unitPrice = s.price;
        l.listPrice = s.price;
        l.unitCost = s.cost;
        l.quantity = quantity;
        in.lines.append(l);
    }
    in.tier = m_settings.tierFor(totals.netPaid);
    in.pointsAvailable = totals.points;
    if (!cancelled && totals.points >= 500 && m_random.chance(0.15))
        in.pointsRequested = qMin<qint64>(totals.points, m_random.between(300, 3000));
    const DemoCampaign *campaign = nullptr;
    if (!cancelled && m_random.chance(0.15)) {
        const DemoCampaign &c = m_random.pick(m_world.campaigns);
        if (plan.placedAt >= c.startsAt && plan.placedAt < c.endsAt) {
            campaign = &c;
            in.coupon = c.terms;
        }
    }
    auto quote = Pricing::quote(in, m_settings);
    if (!quote && in.coupon) {
        in.coupon.reset();
        campaign = nullptr;
        quote = Pricing::quote(in, m_settings);
    }
    MD_TRY(quote);

    Order o = Pricing::toOrder(*quote);
    o.memberId = member.id;
    o.tier = memberTierName(in.tier);
    o.shipRecipient = member.name;
    o.shipPhone = member.phone;
    o.shipRegion = member.region;
    o.shipDetail = member.detail;
    o.source = QStringLiteral("demo");
    o.placedAt = plan.placedAt;
    o.localDate = plan.localDate;

    const QString actor = QStringLiteral("member:%1").arg(member.id);
    QList<OrderEvent> events{{0, QStringLiteral("placed"), actor, QString(), o.placedAt}};
    Payment payment;
    Shipment shipment;
    int refundLine = -1;
    QString refundReason;
    if (cancelled) {
        o.status = OrderStatus::Cancelled;
        o.cancelledAt = o.placedAt + 30 * kMinute;
        o.cancelReason = QStringLiteral("not paid in time");
        o.pointsUsed = 0; // returned on cancellation
        events.append({0, QStringLiteral("cancelled"), QStringLiteral("system"), o.cancelReason,
                       o.cancelledAt});
    } else {
        o.status = OrderStatus::Completed;
        o.paymentMethod = paymentMethodFor(m_random);
        o.paidAt = o.placedAt + m_random.between(1, 10) * kMinute;
        o.paidAmount = o.amountDue;
        o.shippedAt = o.paidAt + m_random.between(4, 30) * kHour;
        o.deliveredAt = o.shippedAt + m_random.between(20, 72) * kHour;
        o.completedAt = o.deliveredAt + m_random.between(1, 7 * 24) * kHour;
        for (OrderLine &l : o.lines)
            l.shippedQty = l.quantity;
        payment.method = paymentMethodFromName(o.paymentMethod).value_or(PaymentMethod::Alipay);
        payment.amount = o.amountDue;
        payment.status = QStringLiteral("succeeded");
        payment.providerRef = QStringLiteral("pi_demo_%1").arg(serial);
        payment.createdAt = o.placedAt;
        payment.confirmedAt = o.paidAt;
        shipment.carrier = m_random.pick(m_world.carriers);
        shipment.trackingNumber =
            QStringLiteral("%1%2").arg(shipment.carrier.left(2)).arg(7000000000LL + serial);
        shipment.staffId = m_world.clerkId;
        shipment.shippedAt = o.shippedAt;
        events.append(
            {0, QStringLiteral("paid"), QStringLiteral("system"), o.paymentMethod, o.paidAt});
        events.append({0, QStringLiteral("shipped"),
                       QStringLiteral("staff:%1").arg(m_world.clerkId),
                       shipment.carrier + QLatin1Char(' ') + shipment.trackingNumber, o.shippedAt});
        events.append(
            {0, QStringLiteral("delivered"), QStringLiteral("system"), QString(), o.deliveredAt});
        // A few orders had one line returned before completion (only orders paid without points,
        // to keep the points arithmetic of the history simple).
        if (o.pointsUsed == 0 && m_random.chance(0.03)) {
            refundLine = m_random.below(int(o.lines.size()));
            o.refundedCash = o.lines[refundLine].lineTotal;
            const qint64 at = o.deliveredAt + 12 * kHour;
            refundReason = m_random.pick(m_world.refundReasons);
            events.append({0, QStringLiteral("refund_requested"), actor, refundReason, at});
            events.append({0, QStringLiteral("refunded"),
                           QStringLiteral("staff:%1").arg(m_world.managerId),
                           QString::number(o.refundedCash), at + kDay});
            o.completedAt = qMax(o.completedAt, at + kDay + kHour);
        }
        const qint64 net = o.itemsTotal() - o.refundedCash;
        o.pointsEarned =
            money::divide(static_cast<__int128>(net) * m_settings.earnPerUnit, 100, Rounding::Down);
        events.append({0, QStringLiteral("completed"), actor, QStringLiteral("receipt confirmed"),
                       o.completedAt});
        totals.netPaid += net;
        totals.points += o.pointsEarned - o.pointsUsed;
    }
    o.updatedAt = o.completedAt ? o.completedAt : o.cancelledAt;

    std::optional<MemberCoupon> coupon;
    if (campaign) {
        auto granted =
            CouponRepository(m_ctx.connection())
                .grant(campaign->id, member.id, QStringLiteral("claim"), 1000000, o.placedAt);
        MD_TRY(granted);
        coupon = **granted;
        o.memberCouponId = coupon->id;
        o.couponCampaignId = campaign->id;
    }
    MD_TRY(m_writer->writeOrder(o, events, cancelled ? nullptr : &payment,
                                cancelled ? nullptr : &shipment));
    if (coupon) {
        auto used =
            CouponRepository(m_ctx.connection()).use(coupon->id, campaign->id, o.id, o.placedAt);
        MD_TRY(used);
    }
    ++m_report.orders;
    m_report.orderLines += o.lines.size();
    if (refundLine >= 0) {
        const OrderLine &l = o.lines[refundLine];
        Refund r;
        r.orderId = o.id;
        r.status = RefundStatus::Refunded;
        r.reason = refundReason;
        r.amount = l.lineTotal;
        r.cashAmount = l.lineTotal;
        r.requestedBy = actor;
        r.decidedBy = m_world.managerId;
        r.createdAt = o.deliveredAt + 12 * kHour;
        r.decidedAt = r.createdAt + kDay;
        r.refundedAt = r.decidedAt;
        r.lines = {{l.id, l.quantity, l.lineTotal}};
        MD_TRY(m_writer->writeRefund(r));
        ++m_report.refunds;
    }
    if (!cancelled) {
        for (int i = 0; i < o.lines.size(); ++i) {
            if (i == refundLine || !m_random.chance(0.3))
                continue;
            Review review;
            review.orderLineId = o.lines[i].id;
            review.orderId = o.id;
            review.productId = o.lines[i].productId;
            review.memberId = member.id;
            const double r = m_random.unit();
            review.rating = r < 0.55 ? 5 : r < 0.8 ? 4 : r < 0.9 ? 3 : r < 0.95 ? 2 : 1;
            review.body = m_random.pick(m_world.reviews);
            review.hidden = m_random.chance(0.03);
            review.createdAt = o.completedAt;
            if (m_random.chance(0.2)) {
                review.reply = QStringLiteral("感谢您的支持！Thank you for your support!");
                review.repliedAt = o.completedAt + 6 * kHour;
            }
            MD_TRY(m_writer->writeReview(review));
            ++m_report.reviews;
        }
    }
    return {};
}

Status DemoOrderHistory::settleMembers()
{
    MemberRepository members(m_ctx.connection());
    LedgerRepository points(m_ctx.connection(), LedgerKind::Points);
    for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it) {
        if (it->netPaid > 0)
            MD_TRY(members.addNetPaid(it.key(), it->netPaid, m_settings.tierFor(it->netPaid),
                                      m_clock.nowMs()));
        if (it->points > 0) {
            LedgerPosting p{
                it.key(),
                it->points,
                QStringLiteral("import"),
                QString(),
                0,
                QStringLiteral("points from orders before %1")
                    .arg(StoreTime::localDateText(m_clock.nowMs(), m_settings.timeZone)),
                std::nullopt};
            MD_TRY(points.post(p, m_clock.nowMs()));
        }
    }
    return {};
}

Status DemoOrderHistory::runRecent(const QList<Plan> &plans, qint64 endMs,
                                   const DemoShopGenerator::Progress &progress)
{
    qint64 done = 0;
    for (const Plan &p : plans) {
        MD_TRY(runOne(p, endMs));
        if (progress && ++done % 100 == 0 &&
            !progress(DomainText::tr("recent orders"), done, plans.size()))
            return DemoShopGenerator::cancelled();
    }
    m_clock.setNowMs(endMs);
    return {};
}

// A customer who gave up leaves nothing in the cart that their next order would take along.
Status DemoOrderHistory::emptyCart(const Plan &plan)
{
    const Actor customer = Actor::member(m_world.members.at(plan.member).id);
    for (const auto &[index, quantity] : plan.lines) {
        Q_UNUSED(quantity);
        (void)CartService(m_ctx).remove(customer, m_world.skus.at(index).id);
    }
    return {};
}

Status DemoOrderHistory::runOne(const Plan &plan, qint64 endMs)
{
    const DemoMember &member = m_world.members.at(plan.member);
    const Actor customer = Actor::member(member.id);
    const Actor clerk = Actor::staff(m_world.clerkId, StaffRole::Clerk);
    const Actor manager = Actor::staff(m_world.managerId, StaffRole::Manager);
    const qint64 age = endMs - plan.placedAt;
    const auto at = [this, endMs](qint64 t) {
        m_clock.setNowMs(qMin(t, endMs));
    }; // never past "now"
    // The way there, for the conversion funnel: the customer looks at each product (some twice,
    // some at another product they do not buy) and puts it in the cart, then checks out the cart.
    MemberService members(m_ctx);
    CartService cart(m_ctx);
    qint64 t = plan.placedAt - 20 * kMinute;
    for (const auto &[index, quantity] : plan.lines) {
        const DemoSku &sku = m_world.skus.at(index);
        for (int views = m_random.chance(0.3) ? 2 : 1; views > 0; --views) {
            at(t += kMinute);
            MD_TRY(members.recordView(member.id, sku.productId));
        }
        if (m_random.chance(0.4)) {
            at(t += kMinute);
            const DemoSku &other = m_world.skus.at(m_random.skewed(int(m_world.skus.size())));
            MD_TRY(members.recordView(member.id, other.productId));
        }
        at(t += kMinute);
        if (!cart.add(customer, sku.id, quantity))
            return emptyCart(plan); // sold out: a customer who gave up
    }
    at(plan.placedAt);

    PlaceOrderRequest request;
    request.checkout.addressId = member.addressId; // no items: the cart is checked out
    request.paymentMethod = paymentMethodFor(m_random);
    request.idempotencyKey = SecureRandom::uuid();
    auto placed = CheckoutService(m_ctx).placeOrder(customer, request);
    if (!placed)
        return emptyCart(plan); // sold out or similar: a customer who gave up
    const qint64 id = placed->order.id;
    ++m_report.orders;
    m_report.orderLines += placed->order.lines.size();

    if (age < 30 * kMinute && m_random.chance(0.6))
        return {}; // still waiting for payment
    if (m_random.chance(0.05)) {
        at(plan.placedAt + 10 * kMinute);
        (void)OrderService(m_ctx).cancel(customer, id, QStringLiteral("changed my mind"));
        return {};
    }
    at(plan.placedAt + 2 * kMinute);
    auto intent = PaymentService(m_ctx).createIntent(customer, id, PaymentMethod::Alipay);
    MD_TRY(intent);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("eventId"), SecureRandom::uuid()},
                                  {QStringLiteral("paymentId"), intent->providerRef},
                                  {QStringLiteral("outcome"), QStringLiteral("succeeded")},
                                  {QStringLiteral("amount"), intent->amount}})
            .toJson(QJsonDocument::Compact);
    MD_TRY(PaymentService(m_ctx).handleCallback(
        body, PaymentService::sign(kDemoPaymentSecret, m_clock.nowMs() / 1000, body),
        kDemoPaymentSecret));
    if (age < kDay || m_random.chance(0.1))
        return {}; // waiting to be shipped
    const qint64 shipAt = plan.placedAt + m_random.between(6, 20) * kHour;
    at(shipAt);
    const QString carrier = m_random.pick(m_world.carriers);
    MD_TRY(OrderService(m_ctx).ship(
        clerk, id,
        {carrier, QStringLiteral("%1%2").arg(carrier.left(2)).arg(8000000000LL + id), {}}));
    if (endMs - shipAt < 3 * kDay)
        return {};
    const qint64 deliveredAt = shipAt + m_random.between(30, 60) * kHour;
    at(deliveredAt);
    MD_TRY(OrderService(m_ctx).markDelivered(clerk, id));
    if (m_random.chance(0.1)) {
        at(deliveredAt + 10 * kHour);
        const OrderLine &line = placed->order.lines.first();
        auto refund = RefundService(m_ctx).request(customer, id, {{line.id, line.quantity}},
                                                   m_random.pick(m_world.refundReasons));
        MD_TRY(refund);
        if (m_random.chance(0.4)) {
            at(deliveredAt + 30 * kHour);
            MD_TRY(RefundService(m_ctx).approve(manager, refund->id,
                                                {QStringLiteral("original"), true, QString()}));
        }
        return {};
    }
    if (endMs - deliveredAt < 2 * kDay || m_random.chance(0.3))
        return {};
    at(deliveredAt + m_random.between(4, 40) * kHour);
    auto completed = OrderService(m_ctx).confirmReceipt(customer, id);
    MD_TRY(completed);
    for (const OrderLine &l : completed->lines) {
        if (m_random.chance(0.3)) {
            MD_TRY(ReviewService(m_ctx).create(customer, id, l.id, m_random.chance(0.8) ? 5 : 3,
                                               m_random.pick(m_world.reviews)));
            ++m_report.reviews;
        }
    }
    return {};
}

} // namespace md
