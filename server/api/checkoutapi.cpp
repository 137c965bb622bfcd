#include "checkoutapi.h"

#include "apicontext.h"
#include "cartservice.h"
#include "checkoutservice.h"
#include "jsonfields.h"
#include "router.h"
#include "servicecontext.h"
#include "storesettings.h"

namespace md {

namespace {

void sendCart(HttpExchange &x, const ApiContext &c, const Result<CartView> &cart, int status = 200)
{
    if (!api::ok(x, cart))
        return;
    auto settings = StoreSettings::load(c.ctx.connection());
    x.sendJson(status,
               QJsonDocument(cart->toJson(settings ? settings->currency : QStringLiteral("CNY"))));
}

// The checkout fields shared by the quote and the order.
std::optional<CheckoutRequest> checkoutFrom(JsonFields &f)
{
    CheckoutRequest r;
    r.addressId =
        f.integer(QStringLiteral("addressId"), 1, std::numeric_limits<qint64>::max(), true)
            .value_or(0);
    r.memberCouponId =
        f.integer(QStringLiteral("couponId"), 1, std::numeric_limits<qint64>::max()).value_or(0);
    r.points = f.integer(QStringLiteral("points"), 0, 1'000'000'000).value_or(0);
    r.useBalance = f.boolean(QStringLiteral("useBalance")).value_or(false);
    if (const auto items = f.objects(QStringLiteral("items"), CartService::kMaxLines)) {
        for (const QJsonObject &o : *items) {
            JsonFields item(o);
            const auto sku =
                item.integer(QStringLiteral("skuId"), 1, std::numeric_limits<qint64>::max(), true);
            const auto quantity =
                item.integer(QStringLiteral("quantity"), 1, CartService::kMaxQuantity, true);
            item.rejectUnknown();
            if (!item.ok())
                return std::nullopt;
            r.items.append({*sku, *quantity});
        }
    }
    return f.ok() ? std::optional(r) : std::nullopt;
}

} // namespace

void CheckoutApi::addRoutes(Router &router, ApiContext &c)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/cart"), [&c](HttpExchange &x) {
        if (const auto me = api::member(x, c))
            sendCart(x, c, CartService(c.ctx).view(*me));
    });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/cart/items"), [&c](HttpExchange &x) {
        const auto me = api::member(x, c);
        const auto body = me ? api::body(x) : std::nullopt;
        if (!body)
            return;
        JsonFields f(*body);
        const auto sku =
            f.integer(QStringLiteral("skuId"), 1, std::numeric_limits<qint64>::max(), true);
        const auto quantity =
            f.integer(QStringLiteral("quantity"), 1, CartService::kMaxQuantity, true);
        f.rejectUnknown();
        if (!f.ok())
            return x.sendError(f.error());
        sendCart(x, c, CartService(c.ctx).add(*me, *sku, *quantity), 201);
    });

    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/v1/cart/items/{skuId}"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto sku = me ? api::id(x, QStringLiteral("skuId")) : std::nullopt;
                   const auto body = sku ? api::body(x) : std::nullopt;
                   if (!body)
                       return;
                   JsonFields f(*body);
                   const auto quantity =
                       f.integer(QStringLiteral("quantity"), 1, CartService::kMaxQuantity, true);
                   f.rejectUnknown();
                   if (!f.ok())
                       return x.sendError(f.error());
                   sendCart(x, c, CartService(c.ctx).setQuantity(*me, *sku, *quantity));
               });

    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/cart/items/{skuId}"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto sku = me ? api::id(x, QStringLiteral("skuId")) : std::nullopt;
                   if (sku)
                       sendCart(x, c, CartService(c.ctx).remove(*me, *sku));
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/checkout/quote"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto body = me ? api::body(x) : std::nullopt;
                   if (!body)
                       return;
                   JsonFields f(*body);
                   const auto request = checkoutFrom(f);
                   f.rejectUnknown();
                   if (!request || !f.ok())
                       return x.sendError(f.ok() ? makeError(ErrorCode::InvalidArgument,
                                                             DomainText::tr("Invalid items."),
                                                             QStringLiteral("items"))
                                                 : f.error());
                   auto quote = CheckoutService(c.ctx).quote(*me, *request);
                   if (api::ok(x, quote))
                       x.sendJson(200, QJsonDocument(quote->toJson()));
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), [&c](HttpExchange &x) {
        const auto me = api::member(x, c);
        if (!me)
            return;
        const QString key = x.header(QStringLiteral("Idempotency-Key")).trimmed();
        if (key.isEmpty() || key.size() > CheckoutService::kMaxKeyLength)
            return x.sendError(
                makeError(ErrorCode::MissingIdempotencyKey,
                          DomainText::tr("Send an Idempotency-Key header (1–200 characters).")));
        const auto body = api::body(x);
        if (!body)
            return;
        JsonFields f(*body);
        const auto request = checkoutFrom(f);
        const auto method = f.string(QStringLiteral("paymentMethod"), 20, true);
        f.rejectUnknown();
        if (!request || !f.ok())
            return x.sendError(f.ok() ? makeError(ErrorCode::InvalidArgument,
                                                  DomainText::tr("Invalid items."),
                                                  QStringLiteral("items"))
                                      : f.error());
        PlaceOrderRequest r;
        r.checkout = *request;
        r.paymentMethod = *method;
        r.idempotencyKey = key;
        auto placed = c.commits.call([&] { return CheckoutService(c.ctx).placeOrder(*me, r); });
        if (!api::ok(x, placed))
            return;
        if (placed->replayed)
            x.setHeader("Idempotent-Replayed", "true");
        else
            c.metrics.orderPlaced();
        x.setHeader("Location", QStringLiteral("/api/v1/orders/%1").arg(placed->order.id).toUtf8());
        QJsonObject out = placed->order.toJson();
        if (placed->payment)
            out.insert(QStringLiteral("payment"), api::paymentJson(*placed->payment));
        x.sendJson(201, QJsonDocument(out));
    });
}

} // namespace md
