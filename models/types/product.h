#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

enum class ProductStatus { Draft, Active, Archived };

QString productStatusName(ProductStatus status);
std::optional<ProductStatus> productStatusFromName(const QString &name);

struct Product
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString title;
    QString description; // plain text
    QStringList images;  // URLs or resource paths, first is the main image
    QStringList tags;
    ProductStatus status = ProductStatus::Draft;
    QString handle; // optional stable key from imports (e.g. Shopify's Handle)
    qint64 ratingCount = 0;
    qint64 ratingSum = 0;
    qint64 salesCount = 0;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Average rating ×100 rounded half up (e.g. 435 = 4.35 stars); 0 without ratings.
    int ratingAverageX100() const;
    QJsonObject toJson() const;
};

// A product as a list shows it: with its category's name and figures summed over its SKUs.
struct ProductSummary
{
    Product product;
    QString categoryName;
    int skuCount = 0;
    qint64 minPrice = 0;
    qint64 maxPrice = 0;
    qint64 stock = 0;      // stock on hand over all SKUs
    bool lowStock = false; // any SKU at or below its threshold
};

struct ProductDraft
{
    qint64 categoryId = 0;
    QString title;
    QString description;
    QStringList images;
    QStringList tags;
    ProductStatus status = ProductStatus::Draft;
    QString handle;

    friend bool operator==(const ProductDraft &, const ProductDraft &) = default;
};

} // namespace md
