#include "catalogview.h"
#include "money.h"
#include "producttablemodel.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace md;

// The catalog list model against a real store: model invariants, paging as the view asks for
// more, filtering, and sorting by a column header in the store.
class TestProductTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesTheModelTester();
    void fetchesMorePagesOnDemand();
    void filterRestartsFromTheFirstPage();
    void pagesThroughUnderTheModelTester();
    void aReloadKeepsTheSelectionAndTheScrollPosition();
    void sortsInTheStoreAcrossPages_data();
    void sortsInTheStoreAcrossPages();
    void theSearchBoxNarrowsASortedList();

private:
    // What the fixture made: each product has one SKU.
    struct Made
    {
        qint64 id;
        QString title;
        qint64 price;
        qint64 stock;
    };
    std::unique_ptr<TestStore> m_store;
    QList<Made> m_made;
};

void TestProductTableModel::init()
{
    m_store = std::make_unique<TestStore>();
    const qint64 cat = m_store->category(QStringLiteral("茶叶 Tea"));
    m_made.clear();
    for (int i = 0; i < 450; ++i) {
        const QString title =
            i % 3 == 0 ? QStringLiteral("龙井 %1").arg(i) : QStringLiteral("Oolong %1").arg(i);
        const qint64 p = m_store->product(cat, title);
        m_store->sku(p, QStringLiteral("SKU-%1").arg(i), 1000 + i, i % 7);
        m_made.append({p, title, 1000 + i, i % 7});
    }
}

void TestProductTableModel::cleanup()
{
    m_store.reset();
}

void TestProductTableModel::passesTheModelTester()
{
    CatalogView view(m_store->ctx(), QStringLiteral("CNY"));
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(view.model()->rowCount(), ProductTableModel::kPageSize);
    QCOMPARE(view.model()->total(), qint64(450));
    const QModelIndex first = view.model()->index(0, ProductTableModel::Title);
    QCOMPARE(first.data().toString(), QStringLiteral("龙井 0"));
    QCOMPARE(view.model()->index(0, ProductTableModel::Price).data().toString(),
             QStringLiteral("¥10.00"));
    QCOMPARE(view.model()->index(0, ProductTableModel::Stock).data().toLongLong(), qint64(0));
    QVERIFY(view.model()
                ->index(0, 0)
                .data(ProductTableModel::SummaryRole)
                .canConvert<ProductSummary>());
}

void TestProductTableModel::fetchesMorePagesOnDemand()
{
    CatalogView view(m_store->ctx(), QStringLiteral("CNY"));
    ProductTableModel *model = view.model();
    QTRY_COMPARE(model->rowCount(), ProductTableModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QTRY_COMPARE(model->rowCount(), 2 * ProductTableModel::kPageSize);
    model->fetchMore({});
    QTRY_COMPARE(model->rowCount(), 450);
    QVERIFY(!model->canFetchMore({}));
}

void TestProductTableModel::filterRestartsFromTheFirstPage()
{
    CatalogView view(m_store->ctx(), QStringLiteral("CNY"));
    ProductTableModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->rowCount(), ProductTableModel::kPageSize);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    model->setFilterText(QStringLiteral("龙井"));
    QCOMPARE(reset.count(), 1);
    QTRY_COMPARE(model->rowCount(), 150);
    QCOMPARE(model->total(), qint64(150));
    model->setFilterText(QStringLiteral("SKU-449"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ProductTableModel::Title).data().toString(),
             QStringLiteral("Oolong 449"));
}

// The tester asks for more while a page's rows go in; that must not ask for a page twice (the
// second answer would be dropped and the list stay at its first pages).
void TestProductTableModel::pagesThroughUnderTheModelTester()
{
    CatalogView view(m_store->ctx(), QStringLiteral("CNY"));
    ProductTableModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->rowCount(), ProductTableModel::kPageSize);
    model->fetchMore({});
    QTRY_COMPARE(model->rowCount(), 2 * ProductTableModel::kPageSize);
    model->fetchMore({});
    QTRY_COMPARE(model->rowCount(), 450);
    QVERIFY(!model->canFetchMore({}));
}

// A sync that brings changes reloads the list: the products selected on the second page, the
// current one and the scroll position are there again once the list has been read back as far
// as it had been scrolled (the reload resets the model, which by itself would lose all three).
void TestProductTableModel::aReloadKeepsTheSelectionAndTheScrollPosition()
{
    CatalogView view(m_store->ctx(), QStringLiteral("CNY"));
    view.resize(900, 500);
    view.show();
    ProductTableModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *table = view.findChild<QTableView *>();
    QVERIFY(table);
    QTRY_COMPARE(model->rowCount(), ProductTableModel::kPageSize);
    model->fetchMore({});
    QTRY_COMPARE(model->rowCount(), 2 * ProductTableModel::kPageSize);
    const int row = 300;
    const qint64 current = model->summaryAt(row)->product.id;
    const qint64 other = model->summaryAt(row + 2)->product.id;
    table->selectionModel()->setCurrentIndex(
        model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->select(model->index(row + 2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    view.reload();
    QCOMPARE(reset.count(), 1);
    QTRY_VERIFY(table->currentIndex().isValid());
    QVERIFY(model->rowCount() >= 2 * ProductTableModel::kPageSize);
    QCOMPARE(model->summaryAt(table->currentIndex().row())->product.id, current);
    QList<qint64> selected;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        selected << model->summaryAt(index.row())->product.id;
    std::sort(selected.begin(), selected.end());
    QList<qint64> expected{current, other};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
}

void TestProductTableModel::sortsInTheStoreAcrossPages_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("title ascending") << int(ProductTableModel::Title) << Qt::AscendingOrder;
    QTest::newRow("title descending") << int(ProductTableModel::Title) << Qt::DescendingOrder;
    QTest::newRow("price ascending") << int(ProductTableModel::Price) << Qt::AscendingOrder;
    QTest::newRow("price descending") << int(ProductTableModel::Price) << Qt::DescendingOrder;
    // Seven stock levels over 450 products: most of the order is the tie-break by id.
    QTest::newRow("stock ascending") << int(ProductTableModel::Stock) << Qt::AscendingOrder;
    QTest::newRow("stock descending") << int(ProductTableModel::Stock) << Qt::DescendingOrder;
}

// A header click sorts in the store: the rows read back through data() are in the order the
// fixture implies (ties by id in the same direction), across both page boundaries (200, 400),
// each product once, with the model tester attached throughout.
void TestProductTableModel::sortsInTheStoreAcrossPages()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QList<Made> expected = m_made;
    // Titles compare by code unit, as SQLite's BINARY collation compares their UTF-8 bytes.
    const auto byColumn = [column](const Made &a, const Made &b) {
        switch (column) {
        case ProductTableModel::Title:
            return a.title.compare(b.title);
        case ProductTableModel::Price:
            return a.price < b.price ? -1 : (a.price > b.price ? 1 : 0);
        default:
            return a.stock < b.stock ? -1 : (a.stock > b.stock ? 1 : 0);
        }
    };
    std::sort(expected.begin(), expected.end(), [&](const Made &a, const Made &b) {
        const int c = byColumn(a, b) ? byColumn(a, b) : (a.id < b.id ? -1 : (a.id > b.id ? 1 : 0));
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });

    CatalogView view(m_store->ctx(), QStringLiteral("CNY"));
    ProductTableModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->rowCount(), ProductTableModel::kPageSize);
    QVERIFY(view.table()->isSortingEnabled());
    QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(), -1); // in id order
    QCOMPARE(model->index(0, 0).data(ProductTableModel::IdRole).toLongLong(), m_made.first().id);

    view.table()->sortByColumn(column, order);
    QTRY_VERIFY(model->rowCount() > 0 &&
                model->index(0, 0).data(ProductTableModel::IdRole).toLongLong() ==
                    expected.first().id);
    while (model->rowCount() < 450) {
        const int before = model->rowCount();
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QTRY_VERIFY(model->rowCount() > before);
    }
    QCOMPARE(model->rowCount(), 450);
    QVERIFY(!model->canFetchMore({}));
    QList<qint64> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, column).data(ProductTableModel::IdRole).toLongLong();
    QList<qint64> expectedIds;
    for (const Made &m : expected)
        expectedIds << m.id;
    QCOMPARE(shown, expectedIds);
    // What the sorted column shows, either side of the page boundaries.
    for (int row : {0, 199, 200, 399, 400, 449}) {
        const QModelIndex index = model->index(row, column);
        switch (column) {
        case ProductTableModel::Title:
            QCOMPARE(index.data().toString(), expected[row].title);
            break;
        case ProductTableModel::Price:
            QCOMPARE(index.data().toString(),
                     Money(expected[row].price, QStringLiteral("CNY")).format());
            break;
        default:
            QCOMPARE(index.data().toLongLong(), expected[row].stock);
        }
    }
}

// The search box and the sort go together: a new search keeps the order, a new order keeps the
// search.
void TestProductTableModel::theSearchBoxNarrowsASortedList()
{
    CatalogView view(m_store->ctx(), QStringLiteral("CNY"));
    ProductTableModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->rowCount(), ProductTableModel::kPageSize);
    view.table()->sortByColumn(ProductTableModel::Price, Qt::DescendingOrder);
    model->setFilterText(QStringLiteral("龙井"));
    QTRY_COMPARE(model->rowCount(), 150);
    QCOMPARE(model->total(), qint64(150));
    QCOMPARE(model->index(0, ProductTableModel::Title).data().toString(),
             QStringLiteral("龙井 447"));
    QCOMPARE(model->index(149, ProductTableModel::Title).data().toString(),
             QStringLiteral("龙井 0"));
    view.table()->sortByColumn(ProductTableModel::Title, Qt::AscendingOrder);
    QTRY_COMPARE(model->rowCount(), 150);
    QCOMPARE(model->index(0, ProductTableModel::Title).data().toString(), QStringLiteral("龙井 0"));
    QCOMPARE(model->index(1, ProductTableModel::Title).data().toString(),
             QStringLiteral("龙井 102"));
}

QTEST_MAIN(TestProductTableModel)
#include "tst_producttablemodel.moc"
