#pragma once

#include "product.h"

#include <QList>
#include <QString>

#include <optional>

namespace md {

// What a product list or a customer's search asks the store for, and the page it gets back.
// Plain types: the desktop and the storefront build them; ProductRepository answers them.

// The column the staff's product list is sorted by (the store sorts, from this list of keys
// only); ties are broken by id in the same direction. Title off products_title; Category by the
// category's name; Status by the lifecycle (draft, active, archived); Skus, Price and Stock by the
// product's SKU count, lowest SKU price (products without SKUs before any price, ascending) and
// stock over its SKUs.
enum class ProductSort { Id, Title, Category, Status, Skus, Price, Stock };

struct ProductQuery
{
    qint64 categoryId = 0;               // 0: any
    bool withSubcategories = false;      // categoryId and every category below it
    std::optional<ProductStatus> status; // nullopt: any
    QString text;                        // substring of title or SKU code; empty: any
    ProductSort sort = ProductSort::Id;  // list() and summaries() alike
    bool descending = false;
    int offset = 0;
    int limit = 100;
};

// A customer's product search: active products only.
struct ProductSearch
{
    enum class Sort { Relevance, PriceAscending, PriceDescending, Sales, Rating, Newest };

    QString text;              // in the title or the description; title matches rank first
    QList<qint64> categoryIds; // empty: any (the service expands a category to its subtree)
    qint64 minPrice = -1;      // on the product's lowest SKU price; -1: no bound
    qint64 maxPrice = -1;
    Sort sort = Sort::Relevance;
    int offset = 0;
    int limit = 20;
};

struct ProductPage
{
    QList<ProductSummary> items;
    qint64 total = 0;
};

} // namespace md
