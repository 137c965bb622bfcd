#include "ordercommandtypes.h"

#include <QJsonArray>

namespace md {

namespace {

// Order lines as {lineId, quantity} objects, as order.ship and refund.create read them.
template<typename Line> QJsonArray linesJson(const QList<Line> &lines)
{
    QJsonArray out;
    for (const Line &l : lines)
        out.append(QJsonObject{{QStringLiteral("lineId"), l.orderLineId},
                               {QStringLiteral("quantity"), l.quantity}});
    return out;
}

template<typename Line> QList<Line> readLines(const QList<QJsonObject> &objects)
{
    QList<Line> out;
    for (const QJsonObject &o : objects)
        out.append({o.value(QStringLiteral("lineId")).toInteger(),
                    o.value(QStringLiteral("quantity")).toInteger()});
    return out;
}

} // namespace

CommandBody OrderShip::toJson() const
{
    QJsonObject payload{{QStringLiteral("carrier"), request.carrier},
                        {QStringLiteral("trackingNumber"), request.trackingNumber}};
    if (!request.lines.isEmpty())
        payload.insert(QStringLiteral("lines"), linesJson(request.lines));
    return {orderId, std::nullopt, payload};
}

Result<OrderShip> OrderShip::fromJson(CommandReader &r)
{
    JsonFields &f = r.fields();
    OrderShip c;
    c.orderId = r.entityId();
    c.request.carrier = f.string(QStringLiteral("carrier"), 50, true).value_or(QString());
    c.request.trackingNumber =
        f.string(QStringLiteral("trackingNumber"), 64, true).value_or(QString());
    if (const auto lines = f.objects(QStringLiteral("lines"), 500))
        c.request.lines = readLines<ShipmentLine>(*lines);
    MD_TRY(r.finish());
    return c;
}

CommandBody OrderCancel::toJson() const
{
    return {orderId, std::nullopt, {{QStringLiteral("reason"), reason}}};
}

Result<OrderCancel> OrderCancel::fromJson(CommandReader &r)
{
    const QString reason = r.fields().string(QStringLiteral("reason"), 500).value_or(QString());
    MD_TRY(r.finish());
    return OrderCancel{r.entityId(), reason};
}

CommandBody RefundCreate::toJson() const
{
    return {0,
            std::nullopt,
            {{QStringLiteral("orderId"), orderId},
             {QStringLiteral("lines"), linesJson(lines)},
             {QStringLiteral("reason"), reason}}};
}

Result<RefundCreate> RefundCreate::fromJson(CommandReader &r)
{
    JsonFields &f = r.fields();
    RefundCreate c;
    // The order is the server's (refunds are of paid orders), never a provisional record.
    c.orderId = f.integer(QStringLiteral("orderId"), 1, validation::kMaxId, true).value_or(0);
    c.reason = f.string(QStringLiteral("reason"), 500, true).value_or(QString());
    if (const auto lines = f.objects(QStringLiteral("lines"), 500, true))
        c.lines = readLines<RefundRequestLine>(*lines);
    MD_TRY(r.finish());
    return c;
}

CommandBody RefundApprove::toJson() const
{
    QJsonObject payload{{QStringLiteral("destination"), decision.destination},
                        {QStringLiteral("restock"), decision.restock}};
    if (!decision.note.isEmpty())
        payload.insert(QStringLiteral("note"), decision.note);
    return {refundId, std::nullopt, payload};
}

Result<RefundApprove> RefundApprove::fromJson(CommandReader &r)
{
    JsonFields &f = r.fields();
    RefundApprove c;
    c.refundId = r.entityId();
    c.decision.destination =
        f.string(QStringLiteral("destination"), 20).value_or(QStringLiteral("original"));
    c.decision.restock = f.boolean(QStringLiteral("restock")).value_or(true);
    c.decision.note = f.string(QStringLiteral("note"), 500).value_or(QString());
    MD_TRY(r.finish());
    return c;
}

CommandBody RefundReject::toJson() const
{
    return {refundId, std::nullopt, {{QStringLiteral("note"), note}}};
}

Result<RefundReject> RefundReject::fromJson(CommandReader &r)
{
    const QString note = r.fields().string(QStringLiteral("note"), 500, true).value_or(QString());
    MD_TRY(r.finish());
    return RefundReject{r.entityId(), note};
}

} // namespace md
