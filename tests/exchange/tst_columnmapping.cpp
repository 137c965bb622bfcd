#include "columnmapping.h"

#include <QTest>

using namespace md;

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void autoMapIgnoresCaseAndSpaces();
    void manualOverrideAndMissing();
};

namespace {
ColumnMapping productMapping()
{
    return ColumnMapping({{"sku", {"sku", "Variant SKU"}, true},
                          {"price", {"price", "Variant Price"}, true},
                          {"title", {"title"}, false}});
}
} // namespace

void TestColumnMapping::autoMapIgnoresCaseAndSpaces()
{
    ColumnMapping mapping = productMapping();
    mapping.autoMap({"Handle", " variant sku ", "Title", "VARIANT PRICE"});
    QCOMPARE(mapping.column("sku"), 1);
    QCOMPARE(mapping.column("title"), 2);
    QCOMPARE(mapping.column("price"), 3);
    QVERIFY(mapping.missingRequired().isEmpty());
    QCOMPARE(mapping.value({"h", "SKU-1", "Tea", "9.99"}, "price"), QString("9.99"));
    // A short record gives an empty value rather than reading past its end.
    QCOMPARE(mapping.value({"h"}, "price"), QString());
}

void TestColumnMapping::manualOverrideAndMissing()
{
    ColumnMapping mapping = productMapping();
    mapping.autoMap({"code", "amount"});
    QCOMPARE(mapping.missingRequired(), QStringList({"sku", "price"}));
    mapping.map("sku", 0);
    mapping.map("price", 1);
    QVERIFY(mapping.missingRequired().isEmpty());
    QCOMPARE(mapping.value({"A1", "2.50"}, "sku"), QString("A1"));
    mapping.map("price", -1);
    QCOMPARE(mapping.missingRequired(), QStringList({"price"}));
    QCOMPARE(mapping.column("title"), -1);
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
