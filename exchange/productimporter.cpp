#include "productimporter.h"

#include "catalogservice.h"
#include "categoryrepository.h"
#include "categoryresolver.h"
#include "csvreader.h"
#include "productrepository.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "stockservice.h"
#include "storesettings.h"
#include "validation.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::ProductImporter)
};

Status rewind(QIODevice *device)
{
    if (!device || !device->isOpen() || device->isSequential() || !device->seek(0))
        return makeError(
            ErrorCode::InvalidArgument,
            Text::tr("The file cannot be read from its start (it must be a file, not a "
                     "stream)."));
    return {};
}

// A product matched by handle, or else one without a handle that already has every SKU code of
// the file's product (how an export writes a product that had no handle).
Result<std::optional<Product>> findExisting(const ServiceContext &ctx, const ImportedProduct &p)
{
    ProductRepository repo(ctx.connection());
    SqlQuery q(ctx.connection(), QStringLiteral("SELECT id FROM products WHERE handle = ?"),
               {p.handle});
    MD_TRY(q.exec());
    if (q.next())
        return repo.find(q.int64(0));
    QSet<qint64> owners;
    for (const ImportedSku &s : p.skus) {
        auto sku = repo.findSkuByCode(s.code);
        MD_TRY(sku);
        if (!sku->has_value())
            return std::optional<Product>(); // a new code: not a product written without handle
        owners.insert((*sku)->productId);
    }
    if (owners.size() != 1)
        return std::optional<Product>();
    auto owner = repo.find(*owners.begin());
    MD_TRY(owner);
    if (owner->has_value() && !(*owner)->handle.isEmpty())
        return std::optional<Product>(); // it has its own handle: the codes are a conflict
    return owner;
}

bool sameProduct(const Product &p, const ProductDraft &d)
{
    return p.categoryId == d.categoryId && p.title == d.title.trimmed() &&
           p.description == d.description && p.images == d.images && p.tags == d.tags &&
           p.status == d.status && p.handle == d.handle;
}

bool sameSku(const Sku &s, const SkuDraft &d)
{
    return s.code == d.code && s.options == d.options && s.price == d.price && s.cost == d.cost &&
           s.lowStockThreshold == d.lowStockThreshold;
}

} // namespace

struct ProductImporter::Counts
{
    int productsCreated = 0, productsUpdated = 0, productsUnchanged = 0;
    int skusCreated = 0, skusUpdated = 0, skusUnchanged = 0;
    int images = 0;
};

ProductImporter::ProductImporter(const ServiceContext &context, QIODevice *device)
    : m_ctx(context)
    , m_device(device)
    , m_mapping(ProductCsvFormat::mapping(Format::Shopify))
{}

Status ProductImporter::readHeader(std::optional<Format> format)
{
    MD_TRY(rewind(m_device));
    CsvReader reader(m_device);
    CsvRecord record;
    const CsvReader::Status s = reader.next(record);
    if (s == CsvReader::Status::Error)
        return makeError(ErrorCode::InvalidArgument, reader.errorString());
    if (s == CsvReader::Status::End)
        return makeError(ErrorCode::InvalidArgument, Text::tr("The file is empty."));
    m_header = record.fields;
    if (!format)
        format = ProductCsvFormat::guess(m_header);
    if (!format)
        return makeError(
            ErrorCode::InvalidArgument,
            Text::tr("The header is neither Shopify's product CSV nor the native product "
                     "CSV; choose the format."));
    m_format = *format;
    m_mapping = ProductCsvFormat::mapping(m_format);
    m_mapping.autoMap(m_header);
    if (const QStringList missing = m_mapping.missingRequired(); !missing.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         Text::tr("No column for: %1.").arg(missing.join(QStringLiteral(", "))));
    return {};
}

Result<ParsedProducts> ProductImporter::parse(int maxProducts)
{
    if (const QStringList missing = m_mapping.missingRequired(); !missing.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         Text::tr("No column for: %1.").arg(missing.join(QStringLiteral(", "))));
    auto settings = StoreSettings::load(m_ctx.connection());
    MD_TRY(settings);
    MD_TRY(rewind(m_device));
    return ProductCsvParser(m_format, m_mapping, settings->currency).parse(m_device, maxProducts);
}

Result<ParsedProducts> ProductImporter::preview(int count)
{
    return parse(qMax(0, count));
}

ProductImportSummary ProductImporter::validate(const ImportOptions &options)
{
    return execute(options, false);
}

ProductImportSummary ProductImporter::run(const ImportOptions &options)
{
    return execute(options, true);
}

ProductImportSummary ProductImporter::execute(const ImportOptions &options, bool keep)
{
    ProductImportSummary summary;
    for (int c = 0; c < m_header.size(); ++c) {
        bool used = false;
        for (const auto &f : m_mapping.fields())
            used = used || m_mapping.column(f.key) == c;
        if (!used)
            summary.ignoredColumns.append(m_header[c]);
    }
    auto parsed = parse(-1);
    if (!parsed) {
        summary.failure = parsed.error();
        return summary;
    }
    summary.products = int(parsed->products.size());
    summary.rejected = parsed->rejected;

    WriteTransaction tx(m_ctx.database());
    if (!tx.began()) {
        summary.failure = tx.began().error();
        return summary;
    }
    Counts total;
    const qint64 n = parsed->products.size();
    for (qint64 i = 0; i < n; ++i) {
        if (options.cancel && options.cancel->load()) {
            summary.cancelled = true;
            return summary; // tx rolls back
        }
        const ImportedProduct &p = parsed->products[i];
        if (!p.rejected) {
            // Each product in a savepoint: when one is refused half-way (its third SKU), its
            // first two SKUs go with it, whether or not the rest of the file is kept.
            WriteTransaction product(m_ctx.database());
            if (!product.began()) {
                summary.failure = product.began().error();
                return summary;
            }
            Counts counts;
            const qsizetype rejectedBefore = summary.rejected.size();
            if (Status s = write(p, options, counts, summary.rejected); !s) {
                summary.failure = s.error();
                return summary;
            }
            if (summary.rejected.size() == rejectedBefore) {
                if (Status s = product.commit(); !s) {
                    summary.failure = s.error();
                    return summary;
                }
                total.productsCreated += counts.productsCreated;
                total.productsUpdated += counts.productsUpdated;
                total.productsUnchanged += counts.productsUnchanged;
                total.skusCreated += counts.skusCreated;
                total.skusUpdated += counts.skusUpdated;
                total.skusUnchanged += counts.skusUnchanged;
                total.images += counts.images;
            }
        }
        if (options.progress)
            options.progress(i + 1, n);
    }
    summary.productsCreated = total.productsCreated;
    summary.productsUpdated = total.productsUpdated;
    summary.productsUnchanged = total.productsUnchanged;
    summary.skusCreated = total.skusCreated;
    summary.skusUpdated = total.skusUpdated;
    summary.skusUnchanged = total.skusUnchanged;
    summary.images = total.images;
    std::stable_sort(summary.rejected.begin(), summary.rejected.end(),
                     [](const RejectedRow &a, const RejectedRow &b) { return a.line < b.line; });
    if (!keep || (options.allOrNothing && !summary.rejected.isEmpty()))
        return summary; // tx rolls back
    if (Status s = tx.commit(); !s) {
        summary.failure = s.error();
        return summary;
    }
    summary.committed = true;
    return summary;
}

// Writes one product and its SKUs. A refusal by a service becomes a rejected row (the caller
// rolls the product back); only a storage failure is returned as an error.
Status ProductImporter::write(const ImportedProduct &p, const ImportOptions &options,
                              Counts &counts, QList<RejectedRow> &rejected)
{
    auto refused = [&](qint64 line, const Error &e) -> Status {
        if (e.code == ErrorCode::StorageError)
            return e;
        rejected.append({line, Text::tr("line %1: %2").arg(line).arg(e.message)});
        return {};
    };
    CatalogService catalog(m_ctx);
    ProductRepository repo(m_ctx.connection());
    auto existing = findExisting(m_ctx, p);
    MD_TRY(existing);

    // Codes of another product are refused before anything is written.
    QList<std::optional<Sku>> current;
    bool conflict = false;
    for (const ImportedSku &s : p.skus) {
        auto sku = repo.findSkuByCode(s.code);
        MD_TRY(sku);
        if (sku->has_value() && (!existing->has_value() || (*sku)->productId != (*existing)->id)) {
            auto owner = repo.find((*sku)->productId);
            MD_TRY(owner);
            const QString name = owner->has_value() ? (*owner)->title : QString();
            rejected.append(
                {s.line, Text::tr("line %1: SKU code %2 already belongs to another product "
                                  "(%3)")
                             .arg(s.line)
                             .arg(s.code, name)});
            conflict = true;
        }
        current.append(*sku);
    }
    if (conflict)
        return {};

    CategoryResolver categories(m_ctx, options.actor);
    auto categoryId = categories.resolve(p.category);
    if (!categoryId)
        return refused(p.line, categoryId.error());

    ProductDraft draft;
    draft.categoryId = *categoryId;
    draft.title = p.title;
    draft.description = p.description;
    draft.tags = p.tags;
    draft.handle = p.handle;
    draft.images = p.images;
    draft.status = p.status.value_or(ProductStatus::Draft);
    qint64 productId = 0;
    if (existing->has_value()) {
        const Product &before = **existing;
        if (p.images.isEmpty())
            draft.images = before.images;
        if (!p.status)
            draft.status = before.status;
        productId = before.id;
        if (sameProduct(before, draft)) {
            ++counts.productsUnchanged;
        } else {
            auto updated = catalog.updateProduct(options.actor, before.id, draft);
            if (!updated)
                return refused(p.line, updated.error());
            ++counts.productsUpdated;
        }
    } else {
        auto created = catalog.createProduct(options.actor, draft);
        if (!created)
            return refused(p.line, created.error());
        productId = created->id;
        ++counts.productsCreated;
    }
    counts.images += int(draft.images.size());

    const QString note =
        Text::tr("import %1")
            .arg(options.sourceName.isEmpty() ? QStringLiteral("CSV") : options.sourceName);
    for (qsizetype i = 0; i < p.skus.size(); ++i) {
        const ImportedSku &s = p.skus[i];
        SkuDraft d;
        d.code = s.code;
        d.options = s.options;
        d.price = s.price;
        if (!current[i]) {
            d.cost = s.cost.value_or(0);
            d.lowStockThreshold = s.lowStockThreshold.value_or(d.lowStockThreshold);
            d.initialStock = s.stock.value_or(0);
            auto created = catalog.createSku(options.actor, productId, d);
            if (!created)
                return refused(s.line, created.error());
            ++counts.skusCreated;
            continue;
        }
        const Sku &before = *current[i];
        d.cost = s.cost.value_or(before.cost);
        d.lowStockThreshold = s.lowStockThreshold.value_or(before.lowStockThreshold);
        bool changed = false;
        if (!sameSku(before, d)) {
            auto updated = catalog.updateSku(options.actor, before.id, d);
            if (!updated)
                return refused(s.line, updated.error());
            changed = true;
        }
        // A delta, like every stock change, so the move says what the import did.
        if (s.stock && *s.stock != before.stockOnHand) {
            auto adjusted = StockService(m_ctx).adjust(
                options.actor, before.id, *s.stock - before.stockOnHand, StockReason::Import,
                Text::tr("%1, line %2").arg(note).arg(s.line));
            if (!adjusted)
                return refused(s.line, adjusted.error());
            changed = true;
        }
        ++(changed ? counts.skusUpdated : counts.skusUnchanged);
    }
    return {};
}

} // namespace md
