#include "catalogapi.h"

#include "apicontext.h"
#include "catalogservice.h"
#include "flashsaleservice.h"
#include "memberservice.h"
#include "reviewservice.h"
#include "router.h"
#include "servicecontext.h"
#include "storesettings.h"
#include "storetime.h"

namespace md {

namespace {

// A product as a list shows it to customers: no cost, no internal counters.
QJsonObject listItem(const ProductSummary &s)
{
    const Product &p = s.product;
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("categoryId"), p.categoryId},
        {QStringLiteral("category"), s.categoryName},
        {QStringLiteral("image"), p.images.isEmpty() ? QJsonValue() : QJsonValue(p.images.first())},
        {QStringLiteral("minPrice"), s.minPrice},
        {QStringLiteral("maxPrice"), s.maxPrice},
        {QStringLiteral("inStock"), s.stock > 0},
        {QStringLiteral("sales"), p.salesCount},
        {QStringLiteral("rating"),
         p.ratingCount ? QJsonValue(p.ratingAverageX100() / 100.0) : QJsonValue()},
        {QStringLiteral("ratingCount"), p.ratingCount}};
}

std::optional<ProductSearch::Sort> sortFrom(const QString &s)
{
    if (s.isEmpty())
        return ProductSearch::Sort::Relevance;
    static const QHash<QString, ProductSearch::Sort> sorts = {
        {QStringLiteral("price"), ProductSearch::Sort::PriceAscending},
        {QStringLiteral("-price"), ProductSearch::Sort::PriceDescending},
        {QStringLiteral("sales"), ProductSearch::Sort::Sales},
        {QStringLiteral("rating"), ProductSearch::Sort::Rating},
        {QStringLiteral("newest"), ProductSearch::Sort::Newest}};
    const auto it = sorts.constFind(s);
    return it == sorts.cend() ? std::nullopt : std::optional(*it);
}

// A non-negative integer query parameter; -1 when absent; nullopt (and a 400) when malformed.
std::optional<qint64> amountParam(HttpExchange &x, const QString &name)
{
    if (!x.hasQuery(name))
        return -1;
    bool ok = false;
    const qint64 v = x.query(name).toLongLong(&ok);
    if (!ok || v < 0) {
        x.sendProblem(400, QStringLiteral("invalid_argument"), QStringLiteral("Invalid parameter"),
                      QStringLiteral("%1 must be a whole number of minor units.").arg(name));
        return std::nullopt;
    }
    return v;
}

QString currencyOf(const ApiContext &c)
{
    auto s = StoreSettings::load(c.ctx.connection());
    return s ? s->currency : QStringLiteral("CNY");
}

} // namespace

void CatalogApi::addRoutes(Router &router, ApiContext &c)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/categories"), [&c](HttpExchange &x) {
        auto categories = CatalogService(c.ctx).categories();
        if (!api::ok(x, categories))
            return;
        QJsonArray items;
        for (const Category &cat : *categories)
            items.append(cat.toJson());
        x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}));
    });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/products"), [&c](HttpExchange &x) {
        int page = 1, pageSize = 20;
        if (!api::paging(x, page, pageSize))
            return;
        const auto sort = sortFrom(x.query(QStringLiteral("sort")));
        if (!sort)
            return x.sendProblem(400, QStringLiteral("invalid_argument"),
                                 QStringLiteral("Invalid sort"),
                                 QStringLiteral("sort is price, -price, sales, rating or newest."));
        const auto minPrice = amountParam(x, QStringLiteral("minPrice"));
        if (!minPrice)
            return;
        const auto maxPrice = amountParam(x, QStringLiteral("maxPrice"));
        if (!maxPrice)
            return;
        ProductSearch s;
        s.text = x.query(QStringLiteral("q")).trimmed().left(100);
        s.sort = *sort;
        s.minPrice = *minPrice;
        s.maxPrice = *maxPrice;
        s.offset = (page - 1) * pageSize;
        s.limit = pageSize;
        if (x.hasQuery(QStringLiteral("category"))) {
            bool ok = false;
            const qint64 category = x.query(QStringLiteral("category")).toLongLong(&ok);
            if (!ok || category <= 0)
                return x.sendProblem(400, QStringLiteral("invalid_argument"),
                                     QStringLiteral("Invalid category"));
            s.categoryIds = {category};
        }
        auto result = CatalogService(c.ctx).search(s);
        if (!api::ok(x, result))
            return;
        if (!s.text.isEmpty()) {
            c.searchLog.record(s.text);
            x.setSearchText(s.text);
        }
        QJsonArray items;
        for (const ProductSummary &p : result->items)
            items.append(listItem(p));
        QJsonObject out = api::pageOf(items, page, pageSize, result->total);
        out.insert(QStringLiteral("currency"), currencyOf(c));
        x.sendJson(200, QJsonDocument(out));
    });

    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/v1/products/{id}"), [&c](HttpExchange &x) {
            const auto id = api::id(x, QStringLiteral("id"));
            if (!id)
                return;
            CatalogService catalog(c.ctx);
            auto product = catalog.product(*id);
            if (!product || product->status != ProductStatus::Active)
                return x.sendProblem(404, QStringLiteral("not_found"), QStringLiteral("Not found"),
                                     QStringLiteral("No such product."));
            auto skus = catalog.skus(*id);
            auto distribution = ReviewService(c.ctx).distribution(*id);
            auto sales = FlashSaleService(c.ctx).currentAndUpcoming();
            if (!api::ok(x, skus) || !api::ok(x, distribution) || !api::ok(x, sales))
                return;
            QJsonObject body = product->toJson();
            for (const char *hidden :
                 {"salesCount", "ratingSum", "version", "handle", "updatedAt", "status"})
                body.remove(QLatin1String(hidden));
            QJsonArray skuArray;
            for (const Sku &s : *skus) {
                QJsonObject o{{QStringLiteral("id"), s.id},
                              {QStringLiteral("code"), s.code},
                              {QStringLiteral("options"), skuOptionsToJson(s.options)},
                              {QStringLiteral("price"), s.price},
                              {QStringLiteral("available"), s.stockOnHand > 0},
                              {QStringLiteral("stock"), s.stockOnHand}};
                for (const FlashSale &sale : *sales) {
                    if (!sale.isRunning(c.ctx.now()))
                        continue;
                    for (const FlashSaleItem &item : sale.items) {
                        if (item.skuId == s.id && item.remaining() > 0)
                            o.insert(
                                QStringLiteral("flashSale"),
                                QJsonObject{
                                    {QStringLiteral("price"), item.salePrice},
                                    {QStringLiteral("remaining"), item.remaining()},
                                    {QStringLiteral("perMemberLimit"), sale.perMemberLimit},
                                    {QStringLiteral("endsAt"), StoreTime::isoUtc(sale.endsAt)}});
                    }
                }
                skuArray.append(o);
            }
            QJsonArray stars;
            for (qint64 n : *distribution)
                stars.append(n);
            body.insert(QStringLiteral("skus"), skuArray);
            body.insert(QStringLiteral("currency"), currencyOf(c));
            body.insert(
                QStringLiteral("rating"),
                QJsonObject{{QStringLiteral("count"), product->ratingCount},
                            {QStringLiteral("average"), product->ratingAverageX100() / 100.0},
                            {QStringLiteral("distribution"), stars}});
            if (const auto me = api::optionalMember(x, c))
                (void)MemberService(c.ctx).recordView(me->id, *id);
            x.sendJson(200, QJsonDocument(body));
        });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/products/{id}/reviews"),
               [&c](HttpExchange &x) {
                   const auto id = api::id(x, QStringLiteral("id"));
                   int page = 1, pageSize = 20;
                   if (!id || !api::paging(x, page, pageSize))
                       return;
                   auto product = CatalogService(c.ctx).product(*id);
                   if (!product || product->status != ProductStatus::Active)
                       return x.sendProblem(404, QStringLiteral("not_found"),
                                            QStringLiteral("Not found"));
                   ReviewService reviews(c.ctx);
                   ReviewQuery q;
                   q.productId = *id;
                   q.offset = (page - 1) * pageSize;
                   q.limit = pageSize;
                   auto list = reviews.reviews(Actor::member(0), q);
                   auto total = reviews.count(Actor::member(0), q);
                   if (!api::ok(x, list) || !api::ok(x, total))
                       return;
                   QJsonArray items;
                   for (const Review &r : *list) {
                       QJsonObject o = r.toJson();
                       o.remove(QStringLiteral("hidden"));
                       o.remove(QStringLiteral("version"));
                       items.append(o);
                   }
                   x.sendJson(200, QJsonDocument(api::pageOf(items, page, pageSize, *total)));
               });

    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/v1/search/suggest"), [&c](HttpExchange &x) {
            const QString q = x.query(QStringLiteral("q")).trimmed().left(50);
            auto suggestions = CatalogService(c.ctx).suggest(q, 10);
            if (!api::ok(x, suggestions))
                return;
            x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("query"), q},
                                                      {QStringLiteral("suggestions"),
                                                       QJsonArray::fromStringList(*suggestions)}}));
        });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/flash-sales"), [&c](HttpExchange &x) {
        auto sales = FlashSaleService(c.ctx).currentAndUpcoming();
        if (!api::ok(x, sales))
            return;
        QJsonArray items;
        for (const FlashSale &s : *sales)
            items.append(s.toJson(c.ctx.now()));
        x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}));
    });
}

} // namespace md
