#pragma once

#include "product.h"
#include "productquery.h"
#include "result.h"
#include "sku.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace md {

// SQL for products and their SKUs (one aggregate). Writes bump versions and append to the
// change log; callers hold the write transaction. Stock columns are written only by
// StockRepository, so that every stock change has its move.
class ProductRepository
{
public:
    explicit ProductRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<std::optional<Product>> find(qint64 id) const;
    Result<QList<Product>> list(const ProductQuery &query) const;
    Result<qint64> count(const ProductQuery &query) const;
    Result<QList<ProductSummary>> summaries(const ProductQuery &query) const;
    Result<ProductPage> search(const ProductSearch &search) const;
    // Titles of active products containing text, best sellers first.
    Result<QStringList> titlesContaining(const QString &text, int limit) const;
    Result<Product> insert(const ProductDraft &draft, qint64 nowMs);
    Result<std::optional<Product>> update(qint64 id, const ProductDraft &draft,
                                          std::optional<qint64> expectedVersion, qint64 nowMs);
    Result<std::optional<Product>> setStatus(qint64 id, ProductStatus status, qint64 nowMs);
    // Adds one rating to the product's running totals (reviews keep the average current).
    Status addRating(qint64 id, int ratingDelta, int countDelta, qint64 nowMs);
    Status addSales(qint64 id, qint64 units, qint64 nowMs);
    // Recomputes every product's units sold and visible-rating totals from orders and reviews
    // (after a bulk import of history), logging a change for each product.
    Status recomputeAggregates(qint64 nowMs);

    Result<std::optional<Sku>> findSku(qint64 id) const;
    Result<std::optional<Sku>> findSkuByCode(const QString &code) const;
    Result<QList<Sku>> skus(qint64 productId) const;
    Result<Sku> insertSku(qint64 productId, const SkuDraft &draft, qint64 nowMs);
    Result<std::optional<Sku>> updateSku(qint64 id, const SkuDraft &draft,
                                         std::optional<qint64> expectedVersion, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace md
