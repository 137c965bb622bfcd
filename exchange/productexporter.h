#pragma once

#include "exportoptions.h"
#include "productcsvformat.h"
#include "result.h"

#include <QIODevice>
#include <QStringList>

namespace md {

class ServiceContext;

struct ProductExportSummary
{
    int products = 0;
    int skus = 0;
    int images = 0;
    QStringList skipped; // products the format cannot express, with the reason
};

// Writes the whole catalogue (every status, in id order) as a product CSV that ProductImporter
// reads back into the same catalogue. Shopify: one row per SKU, product fields on the first,
// images beyond the SKU rows on image-only rows, the category as Type (its own name), no options
// as Shopify's "Title"/"Default Title"; a product whose SKUs use more than three option names is
// skipped (Shopify has three). Native: one row per SKU with every product field repeated, the
// category as its path. A product without a handle is written as "product-<id>", which an import
// into the same store matches back through its SKU codes.
class ProductExporter
{
public:
    explicit ProductExporter(const ServiceContext &context)
        : m_ctx(context)
    {}

    // Stopped by `options.cancel`, it returns cancelledExport() with part of the file written:
    // the caller discards it.
    Result<ProductExportSummary> write(QIODevice *device, ProductCsvFormat::Format format,
                                       const ExportOptions &options = {});

private:
    const ServiceContext &m_ctx;
};

} // namespace md
