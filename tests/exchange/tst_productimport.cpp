// Product import and export: Shopify's real sample CSV (a byte-identical copy of
// ../shared/data/shopify_product_template.csv in tests/exchange/data) imported with every product,
// variant, option, price and stock checked against values read off the file by hand; malformed
// files rejected with their line numbers and nothing written; cancel; re-import through the
// services; and export -> import round trips in both formats.
#include "catalogservice.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "productexporter.h"
#include "productimporter.h"
#include "stockservice.h"

#include "teststore.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

using md::ProductCsvFormat;
using md::ProductImporter;
using md::ProductImportSummary;

class TestProductImport : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }

    void sampleIsTheSharedFile();
    void shopifySampleImportsExactly();
    void previewParsesFirstProductsOnly();
    void formatGuessAndMappingOverride();
    void malformedFileRejectedWithLineNumbers();
    void skuCodeOfAnotherProductRefused();
    void cancelLeavesNothing();
    void reimportUpdatesPriceAndStockThroughServices();
    void partialImportSkipsRejectedProducts();
    void shopifyRoundTrip();
    void nativeRoundTrip();
    void commandLineImportAndExport();

private:
    static QByteArray sample()
    {
        QFile f(QStringLiteral(MD_TEST_DATA_DIR "/shopify_product_template.csv"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(f.fileName()));
        return f.readAll();
    }

    static ProductImportSummary import(TestStore &store, const QByteArray &csv,
                                       md::ImportOptions options = {},
                                       std::optional<ProductCsvFormat::Format> format = {},
                                       bool dryRun = false)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ProductImporter importer(store.ctx(), &buffer);
        const md::Status header = importer.readHeader(format);
        if (!header)
            qFatal("header refused: %s", qPrintable(header.error().message));
        return dryRun ? importer.validate(options) : importer.run(options);
    }

    static QByteArray exportCsv(TestStore &store, ProductCsvFormat::Format format)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = md::ProductExporter(store.ctx()).write(&buffer, format);
        TestStore::check(written);
        return buffer.data();
    }

    static qint64 count(TestStore &store, const char *table)
    {
        QSqlQuery q(store.ctx().connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ||
            !q.next())
            qFatal("count %s", table);
        return q.value(0).toLongLong();
    }

    static md::Product byHandle(TestStore &store, const QString &handle)
    {
        auto all = md::CatalogService(store.ctx()).products({});
        TestStore::check(all);
        for (const md::Product &p : *all) {
            if (p.handle == handle)
                return p;
        }
        qFatal("no product %s", qPrintable(handle));
    }

    static QString categoryName(TestStore &store, qint64 id)
    {
        auto all = md::CatalogService(store.ctx()).categories();
        TestStore::check(all);
        for (const md::Category &c : *all) {
            if (c.id == id)
                return c.parentId ? categoryName(store, c.parentId) + QStringLiteral(" > ") + c.name
                                  : c.name;
        }
        return {};
    }

    // The catalogue as text, keyed by handle and SKU code (ids differ between stores).
    static QStringList snapshot(TestStore &store)
    {
        md::CatalogService catalog(store.ctx());
        auto products = catalog.products({});
        TestStore::check(products);
        QStringList out;
        for (const md::Product &p : *products) {
            out << QStringLiteral("P|%1|%2|%3|%4|%5|%6|%7")
                       .arg(p.handle, p.title, p.description, categoryName(store, p.categoryId),
                            md::productStatusName(p.status), p.tags.join(QLatin1Char(',')),
                            p.images.join(QLatin1Char(' ')));
            auto skus = catalog.skus(p.id);
            TestStore::check(skus);
            for (const md::Sku &s : *skus) {
                out << QStringLiteral("S|%1|%2|%3|%4|%5|%6|%7")
                           .arg(p.handle, s.code, md::skuOptionsLabel(s.options))
                           .arg(s.price)
                           .arg(s.cost)
                           .arg(s.stockOnHand)
                           .arg(s.lowStockThreshold);
            }
        }
        out.sort();
        return out;
    }

    static QByteArray shopifyHeader()
    {
        return "Handle,Title,Body (HTML),Type,Tags,Status,Option1 Name,Option1 Value,Variant SKU,"
               "Variant Inventory Qty,Variant Price,Image Src\n";
    }

    std::unique_ptr<TestStore> m_store;
};

void TestProductImport::sampleIsTheSharedFile()
{
    // ../shared/data sits beside every checkout, CI's included: missing, it is a failure.
    QFile shared(QStringLiteral(MD_SHARED_DATA_DIR "/shopify_product_template.csv"));
    QVERIFY2(shared.open(QIODevice::ReadOnly), qPrintable(shared.fileName() + " is missing"));
    QCOMPARE(shared.readAll(), sample());
}

void TestProductImport::shopifySampleImportsExactly()
{
    md::ImportOptions options;
    options.sourceName = QStringLiteral("shopify_product_template.csv");
    const ProductImportSummary s = import(*m_store, sample(), options);
    QVERIFY2(s.rejected.isEmpty(), qPrintable(s.rejected.value(0).reason));
    QVERIFY(!s.failure);
    QVERIFY(s.committed);
    QCOMPARE(s.products, 3);
    QCOMPARE(s.productsCreated, 3);
    QCOMPARE(s.skusCreated, 16); // 12 shirts, 3 jeans, 1 beanie; the image-only row makes none
    QCOMPARE(s.images, 11);      // 6 + 4 (one from the image-only row) + 1
    QCOMPARE(count(*m_store, "products"), 3);
    QCOMPARE(count(*m_store, "skus"), 16);
    QCOMPARE(count(*m_store, "categories"), 3);

    md::CatalogService catalog(m_store->ctx());
    const QString cdn = QStringLiteral("https://burst.shopifycdn.com/photos/");
    const QString w = QStringLiteral("?width=1500");

    const md::Product shirt = byHandle(*m_store, QStringLiteral("example-shirt"));
    QCOMPARE(shirt.title, QStringLiteral("Example T-Shirt"));
    QCOMPARE(shirt.description,
             QStringLiteral("<p>This t-shirt is as simple as it gets. Easy to wear and insanely "
                            "comfortable. Plus, it's made right here in our store for that extra "
                            "special touch. Order a custom design or keep it blank for a classic "
                            "look you can print on.</p>"));
    QCOMPARE(shirt.status, md::ProductStatus::Active);
    QCOMPARE(categoryName(*m_store, shirt.categoryId), QStringLiteral("Shirts"));
    QCOMPARE(shirt.tags,
             (QStringList{QStringLiteral("Made to Order"), QStringLiteral("Shirt Tag")}));
    QCOMPARE(shirt.images,
             (QStringList{cdn + "tshirts.jpg" + w, cdn + "blank-colored-t-shirts.jpg" + w,
                          cdn + "green-t-shirt.jpg" + w, cdn + "cobalt-blue-t-shirt.jpg" + w,
                          cdn + "grey-t-shirt.jpg" + w, cdn + "purple-t-shirt.jpg" + w}));
    auto shirtSkus = catalog.skus(shirt.id);
    TestStore::check(shirtSkus);
    QCOMPARE(shirtSkus->size(), 12);
    const char *colors[] = {"Green", "Blue", "Gray", "Purple"};
    const char *sizes[] = {"S", "M", "L"};
    for (int c = 0; c < 4; ++c) {
        for (int z = 0; z < 3; ++z) {
            const md::Sku &k = shirtSkus->at(c * 3 + z);
            QCOMPARE(k.code, QStringLiteral("SRT_COT_%1%2%2").arg(c + 1).arg(z + 1));
            QCOMPARE(k.options,
                     (QList<md::SkuOption>{{QStringLiteral("Color"), QLatin1String(colors[c])},
                                           {QStringLiteral("Size"), QLatin1String(sizes[z])}}));
            QCOMPARE(k.price, qint64(2500));
            QCOMPARE(k.cost, qint64(0));
            QCOMPARE(k.stockOnHand, qint64(0));
        }
    }

    const md::Product jeans = byHandle(*m_store, QStringLiteral("example-pants"));
    QCOMPARE(jeans.title, QStringLiteral("Example Jeans"));
    QVERIFY(jeans.description.startsWith(QStringLiteral("<p>Our jeans feature a light")));
    QCOMPARE(jeans.status, md::ProductStatus::Draft);
    QCOMPARE(categoryName(*m_store, jeans.categoryId), QStringLiteral("Pants"));
    QCOMPARE(jeans.tags, (QStringList{QStringLiteral("Original"), QStringLiteral("Pants Tag")}));
    QCOMPARE(jeans.images,
             (QStringList{cdn + "urban-vintage-denimn-on-hangers.jpg" + w,
                          cdn + "fashion-model-walks-down-city-street.jpg" + w,
                          cdn + "woman-puts-hand-in-pocket.jpg" + w,
                          cdn + "female-fashion-model-poses-in-city-street.jpg" + w}));
    auto jeansSkus = catalog.skus(jeans.id);
    TestStore::check(jeansSkus);
    QCOMPARE(jeansSkus->size(), 3);
    const struct
    {
        const char *code, *size;
        qint64 stock;
    } pants[] = {{"PNT_DEN_285", "28", 20}, {"PNT_DEN_305", "30", 15}, {"PNT_DEN_405", "40", 10}};
    md::StockService stock(m_store->ctx());
    for (int i = 0; i < 3; ++i) {
        const md::Sku &k = jeansSkus->at(i);
        QCOMPARE(k.code, QLatin1String(pants[i].code));
        QCOMPARE(k.options,
                 (QList<md::SkuOption>{{QStringLiteral("Size"), QLatin1String(pants[i].size)}}));
        QCOMPARE(k.price, qint64(9500));
        QCOMPARE(k.cost, qint64(5000));
        QCOMPARE(k.stockOnHand, pants[i].stock);
        auto moves = stock.moves(k.id);
        TestStore::check(moves);
        QCOMPARE(moves->size(), 1);
        QCOMPARE(moves->first().reason, md::StockReason::Import);
        QCOMPARE(*stock.sumOfMoves(k.id), pants[i].stock);
    }

    const md::Product hat = byHandle(*m_store, QStringLiteral("example-hat"));
    QCOMPARE(hat.title, QStringLiteral("Example Beanie"));
    QCOMPARE(hat.status, md::ProductStatus::Archived);
    QCOMPARE(categoryName(*m_store, hat.categoryId), QStringLiteral("Hat"));
    QCOMPARE(hat.tags, QStringList{QStringLiteral("Hat Tag")});
    QCOMPARE(hat.images, QStringList{cdn + "kids-beanie.jpg" + w});
    auto hatSkus = catalog.skus(hat.id);
    TestStore::check(hatSkus);
    QCOMPARE(hatSkus->size(), 1);
    QCOMPARE(hatSkus->first().code, QStringLiteral("HAT_GRY_275"));
    QVERIFY(hatSkus->first().options.isEmpty()); // Shopify's "Title" / "Default Title"
    QCOMPARE(hatSkus->first().price, qint64(1799));
    QCOMPARE(hatSkus->first().cost, qint64(850));
    QCOMPARE(hatSkus->first().stockOnHand, qint64(50));
}

void TestProductImport::previewParsesFirstProductsOnly()
{
    QBuffer buffer;
    buffer.setData(sample());
    buffer.open(QIODevice::ReadOnly);
    ProductImporter importer(m_store->ctx(), &buffer);
    QVERIFY(importer.readHeader());
    auto preview = importer.preview(2);
    TestStore::check(preview);
    QCOMPARE(preview->products.size(), 2);
    QCOMPARE(preview->products[0].handle, QStringLiteral("example-shirt"));
    QCOMPARE(preview->products[0].skus.size(), 12);
    QCOMPARE(preview->products[0].line, qint64(2));
    QCOMPARE(preview->products[1].handle, QStringLiteral("example-pants"));
    QCOMPARE(preview->products[1].line, qint64(14));
    QCOMPARE(preview->products[1].skus.size(), 3);
    QCOMPARE(preview->products[1].skus[2].price, qint64(9500));
    QVERIFY(preview->rejected.isEmpty());
    QCOMPARE(count(*m_store, "products"), 0);
    // The preview leaves the importer usable: a run afterwards reads the whole file.
    QCOMPARE(importer.run().productsCreated, 3);
}

void TestProductImport::formatGuessAndMappingOverride()
{
    const QStringList shopify =
        QString::fromUtf8(sample().left(sample().indexOf('\n'))).split(QLatin1Char(','));
    QCOMPARE(ProductCsvFormat::guess(shopify), ProductCsvFormat::Format::Shopify);
    QCOMPARE(
        ProductCsvFormat::guess(ProductCsvFormat::exportHeader(ProductCsvFormat::Format::Native)),
        ProductCsvFormat::Format::Native);
    QCOMPARE(ProductCsvFormat::guess({QStringLiteral("a"), QStringLiteral("b")}), std::nullopt);

    // A native file whose SKU column is called "Code": not mapped automatically, mapped by hand.
    QBuffer buffer;
    buffer.setData("handle,title,category,Code,price,stock,Notes\n"
                   "tea-1,Longjing,Tea > Green,LJ-1,12.50,7,ignored\n");
    buffer.open(QIODevice::ReadOnly);
    ProductImporter importer(m_store->ctx(), &buffer);
    QVERIFY(importer.readHeader(ProductCsvFormat::Format::Native));
    QCOMPARE(importer.mapping().column(QStringLiteral("sku")), -1);
    auto before = importer.validate();
    QCOMPARE(before.rejected.size(), 1); // a price without a SKU code
    QCOMPARE(before.rejected[0].line, qint64(2));
    importer.mapping().map(QStringLiteral("sku"), 3);
    const ProductImportSummary s = importer.run();
    QVERIFY(s.committed);
    QCOMPARE(s.skusCreated, 1);
    QCOMPARE(s.ignoredColumns, QStringList{QStringLiteral("Notes")});
    const md::Product p = byHandle(*m_store, QStringLiteral("tea-1"));
    QCOMPARE(categoryName(*m_store, p.categoryId), QStringLiteral("Tea > Green"));
    QCOMPARE(p.status, md::ProductStatus::Draft); // no status given
    auto skus = md::CatalogService(m_store->ctx()).skus(p.id);
    QCOMPARE(skus->first().code, QStringLiteral("LJ-1"));
    QCOMPARE(skus->first().price, qint64(1250));
    QCOMPARE(skus->first().stockOnHand, qint64(7));
}

void TestProductImport::malformedFileRejectedWithLineNumbers()
{
    // Something already in the store, to see that it stays exactly as it was.
    const qint64 cat = m_store->category();
    m_store->sku(m_store->product(cat), QStringLiteral("KEEP-1"), 1000, 3);
    const QStringList before = snapshot(*m_store);

    const QByteArray csv =
        shopifyHeader() +
        "good,Good,\"<p>multi\nline</p>\",Tea,,active,Size,S,G-1,1,10.00,\n" // lines 2-3
        + "good,,,,,,,M,G-2,1,10\"0,\n"                                      // 4: quote in field
        + "good,,,,,,,L,G-3,1,10.00\n"                                       // 5: 11 fields
        + "other,Other,,Tea,,active,Size,S,O-1,1,abc,\n"                     // 6: text price
        + "other,,,,,,,M,O-2,1,12.345,\n"                                    // 7: 3 decimals
        + "other,,,,,,,L,O-3,ten,12,\n"                                      // 8: text quantity
        + ",Orphan,,Tea,,active,Size,S,X-1,1,12,\n"                          // 9: no handle
        + "other,,,,,,,XL,G-1,1,12,\n"                                       // 10: duplicate SKU
        + "other,,,,,,,XXL,O-5,-4,12,\n"                                     // 11: negative qty
        + "third,Third,,Tea,,active,Size,S,T-1,1,12,\n"                      // 12: fine
        + "third,,,,,,,M,T-2,1,\"12\"x,\n";                                  // 13: after quote
    for (bool dryRun : {true, false}) {
        const ProductImportSummary s = import(*m_store, csv, {}, {}, dryRun);
        QVERIFY(!s.committed);
        QList<qint64> lines;
        QStringList reasons;
        for (const md::RejectedRow &r : s.rejected) {
            lines << r.line;
            reasons << r.reason;
        }
        QVERIFY2(lines.size() == 9, qPrintable(reasons.join(QLatin1Char('\n'))));
        QCOMPARE(lines, (QList<qint64>{4, 5, 6, 7, 8, 9, 10, 11, 13}));
        QVERIFY2(s.rejected[0].reason.contains(QStringLiteral("quote")),
                 qPrintable(s.rejected[0].reason));
        QVERIFY2(s.rejected[1].reason.contains(QStringLiteral("11 fields")),
                 qPrintable(s.rejected[1].reason));
        QVERIFY2(s.rejected[2].reason.contains(QStringLiteral("\"abc\"")),
                 qPrintable(s.rejected[2].reason));
        QVERIFY2(s.rejected[3].reason.contains(QStringLiteral("12.345")),
                 qPrintable(s.rejected[3].reason));
        QVERIFY2(s.rejected[4].reason.contains(QStringLiteral("\"ten\"")),
                 qPrintable(s.rejected[4].reason));
        QVERIFY2(s.rejected[5].reason.contains(QStringLiteral("handle")),
                 qPrintable(s.rejected[5].reason));
        QVERIFY2(s.rejected[6].reason.contains(QStringLiteral("line 2")),
                 qPrintable(s.rejected[6].reason));
        QVERIFY2(s.rejected[7].reason.contains(QStringLiteral("\"-4\"")),
                 qPrintable(s.rejected[7].reason));
        QVERIFY2(s.rejected[8].reason.contains(QStringLiteral("closing quote")),
                 qPrintable(s.rejected[8].reason));
        // "good" and "third" themselves are fine: counted as what the file would do.
        QCOMPARE(s.productsCreated, 2);
        QCOMPARE(snapshot(*m_store), before);
        QCOMPARE(count(*m_store, "products"), 1);
        QCOMPARE(count(*m_store, "skus"), 1);
        QCOMPARE(count(*m_store, "categories"), 1);
        QCOMPARE(count(*m_store, "stock_moves"), 1);
    }
}

void TestProductImport::skuCodeOfAnotherProductRefused()
{
    const qint64 cat = m_store->category();
    m_store->sku(m_store->product(cat), QStringLiteral("SRT_COT_222"), 1000, 3);
    const qint64 logBefore = count(*m_store, "change_log");
    const ProductImportSummary s = import(*m_store, sample());
    QVERIFY(!s.committed);
    QCOMPARE(s.rejected.size(), 1);
    QCOMPARE(s.rejected[0].line, qint64(6));
    QVERIFY2(s.rejected[0].reason.contains(QStringLiteral("SRT_COT_222")),
             qPrintable(s.rejected[0].reason));
    QCOMPARE(s.productsCreated, 2); // the jeans and the beanie were fine
    QCOMPARE(count(*m_store, "products"), 1);
    QCOMPARE(count(*m_store, "skus"), 1);
    QCOMPARE(count(*m_store, "change_log"), logBefore);
}

void TestProductImport::cancelLeavesNothing()
{
    std::atomic<bool> cancel{false};
    md::ImportOptions options;
    options.cancel = &cancel;
    QList<qint64> progress;
    options.progress = [&](qint64 done, qint64 total) {
        progress << done;
        QCOMPARE(total, qint64(3));
        if (done == 2)
            cancel = true;
    };
    const ProductImportSummary s = import(*m_store, sample(), options);
    QVERIFY(s.cancelled);
    QVERIFY(!s.committed);
    QCOMPARE(progress, (QList<qint64>{1, 2}));
    QCOMPARE(count(*m_store, "products"), 0);
    QCOMPARE(count(*m_store, "skus"), 0);
    QCOMPARE(count(*m_store, "categories"), 0);
    QCOMPARE(count(*m_store, "stock_moves"), 0);
    QCOMPARE(count(*m_store, "audit_log"), 0);
}

void TestProductImport::reimportUpdatesPriceAndStockThroughServices()
{
    QVERIFY(import(*m_store, sample()).committed);
    QByteArray changed = sample();
    // SRT_COT_111 from 25 to 26.50; PNT_DEN_285 from 20 units to 18.
    changed.replace("SRT_COT_111,145,,0,deny,manual,25,", "SRT_COT_111,145,,0,deny,manual,26.50,");
    changed.replace("PNT_DEN_285,226.796185,shopify,20,", "PNT_DEN_285,226.796185,shopify,18,");
    QVERIFY(changed != sample());
    md::ImportOptions options;
    options.sourceName = QStringLiteral("again.csv");
    const ProductImportSummary s = import(*m_store, changed, options);
    QVERIFY(s.committed);
    QCOMPARE(s.productsCreated, 0);
    QCOMPARE(s.productsUpdated, 0);
    QCOMPARE(s.productsUnchanged, 3);
    QCOMPARE(s.skusCreated, 0);
    QCOMPARE(s.skusUpdated, 2);
    QCOMPARE(s.skusUnchanged, 14);
    QCOMPARE(count(*m_store, "skus"), 16);

    md::CatalogService catalog(m_store->ctx());
    auto shirt = catalog.skus(byHandle(*m_store, QStringLiteral("example-shirt")).id);
    QCOMPARE(shirt->first().price, qint64(2650));
    auto jeans = catalog.skus(byHandle(*m_store, QStringLiteral("example-pants")).id);
    const md::Sku &j = jeans->first();
    QCOMPARE(j.stockOnHand, qint64(18));
    auto moves = md::StockService(m_store->ctx()).moves(j.id);
    TestStore::check(moves);
    QCOMPARE(moves->size(), 2);
    QList<qint64> deltas{moves->at(0).delta, moves->at(1).delta};
    std::sort(deltas.begin(), deltas.end());
    QCOMPARE(deltas, (QList<qint64>{-2, 20}));
    bool noted = false;
    for (const md::StockMove &m : *moves) {
        QCOMPARE(m.reason, md::StockReason::Import);
        noted = noted || (m.delta == -2 && m.note.contains(QStringLiteral("again.csv")) &&
                          m.note.contains(QStringLiteral("line 14")));
    }
    QVERIFY(noted);
}

void TestProductImport::partialImportSkipsRejectedProducts()
{
    const QByteArray csv = shopifyHeader() + "tea,Tea,,Tea,,active,Size,S,T-1,1,10.00,\n" +
                           "tea,,,,,,,M,T-2,1,1O.00,\n" // letter O: the whole product is skipped
                           + "pot,Pot,,Teaware,,active,Size,S,P-1,2,88,\n";
    md::ImportOptions options;
    options.allOrNothing = false;
    const ProductImportSummary s = import(*m_store, csv, options);
    QVERIFY(s.committed);
    QCOMPARE(s.rejected.size(), 1);
    QCOMPARE(s.rejected[0].line, qint64(3));
    QCOMPARE(s.productsCreated, 1);
    QCOMPARE(count(*m_store, "products"), 1);
    QCOMPARE(count(*m_store, "skus"), 1);
    QCOMPARE(byHandle(*m_store, QStringLiteral("pot")).title, QStringLiteral("Pot"));
}

void TestProductImport::shopifyRoundTrip()
{
    QVERIFY(import(*m_store, sample()).committed);
    const QStringList original = snapshot(*m_store);
    const QByteArray exported = exportCsv(*m_store, ProductCsvFormat::Format::Shopify);

    TestStore fresh;
    const ProductImportSummary s = import(fresh, exported);
    QVERIFY2(s.rejected.isEmpty(), qPrintable(s.rejected.value(0).reason));
    QVERIFY(s.committed);
    QCOMPARE(s.productsCreated, 3);
    QCOMPARE(s.skusCreated, 16);
    QCOMPARE(s.images, 11);
    QCOMPARE(snapshot(fresh), original);

    // Into the store it came from: nothing to do.
    const ProductImportSummary again = import(*m_store, exported);
    QVERIFY(again.committed);
    QCOMPARE(again.productsUnchanged, 3);
    QCOMPARE(again.skusUnchanged, 16);
    QCOMPARE(snapshot(*m_store), original);
}

void TestProductImport::nativeRoundTrip()
{
    // What Shopify cannot say: nested categories, more than three options, option text with the
    // separators, Chinese text, thresholds, a product without SKUs, a product without a handle.
    md::CatalogService catalog(m_store->ctx());
    const qint64 tea = m_store->category(QStringLiteral("茶叶 Tea"));
    const qint64 green = m_store->category(QStringLiteral("绿茶"), tea);
    md::ProductDraft d;
    d.categoryId = green;
    d.title = QStringLiteral("西湖龙井, \"明前\"");
    d.description = QStringLiteral("第一行\n<b>second</b> line");
    d.tags = {QStringLiteral("春茶"), QStringLiteral("gift")};
    d.images = {QStringLiteral("https://x.test/a.jpg"), QStringLiteral("https://x.test/b c.jpg")};
    d.status = md::ProductStatus::Active;
    d.handle = QStringLiteral("longjing");
    auto p = catalog.createProduct(md::Actor::system(), d);
    TestStore::check(p);
    md::SkuDraft k;
    k.code = QStringLiteral("LJ-250");
    k.options = {{QStringLiteral("重量"), QStringLiteral("250g")},
                 {QStringLiteral("a=b"), QStringLiteral("c;d\\e")},
                 {QStringLiteral("年份"), QStringLiteral("2026")},
                 {QStringLiteral("等级"), QStringLiteral("特级")}};
    k.price = 12800;
    k.cost = 6001;
    k.lowStockThreshold = 9;
    k.initialStock = 40;
    TestStore::check(catalog.createSku(md::Actor::system(), p->id, k));
    d.handle.clear();
    d.title = QStringLiteral("紫砂壶");
    d.categoryId = tea;
    d.tags.clear();
    d.images.clear();
    d.description.clear();
    d.status = md::ProductStatus::Draft;
    auto pot = catalog.createProduct(md::Actor::system(), d);
    TestStore::check(pot);
    m_store->sku(pot->id, QStringLiteral("POT-1"), 8800, 2, 3000);
    d.title = QStringLiteral("Coming soon");
    d.handle = QStringLiteral("soon");
    TestStore::check(catalog.createProduct(md::Actor::system(), d));

    const QByteArray exported = exportCsv(*m_store, ProductCsvFormat::Format::Native);
    QStringList original = snapshot(*m_store);

    TestStore fresh;
    const ProductImportSummary s = import(fresh, exported);
    QVERIFY2(s.rejected.isEmpty(), qPrintable(s.rejected.value(0).reason));
    QVERIFY(s.committed);
    QCOMPARE(s.productsCreated, 3);
    QCOMPARE(s.skusCreated, 2);
    // The handle-less product arrives with the handle its export gave it.
    original.replaceInStrings(QRegularExpression(QStringLiteral("^([PS])\\|\\|")),
                              QStringLiteral("\\1|product-%1|").arg(pot->id));
    original.sort();
    QCOMPARE(snapshot(fresh), original);

    // Into the store it came from: the handle-less product is found by its SKU code and takes the
    // handle; nothing else changes.
    const ProductImportSummary again = import(*m_store, exported);
    QVERIFY2(again.rejected.isEmpty(), qPrintable(again.rejected.value(0).reason));
    QCOMPARE(again.productsCreated, 0);
    QCOMPARE(again.productsUpdated, 1);
    QCOMPARE(again.productsUnchanged, 2);
    QCOMPARE(again.skusUnchanged, 2);
    QCOMPARE(snapshot(*m_store), original);

    // Shopify's three options cannot hold the four of LJ-250: skipped and said so.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto shopify =
        md::ProductExporter(m_store->ctx()).write(&buffer, ProductCsvFormat::Format::Shopify);
    TestStore::check(shopify);
    QCOMPARE(shopify->products, 2);
    QCOMPARE(shopify->skipped.size(), 1);
    QVERIFY(shopify->skipped[0].startsWith(QStringLiteral("longjing")));
}

void TestProductImport::commandLineImportAndExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString store = dir.filePath(QStringLiteral("store"));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    auto args = [&](const QStringList &rest) {
        return QStringList{QStringLiteral("merchantdesk"), QStringLiteral("--data-dir"), store} +
               rest;
    };

    // A malformed file: refused whole, exit 1, the rejected line named.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(shopifyHeader() + "tea,Tea,,Tea,,active,Size,S,T-1,1,abc,\n");
    }
    QCOMPARE(md::ImportCommand::run(
                 args({QStringLiteral("--import"), QStringLiteral("products"), bad}), out, err),
             1);
    QVERIFY2(outText.contains(QStringLiteral("line 2: price \"abc\"")), qPrintable(outText));
    QVERIFY2(outText.contains(QStringLiteral("nothing imported")), qPrintable(outText));

    outText.clear();
    const QString file = QStringLiteral(MD_TEST_DATA_DIR "/shopify_product_template.csv");
    QCOMPARE(md::ImportCommand::run(
                 args({QStringLiteral("--import"), QStringLiteral("products"), file}), out, err),
             0);
    QVERIFY2(outText.contains(QStringLiteral("format: shopify")), qPrintable(outText));
    QVERIFY2(outText.contains(QStringLiteral("products: 3 (created 3, updated 0, unchanged 0)")),
             qPrintable(outText));
    QVERIFY2(outText.contains(QStringLiteral("SKUs: created 16, updated 0, unchanged 0")),
             qPrintable(outText));

    const QString exported = dir.filePath(QStringLiteral("native.csv"));
    QCOMPARE(md::ExportCommand::run(args({QStringLiteral("--export"), QStringLiteral("products"),
                                          QStringLiteral("--output"), exported}),
                                    out, err),
             0);
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray native = f.readAll();
    QVERIFY(native.startsWith("handle,title,description,category,status,tags,images,sku,"));
    QCOMPARE(native.count("\r\n"), 17); // header + 16 SKU rows (image lists break lines with LF)
    TestStore fresh;
    const ProductImportSummary s = import(fresh, native);
    QVERIFY(s.committed);
    QCOMPARE(s.skusCreated, 16);

    outText.clear();
    QCOMPARE(md::ExportCommand::run(args({QStringLiteral("--export"), QStringLiteral("products"),
                                          QStringLiteral("--format"), QStringLiteral("xml")}),
                                    out, err),
             2);
    QVERIFY(outText.isEmpty());
}

QTEST_GUILESS_MAIN(TestProductImport)
#include "tst_productimport.moc"
