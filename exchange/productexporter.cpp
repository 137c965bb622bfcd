#include "productexporter.h"

#include "catalogservice.h"
#include "categoryresolver.h"
#include "csvwriter.h"
#include "money.h"
#include "servicecontext.h"
#include "storesettings.h"
#include "validation.h"

#include <QCoreApplication>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::ProductExporter)
};

constexpr int PageSize = 200;

struct Context
{
    QString currency;
    QList<Category> categories;
    CsvWriter *csv;
    ProductExportSummary *summary;

    QString money(qint64 minor) const { return Money(minor, currency).toDecimalString(); }
};

QString handleOf(const Product &p)
{
    return p.handle.isEmpty() ? QStringLiteral("product-%1").arg(p.id) : p.handle;
}

void writeNative(const Context &c, const Product &p, const QList<Sku> &skus)
{
    const QStringList product{handleOf(p),
                              p.title,
                              p.description,
                              CategoryResolver::path(c.categories, p.categoryId),
                              productStatusName(p.status),
                              p.tags.join(QStringLiteral(", ")),
                              p.images.join(QLatin1Char('\n'))};
    if (skus.isEmpty())
        c.csv->writeRow(product + QStringList{{}, {}, {}, {}, {}, {}});
    for (const Sku &s : skus) {
        c.csv->writeRow(product + QStringList{s.code, ProductCsvFormat::encodeOptions(s.options),
                                              c.money(s.price), c.money(s.cost),
                                              QString::number(s.stockOnHand),
                                              QString::number(s.lowStockThreshold)});
    }
}

void writeShopify(const Context &c, const Product &p, const QList<Sku> &skus)
{
    QStringList names;
    for (const Sku &s : skus) {
        for (const SkuOption &o : s.options) {
            if (!names.contains(o.name))
                names.append(o.name);
        }
    }
    if (names.size() > ProductCsvFormat::ShopifyOptionCount) {
        c.summary->skipped.append(Text::tr("%1: its SKUs use %2 option names; Shopify allows three")
                                      .arg(handleOf(p))
                                      .arg(names.size()));
        return;
    }
    const bool noOptions = names.isEmpty();
    if (noOptions)
        names.append(QStringLiteral("Title"));
    const qsizetype rows = qMax(qMax<qsizetype>(skus.size(), p.images.size()), 1);
    const QString category =
        c.categories.isEmpty()
            ? QString()
            : CategoryResolver::path(c.categories, p.categoryId).section(QStringLiteral(" > "), -1);
    for (qsizetype i = 0; i < rows; ++i) {
        const bool first = i == 0;
        QStringList row{handleOf(p)};
        row << (first ? p.title : QString()) << (first ? p.description : QString())
            << (first ? category : QString())
            << (first ? p.tags.join(QStringLiteral(", ")) : QString())
            << (first ? (p.status == ProductStatus::Active ? QStringLiteral("TRUE")
                                                           : QStringLiteral("FALSE"))
                      : QString());
        const Sku *sku = i < skus.size() ? &skus[i] : nullptr;
        for (int n = 0; n < ProductCsvFormat::ShopifyOptionCount; ++n) {
            row << (first ? names.value(n) : QString());
            QString value;
            if (sku && noOptions && n == 0) {
                value = QStringLiteral("Default Title");
            } else if (sku && n < names.size()) {
                for (const SkuOption &o : sku->options) {
                    if (o.name == names[n])
                        value = o.value;
                }
            }
            row << value;
        }
        if (sku) {
            row << sku->code << QStringLiteral("shopify") << QString::number(sku->stockOnHand)
                << QStringLiteral("deny") << QStringLiteral("manual") << c.money(sku->price)
                << c.money(sku->cost);
        } else {
            row << QString() << QString() << QString() << QString() << QString() << QString()
                << QString();
        }
        if (i < p.images.size())
            row << p.images[i] << QString::number(i + 1);
        else
            row << QString() << QString();
        row << (first ? productStatusName(p.status) : QString());
        c.csv->writeRow(row);
    }
}

} // namespace

Result<ProductExportSummary> ProductExporter::write(QIODevice *device,
                                                    ProductCsvFormat::Format format,
                                                    const ExportOptions &options)
{
    auto settings = StoreSettings::load(m_ctx.connection());
    MD_TRY(settings);
    CatalogService catalog(m_ctx);
    auto categories = catalog.categories();
    MD_TRY(categories);
    ProductExportSummary summary;
    CsvWriter csv(device);
    Context c{settings->currency, *categories, &csv, &summary};
    csv.writeRow(ProductCsvFormat::exportHeader(format));
    qint64 total = 0;
    if (options.progress) {
        auto count = catalog.productCount(ProductQuery());
        MD_TRY(count);
        total = *count;
    }
    qint64 done = 0;
    for (int offset = 0;; offset += PageSize) {
        ProductQuery q;
        q.offset = offset;
        q.limit = PageSize;
        auto page = catalog.products(q);
        MD_TRY(page);
        for (const Product &p : *page) {
            if (options.isCancelled())
                return cancelledExport();
            auto skus = catalog.skus(p.id);
            MD_TRY(skus);
            const int skippedBefore = int(summary.skipped.size());
            if (format == ProductCsvFormat::Format::Native)
                writeNative(c, p, *skus);
            else
                writeShopify(c, p, *skus);
            if (summary.skipped.size() == skippedBefore) {
                ++summary.products;
                summary.skus += int(skus->size());
                summary.images += int(p.images.size());
            }
            if (options.progress)
                options.progress(++done, qMax(total, done));
        }
        if (page->size() < PageSize)
            break;
    }
    return summary;
}

} // namespace md
