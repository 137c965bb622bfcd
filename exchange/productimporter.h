#pragma once

#include "columnmapping.h"
#include "importoptions.h"
#include "productcsvformat.h"
#include "productcsvparser.h"
#include "result.h"

#include <QIODevice>
#include <QStringList>

#include <optional>

namespace md {

class ServiceContext;

// What an import did, or, after validate() or a refused all-or-nothing run, what it would have
// done: the counts cover every product that was not rejected. `committed` says whether anything
// is in the store.
struct ProductImportSummary
{
    int products = 0; // distinct handles in the file
    int productsCreated = 0;
    int productsUpdated = 0;
    int productsUnchanged = 0;
    int skusCreated = 0;
    int skusUpdated = 0; // price, cost, options, threshold or stock changed
    int skusUnchanged = 0;
    int images = 0; // images of the products accepted
    QList<RejectedRow> rejected;
    QStringList ignoredColumns; // header columns no field is mapped to
    bool committed = false;
    bool cancelled = false;
    std::optional<Error> failure; // the file could not be read, a required column is unmapped,
                                  // or storage failed: nothing was written
};

// Imports a product CSV in Shopify's or the native format (docs/import.md) through
// CatalogService and StockService, with the actor's permissions and audit entries.
//
// Products are matched by handle (else by SKU codes that all belong to one product without a
// handle, which then gets the file's handle). A matched product takes the file's title,
// description, category, tags and status (images only when the file lists some); a matched SKU
// (same code, same product) takes its price, options and the cost and threshold the file gives,
// and its stock on hand is brought to the file's quantity by an `import` stock move of the
// difference. A SKU code that belongs to another product is refused. SKUs the file does not name
// are left alone: an import never deletes.
//
// The device must be seekable (a file or a buffer): preview, validate and run each read it from
// the start.
class ProductImporter
{
public:
    using Format = ProductCsvFormat::Format;

    ProductImporter(const ServiceContext &context, QIODevice *device);

    // Reads the header, takes `format` or guesses it from the header, and maps columns
    // automatically. Refused when the format cannot be guessed or a required column is missing;
    // in the latter case the mapping is kept, so the caller may map the column by hand and go on.
    Status readHeader(std::optional<Format> format = std::nullopt);
    Format format() const { return m_format; }
    const QStringList &header() const { return m_header; }
    // Override any field here after readHeader(): map(key, column) or map(key, -1).
    ColumnMapping &mapping() { return m_mapping; }

    // The first `count` products as parsed, with the rows rejected among them; writes nothing.
    Result<ParsedProducts> preview(int count);
    // The whole import run and rolled back: every rejected row, including what the services
    // refuse (a SKU code of another product, a title too long), and the counts it would give.
    ProductImportSummary validate(const ImportOptions &options = {});
    ProductImportSummary run(const ImportOptions &options = {});

private:
    struct Counts;
    ProductImportSummary execute(const ImportOptions &options, bool keep);
    Result<ParsedProducts> parse(int maxProducts);
    Status write(const ImportedProduct &product, const ImportOptions &options, Counts &counts,
                 QList<RejectedRow> &rejected);

    const ServiceContext &m_ctx;
    QIODevice *m_device;
    Format m_format = Format::Shopify;
    QStringList m_header;
    ColumnMapping m_mapping;
};

} // namespace md
