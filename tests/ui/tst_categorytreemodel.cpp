#include "catalogcommands.h"
#include "catalogservice.h"
#include "catalogview.h"
#include "categorypanel.h"
#include "categorytreemodel.h"
#include "commandsink.h"
#include "producttablemodel.h"

#include "applyingsink.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace md;

// The category tree: model invariants under QAbstractItemModelTester, the parent/child shape of
// a real store's categories, filtering the product list by a category with its subtree, and
// create/rename/move through the command rules.
class TestCategoryTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_shop.reset(); }
    void passesTheModelTester();
    void parentsAndChildren();
    void aCycleOrAMissingParentShowsAtTheTop();
    void choosingACategoryFiltersTheProducts();
    void createRenameAndMove();

private:
    QList<Category> categories() const { return *CatalogService(m_shop->ctx()).categories(); }
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_green = 0, m_red = 0, m_longjingCat = 0;
};

void TestCategoryTreeModel::init()
{
    m_shop = std::make_unique<ShopFixture>();
    // 茶叶 Tea > {绿茶 (> 龙井), 红茶}; 茶具 Teaware.
    m_green = m_shop->category(QStringLiteral("绿茶 Green"), m_shop->tea);
    m_red = m_shop->category(QStringLiteral("红茶 Black"), m_shop->tea);
    m_longjingCat = m_shop->category(QStringLiteral("龙井 Longjing"), m_green);
}

void TestCategoryTreeModel::passesTheModelTester()
{
    CategoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCategories(categories());
    model.setCategories({});
    model.setCategories(categories());
    QCOMPARE(model.rowCount(), 2);
}

void TestCategoryTreeModel::parentsAndChildren()
{
    CategoryTreeModel model;
    model.setCategories(categories());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex tea = model.indexOf(m_shop->tea);
    QVERIFY(tea.isValid());
    QVERIFY(!tea.parent().isValid());
    QCOMPARE(model.rowCount(tea), 2);
    const QModelIndex green = model.indexOf(m_green);
    QCOMPARE(green.parent(), tea);
    QCOMPARE(model.index(green.row(), 0, tea), green);
    const QModelIndex longjing = model.indexOf(m_longjingCat);
    QCOMPARE(longjing.parent(), green);
    QCOMPARE(longjing.data().toString(), QStringLiteral("龙井 Longjing"));
    QCOMPARE(longjing.data(CategoryTreeModel::IdRole).toLongLong(), m_longjingCat);
    QCOMPARE(model.rowCount(longjing), 0);
    QCOMPARE(model.rowCount(model.indexOf(m_shop->teaware)), 0);

    QList<qint64> subtree = model.subtree(m_shop->tea);
    std::sort(subtree.begin(), subtree.end());
    QList<qint64> expected{m_shop->tea, m_green, m_red, m_longjingCat};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(subtree, expected);

    // Depth-first with depths: every child right after its parent's earlier subtree.
    const auto flat = model.flattened();
    QCOMPARE(flat.size(), 5);
    QList<qint64> ids;
    for (const auto &[id, depth] : flat) {
        ids << id;
        QCOMPARE(depth, id == m_shop->tea || id == m_shop->teaware ? 0
                        : id == m_longjingCat                      ? 2
                                                                   : 1);
    }
    QVERIFY(ids.indexOf(m_longjingCat) == ids.indexOf(m_green) + 1);
    QVERIFY(ids.indexOf(m_green) > ids.indexOf(m_shop->tea));
}

void TestCategoryTreeModel::aCycleOrAMissingParentShowsAtTheTop()
{
    QList<Category> list;
    list.append({1, 2, QStringLiteral("A"), 0, 1, 0, 0});  // A under B
    list.append({2, 1, QStringLiteral("B"), 0, 1, 0, 0});  // B under A: a cycle
    list.append({3, 99, QStringLiteral("C"), 0, 1, 0, 0}); // parent not in the list
    CategoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCategories(list);
    QVERIFY(!model.indexOf(3).parent().isValid());
    // The cycle is cut: every category can be reached from the top.
    QCOMPARE(model.flattened().size(), 3);
}

void TestCategoryTreeModel::choosingACategoryFiltersTheProducts()
{
    const qint64 p = m_shop->product(m_longjingCat, QStringLiteral("狮峰龙井 Shifeng"));
    m_shop->sku(p, QStringLiteral("SF-1"), 30000, 5);
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"));
    QTRY_COMPARE(view.categoryModel()->rowCount(), 2); // read on the worker
    QTRY_COMPARE(view.model()->total(), qint64(3));
    // A current row without a selection (what a tree does when it gets the focus) is no choice.
    view.categoryPanel()->tree()->selectionModel()->setCurrentIndex(
        view.categoryModel()->indexOf(m_shop->teaware), QItemSelectionModel::NoUpdate);
    QTest::qWait(100);
    QCOMPARE(view.model()->category(), qint64(0));
    QCOMPARE(view.model()->total(), qint64(3));
    // The parent shows its own products and those of its subcategories.
    view.categoryPanel()->tree()->setCurrentIndex(view.categoryModel()->indexOf(m_shop->tea));
    QTRY_COMPARE(view.model()->total(), qint64(2));
    view.setCategory(m_longjingCat);
    QTRY_COMPARE(view.model()->total(), qint64(1));
    QCOMPARE(view.model()->index(0, ProductTableModel::Title).data().toString(),
             QStringLiteral("狮峰龙井 Shifeng"));
    view.setCategory(m_shop->teaware);
    QTRY_COMPARE(view.model()->total(), qint64(1));
    view.setCategory(0);
    QTRY_COMPARE(view.model()->total(), qint64(3));
}

void TestCategoryTreeModel::createRenameAndMove()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), &sink);
    CategoryTreeModel *model = view.categoryModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->rowCount(), 2);

    view.categoryPanel()->createCategory(QStringLiteral("乌龙 Oolong"), m_shop->tea);
    QTRY_COMPARE(model->rowCount(model->indexOf(m_shop->tea)), 3);
    QCOMPARE(sink.commands.last().type, QStringLiteral("category.create"));
    const qint64 oolong = sink.outcomes.last().entityId;
    QCOMPARE(model->indexOf(oolong).parent(), model->indexOf(m_shop->tea));

    view.categoryPanel()->renameCategory(oolong, QStringLiteral("乌龙茶 Oolong tea"));
    QTRY_COMPARE(model->indexOf(oolong).data().toString(), QStringLiteral("乌龙茶 Oolong tea"));
    QCOMPARE(sink.commands.last().type, QStringLiteral("category.update"));
    QCOMPARE(model->category(oolong)->parentId, m_shop->tea); // the rename kept its place

    view.categoryPanel()->moveCategory(m_green, m_shop->teaware);
    QTRY_COMPARE(model->indexOf(m_green).parent(), model->indexOf(m_shop->teaware));
    QCOMPARE(sink.commands.last().type, QStringLiteral("category.move"));
    QCOMPARE(model->indexOf(m_longjingCat).parent(), model->indexOf(m_green)); // with its subtree

    // Under its own subcategory: refused by the rules, the tree unchanged.
    view.categoryPanel()->moveCategory(m_green, m_longjingCat);
    QTRY_COMPARE(sink.outcomes.last().status, CommandStatus::Rejected);
    QCOMPARE(CatalogService(m_shop->ctx()).categories()->size(), 6);

    // The move is undone by moving it back.
    QTRY_COMPARE(view.undoStack()->count(), 2); // rename and move; creations are not undoable
    view.undoStack()->undo();
    QTRY_COMPARE(model->indexOf(m_green).parent(), model->indexOf(m_shop->tea));
}

QTEST_MAIN(TestCategoryTreeModel)
#include "tst_categorytreemodel.moc"
