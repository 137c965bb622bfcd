#pragma once

#include "sku.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace md {

enum class OrderStatus { PendingPayment, Paid, Shipped, Delivered, Completed, Cancelled };
QString orderStatusName(OrderStatus status);
std::optional<OrderStatus> orderStatusFromName(const QString &name);

enum class PaymentMethod { Card, Alipay, Wechat, Balance };
QString paymentMethodName(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromName(const QString &name);

struct OrderLine
{
    qint64 id = 0;
    qint64 orderId = 0;
    qint64 skuId = 0;
    qint64 productId = 0;
    QString title;
    QString skuCode;
    QList<SkuOption> options;
    qint64 unitPrice = 0;
    qint64 listPrice = 0;
    qint64 unitCost = 0;
    qint64 quantity = 0;
    qint64 subtotal = 0;
    qint64 tierDiscount = 0;
    qint64 couponDiscount = 0;
    qint64 pointsDiscount = 0;
    qint64 lineTotal = 0; // what was paid for the line (cash + balance), excluding shipping
    qint64 flashSaleItemId = 0;
    qint64 shippedQty = 0;
    qint64 refundedQty = 0;
    qint64 refundedAmount = 0;

    QJsonObject toJson() const;
};

struct OrderEvent
{
    qint64 id = 0;
    QString kind; // placed, paid, shipped, delivered, completed, cancelled, refund_requested, ...
    QString actor;
    QString note;
    qint64 at = 0;
    QJsonObject toJson() const;
};

struct ShipmentLine
{
    qint64 orderLineId = 0;
    qint64 quantity = 0;

    friend bool operator==(const ShipmentLine &, const ShipmentLine &) = default;
};

struct Shipment
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString carrier;
    QString trackingNumber;
    qint64 staffId = 0;
    qint64 shippedAt = 0;
    QList<ShipmentLine> lines;
    QJsonObject toJson() const;
};

struct Payment
{
    qint64 id = 0;
    qint64 orderId = 0;
    PaymentMethod method = PaymentMethod::Card;
    qint64 amount = 0;
    QString status; // pending, succeeded, failed, cancelled
    QString providerRef;
    QString failureReason;
    qint64 createdAt = 0;
    qint64 confirmedAt = 0;
    qint64 version = 0;
    QJsonObject toJson() const;
};

struct Order
{
    qint64 id = 0;
    QString externalRef; // e.g. the invoice number of an imported order
    qint64 memberId = 0; // 0: guest
    OrderStatus status = OrderStatus::PendingPayment;
    QString currency;
    qint64 subtotal = 0;
    qint64 tierDiscount = 0;
    qint64 couponDiscount = 0;
    qint64 pointsDiscount = 0;
    qint64 pointsUsed = 0;
    qint64 shippingFee = 0;
    qint64 total = 0;
    qint64 balanceApplied = 0;
    qint64 amountDue = 0;
    qint64 paidAmount = 0; // cash received through the payment provider
    qint64 refundedCash = 0;
    qint64 refundedBalance = 0;
    QString paymentMethod;
    qint64 memberCouponId = 0;
    qint64 couponCampaignId = 0;
    QString tier;
    int tierRateBp = 0;
    QString shipRecipient, shipPhone, shipRegion, shipDetail, shipPostalCode;
    qint64 pointsEarned = 0;
    qint64 pointsReversed = 0;
    qint64 pointsRestored = 0;
    QString source;
    qint64 placedAt = 0;
    QString localDate;
    qint64 payDeadline = 0;
    qint64 paidAt = 0, shippedAt = 0, deliveredAt = 0, completedAt = 0, cancelledAt = 0;
    QString cancelReason;
    qint64 version = 0;
    qint64 updatedAt = 0;

    // Filled by detail queries.
    QList<OrderLine> lines;
    QList<OrderEvent> events;
    QList<Shipment> shipments;
    QList<Payment> payments;

    // "20260101-000042", or the imported reference.
    QString number() const { return orderNumber(id, localDate, externalRef); }
    static QString orderNumber(qint64 id, const QString &localDate, const QString &externalRef);
    // The same rule as an SQL expression over the orders row aliased `alias`, for searching by the
    // number the staff see; kept beside orderNumber() so that the two cannot drift apart.
    static QString orderNumberSql(const QString &alias);
    qint64 itemsTotal() const { return total - shippingFee; }
    // Units ordered: the sum of the lines' quantities (stored with the order for the reports).
    qint64 units() const
    {
        qint64 n = 0;
        for (const OrderLine &l : lines)
            n += l.quantity;
        return n;
    }
    qint64 refundedTotal() const { return refundedCash + refundedBalance; }
    // Cash and balance actually received.
    qint64 receivedTotal() const { return paidAmount + balanceApplied; }
    QJsonObject toJson() const; // with lines, events, shipments and payments when loaded
};

} // namespace md
