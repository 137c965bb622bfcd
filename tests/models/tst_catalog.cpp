#include "auditlog.h"
#include "catalogservice.h"
#include "changelog.h"
#include "sqlquery.h"
#include "teststore.h"

#include <QTest>

#include <tuple>

using namespace md;

// Round trips through the catalog service and repositories, and input that must be refused
// without changing anything.
class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }
    void categoryTreeRoundTrip();
    void categoryCannotBeMovedUnderItself();
    void productAndSkuRoundTrip();
    void updatesBumpVersionAndLogChanges();
    void staleVersionIsAConflict();
    void rejectedInputChangesNothing_data();
    void rejectedInputChangesNothing();
    void clerkEditsSupportCannot();
    void customerSearchSortsFiltersAndPages();

private:
    qint64 changeCount()
    {
        SqlQuery q(m_store->db().connection(), QStringLiteral("SELECT COUNT(*) FROM change_log"));
        return *q.scalar();
    }
    std::unique_ptr<TestStore> m_store;
};

void TestCatalog::categoryTreeRoundTrip()
{
    CatalogService catalog(m_store->ctx());
    const qint64 tea = m_store->category(QStringLiteral("茶叶 Tea"));
    const qint64 green = m_store->category(QStringLiteral("绿茶 Green tea"), tea);
    auto all = catalog.categories();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).id, green);
    QCOMPARE(all->at(1).parentId, tea);
    QCOMPARE(all->at(1).name, QStringLiteral("绿茶 Green tea"));
    QCOMPARE(all->at(0).parentId, qint64(0));
}

void TestCatalog::categoryCannotBeMovedUnderItself()
{
    CatalogService catalog(m_store->ctx());
    const qint64 a = m_store->category(QStringLiteral("A"));
    const qint64 b = m_store->category(QStringLiteral("B"), a);
    const qint64 c = m_store->category(QStringLiteral("C"), b);
    auto moved = catalog.updateCategory(Actor::system(), a, {QStringLiteral("A"), c, 0});
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().codeName(), QStringLiteral("category_cycle"));
    QCOMPARE(catalog.categories()->at(0).parentId, qint64(0));
    auto fine = catalog.updateCategory(Actor::system(), c, {QStringLiteral("C moved"), a, 3});
    QVERIFY(fine.ok());
    QCOMPARE(fine->parentId, a);
    QCOMPARE(fine->version, qint64(2));
}

void TestCatalog::productAndSkuRoundTrip()
{
    CatalogService catalog(m_store->ctx());
    const qint64 cat = m_store->category();
    ProductDraft d;
    d.categoryId = cat;
    d.title = QStringLiteral("  明前龙井 Pre-Qingming Longjing  ");
    d.description = QStringLiteral("<b>not html</b> 250g");
    d.images = {QStringLiteral("https://img.example/1.jpg"),
                QStringLiteral("https://img.example/2.jpg")};
    d.tags = {QStringLiteral("绿茶"), QStringLiteral("gift")};
    d.status = ProductStatus::Active;
    auto p = catalog.createProduct(Actor::system(), d);
    QVERIFY(p.ok());
    auto loaded = catalog.product(p->id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->title, QStringLiteral("明前龙井 Pre-Qingming Longjing"));
    QCOMPARE(loaded->description, d.description);
    QCOMPARE(loaded->images, d.images);
    QCOMPARE(loaded->tags, d.tags);
    QCOMPARE(loaded->status, ProductStatus::Active);

    SkuDraft s;
    s.code = QStringLiteral("LJ-250-RED");
    s.options = {{QStringLiteral("颜色"), QStringLiteral("红")},
                 {QStringLiteral("尺码"), QStringLiteral("L")}};
    s.price = 12900;
    s.cost = 6000;
    s.lowStockThreshold = 3;
    s.initialStock = 25;
    auto sku = catalog.createSku(Actor::system(), p->id, s);
    QVERIFY(sku.ok());
    auto back = catalog.sku(sku->id);
    QVERIFY(back.ok());
    QCOMPARE(back->code, s.code);
    QCOMPARE(back->options, s.options);
    QCOMPARE(back->price, qint64(12900));
    QCOMPARE(back->cost, qint64(6000));
    QCOMPARE(back->stockOnHand, qint64(25));
    QCOMPARE(back->lowStockThreshold, qint64(3));
    QCOMPARE(skuOptionsLabel(back->options), QStringLiteral("颜色=红, 尺码=L"));
    QCOMPARE(catalog.skus(p->id)->size(), 1);

    ProductQuery byText;
    byText.text = QStringLiteral("龙井");
    QCOMPARE(catalog.products(byText)->size(), 1);
    byText.text = QStringLiteral("LJ-250");
    QCOMPARE(catalog.productCount(byText).value(), qint64(1));
    byText.text = QStringLiteral("乌龙");
    QCOMPARE(catalog.productCount(byText).value(), qint64(0));
}

void TestCatalog::updatesBumpVersionAndLogChanges()
{
    CatalogService catalog(m_store->ctx());
    const qint64 cat = m_store->category();
    const qint64 pid = m_store->product(cat);
    const qint64 before = changeCount();
    auto p = catalog.product(pid);
    ProductDraft d;
    d.categoryId = cat;
    d.title = QStringLiteral("New title");
    d.status = ProductStatus::Active;
    auto updated = catalog.updateProduct(Actor::staff(7, StaffRole::Clerk), pid, d, p->version);
    QVERIFY(updated.ok());
    QCOMPARE(updated->version, p->version + 1);
    QCOMPARE(changeCount(), before + 1);
    auto audit = AuditLog::forEntity(m_store->db().connection(), entity::Product, pid);
    QVERIFY(audit.ok());
    const AuditEntry &last = audit->last();
    QCOMPARE(last.action, QStringLiteral("product.update"));
    QCOMPARE(last.staffId.value_or(0), qint64(7));
    QCOMPARE(last.before.value(QStringLiteral("title")).toString(),
             QStringLiteral("西湖龙井 Longjing"));
    QCOMPARE(last.after.value(QStringLiteral("title")).toString(), QStringLiteral("New title"));
}

void TestCatalog::staleVersionIsAConflict()
{
    CatalogService catalog(m_store->ctx());
    const qint64 cat = m_store->category();
    const qint64 pid = m_store->product(cat);
    ProductDraft d;
    d.categoryId = cat;
    d.title = QStringLiteral("First edit");
    QVERIFY(catalog.updateProduct(Actor::system(), pid, d, 1).ok());
    d.title = QStringLiteral("Second edit from an old copy");
    auto stale = catalog.updateProduct(Actor::system(), pid, d, 1);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().codeName(), QStringLiteral("version_conflict"));
    QCOMPARE(stale.error().details.value(QStringLiteral("currentVersion")).toLongLong(), qint64(2));
    QCOMPARE(catalog.product(pid)->title, QStringLiteral("First edit"));
}

void TestCatalog::rejectedInputChangesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty title") << "emptyTitle"
                                 << "empty_title";
    QTest::newRow("blank title") << "blankTitle"
                                 << "empty_title";
    QTest::newRow("unknown category") << "unknownCategory"
                                      << "unknown_category";
    QTest::newRow("negative price") << "negativePrice"
                                    << "invalid_price";
    QTest::newRow("negative cost") << "negativeCost"
                                   << "invalid_price";
    QTest::newRow("duplicate sku code") << "duplicateCode"
                                        << "duplicate_sku_code";
    QTest::newRow("empty sku code") << "emptyCode"
                                    << "invalid_argument";
    QTest::newRow("sku of unknown product") << "unknownProduct"
                                            << "not_found";
    QTest::newRow("unknown parent category") << "unknownParent"
                                             << "unknown_category";
    QTest::newRow("duplicate option names") << "duplicateOption"
                                            << "invalid_argument";
}

void TestCatalog::rejectedInputChangesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, code);
    CatalogService catalog(m_store->ctx());
    const qint64 cat = m_store->category();
    const qint64 pid = m_store->product(cat);
    m_store->sku(pid, QStringLiteral("DUP-1"), 100, 1);
    const qint64 changesBefore = changeCount();
    const qint64 productsBefore = catalog.productCount({}).value();

    ProductDraft p;
    p.categoryId = cat;
    p.title = QStringLiteral("ok");
    SkuDraft s;
    s.code = QStringLiteral("NEW-1");
    s.price = 100;
    Status result;
    if (what == QLatin1String("emptyTitle")) {
        p.title.clear();
        auto r = catalog.createProduct(Actor::system(), p);
        result = r ? Status() : r.error();
    } else if (what == QLatin1String("blankTitle")) {
        p.title = QStringLiteral("   ");
        auto r = catalog.createProduct(Actor::system(), p);
        result = r ? Status() : r.error();
    } else if (what == QLatin1String("unknownCategory")) {
        p.categoryId = 999;
        auto r = catalog.createProduct(Actor::system(), p);
        result = r ? Status() : r.error();
    } else if (what == QLatin1String("unknownParent")) {
        auto r = catalog.createCategory(Actor::system(), {QStringLiteral("x"), 999, 0});
        result = r ? Status() : r.error();
    } else {
        qint64 target = pid;
        if (what == QLatin1String("negativePrice"))
            s.price = -1;
        else if (what == QLatin1String("negativeCost"))
            s.cost = -5;
        else if (what == QLatin1String("duplicateCode"))
            s.code = QStringLiteral("DUP-1");
        else if (what == QLatin1String("emptyCode"))
            s.code.clear();
        else if (what == QLatin1String("unknownProduct"))
            target = 12345;
        else if (what == QLatin1String("duplicateOption"))
            s.options = {{QStringLiteral("颜色"), QStringLiteral("红")},
                         {QStringLiteral("颜色"), QStringLiteral("蓝")}};
        auto r = catalog.createSku(Actor::system(), target, s);
        result = r ? Status() : r.error();
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().codeName(), code);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(changeCount(), changesBefore);
    QCOMPARE(catalog.productCount({}).value(), productsBefore);
}

void TestCatalog::clerkEditsSupportCannot()
{
    CatalogService catalog(m_store->ctx());
    auto byClerk = catalog.createCategory(Actor::staff(2, StaffRole::Clerk),
                                          {QStringLiteral("Clerk's"), 0, 0});
    QVERIFY(byClerk.ok());
    auto bySupport = catalog.createCategory(Actor::staff(3, StaffRole::Support),
                                            {QStringLiteral("Support's"), 0, 0});
    QVERIFY(!bySupport.ok());
    QCOMPARE(bySupport.error().codeName(), QStringLiteral("forbidden"));
    auto byMember = catalog.createCategory(Actor::member(1), {QStringLiteral("Member's"), 0, 0});
    QCOMPARE(byMember.error().codeName(), QStringLiteral("forbidden"));
    QCOMPARE(catalog.categories()->size(), 1);
}

// The storefront's search: only active products with SKUs; title matches before description
// matches; every sort; price bounds on the lowest SKU price; pages with the total.
void TestCatalog::customerSearchSortsFiltersAndPages()
{
    const qint64 cat = m_store->category();
    CatalogService catalog(m_store->ctx());
    const auto make = [&](const QString &title, const QString &description, ProductStatus status,
                          const QList<qint64> &prices) {
        ProductDraft d;
        d.categoryId = cat;
        d.title = title;
        d.description = description;
        d.status = status;
        auto p = catalog.createProduct(Actor::system(), d);
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        int n = 0;
        for (qint64 price : prices)
            m_store->sku(p->id, QStringLiteral("%1-%2").arg(p->id).arg(++n), price, 10);
        return p->id;
    };
    const qint64 a =
        make(QStringLiteral("龙井 Longjing"), QString(), ProductStatus::Active, {5000, 3000});
    const qint64 b =
        make(QStringLiteral("红茶 Black tea"), QString(), ProductStatus::Active, {1000});
    const qint64 c = make(QStringLiteral("茶壶 Teapot"), QString(), ProductStatus::Active, {8000});
    const qint64 d = make(QStringLiteral("Mug"), QStringLiteral("喝茶用 for tea"),
                          ProductStatus::Active, {2000});
    make(QStringLiteral("草稿茶 Draft"), QString(), ProductStatus::Draft, {100});
    make(QStringLiteral("无货茶 No SKUs"), QString(), ProductStatus::Active, {});
    // Sales, ratings and age as the orders and reviews would have left them.
    const std::tuple<qint64, int, int, int, qint64> facts[] = {
        {a, 0, 9, 2, 400}, {b, 5, 20, 5, 300}, {c, 9, 3, 1, 100}, {d, 0, 0, 0, 200}};
    for (const auto &[id, sales, ratingSum, ratingCount, created] : facts)
        QVERIFY(SqlQuery(m_store->db().connection(),
                         QStringLiteral("UPDATE products SET sales_count = ?, rating_sum = ?, "
                                        "rating_count = ?, created_at = ? WHERE id = ?"),
                         {sales, ratingSum, ratingCount, created, id})
                    .exec());
    const auto ids = [&](ProductSearch s) {
        auto page = catalog.search(s);
        QList<qint64> out;
        if (!page)
            return QList<qint64>{-1};
        for (const ProductSummary &p : page->items)
            out << p.product.id;
        return out;
    };
    using Sort = ProductSearch::Sort;
    ProductSearch tea;
    tea.text = QStringLiteral("茶");
    QCOMPARE(ids(tea), (QList<qint64>{c, b, d})); // titles by sales, then the description match
    QCOMPARE(catalog.search(tea)->total, qint64(3));
    ProductSearch s;
    QCOMPARE(ids(s), (QList<qint64>{c, b, a, d})); // relevance without text: best sellers first
    s.sort = Sort::PriceAscending;
    QCOMPARE(ids(s), (QList<qint64>{b, d, a, c}));
    s.sort = Sort::PriceDescending;
    QCOMPARE(ids(s), (QList<qint64>{c, a, d, b}));
    s.sort = Sort::Sales;
    QCOMPARE(ids(s), (QList<qint64>{c, b, a, d}));
    s.sort = Sort::Rating; // 4.5 (2 ratings), 4.0, 3.0, none
    QCOMPARE(ids(s), (QList<qint64>{a, b, c, d}));
    s.sort = Sort::Newest;
    QCOMPARE(ids(s), (QList<qint64>{a, b, d, c}));
    s.sort = Sort::PriceAscending;
    s.minPrice = 2000;
    s.maxPrice = 5000; // A's lowest price is 3000
    QCOMPARE(ids(s), (QList<qint64>{d, a}));
    QCOMPARE(catalog.search(s)->total, qint64(2));
    s.minPrice = s.maxPrice = -1;
    s.offset = 2;
    s.limit = 2;
    QCOMPARE(ids(s), (QList<qint64>{a, c}));
    auto page = catalog.search(s);
    QCOMPARE(page->total, qint64(4));
    const ProductSummary &longjing = page->items.first();
    QCOMPARE(longjing.skuCount, 2);
    QCOMPARE(longjing.minPrice, qint64(3000));
    QCOMPARE(longjing.maxPrice, qint64(5000));
    QCOMPARE(longjing.stock, qint64(20));
    QCOMPARE(longjing.product.title, QStringLiteral("龙井 Longjing"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
