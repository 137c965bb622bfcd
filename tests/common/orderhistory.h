#pragma once

#include "historywriter.h"
#include "servicecontext.h"
#include "storetime.h"
#include "validation.h"
#include "writetransaction.h"

#include <QList>

// Many past orders written in bulk through HistoryWriter (the demo data's and the imports' path),
// for the tests and benchmarks of the order list. Order i (from 0) is placed one minute after
// order i - 1, starting at startMs; it has one line of 1 + i % 3 units of the given SKU, the member
// members[i % size] (a guest when the list is empty), and a status by i: every 5th is cancelled,
// every 5th after that is paid and not shipped, the rest completed.
struct OrderHistory
{
    static constexpr qint64 kMinute = 60 * 1000;

    static md::OrderStatus statusOf(qint64 i)
    {
        if (i % 5 == 0)
            return md::OrderStatus::Cancelled;
        if (i % 5 == 1)
            return md::OrderStatus::Paid;
        return md::OrderStatus::Completed;
    }

    static md::Status write(const md::ServiceContext &ctx, qint64 count, qint64 skuId,
                            qint64 productId, const QList<qint64> &members, qint64 startMs,
                            bool deferIndexes = false)
    {
        md::WriteTransaction tx(ctx.database());
        MD_TRY(tx.began());
        md::HistoryWriter writer(tx.connection());
        if (deferIndexes)
            MD_TRY(writer.deferIndexes());
        for (qint64 i = 0; i < count; ++i) {
            md::Order o;
            o.memberId = members.isEmpty() ? 0 : members.at(i % members.size());
            o.status = statusOf(i);
            o.currency = QStringLiteral("CNY");
            o.placedAt = startMs + i * kMinute;
            o.localDate = md::StoreTime::localDateText(o.placedAt, QStringLiteral("Asia/Shanghai"));
            o.source = QStringLiteral("import");
            o.tier = QStringLiteral("regular");
            md::OrderLine l;
            l.skuId = skuId;
            l.productId = productId;
            l.title = QStringLiteral("西湖龙井 Longjing");
            l.skuCode = QStringLiteral("LJ-250");
            l.unitPrice = l.listPrice = 1000 + i % 7 * 100;
            l.quantity = 1 + i % 3;
            l.subtotal = l.lineTotal = l.unitPrice * l.quantity;
            o.lines = {l};
            o.subtotal = l.subtotal;
            o.shippingFee = 800;
            o.total = o.amountDue = o.subtotal + o.shippingFee;
            QList<md::OrderEvent> events{
                {0, QStringLiteral("placed"), QStringLiteral("system"), QString(), o.placedAt}};
            md::Payment payment;
            md::Shipment shipment;
            const bool paid = o.status != md::OrderStatus::Cancelled;
            if (o.status == md::OrderStatus::Cancelled) {
                o.cancelledAt = o.placedAt + 30 * kMinute;
                o.cancelReason = QStringLiteral("not paid in time");
            } else {
                o.paymentMethod = QStringLiteral("alipay");
                o.paidAt = o.placedAt + kMinute;
                o.paidAmount = o.amountDue;
                payment.method = md::PaymentMethod::Alipay;
                payment.amount = o.amountDue;
                payment.status = QStringLiteral("succeeded");
                payment.providerRef = QStringLiteral("pi_hist_%1").arg(i);
                payment.createdAt = o.placedAt;
                payment.confirmedAt = o.paidAt;
            }
            if (o.status == md::OrderStatus::Completed) {
                o.shippedAt = o.paidAt + 60 * kMinute;
                o.deliveredAt = o.shippedAt + 24 * 60 * kMinute;
                o.completedAt = o.deliveredAt + 24 * 60 * kMinute;
                o.lines[0].shippedQty = l.quantity;
                shipment.carrier = QStringLiteral("SF");
                shipment.trackingNumber = QStringLiteral("SF%1").arg(7000000000LL + i);
                shipment.shippedAt = o.shippedAt;
            }
            o.updatedAt =
                o.completedAt ? o.completedAt : (o.cancelledAt ? o.cancelledAt : o.paidAt);
            MD_TRY(writer.writeOrder(o, events, paid ? &payment : nullptr,
                                     o.status == md::OrderStatus::Completed ? &shipment : nullptr));
        }
        MD_TRY(writer.finish());
        return tx.commit();
    }
};
