#include "orderapi.h"

#include "apicontext.h"
#include "jsonfields.h"
#include "orderservice.h"
#include "paymentservice.h"
#include "refundservice.h"
#include "reviewservice.h"
#include "router.h"
#include "securerandom.h"
#include "servicecontext.h"

namespace md {

namespace {

QJsonObject orderWithRefunds(const ApiContext &c, const Actor &me, const Order &o)
{
    QJsonObject body = o.toJson();
    QJsonArray refunds;
    if (auto list = OrderService(c.ctx).refunds(me, o.id)) {
        for (const Refund &r : *list)
            refunds.append(r.toJson());
    }
    body.insert(QStringLiteral("refunds"), refunds);
    return body;
}

// The mock provider's side: sends the server the signed callback a real provider would send.
std::pair<int, QByteArray> deliverCallback(ApiContext &c, const QByteArray &body)
{
    const QByteArray signature =
        PaymentService::sign(c.options.paymentSecret, c.ctx.now() / 1000, body);
    return c.mockProvider.deliver(c.port.load(), body, signature);
}

} // namespace

void OrderApi::addRoutes(Router &router, ApiContext &c)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orders"), [&c](HttpExchange &x) {
        const auto me = api::member(x, c);
        int page = 1, pageSize = 20;
        if (!me || !api::paging(x, page, pageSize))
            return;
        OrderQuery q;
        if (x.hasQuery(QStringLiteral("status"))) {
            q.status = orderStatusFromName(x.query(QStringLiteral("status")));
            if (!q.status)
                return x.sendProblem(400, QStringLiteral("invalid_argument"),
                                     QStringLiteral("Invalid status"));
        }
        q.offset = (page - 1) * pageSize;
        q.limit = pageSize;
        OrderService orders(c.ctx);
        auto list = orders.orders(*me, q);
        auto total = orders.count(*me, q);
        if (!api::ok(x, list) || !api::ok(x, total))
            return;
        QJsonArray items;
        for (const Order &o : *list)
            items.append(o.toJson());
        x.sendJson(200, QJsonDocument(api::pageOf(items, page, pageSize, *total)));
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orders/{id}"), [&c](HttpExchange &x) {
        const auto me = api::member(x, c);
        const auto id = me ? api::id(x, QStringLiteral("id")) : std::nullopt;
        if (!id)
            return;
        auto o = OrderService(c.ctx).order(*me, *id);
        if (api::ok(x, o))
            x.sendJson(200, QJsonDocument(orderWithRefunds(c, *me, *o)));
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/orders/{id}/pay"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto id = me ? api::id(x, QStringLiteral("id")) : std::nullopt;
                   const auto body = id ? api::body(x) : std::nullopt;
                   if (!body)
                       return;
                   JsonFields f(*body);
                   const auto methodName = f.string(QStringLiteral("method"), 20, true);
                   f.rejectUnknown();
                   if (!f.ok())
                       return x.sendError(f.error());
                   const auto method = paymentMethodFromName(*methodName);
                   if (!method)
                       return x.sendError(
                           makeError(ErrorCode::InvalidArgument,
                                     DomainText::tr("Choose card, alipay, wechat or balance."),
                                     QStringLiteral("method")));
                   auto payment = PaymentService(c.ctx).createIntent(*me, *id, *method);
                   if (!api::ok(x, payment))
                       return;
                   if (payment->status == QLatin1String("succeeded"))
                       c.metrics.paymentSettled(true);
                   x.sendJson(201, QJsonDocument(api::paymentJson(*payment)));
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/orders/{id}/cancel"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto id = me ? api::id(x, QStringLiteral("id")) : std::nullopt;
                   if (!id)
                       return;
                   QString reason;
                   if (x.header(QStringLiteral("Content-Length")).toLongLong() > 0) {
                       const auto body = api::body(x);
                       if (!body)
                           return;
                       JsonFields f(*body);
                       reason = f.string(QStringLiteral("reason"), 500).value_or(QString());
                       f.rejectUnknown();
                       if (!f.ok())
                           return x.sendError(f.error());
                   }
                   auto o = OrderService(c.ctx).cancel(*me, *id, reason);
                   if (api::ok(x, o))
                       x.sendJson(200, QJsonDocument(orderWithRefunds(c, *me, *o)));
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/orders/{id}/confirm-receipt"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto id = me ? api::id(x, QStringLiteral("id")) : std::nullopt;
                   if (!id)
                       return;
                   auto o = OrderService(c.ctx).confirmReceipt(*me, *id);
                   if (api::ok(x, o))
                       x.sendJson(200, QJsonDocument(orderWithRefunds(c, *me, *o)));
               });

    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/v1/orders/{id}/refunds"),
        [&c](HttpExchange &x) {
            const auto me = api::member(x, c);
            const auto id = me ? api::id(x, QStringLiteral("id")) : std::nullopt;
            const auto body = id ? api::body(x) : std::nullopt;
            if (!body)
                return;
            JsonFields f(*body);
            QList<RefundRequestLine> lines;
            for (const QJsonObject &o :
                 f.objects(QStringLiteral("lines"), 200, true).value_or(QList<QJsonObject>())) {
                JsonFields line(o);
                const auto lineId = line.integer(QStringLiteral("lineId"), 1,
                                                 std::numeric_limits<qint64>::max(), true);
                const auto quantity = line.integer(QStringLiteral("quantity"), 1, 999, true);
                line.rejectUnknown();
                if (!line.ok())
                    return x.sendError(line.error());
                lines.append({*lineId, *quantity});
            }
            const QString reason =
                f.string(QStringLiteral("reason"), 1000, true).value_or(QString());
            f.rejectUnknown();
            if (!f.ok())
                return x.sendError(f.error());
            auto refund = RefundService(c.ctx).request(*me, *id, lines, reason);
            if (api::ok(x, refund))
                x.sendJson(201, QJsonDocument(refund->toJson()));
        });

    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/v1/orders/{id}/lines/{lineId}/review"),
        [&c](HttpExchange &x) {
            const auto me = api::member(x, c);
            const auto id = me ? api::id(x, QStringLiteral("id")) : std::nullopt;
            const auto line = id ? api::id(x, QStringLiteral("lineId")) : std::nullopt;
            const auto body = line ? api::body(x) : std::nullopt;
            if (!body)
                return;
            JsonFields f(*body);
            const auto rating = f.integer(QStringLiteral("rating"), 1, 5, true);
            const QString text =
                f.string(QStringLiteral("text"), ReviewService::kMaxText).value_or(QString());
            f.rejectUnknown();
            if (!f.ok())
                return x.sendError(f.error());
            auto review = ReviewService(c.ctx).create(*me, *id, *line, int(*rating), text);
            if (api::ok(x, review))
                x.sendJson(201, QJsonDocument(review->toJson()));
        });

    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/v1/payments/callback"), [&c](HttpExchange &x) {
            QByteArray raw;
            if (!x.readBody(raw))
                return;
            const QByteArray signature = x.header(QStringLiteral("X-Signature")).toUtf8();
            auto outcome = c.commits.call([&] {
                return PaymentService(c.ctx).handleCallback(raw, signature,
                                                            c.options.paymentSecret);
            });
            if (!api::ok(x, outcome))
                return;
            c.metrics.paymentSettled(outcome->status == QLatin1String("succeeded"));
            x.sendJson(200,
                       QJsonDocument(QJsonObject{{QStringLiteral("paymentId"), outcome->paymentId},
                                                 {QStringLiteral("orderId"), outcome->orderId},
                                                 {QStringLiteral("status"), outcome->status}}));
        });

    // The bundled mock provider: the customer "completes" a payment on the provider's page, and the
    // provider tells the shop through the same signed callback a real provider would send.
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/v1/mockpay/{paymentId}/complete"),
        [&c](HttpExchange &x) {
            if (!c.options.mockPayments)
                return x.sendProblem(404, QStringLiteral("not_found"), QStringLiteral("Not found"));
            const auto me = api::member(x, c);
            const QString ref = me ? x.pathParam(QStringLiteral("paymentId")) : QString();
            const auto body = me ? api::body(x) : std::nullopt;
            if (!body)
                return;
            JsonFields f(*body);
            const QString outcome =
                f.string(QStringLiteral("outcome"), 20, true).value_or(QString());
            f.rejectUnknown();
            if (!f.ok())
                return x.sendError(f.error());
            if (outcome != QLatin1String("success") && outcome != QLatin1String("failure"))
                return x.sendError(makeError(ErrorCode::InvalidArgument,
                                             DomainText::tr("outcome is success or failure."),
                                             QStringLiteral("outcome")));
            auto payment = PaymentService(c.ctx).paymentByRef(ref);
            if (!payment)
                return x.sendProblem(404, QStringLiteral("not_found"), QStringLiteral("Not found"));
            auto own = OrderService(c.ctx).isOwnOrder(*me, payment->orderId); // the payer's only
            if (!api::ok(x, own))
                return;
            if (!*own)
                return x.sendProblem(404, QStringLiteral("not_found"), QStringLiteral("Not found"));
            const QByteArray event =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("eventId"), SecureRandom::uuid()},
                                {QStringLiteral("paymentId"), ref},
                                {QStringLiteral("outcome"), outcome == QLatin1String("success")
                                                                ? QStringLiteral("succeeded")
                                                                : QStringLiteral("failed")},
                                {QStringLiteral("amount"), payment->amount}})
                    .toJson(QJsonDocument::Compact);
            const auto [status, reply] = deliverCallback(c, event);
            x.sendText(status,
                       status == 200 ? "application/json; charset=utf-8"
                                     : "application/problem+json; charset=utf-8",
                       reply);
        });
}

} // namespace md
