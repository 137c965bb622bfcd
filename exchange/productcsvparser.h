#pragma once

#include "columnmapping.h"
#include "importedproduct.h"
#include "importoptions.h"
#include "productcsvformat.h"

#include <QIODevice>
#include <QList>

namespace md {

struct ParsedProducts
{
    QList<ImportedProduct> products; // in the order their handles first appear
    QList<RejectedRow> rejected;     // in line order
};

// Turns the rows of a product CSV (either format) into products, without touching the store:
// rows are gathered by handle, fields are checked and converted (prices through Money::parse
// with Rounding::Reject in the store's currency), and every row that cannot be used is reported
// with its line and reason. The device must be at the start of the file; the first record is the
// header the mapping was made from.
class ProductCsvParser
{
public:
    ProductCsvParser(ProductCsvFormat::Format format, const ColumnMapping &mapping,
                     const QString &currency);

    // maxProducts >= 0 stops reading at the first row of the product after that many (preview).
    ParsedProducts parse(QIODevice *device, int maxProducts = -1) const;

private:
    ProductCsvFormat::Format m_format;
    const ColumnMapping &m_mapping;
    QString m_currency;
};

} // namespace md
