#include "catalogview.h"
#include "producttablemodel.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace md;

// The catalog list model against a real store: model invariants, paging as the view asks for
// more, and filtering.
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

private:
    std::unique_ptr<TestStore> m_store;
};

void TestProductTableModel::init()
{
    m_store = std::make_unique<TestStore>();
    const qint64 cat = m_store->category(QStringLiteral("茶叶 Tea"));
    for (int i = 0; i < 450; ++i) {
        const qint64 p = m_store->product(cat, i % 3 == 0 ? QStringLiteral("龙井 %1").arg(i)
                                                          : QStringLiteral("Oolong %1").arg(i));
        m_store->sku(p, QStringLiteral("SKU-%1").arg(i), 1000 + i, i % 7);
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

QTEST_MAIN(TestProductTableModel)
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
    table->selectionModel()->setCurrentIndex(model->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
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

#include "tst_producttablemodel.moc"
