#include "bulkpricedialog.h"
#include "catalogcommands.h"
#include "catalogservice.h"
#include "catalogview.h"
#include "categorytreemodel.h"
#include "commandsink.h"
#include "producteditor.h"
#include "producttablemodel.h"
#include "skutablemodel.h"
#include "stockservice.h"

#include "applyingsink.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace md;

namespace {

int rowOfCode(const SkuTableModel *model, const QString &code)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->draft(row).code == code)
            return row;
    }
    return -1;
}

} // namespace

// The product editor, the bulk price change and undo, driven as a clerk would, with the commands
// applied to a real store through CommandProcessor.
class TestCatalogEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void priceChangeThroughTheEditor();
    void threeDecimalsAreRefused();
    void stockChangesByADeltaWithAReason();
    void bulkPercentChangesTheWholeCategory();
    void bulkFixedAmountOnSelectedProducts();
    void percentInput();
    void undoRestoresThePrice();
    void undoOfStockIsTheOppositeDelta();
    void undoEndsWhenTheOutboxIsEmpty();
    void undoDoesNotOverwriteSomebodyElsesChange();
    void newProductWithASku();
    void archive();
    void readOnlyWithoutThePermission();

private:
    ProductEditor *openEditor(CatalogView &view, qint64 productId);
    qint64 price(qint64 sku) const { return CatalogService(m_shop->ctx()).sku(sku)->price; }

    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<ApplyingSink> m_sink;
};

void TestCatalogEditor::init()
{
    m_shop = std::make_unique<ShopFixture>();
    m_sink = std::make_unique<ApplyingSink>(m_shop->ctx(), m_shop->manager());
}

void TestCatalogEditor::cleanup()
{
    m_sink.reset();
    m_shop.reset();
}

ProductEditor *TestCatalogEditor::openEditor(CatalogView &view, qint64 productId)
{
    // The tree first: the editor's category picker is filled from it.
    if (!QTest::qWaitFor([&] { return view.categoryModel()->category(m_shop->tea); }))
        return nullptr;
    view.editProduct(productId);
    if (!QTest::qWaitFor([&] { return view.editor() != nullptr; }))
        return nullptr;
    return view.editor();
}

void TestCatalogEditor::priceChangeThroughTheEditor()
{
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    ProductEditor *editor = openEditor(view, m_shop->longjing);
    QVERIFY(editor);
    SkuTableModel *skus = editor->skuModel();
    QAbstractItemModelTester tester(skus, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(skus->rowCount(), 2);
    const int row = rowOfCode(skus, QStringLiteral("LJ-250"));
    QVERIFY(row >= 0);
    QCOMPARE(skus->index(row, SkuTableModel::Price).data(Qt::EditRole).toString(),
             QStringLiteral("128.00"));
    const qint64 versionBefore = CatalogService(m_shop->ctx()).sku(m_shop->skuTea)->version;
    QVERIFY(skus->setData(skus->index(row, SkuTableModel::Price), QStringLiteral("139.90")));
    QVERIFY(!(skus->flags(skus->index(row, SkuTableModel::Stock)) & Qt::ItemIsEditable));
    editor->save();
    QTRY_COMPARE(price(m_shop->skuTea), qint64(13990));
    QCOMPARE(price(m_shop->skuTeaBig), qint64(4500)); // untouched SKUs are not sent
    QCOMPARE(m_sink->commands.size(), 1);
    const SyncCommand &c = m_sink->commands.first();
    QCOMPARE(c.type, QStringLiteral("sku.update"));
    QCOMPARE(c.entityId, m_shop->skuTea);
    QCOMPARE(c.baseVersion, std::optional<qint64>(versionBefore));
    // The options and the cost went along unchanged.
    QCOMPARE(CatalogService(m_shop->ctx()).sku(m_shop->skuTea)->cost, qint64(6000));
    QTRY_VERIFY(!view.editor()); // closed after the applied save
}

void TestCatalogEditor::threeDecimalsAreRefused()
{
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    ProductEditor *editor = openEditor(view, m_shop->longjing);
    QVERIFY(editor);
    SkuTableModel *skus = editor->skuModel();
    const int row = rowOfCode(skus, QStringLiteral("LJ-250"));
    QVERIFY(!skus->setData(skus->index(row, SkuTableModel::Price), QStringLiteral("12.345")));
    QVERIFY2(editor->message().contains(QStringLiteral("12.345")), qPrintable(editor->message()));
    QCOMPARE(skus->draft(row).price, qint64(12800));
    QVERIFY(!skus->setData(skus->index(row, SkuTableModel::Cost), QStringLiteral("-1")));
    editor->save();
    QTRY_VERIFY(!view.editor());
    QVERIFY(m_sink->commands.isEmpty()); // nothing changed, nothing sent
    QCOMPARE(price(m_shop->skuTea), qint64(12800));
}

void TestCatalogEditor::stockChangesByADeltaWithAReason()
{
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    ProductEditor *editor = openEditor(view, m_shop->longjing);
    QVERIFY(editor);
    SkuTableModel *skus = editor->skuModel();
    const int row = rowOfCode(skus, QStringLiteral("LJ-250"));
    // Without a reason nothing is sent.
    editor->adjustStock(row, -3, QStringLiteral("  "));
    QVERIFY(!editor->message().isEmpty());
    QVERIFY(m_sink->commands.isEmpty());

    editor->adjustStock(row, -3, QStringLiteral("破损 damaged in transit"));
    QTRY_COMPARE(skus->index(row, SkuTableModel::Stock).data().toLongLong(), qint64(97));
    QCOMPARE(m_sink->commands.size(), 1);
    QCOMPARE(m_sink->commands.first().type, QStringLiteral("stock.adjust"));
    QVERIFY(!m_sink->commands.first().baseVersion);
    auto moves = StockService(m_shop->ctx()).moves(m_shop->skuTea);
    QVERIFY(moves.ok());
    QCOMPARE(moves->first().delta, qint64(-3));
    QCOMPARE(moves->first().reason, StockReason::Adjustment);
    QCOMPARE(moves->first().note, QStringLiteral("破损 damaged in transit"));
    QCOMPARE(CatalogService(m_shop->ctx()).sku(m_shop->skuTea)->stockOnHand, qint64(97));

    // A price edit after it names the version the stock move left, so it does not conflict.
    QVERIFY(skus->setData(skus->index(row, SkuTableModel::Price), QStringLiteral("130")));
    editor->save();
    QTRY_COMPARE(price(m_shop->skuTea), qint64(13000));
}

void TestCatalogEditor::bulkPercentChangesTheWholeCategory()
{
    // A subcategory's product is part of its parent category; a price that needs rounding.
    const qint64 green = m_shop->category(QStringLiteral("绿茶 Green tea"), m_shop->tea);
    const qint64 biluochun = m_shop->product(green, QStringLiteral("碧螺春 Biluochun"));
    const qint64 skuGreen = m_shop->sku(biluochun, QStringLiteral("BLC-50"), 999, 10);
    // With options, which the price change must keep.
    SkuDraft odd{QStringLiteral("LJ-ODD"),
                 {{QStringLiteral("规格"), QStringLiteral("礼盒")},
                  {QStringLiteral("年份"), QStringLiteral("2026")}},
                 12345,
                 5000,
                 3,
                 10};
    auto created = CatalogService(m_shop->ctx()).createSku(Actor::system(), m_shop->longjing, odd);
    QVERIFY(created.ok());
    const qint64 skuOdd = created->id;

    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    QTRY_VERIFY(view.categoryModel()->category(m_shop->tea));
    view.setCategory(m_shop->tea);
    QTRY_COMPARE(view.model()->total(), qint64(2)); // 龙井 and 碧螺春, not the teapot
    view.changePrices();
    QTRY_VERIFY(view.bulkPriceDialog());
    BulkPriceDialog *dialog = view.bulkPriceDialog();
    dialog->setChange(BulkPriceDialog::Mode::Percent, QStringLiteral("10"));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QCOMPARE(dialog->changes().size(), 4);
    dialog->accept();

    // By hand: 128.00 × 1.1 = 140.80; 45.00 × 1.1 = 49.50; 123.45 × 1.1 = 135.795 → 135.80
    // (half up); 9.99 × 1.1 = 10.989 → 10.99.
    QTRY_COMPARE(price(m_shop->skuTea), qint64(14080));
    QTRY_COMPARE(price(m_shop->skuTeaBig), qint64(4950));
    QTRY_COMPARE(price(skuOdd), qint64(13580));
    QTRY_COMPARE(price(skuGreen), qint64(1099));
    QCOMPARE(price(m_shop->skuPot), qint64(8800));
    const Sku afterOdd = *CatalogService(m_shop->ctx()).sku(skuOdd);
    QCOMPARE(afterOdd.options, odd.options);
    QCOMPARE(afterOdd.cost, qint64(5000));
    QCOMPARE(afterOdd.lowStockThreshold, qint64(3));
    QCOMPARE(m_sink->commands.size(), 4);
    for (const SyncCommand &c : m_sink->commands)
        QCOMPARE(c.type, QStringLiteral("sku.update"));
    // One undo entry for the whole change.
    QTRY_COMPARE(view.undoStack()->count(), 1);
    view.undoStack()->undo();
    QTRY_COMPARE(price(skuOdd), qint64(12345));
    QTRY_COMPARE(price(m_shop->skuTea), qint64(12800));
    QTRY_COMPARE(price(skuGreen), qint64(999));
}

void TestCatalogEditor::bulkFixedAmountOnSelectedProducts()
{
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    QTRY_COMPARE(view.model()->rowCount(), 2);
    int teapotRow = -1;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->index(row, 0).data(ProductTableModel::IdRole).toLongLong() ==
            m_shop->teapot)
            teapotRow = row;
    }
    view.table()->selectRow(teapotRow);
    view.changePrices();
    QTRY_VERIFY(view.bulkPriceDialog());
    BulkPriceDialog *dialog = view.bulkPriceDialog();
    // ¥88.00 − ¥100 would be negative: refused, nothing to apply.
    dialog->setChange(BulkPriceDialog::Mode::Amount, QStringLiteral("-100"));
    QVERIFY(!dialog->problem().isEmpty());
    QVERIFY(dialog->changes().isEmpty());
    // Three decimals are refused as in any price.
    dialog->setChange(BulkPriceDialog::Mode::Amount, QStringLiteral("1.005"));
    QVERIFY(!dialog->problem().isEmpty());
    dialog->setChange(BulkPriceDialog::Mode::Amount, QStringLiteral("-5.50"));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QCOMPARE(dialog->changes().size(), 1); // only the selected product's SKU
    dialog->accept();
    QTRY_COMPARE(price(m_shop->skuPot), qint64(8250));
    QCOMPARE(price(m_shop->skuTea), qint64(12800));
    QCOMPARE(m_sink->commands.size(), 1);
}

// What the dialog accepts as a percentage; the prices it computes are BulkPriceRule's
// (tst_pricing).
void TestCatalogEditor::percentInput()
{
    QCOMPARE(BulkPriceDialog::parsePercent(QStringLiteral("-12.5")), std::optional<qint64>(-1250));
    QCOMPARE(BulkPriceDialog::parsePercent(QStringLiteral("10 %")), std::optional<qint64>(1000));
    QCOMPARE(BulkPriceDialog::parsePercent(QStringLiteral("+0.05")), std::optional<qint64>(5));
    QVERIFY(!BulkPriceDialog::parsePercent(QStringLiteral("1.234")));
    QVERIFY(!BulkPriceDialog::parsePercent(QStringLiteral("ten")));
}

void TestCatalogEditor::undoRestoresThePrice()
{
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    ProductEditor *editor = openEditor(view, m_shop->longjing);
    QVERIFY(editor);
    SkuTableModel *skus = editor->skuModel();
    QVERIFY(
        skus->setData(skus->index(rowOfCode(skus, QStringLiteral("LJ-250")), SkuTableModel::Price),
                      QStringLiteral("99.50")));
    editor->save();
    QTRY_COMPARE(price(m_shop->skuTea), qint64(9950));
    QTRY_VERIFY(view.undoStack()->canUndo());
    const qint64 versionAfterEdit = CatalogService(m_shop->ctx()).sku(m_shop->skuTea)->version;

    // Edit > Undo, with the standard shortcut, names the edit.
    QAction *undo = view.undoAction();
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY2(undo->text().contains(QStringLiteral("西湖龙井")), qPrintable(undo->text()));
    undo->trigger();
    QTRY_COMPARE(price(m_shop->skuTea), qint64(12800));
    QCOMPARE(m_sink->commands.size(), 2);
    QCOMPARE(m_sink->commands.last().type, QStringLiteral("sku.update"));
    // The undo names the version the edit left, so it is not taken for somebody else's change.
    QCOMPARE(m_sink->commands.last().baseVersion, std::optional<qint64>(versionAfterEdit));

    view.undoStack()->redo();
    QTRY_COMPARE(price(m_shop->skuTea), qint64(9950));
    QCOMPARE(m_sink->commands.size(), 3);
}

void TestCatalogEditor::undoOfStockIsTheOppositeDelta()
{
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    ProductEditor *editor = openEditor(view, m_shop->longjing);
    QVERIFY(editor);
    const int row = rowOfCode(editor->skuModel(), QStringLiteral("LJ-100"));
    editor->adjustStock(row, 12, QStringLiteral("到货 delivery"));
    QTRY_COMPARE(CatalogService(m_shop->ctx()).sku(m_shop->skuTeaBig)->stockOnHand, qint64(112));
    QTRY_VERIFY(view.undoStack()->canUndo());
    view.undoStack()->undo();
    QTRY_COMPARE(CatalogService(m_shop->ctx()).sku(m_shop->skuTeaBig)->stockOnHand, qint64(100));
    auto moves = StockService(m_shop->ctx()).moves(m_shop->skuTeaBig);
    QVERIFY(moves.ok());
    QCOMPARE(moves->first().delta, qint64(-12));
    QCOMPARE(moves->first().note, QStringLiteral("undo"));
    QCOMPARE(*StockService(m_shop->ctx()).sumOfMoves(m_shop->skuTeaBig), qint64(100));
}

void TestCatalogEditor::undoEndsWhenTheOutboxIsEmpty()
{
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    ProductEditor *editor = openEditor(view, m_shop->longjing);
    QVERIFY(editor);
    editor->adjustStock(0, 1, QStringLiteral("found one"));
    QTRY_VERIFY(view.undoStack()->canUndo());
    view.setOutboxPending(3); // others still wait: the edit may still be undone
    QVERIFY(view.undoStack()->canUndo());
    view.setOutboxPending(0); // everything was pushed: nothing is left to take back locally
    QVERIFY(!view.undoStack()->canUndo());
}

void TestCatalogEditor::undoDoesNotOverwriteSomebodyElsesChange()
{
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    ProductEditor *editor = openEditor(view, m_shop->longjing);
    QVERIFY(editor);
    SkuTableModel *skus = editor->skuModel();
    QVERIFY(
        skus->setData(skus->index(rowOfCode(skus, QStringLiteral("LJ-250")), SkuTableModel::Price),
                      QStringLiteral("100")));
    editor->save();
    QTRY_VERIFY(view.undoStack()->canUndo());
    // Another clerk sets another price in between.
    Sku now = *CatalogService(m_shop->ctx()).sku(m_shop->skuTea);
    SkuDraft other{now.code, now.options, 11100, now.cost, now.lowStockThreshold, 0};
    QVERIFY(CatalogService(m_shop->ctx()).updateSku(m_shop->manager(), now.id, other).ok());

    QSignalSpy refused(view.commands(), &CatalogCommands::replayRefused);
    view.undoStack()->undo();
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(price(m_shop->skuTea), qint64(11100)); // theirs stays
}

void TestCatalogEditor::newProductWithASku()
{
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    QTRY_VERIFY(view.categoryModel()->category(m_shop->teaware));
    view.setCategory(m_shop->teaware);
    view.newProduct();
    QVERIFY(view.editor());
    ProductEditor *editor = view.editor();
    editor->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("盖碗 Gaiwan"));
    editor->findChild<QPlainTextEdit *>(QStringLiteral("description"))
        ->setPlainText(QStringLiteral("<b>not markup</b>\n120 ml"));
    editor->findChild<QPlainTextEdit *>(QStringLiteral("images"))
        ->setPlainText(QStringLiteral("https://example.com/a.jpg\n\n https://example.com/b.jpg "));
    QCOMPARE(editor->findChild<QComboBox *>(QStringLiteral("category"))->currentData().toLongLong(),
             m_shop->teaware); // the chosen category
    editor->findChild<QComboBox *>(QStringLiteral("status"))->setCurrentIndex(1); // active
    SkuTableModel *skus = editor->skuModel();
    const int row = skus->addSku();
    QVERIFY(skus->setData(skus->index(row, SkuTableModel::Code), QStringLiteral("GW-120")));
    QVERIFY(skus->setData(skus->index(row, SkuTableModel::Options), QStringLiteral("颜色=白")));
    QVERIFY(skus->setData(skus->index(row, SkuTableModel::Price), QStringLiteral("68.5")));
    QVERIFY(skus->setData(skus->index(row, SkuTableModel::Cost), QStringLiteral("20")));
    editor->save();
    QTRY_VERIFY2(!view.editor(), qPrintable(view.editor() ? view.editor()->message() : QString()));
    QCOMPARE(m_sink->commands.size(), 2);
    QCOMPARE(m_sink->commands[0].type, QStringLiteral("product.create"));
    QCOMPARE(m_sink->commands[1].type, QStringLiteral("sku.create"));
    ProductQuery inTeaware;
    inTeaware.categoryId = m_shop->teaware;
    inTeaware.limit = 10;
    auto created = CatalogService(m_shop->ctx()).products(inTeaware);
    QVERIFY(created.ok());
    QCOMPARE(created->size(), 2);
    const Product &p = created->last();
    QCOMPARE(p.title, QStringLiteral("盖碗 Gaiwan"));
    QCOMPARE(p.description, QStringLiteral("<b>not markup</b>\n120 ml"));
    QCOMPARE(p.images, QStringList({QStringLiteral("https://example.com/a.jpg"),
                                    QStringLiteral("https://example.com/b.jpg")}));
    QCOMPARE(p.status, ProductStatus::Active);
    auto sku = CatalogService(m_shop->ctx()).skus(p.id);
    QVERIFY(sku.ok());
    QCOMPARE(sku->size(), 1);
    QCOMPARE(sku->first().price, qint64(6850));
    QCOMPARE(sku->first().cost, qint64(2000));
    QCOMPARE(sku->first().stockOnHand, qint64(0)); // stock comes by an adjustment
    QCOMPARE(skuOptionsLabel(sku->first().options), QStringLiteral("颜色=白"));
    QCOMPARE(view.undoStack()->count(), 0); // creations are not undoable
}

void TestCatalogEditor::archive()
{
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), m_sink.get());
    const ProductStatus before = CatalogService(m_shop->ctx()).product(m_shop->teapot)->status;
    QVERIFY(before != ProductStatus::Archived);
    ProductEditor *editor = openEditor(view, m_shop->teapot);
    QVERIFY(editor);
    editor->archive();
    QTRY_VERIFY(!view.editor());
    QCOMPARE(m_sink->commands.last().type, QStringLiteral("product.archive"));
    QCOMPARE(CatalogService(m_shop->ctx()).product(m_shop->teapot)->status,
             ProductStatus::Archived);
    QTRY_VERIFY(view.undoStack()->canUndo());
    view.undoStack()->undo(); // back to what it was, through product.update
    QTRY_COMPARE(CatalogService(m_shop->ctx()).product(m_shop->teapot)->status, before);
}

void TestCatalogEditor::readOnlyWithoutThePermission()
{
    const Actor support = Actor::staff(3, StaffRole::Support);
    CatalogView view(m_shop->ctx(), QStringLiteral("CNY"), support, m_sink.get());
    ProductEditor *editor = openEditor(view, m_shop->longjing);
    QVERIFY(editor);
    QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("title"))->isEnabled());
    SkuTableModel *skus = editor->skuModel();
    QVERIFY(skus->setData(skus->index(0, SkuTableModel::Price), QStringLiteral("1.00")));
    editor->save();
    editor->adjustStock(0, 5, QStringLiteral("count"));
    QTest::qWait(50);
    QVERIFY(m_sink->commands.isEmpty());
    QCOMPARE(price(m_shop->skuTea), qint64(12800));
}

QTEST_MAIN(TestCatalogEditor)
#include "tst_catalogeditor.moc"
