#pragma once

#include "columnmapping.h"
#include "result.h"
#include "sku.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// The two product CSV layouts: Shopify's product CSV (classic column names, one row per variant,
// rows of a product grouped by Handle, product fields on the first row only, extra rows carrying
// only an image) and the project's own "native" CSV (one row per SKU, every product field on every
// row, all SKU fields the catalogue has). docs/import.md lists the columns.
class ProductCsvFormat
{
public:
    enum class Format { Shopify, Native };

    // Import field keys, shared by both formats where they mean the same thing.
    static constexpr const char *Handle = "handle";
    static constexpr const char *Title = "title";
    static constexpr const char *Description = "description";
    static constexpr const char *Category = "category";
    static constexpr const char *Status = "status";
    static constexpr const char *Published = "published"; // Shopify only
    static constexpr const char *Tags = "tags";
    static constexpr const char *Images = "images"; // native: one URL per line
    static constexpr const char *Image = "image";   // Shopify: Image Src
    static constexpr const char *ImagePosition = "imagePosition";
    static constexpr const char *VariantImage = "variantImage";
    static constexpr const char *Sku = "sku";
    static constexpr const char *Options = "options"; // native: "Color=Green; Size=S"
    static constexpr const char *Price = "price";
    static constexpr const char *Cost = "cost";
    static constexpr const char *Stock = "stock";
    static constexpr const char *LowStock = "lowStock"; // native only
    static QString optionName(int n);                   // Shopify: option1Name .. option3Name
    static QString optionValue(int n);                  // Shopify: option1Value .. option3Value
    static constexpr int ShopifyOptionCount = 3;

    static QString name(Format format); // "shopify", "native"
    static std::optional<Format> fromName(const QString &name);
    // Shopify's own column names give it away; otherwise our lower-case names; else nullopt.
    static std::optional<Format> guess(const QStringList &header);

    static ColumnMapping mapping(Format format);
    // The header an export writes; the import maps every one of these columns automatically.
    static QStringList exportHeader(Format format);

    // Native options cell: "name=value" pairs joined by "; ", with '\', '=' and ';' escaped by a
    // backslash, so any option text survives a round trip.
    static QString encodeOptions(const QList<SkuOption> &options);
    static Result<QList<SkuOption>> decodeOptions(const QString &text);
};

} // namespace md
