#include "rejectedrowsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace md;

// The rejected-rows table: invariants, line and reason columns.
class TestRejectedRowsModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
};

void TestRejectedRowsModel::passesTheModelTester()
{
    RejectedRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRows({{4, QStringLiteral("line 4: a quote inside a field")},
                   {9, QStringLiteral("line 9: no handle")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(RejectedRowsModel::ColumnCount));
    QCOMPARE(model.index(1, RejectedRowsModel::Line).data().toLongLong(), qint64(9));
    QCOMPARE(model.index(1, RejectedRowsModel::Reason).data().toString(),
             QStringLiteral("line 9: no handle"));
    QCOMPARE(model.headerData(RejectedRowsModel::Line, Qt::Horizontal).toString(),
             QStringLiteral("Line"));
    model.retranslate();
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRejectedRowsModel)
#include "tst_rejectedrowsmodel.moc"
