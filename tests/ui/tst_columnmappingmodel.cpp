#include "columnmappingmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace md;

// The mapping table: invariants, one dataChanged per edit, required fields and the members'
// "one of" rule.
class TestColumnMappingModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void editingAColumnChangesOneRow();
    void requiredFieldsBlockUntilMapped();
    void oneOfRule();
};

namespace {

QList<ImportField> productFields()
{
    return {{QStringLiteral("handle"), QStringLiteral("handle"), true, -1},
            {QStringLiteral("title"), QStringLiteral("title"), false, 1},
            {QStringLiteral("sku"), QStringLiteral("sku"), false, -1}};
}

const QStringList kHeader{QStringLiteral("ref"), QStringLiteral("title"), QStringLiteral("Code")};

} // namespace

void TestColumnMappingModel::passesTheModelTester()
{
    ColumnMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(kHeader, productFields());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ColumnMappingModel::ColumnCount));
    model.setData(model.index(0, ColumnMappingModel::FileColumn), 0);
    model.setFields({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestColumnMappingModel::editingAColumnChangesOneRow()
{
    ColumnMappingModel model;
    model.setFields(kHeader, productFields());
    const QModelIndex title = model.index(1, ColumnMappingModel::FileColumn);
    QCOMPARE(title.data().toString(), QStringLiteral("title"));
    QCOMPARE(title.data(Qt::EditRole).toInt(), 1);
    QVERIFY(model.flags(title) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, ColumnMappingModel::Field)) & Qt::ItemIsEditable));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(title, 2));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), title);
    QCOMPARE(changed[0][1].toModelIndex(), title);
    QCOMPARE(title.data().toString(), QStringLiteral("Code"));
    QCOMPARE(model.mapping().value(QStringLiteral("title")), 2);
    // The same column again changes nothing; a column past the header is refused.
    QVERIFY(model.setData(title, 2));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.setData(title, 3));
    QVERIFY(!model.setData(model.index(1, ColumnMappingModel::Field), 0));
    QVERIFY(model.setData(title, -1));
    QCOMPARE(title.data().toString(), QStringLiteral("(not imported)"));
}

void TestColumnMappingModel::requiredFieldsBlockUntilMapped()
{
    ColumnMappingModel model;
    model.setFields(kHeader, productFields());
    QVERIFY(!model.isComplete());
    QCOMPARE(model.missing(), QStringList{QStringLiteral("Handle")});
    QVERIFY(
        model.index(0, ColumnMappingModel::Field).data(ColumnMappingModel::RequiredRole).toBool());
    QVERIFY(model.index(0, ColumnMappingModel::Field)
                .data()
                .toString()
                .contains(QStringLiteral("required")));
    QVERIFY(model.setData(model.index(0, ColumnMappingModel::FileColumn), 0));
    QVERIFY(model.isComplete());
    QCOMPARE(model.column(QStringLiteral("handle")), 0);
}

void TestColumnMappingModel::oneOfRule()
{
    ColumnMappingModel model;
    model.setFields({QStringLiteral("Mail"), QStringLiteral("name")},
                    {{QStringLiteral("email"), QStringLiteral("email"), false, -1},
                     {QStringLiteral("phone"), QStringLiteral("phone"), false, -1},
                     {QStringLiteral("name"), QStringLiteral("name"), false, 1}},
                    {QStringLiteral("email"), QStringLiteral("phone")});
    QVERIFY(!model.isComplete());
    QCOMPARE(model.missing().size(), 1);
    QVERIFY(model.missing()[0].contains(QStringLiteral("E-mail")));
    QVERIFY(model.setData(model.index(0, ColumnMappingModel::FileColumn), 0));
    QVERIFY(model.isComplete());
}

QTEST_GUILESS_MAIN(TestColumnMappingModel)
#include "tst_columnmappingmodel.moc"
