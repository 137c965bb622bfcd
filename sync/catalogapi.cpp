#include "catalogapi.h"

#include "catalogservice.h"
#include "httpexchange.h"
#include "router.h"
#include "servicecontext.h"
#include "storesettings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace md {

namespace {

// page and pageSize from the query, with the API's bounds; false (problem sent) when malformed.
bool paging(HttpExchange &x, int &page, int &pageSize)
{
    bool okPage = true, okSize = true;
    page = x.query(QStringLiteral("page"), QStringLiteral("1")).toInt(&okPage);
    pageSize = x.query(QStringLiteral("pageSize"), QStringLiteral("20")).toInt(&okSize);
    if (!okPage || !okSize || page < 1 || page > 1000000 || pageSize < 1 || pageSize > 100) {
        x.sendProblem(400, QStringLiteral("invalid_argument"), QStringLiteral("Invalid paging"),
                      QStringLiteral("page is 1 or more; pageSize is 1 to 100."));
        return false;
    }
    return true;
}

} // namespace

void CatalogApi::addRoutes(Router &router, const ServiceContext &ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/categories"),
               [&ctx](HttpExchange &x) {
                   auto categories = CatalogService(ctx).categories();
                   if (!categories)
                       return x.sendError(categories.error());
                   QJsonArray items;
                   for (const Category &c : *categories)
                       items.append(c.toJson());
                   x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}));
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/products"), [&ctx](HttpExchange &x) {
        int page = 1, pageSize = 20;
        if (!paging(x, page, pageSize))
            return;
        ProductQuery q;
        q.status = ProductStatus::Active;
        q.text = x.query(QStringLiteral("q")).trimmed().left(100);
        q.categoryId = x.query(QStringLiteral("category")).toLongLong();
        q.offset = (page - 1) * pageSize;
        q.limit = pageSize;
        CatalogService catalog(ctx);
        auto products = catalog.products(q);
        auto total = catalog.productCount(q);
        if (!products || !total)
            return x.sendError(products ? total.error() : products.error());
        QJsonArray items;
        for (const Product &p : *products)
            items.append(p.toJson());
        x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                                  {QStringLiteral("page"), page},
                                                  {QStringLiteral("pageSize"), pageSize},
                                                  {QStringLiteral("total"), *total}}));
    });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/v1/products/{id}"), [&ctx](HttpExchange &x) {
            bool ok = false;
            const qint64 id = x.pathParam(QStringLiteral("id")).toLongLong(&ok);
            CatalogService catalog(ctx);
            auto product = ok ? catalog.product(id)
                              : Result<Product>(makeError(ErrorCode::NotFound, QString()));
            if (!product || product->status != ProductStatus::Active)
                return x.sendProblem(404, QStringLiteral("not_found"), QStringLiteral("Not found"),
                                     QStringLiteral("No such product."));
            auto skus = catalog.skus(id);
            if (!skus)
                return x.sendError(skus.error());
            auto settings = StoreSettings::load(ctx.connection());
            QJsonObject body = product->toJson();
            QJsonArray skuArray;
            for (const Sku &s : *skus) {
                QJsonObject o = s.toJson();
                o.remove(QStringLiteral("cost")); // never shown to customers
                o.insert(QStringLiteral("available"), s.stockOnHand > 0);
                skuArray.append(o);
            }
            body.insert(QStringLiteral("skus"), skuArray);
            body.insert(QStringLiteral("currency"),
                        settings ? settings->currency : QStringLiteral("CNY"));
            x.sendJson(200, QJsonDocument(body));
        });
}

} // namespace md
