#pragma once

#include "product.h"
#include "sku.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// One SKU as a product CSV describes it. Fields the file leaves empty are nullopt: a new SKU
// gets the catalogue's default, an existing one keeps its value.
struct ImportedSku
{
    qint64 line = 0;
    QString code;
    QList<SkuOption> options;
    qint64 price = 0;
    std::optional<qint64> cost;
    std::optional<qint64> stock; // the quantity on hand the file states
    std::optional<qint64> lowStockThreshold;
};

// One product of a product CSV: every row with its handle, gathered. `line` is the first row.
struct ImportedProduct
{
    qint64 line = 0;
    QString handle;
    QString title;
    QString description; // as given (Shopify's Body (HTML) keeps its markup)
    QString category;    // a category name, or a path "Parent > Child"; empty: "Imported"
    std::optional<ProductStatus> status;
    QStringList tags;
    QStringList images;
    QList<ImportedSku> skus;
    bool rejected = false; // a row of it was rejected, so it is not written
};

} // namespace md
