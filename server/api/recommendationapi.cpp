#include "recommendationapi.h"

#include "apicontext.h"
#include "catalogservice.h"
#include "recommender.h"
#include "router.h"
#include "servicecontext.h"
#include "storesettings.h"

#include <algorithm>

namespace md {

namespace {

// A request arriving while the server's first rule set is still being mined waits this long for
// it rather than get an empty list; afterwards requests never wait.
constexpr std::chrono::milliseconds kFirstRulesWait{2000};

// The product when it is for sale; otherwise the answer (404, or 503 when the store cannot be
// read) has been sent.
std::optional<Product> activeProduct(HttpExchange &x, const CatalogService &catalog, qint64 id)
{
    auto product = catalog.product(id);
    if (!product && product.error().kind() != ErrorKind::NotFound) {
        x.setHeader("Retry-After", "1");
        x.sendProblem(503, QStringLiteral("unavailable"), QStringLiteral("Unavailable"),
                      QStringLiteral("The catalog cannot be read now; retry in a second."));
        return std::nullopt;
    }
    if (!product || product->status != ProductStatus::Active) {
        x.sendProblem(404, QStringLiteral("not_found"), QStringLiteral("Not found"),
                      QStringLiteral("No such product."));
        return std::nullopt;
    }
    return *product;
}

} // namespace

void RecommendationApi::addRoutes(Router &router, ApiContext &c, const Recommender &recommender)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/api/v1/products/{id}/recommendations"),
        [&c, &recommender](HttpExchange &x) {
            const auto id = api::id(x, QStringLiteral("id"));
            if (!id)
                return;
            const CatalogService catalog(c.ctx);
            if (!activeProduct(x, catalog, *id))
                return;
            auto settings = StoreSettings::load(c.ctx.connection());
            const QString currency = settings ? settings->currency : QStringLiteral("CNY");
            QJsonArray items;
            for (const AssociationRule &rule : recommender.rulesFor(*id, kFirstRulesWait)) {
                if (items.size() == kMaxItems)
                    break;
                // Current title, status and prices: the rules may be minutes old, the catalog
                // is not. A product that cannot be read now is left out of this answer.
                auto other = catalog.product(rule.consequent);
                if (!other || other->status != ProductStatus::Active)
                    continue;
                auto skus = catalog.skus(rule.consequent);
                if (!skus || skus->isEmpty())
                    continue;
                const qint64 price =
                    std::min_element(skus->cbegin(), skus->cend(), [](const Sku &a, const Sku &b) {
                        return a.price < b.price;
                    })->price;
                items.append(QJsonObject{{QStringLiteral("id"), other->id},
                                         {QStringLiteral("title"), other->title},
                                         {QStringLiteral("price"), price},
                                         {QStringLiteral("currency"), currency},
                                         {QStringLiteral("confidence"), rule.confidence},
                                         {QStringLiteral("lift"), rule.lift}});
            }
            x.sendJson(200, QJsonDocument(QJsonObject{{QStringLiteral("productId"), *id},
                                                      {QStringLiteral("items"), items}}));
        });
}

} // namespace md
