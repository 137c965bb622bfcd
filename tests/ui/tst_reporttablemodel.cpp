// ReportTableModel over real results: the Sales report computed on a shop made through the
// services (SalesShop), checked cell by cell as a clerk reads it in en_US, plus the raw values,
// alignment and the totals rows; QAbstractItemModelTester watches every change.
#include "reporttablemodel.h"

#include "productreport.h"
#include "salesreport.h"
#include "salesshop.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>

using md::ReportColumnKind;
using md::ReportTableModel;

class TestReportTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { m_shop = std::make_unique<SalesShop>(); }
    void cleanup() { m_shop.reset(); }

    void passesModelTester();
    void headersAreTheColumnTitles();
    void salesCellsAsShown();
    void totalsRowsAreLabelledAndBold();
    void rawValuesAndAlignment();
    void displayText_data();
    void displayText();
    void chineseLocale();

private:
    md::ReportResult sales(bool compare = true)
    {
        md::ReportRequest r = SalesShop::janFeb();
        r.comparePrevious = compare;
        auto res = md::SalesReport().compute(m_shop->ctx(), r);
        if (!res)
            qFatal("sales: %s", qPrintable(res.error().message));
        return res.value();
    }
    static QStringList rowTexts(const ReportTableModel &m, int row)
    {
        QStringList out;
        for (int c = 0; c < m.columnCount(); ++c)
            out << m.index(row, c).data().toString();
        return out;
    }

    std::unique_ptr<SalesShop> m_shop;
};

void TestReportTableModel::passesModelTester()
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(sales());
    QCOMPARE(model.rowCount(), 4);
    model.setResult(sales(false));
    QCOMPARE(model.rowCount(), 3);
    auto products = md::ProductReport().compute(m_shop->ctx(), SalesShop::janFeb());
    QVERIFY2(products, qPrintable(products ? QString() : products.error().message));
    model.setResult(*products);
    QCOMPARE(model.dataRowCount(), int(products->rows.size()));
    model.refreshTexts();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestReportTableModel::headersAreTheColumnTitles()
{
    ReportTableModel model;
    model.setResult(sales());
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{"From", "To", "Orders", "Units", "Gross sales", "Tier discount",
                                   "Coupon discount", "Points discount", "Shipping", "Refunds",
                                   "Net sales", "Average order value"}));
    QCOMPARE(model.headerData(4, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("gross_sales"));
}

void TestReportTableModel::salesCellsAsShown()
{
    ReportTableModel model;
    model.setResult(sales());
    QCOMPARE(rowTexts(model, 0),
             (QStringList{"1/1/26", "1/31/26", "2", "4", "¥306.00", "¥0.00", "¥0.00", "¥0.00",
                          "¥10.00", "¥0.00", "¥306.00", "¥158.00"}));
    QCOMPARE(rowTexts(model, 1),
             (QStringList{"2/1/26", "2/28/26", "1", "2", "¥173.00", "¥0.00", "¥0.00", "¥0.00",
                          "¥0.00", "¥0.00", "¥173.00", "¥173.00"}));
}

void TestReportTableModel::totalsRowsAreLabelledAndBold()
{
    ReportTableModel model;
    model.setResult(sales());
    QCOMPARE(rowTexts(model, 2),
             (QStringList{"Total", "2/28/26", "3", "6", "¥479.00", "¥0.00", "¥0.00", "¥0.00",
                          "¥10.00", "¥0.00", "¥479.00", "¥163.00"}));
    // The previous period had no order: no average, shown as an empty cell.
    QCOMPARE(rowTexts(model, 3),
             (QStringList{"Previous period", "12/31/25", "0", "0", "¥0.00", "¥0.00", "¥0.00",
                          "¥0.00", "¥0.00", "¥0.00", "¥0.00", ""}));
    QCOMPARE(model.index(0, 2).data(ReportTableModel::RowKindRole).toInt(),
             int(ReportTableModel::DataRow));
    QCOMPARE(model.index(2, 2).data(ReportTableModel::RowKindRole).toInt(),
             int(ReportTableModel::TotalRow));
    QCOMPARE(model.index(3, 2).data(ReportTableModel::RowKindRole).toInt(),
             int(ReportTableModel::PreviousTotalRow));
    QVERIFY(!model.index(0, 4).data(Qt::FontRole).isValid());
    QVERIFY(model.index(2, 4).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(3, 4).data(Qt::FontRole).value<QFont>().bold());

    model.setResult(sales(false));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Total"));
}

void TestReportTableModel::rawValuesAndAlignment()
{
    ReportTableModel model;
    const md::ReportResult result = sales();
    model.setResult(result);
    const int gross = result.columnIndex(QStringLiteral("gross_sales"));
    QCOMPARE(model.index(0, gross).data(ReportTableModel::ValueRole).toLongLong(),
             result.integerAt(0, QStringLiteral("gross_sales")));
    QCOMPARE(model.index(0, gross).data(ReportTableModel::ValueRole).toLongLong(), 30600);
    QCOMPARE(model.index(2, gross).data(ReportTableModel::ValueRole).toLongLong(), 47900);
    QCOMPARE(model.index(1, 0).data(ReportTableModel::ValueRole).toDate(), QDate(2026, 2, 1));
    QVERIFY(!model.index(3, 11).data(ReportTableModel::ValueRole).isValid());
    QCOMPARE(model.index(0, gross).data(ReportTableModel::ColumnKindRole).toInt(),
             int(ReportColumnKind::Money));
    const auto align = [&](int column) {
        return Qt::Alignment(model.index(0, column).data(Qt::TextAlignmentRole).toInt()) &
               Qt::AlignHorizontal_Mask;
    };
    QCOMPARE(align(gross), Qt::AlignRight);
    QCOMPARE(align(result.columnIndex(QStringLiteral("orders"))), Qt::AlignRight);
    QCOMPARE(align(0), Qt::AlignLeft);
}

void TestReportTableModel::displayText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    const int money = int(ReportColumnKind::Money), bp = int(ReportColumnKind::PercentBp);
    const int integer = int(ReportColumnKind::Integer);
    QTest::newRow("money grouped") << QVariant(qint64(123456789)) << money << "CNY"
                                   << "¥1,234,567.89";
    QTest::newRow("money negative") << QVariant(qint64(-5)) << money << "GBP"
                                    << "-£0.05";
    QTest::newRow("money without decimals") << QVariant(qint64(1234)) << money << "JPY"
                                            << "¥1,234";
    QTest::newRow("percent") << QVariant(qint64(1234)) << bp << "CNY"
                             << "12.34%";
    QTest::newRow("percent small negative") << QVariant(qint64(-5)) << bp << "CNY"
                                            << "-0.05%";
    QTest::newRow("percent whole grouped") << QVariant(qint64(12345600)) << bp << "CNY"
                                           << "123,456.00%";
    QTest::newRow("integer grouped") << QVariant(qint64(1234567)) << integer << "CNY"
                                     << "1,234,567";
    QTest::newRow("empty cell") << QVariant() << money << "CNY"
                                << "";
    QTest::newRow("text") << QVariant(QStringLiteral("西湖龙井")) << int(ReportColumnKind::Text)
                          << "CNY"
                          << "西湖龙井";
    QTest::newRow("date") << QVariant(QDate(2026, 12, 31)) << int(ReportColumnKind::Date) << "CNY"
                          << "12/31/26";
}

void TestReportTableModel::displayText()
{
    QFETCH(QVariant, value);
    QFETCH(int, kind);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(ReportTableModel::displayText(value, ReportColumnKind(kind), currency, QLocale()),
             text);
}

void TestReportTableModel::chineseLocale()
{
    const QLocale zh(QLocale::Chinese, QLocale::China);
    QCOMPARE(ReportTableModel::displayText(qint64(30600), ReportColumnKind::Money,
                                           QStringLiteral("CNY"), zh),
             QStringLiteral("¥306.00"));
    QCOMPARE(ReportTableModel::displayText(QDate(2026, 1, 31), ReportColumnKind::Date,
                                           QStringLiteral("CNY"), zh),
             zh.toString(QDate(2026, 1, 31), QLocale::ShortFormat));
}

QTEST_MAIN(TestReportTableModel)
#include "tst_reporttablemodel.moc"
