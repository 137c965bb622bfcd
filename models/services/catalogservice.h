#pragma once

#include "actor.h"
#include "category.h"
#include "product.h"
#include "productrepository.h"
#include "result.h"
#include "sku.h"

#include <QHash>

#include <optional>

namespace md {

class ServiceContext;

// Categories, products and SKUs: every change of the catalog goes through here. Each call
// checks the actor's permission, validates the input (and changes nothing when it is refused),
// writes in one transaction with its change-log rows and an audit entry.
// An expectedVersion, when given, must equal the record's current version (optimistic locking
// for edits made on an older copy, e.g. by sync); otherwise VersionConflict.
class CatalogService
{
public:
    explicit CatalogService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<Category> createCategory(const Actor &actor, const CategoryDraft &draft);
    Result<Category> updateCategory(const Actor &actor, qint64 id, const CategoryDraft &draft,
                                    std::optional<qint64> expectedVersion = std::nullopt);
    Result<QList<Category>> categories() const;

    Result<Product> createProduct(const Actor &actor, const ProductDraft &draft);
    Result<Product> updateProduct(const Actor &actor, qint64 id, const ProductDraft &draft,
                                  std::optional<qint64> expectedVersion = std::nullopt);
    Result<Product> setProductStatus(const Actor &actor, qint64 id, ProductStatus status);
    Result<Product> product(qint64 id) const;
    Result<QList<Product>> products(const ProductQuery &query) const;
    Result<qint64> productCount(const ProductQuery &query) const;
    Result<QList<ProductSummary>> productSummaries(const ProductQuery &query) const;

    // The storefront's search: a category includes its whole subtree.
    Result<ProductPage> search(ProductSearch search) const;
    // Up to `limit` suggestions for what a customer is typing: matching product titles first,
    // then popular past searches.
    Result<QStringList> suggest(const QString &text, int limit = 10) const;
    Status recordSearches(const QHash<QString, int> &counts);
    // The category and every category below it.
    Result<QList<qint64>> subtree(qint64 categoryId) const;

    Result<Sku> createSku(const Actor &actor, qint64 productId, const SkuDraft &draft);
    Result<Sku> updateSku(const Actor &actor, qint64 id, const SkuDraft &draft,
                          std::optional<qint64> expectedVersion = std::nullopt);
    Result<Sku> sku(qint64 id) const;
    Result<QList<Sku>> skus(qint64 productId) const;

private:
    const ServiceContext &m_ctx;
};

} // namespace md
