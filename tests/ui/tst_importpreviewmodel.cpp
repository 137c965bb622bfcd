#include "importpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace md;

// The preview table: invariants across previews of different shapes, line and rejection roles,
// translated column titles.
class TestImportPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsLinesAndRejections();
};

namespace {

ImportPreview twoRows()
{
    ImportPreview p;
    p.columns = {"Line", "Handle", "SKU", "Problem"};
    p.lines = {2, 3};
    p.rows = {{QStringLiteral("tea-1"), QStringLiteral("LJ-1"), QString()},
              {QString(), QString(), QStringLiteral("line 3: the price \"abc\" is not a number")}};
    return p;
}

} // namespace

void TestImportPreviewModel::passesTheModelTester()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setPreview(twoRows());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4);
    ImportPreview wider = twoRows();
    wider.columns.append("Extra");
    wider.rows[0].append(QStringLiteral("x"));
    model.setPreview(wider);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.index(1, 4).data().toString(), QString()); // short rows are padded
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestImportPreviewModel::showsLinesAndRejections()
{
    ImportPreviewModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPreview(twoRows());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("SKU"));
    QCOMPARE(model.index(0, 0).data().toLongLong(), qint64(2));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("tea-1"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("LJ-1"));
    QVERIFY(!model.index(0, 0).data(ImportPreviewModel::RejectedRole).toBool());
    QCOMPARE(model.index(1, 0).data(ImportPreviewModel::LineRole).toLongLong(), qint64(3));
    QVERIFY(model.index(1, 2).data(ImportPreviewModel::RejectedRole).toBool());
    QVERIFY(model.index(1, 3).data().toString().contains(QStringLiteral("\"abc\"")));
    QVERIFY(model.index(1, 1).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, 1).data(Qt::ForegroundRole).isValid());
}

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
