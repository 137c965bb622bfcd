#include "memberapi.h"

#include "apicontext.h"
#include "catalogservice.h"
#include "couponservice.h"
#include "jsonfields.h"
#include "memberservice.h"
#include "notificationservice.h"
#include "orderservice.h"
#include "router.h"
#include "servicecontext.h"
#include "walletservice.h"

namespace md {

namespace {

std::optional<AddressDraft> addressFrom(JsonFields &f)
{
    AddressDraft d;
    d.recipient = f.string(QStringLiteral("recipient"), 100, true).value_or(QString());
    d.phone = f.string(QStringLiteral("phone"), 20, true).value_or(QString());
    d.region = f.string(QStringLiteral("region"), 200, true).value_or(QString());
    d.detail = f.string(QStringLiteral("detail"), 500, true).value_or(QString());
    d.postalCode = f.string(QStringLiteral("postalCode"), 20).value_or(QString());
    d.isDefault = f.boolean(QStringLiteral("isDefault")).value_or(false);
    f.rejectUnknown();
    return f.ok() ? std::optional(d) : std::nullopt;
}

QJsonArray productsJson(const ApiContext &c, const QList<qint64> &ids)
{
    QJsonArray out;
    CatalogService catalog(c.ctx);
    for (qint64 id : ids) {
        auto p = catalog.product(id);
        if (!p || p->status != ProductStatus::Active)
            continue;
        out.append(
            QJsonObject{{QStringLiteral("id"), p->id},
                        {QStringLiteral("title"), p->title},
                        {QStringLiteral("image"),
                         p->images.isEmpty() ? QJsonValue() : QJsonValue(p->images.first())}});
    }
    return out;
}

void ledger(HttpExchange &x, const ApiContext &c, LedgerKind kind)
{
    const auto me = api::member(x, c);
    int page = 1, pageSize = 20;
    if (!me || !api::paging(x, page, pageSize))
        return;
    WalletService wallet(c.ctx);
    auto entries = wallet.entries(*me, kind, me->id, (page - 1) * pageSize, pageSize);
    auto total = wallet.entryCount(*me, kind, me->id);
    if (!api::ok(x, entries) || !api::ok(x, total))
        return;
    QJsonArray items;
    for (const LedgerEntry &e : *entries)
        items.append(e.toJson());
    x.sendJson(200, QJsonDocument(api::pageOf(items, page, pageSize, *total)));
}

} // namespace

void MemberApi::addRoutes(Router &router, ApiContext &c)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/me"), [&c](HttpExchange &x) {
        const auto me = api::member(x, c);
        if (!me)
            return;
        auto member = MemberService(c.ctx).member(*me, me->id);
        if (!api::ok(x, member))
            return;
        QJsonObject body = member->toJson();
        body.remove(QStringLiteral("externalRef"));
        body.remove(QStringLiteral("version"));
        QJsonObject counts;
        OrderService orders(c.ctx);
        for (OrderStatus s : {OrderStatus::PendingPayment, OrderStatus::Paid, OrderStatus::Shipped,
                              OrderStatus::Delivered}) {
            OrderQuery q;
            q.status = s;
            counts.insert(orderStatusName(s), orders.count(*me, q).value_or(0));
        }
        counts.insert(QStringLiteral("unreadNotifications"),
                      NotificationService(c.ctx).count(*me, me->id, true).value_or(0));
        auto coupons = CouponService(c.ctx).memberCoupons(*me, me->id, true);
        counts.insert(QStringLiteral("availableCoupons"), coupons ? qint64(coupons->size()) : 0);
        auto favorites = MemberService(c.ctx).favorites(*me, me->id);
        counts.insert(QStringLiteral("favorites"), favorites ? qint64(favorites->size()) : 0);
        body.insert(QStringLiteral("counts"), counts);
        x.sendJson(200, QJsonDocument(body));
    });

    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/v1/me"), [&c](HttpExchange &x) {
        const auto me = api::member(x, c);
        const auto body = me ? api::body(x) : std::nullopt;
        if (!body)
            return;
        JsonFields f(*body);
        ProfileUpdate u;
        u.displayName = f.string(QStringLiteral("name"), 100);
        u.email = f.string(QStringLiteral("email"), 254);
        u.phone = f.string(QStringLiteral("phone"), 20);
        f.rejectUnknown(); // tier, points, balance and the like are never a customer's to set
        if (!f.ok())
            return x.sendError(f.error());
        auto member = MemberService(c.ctx).updateProfile(*me, me->id, u);
        if (api::ok(x, member))
            x.sendJson(200, QJsonDocument(member->toJson()));
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/me/addresses"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   if (!me)
                       return;
                   auto list = MemberService(c.ctx).addresses(*me, me->id);
                   if (!api::ok(x, list))
                       return;
                   QJsonArray items;
                   for (const Address &a : *list)
                       items.append(a.toJson());
                   x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}));
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/me/addresses"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto body = me ? api::body(x) : std::nullopt;
                   if (!body)
                       return;
                   JsonFields f(*body);
                   const auto draft = addressFrom(f);
                   if (!draft)
                       return x.sendError(f.error());
                   auto address = MemberService(c.ctx).addAddress(*me, me->id, *draft);
                   if (api::ok(x, address))
                       x.sendJson(201, QJsonDocument(address->toJson()));
               });

    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/v1/me/addresses/{id}"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto id = me ? api::id(x, QStringLiteral("id")) : std::nullopt;
                   const auto body = id ? api::body(x) : std::nullopt;
                   if (!body)
                       return;
                   JsonFields f(*body);
                   const auto draft = addressFrom(f);
                   if (!draft)
                       return x.sendError(f.error());
                   auto address = MemberService(c.ctx).updateAddress(*me, *id, *draft);
                   if (api::ok(x, address))
                       x.sendJson(200, QJsonDocument(address->toJson()));
               });

    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/me/addresses/{id}"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto id = me ? api::id(x, QStringLiteral("id")) : std::nullopt;
                   if (id && api::ok(x, MemberService(c.ctx).removeAddress(*me, *id)))
                       x.sendEmpty(204);
               });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/me/points"),
               [&c](HttpExchange &x) { ledger(x, c, LedgerKind::Points); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/me/balance"),
               [&c](HttpExchange &x) { ledger(x, c, LedgerKind::Balance); });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/me/coupons"), [&c](HttpExchange &x) {
        const auto me = api::member(x, c);
        if (!me)
            return;
        const QString status = x.query(QStringLiteral("status"), QStringLiteral("all"));
        if (status != QLatin1String("all") && status != QLatin1String("available"))
            return x.sendProblem(400, QStringLiteral("invalid_argument"),
                                 QStringLiteral("Invalid status"),
                                 QStringLiteral("status is all or available."));
        auto coupons =
            CouponService(c.ctx).memberCoupons(*me, me->id, status == QLatin1String("available"));
        if (!api::ok(x, coupons))
            return;
        QJsonArray items;
        for (const MemberCoupon &mc : *coupons)
            items.append(mc.toJson());
        x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}));
    });

    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/v1/me/coupons/claim"), [&c](HttpExchange &x) {
            const auto me = api::member(x, c);
            const auto body = me ? api::body(x) : std::nullopt;
            if (!body)
                return;
            JsonFields f(*body);
            const QString code = f.string(QStringLiteral("code"), 32, true).value_or(QString());
            f.rejectUnknown();
            if (!f.ok())
                return x.sendError(f.error());
            auto coupon = CouponService(c.ctx).claim(*me, code);
            if (api::ok(x, coupon))
                x.sendJson(201, QJsonDocument(coupon->toJson()));
        });

    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/v1/me/favorites"), [&c](HttpExchange &x) {
            const auto me = api::member(x, c);
            if (!me)
                return;
            auto ids = MemberService(c.ctx).favorites(*me, me->id);
            if (api::ok(x, ids))
                x.sendJson(200, QJsonDocument(
                                    QJsonObject{{QStringLiteral("items"), productsJson(c, *ids)}}));
        });

    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/v1/me/favorites"), [&c](HttpExchange &x) {
            const auto me = api::member(x, c);
            const auto body = me ? api::body(x) : std::nullopt;
            if (!body)
                return;
            JsonFields f(*body);
            const auto product =
                f.integer(QStringLiteral("productId"), 1, std::numeric_limits<qint64>::max(), true);
            f.rejectUnknown();
            if (!f.ok())
                return x.sendError(f.error());
            if (api::ok(x, MemberService(c.ctx).addFavorite(*me, *product)))
                x.sendEmpty(204);
        });

    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/me/favorites/{productId}"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto id = me ? api::id(x, QStringLiteral("productId")) : std::nullopt;
                   if (id && api::ok(x, MemberService(c.ctx).removeFavorite(*me, *id)))
                       x.sendEmpty(204);
               });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/me/history"), [&c](HttpExchange &x) {
        const auto me = api::member(x, c);
        if (!me)
            return;
        auto ids = MemberService(c.ctx).history(*me, me->id, 50);
        if (api::ok(x, ids))
            x.sendJson(
                200, QJsonDocument(QJsonObject{{QStringLiteral("items"), productsJson(c, *ids)}}));
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/me/notifications"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   int page = 1, pageSize = 20;
                   if (!me || !api::paging(x, page, pageSize))
                       return;
                   const bool unread = x.query(QStringLiteral("unread")) == QLatin1String("true");
                   NotificationService inbox(c.ctx);
                   auto list = inbox.inbox(*me, me->id, unread, (page - 1) * pageSize, pageSize);
                   auto total = inbox.count(*me, me->id, unread);
                   if (!api::ok(x, list) || !api::ok(x, total))
                       return;
                   QJsonArray items;
                   for (const Notification &n : *list)
                       items.append(n.toJson());
                   x.sendJson(200, QJsonDocument(api::pageOf(items, page, pageSize, *total)));
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/me/notifications/{id}/read"),
               [&c](HttpExchange &x) {
                   const auto me = api::member(x, c);
                   const auto id = me ? api::id(x, QStringLiteral("id")) : std::nullopt;
                   if (id && api::ok(x, NotificationService(c.ctx).markRead(*me, *id)))
                       x.sendEmpty(204);
               });
}

} // namespace md
