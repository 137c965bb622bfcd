// Name tables and JSON forms of the order value types (order.h, refund.h).
#include "order.h"
#include "refund.h"

#include "storetime.h"

#include <QJsonArray>

namespace md {

namespace {

template<typename E, std::size_t N>
std::optional<E> fromName(const QString &name, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[value, text] : table) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QString toName(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return QString::fromLatin1(text);
    }
    return {};
}

constexpr std::pair<OrderStatus, const char *> kOrderStatus[] = {
    {OrderStatus::PendingPayment, "pending_payment"},
    {OrderStatus::Paid, "paid"},
    {OrderStatus::Shipped, "shipped"},
    {OrderStatus::Delivered, "delivered"},
    {OrderStatus::Completed, "completed"},
    {OrderStatus::Cancelled, "cancelled"},
};
constexpr std::pair<PaymentMethod, const char *> kPaymentMethod[] = {
    {PaymentMethod::Card, "card"},
    {PaymentMethod::Alipay, "alipay"},
    {PaymentMethod::Wechat, "wechat"},
    {PaymentMethod::Balance, "balance"},
};
constexpr std::pair<RefundStatus, const char *> kRefundStatus[] = {
    {RefundStatus::Requested, "requested"},
    {RefundStatus::Approved, "approved"},
    {RefundStatus::Refunded, "refunded"},
    {RefundStatus::Rejected, "rejected"},
};

QJsonValue time(qint64 ms)
{
    return StoreTime::isoUtc(ms);
}

QJsonValue optionalId(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

} // namespace

QString orderStatusName(OrderStatus s)
{
    return toName(s, kOrderStatus);
}
std::optional<OrderStatus> orderStatusFromName(const QString &n)
{
    return fromName(n, kOrderStatus);
}
QString paymentMethodName(PaymentMethod m)
{
    return toName(m, kPaymentMethod);
}
std::optional<PaymentMethod> paymentMethodFromName(const QString &n)
{
    return fromName(n, kPaymentMethod);
}
QString refundStatusName(RefundStatus s)
{
    return toName(s, kRefundStatus);
}
std::optional<RefundStatus> refundStatusFromName(const QString &n)
{
    return fromName(n, kRefundStatus);
}

QString Order::orderNumber(qint64 id, const QString &localDate, const QString &externalRef)
{
    if (!externalRef.isEmpty())
        return externalRef;
    QString date = localDate;
    date.remove(QLatin1Char('-'));
    return QStringLiteral("%1-%2").arg(date).arg(id, 6, 10, QLatin1Char('0'));
}

QString Order::orderNumberSql(const QString &alias)
{
    return QStringLiteral("(CASE WHEN COALESCE(%1.external_ref, '') <> '' THEN %1.external_ref "
                          "ELSE replace(%1.local_date, '-', '') || '-' || printf('%06d', %1.id) "
                          "END)")
        .arg(alias);
}

QJsonObject OrderLine::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("skuId"), optionalId(skuId)},
            {QStringLiteral("productId"), optionalId(productId)},
            {QStringLiteral("title"), title},
            {QStringLiteral("skuCode"), skuCode},
            {QStringLiteral("options"), skuOptionsToJson(options)},
            {QStringLiteral("unitPrice"), unitPrice},
            {QStringLiteral("listPrice"), listPrice},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("subtotal"), subtotal},
            {QStringLiteral("tierDiscount"), tierDiscount},
            {QStringLiteral("couponDiscount"), couponDiscount},
            {QStringLiteral("pointsDiscount"), pointsDiscount},
            {QStringLiteral("total"), lineTotal},
            {QStringLiteral("flashSale"), flashSaleItemId != 0},
            {QStringLiteral("shippedQuantity"), shippedQty},
            {QStringLiteral("refundedQuantity"), refundedQty},
            {QStringLiteral("refundedAmount"), refundedAmount}};
}

QJsonObject OrderEvent::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("note"), note},
            {QStringLiteral("at"), time(at)}};
}

QJsonObject Shipment::toJson() const
{
    QJsonArray l;
    for (const auto &s : lines)
        l.append(QJsonObject{{QStringLiteral("lineId"), s.orderLineId},
                             {QStringLiteral("quantity"), s.quantity}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("carrier"), carrier},
            {QStringLiteral("trackingNumber"), trackingNumber},
            {QStringLiteral("shippedAt"), time(shippedAt)},
            {QStringLiteral("lines"), l}};
}

QJsonObject Payment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("orderId"), orderId},
            {QStringLiteral("method"), paymentMethodName(method)},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("status"), status},
            {QStringLiteral("failureReason"),
             failureReason.isEmpty() ? QJsonValue() : QJsonValue(failureReason)},
            {QStringLiteral("createdAt"), time(createdAt)},
            {QStringLiteral("confirmedAt"), time(confirmedAt)}};
}

QJsonObject Order::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("number"), number()},
                  {QStringLiteral("memberId"), optionalId(memberId)},
                  {QStringLiteral("status"), orderStatusName(status)},
                  {QStringLiteral("currency"), currency},
                  {QStringLiteral("subtotal"), subtotal},
                  {QStringLiteral("tierDiscount"), tierDiscount},
                  {QStringLiteral("couponDiscount"), couponDiscount},
                  {QStringLiteral("pointsUsed"), pointsUsed},
                  {QStringLiteral("pointsDiscount"), pointsDiscount},
                  {QStringLiteral("shippingFee"), shippingFee},
                  {QStringLiteral("total"), total},
                  {QStringLiteral("balanceApplied"), balanceApplied},
                  {QStringLiteral("amountDue"), amountDue},
                  {QStringLiteral("paidAmount"), paidAmount},
                  {QStringLiteral("refundedAmount"), refundedTotal()},
                  {QStringLiteral("paymentMethod"),
                   paymentMethod.isEmpty() ? QJsonValue() : QJsonValue(paymentMethod)},
                  {QStringLiteral("memberCouponId"), optionalId(memberCouponId)},
                  {QStringLiteral("pointsEarned"), pointsEarned},
                  {QStringLiteral("shippingAddress"),
                   QJsonObject{{QStringLiteral("recipient"), shipRecipient},
                               {QStringLiteral("phone"), shipPhone},
                               {QStringLiteral("region"), shipRegion},
                               {QStringLiteral("detail"), shipDetail},
                               {QStringLiteral("postalCode"), shipPostalCode}}},
                  {QStringLiteral("placedAt"), time(placedAt)},
                  {QStringLiteral("payDeadline"), time(payDeadline)},
                  {QStringLiteral("paidAt"), time(paidAt)},
                  {QStringLiteral("shippedAt"), time(shippedAt)},
                  {QStringLiteral("deliveredAt"), time(deliveredAt)},
                  {QStringLiteral("completedAt"), time(completedAt)},
                  {QStringLiteral("cancelledAt"), time(cancelledAt)},
                  {QStringLiteral("cancelReason"),
                   cancelReason.isEmpty() ? QJsonValue() : QJsonValue(cancelReason)},
                  {QStringLiteral("version"), version}};
    const auto array = [](const auto &list) {
        QJsonArray a;
        for (const auto &x : list)
            a.append(x.toJson());
        return a;
    };
    if (!lines.isEmpty())
        o.insert(QStringLiteral("lines"), array(lines));
    if (!events.isEmpty())
        o.insert(QStringLiteral("timeline"), array(events));
    o.insert(QStringLiteral("shipments"), array(shipments));
    o.insert(QStringLiteral("payments"), array(payments));
    return o;
}

QJsonObject Refund::toJson() const
{
    QJsonArray l;
    for (const auto &r : lines)
        l.append(QJsonObject{{QStringLiteral("lineId"), r.orderLineId},
                             {QStringLiteral("quantity"), r.quantity},
                             {QStringLiteral("amount"), r.amount}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("orderId"), orderId},
            {QStringLiteral("status"), refundStatusName(status)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("cashAmount"), cashAmount},
            {QStringLiteral("balanceAmount"), balanceAmount},
            {QStringLiteral("includesShipping"), includesShipping},
            {QStringLiteral("destination"), destination},
            {QStringLiteral("restock"), restock},
            {QStringLiteral("decisionNote"), decisionNote},
            {QStringLiteral("pointsReversed"), pointsReversed},
            {QStringLiteral("pointsRestored"), pointsRestored},
            {QStringLiteral("createdAt"), time(createdAt)},
            {QStringLiteral("decidedAt"), time(decidedAt)},
            {QStringLiteral("refundedAt"), time(refundedAt)},
            {QStringLiteral("lines"), l},
            {QStringLiteral("version"), version}};
}

} // namespace md
