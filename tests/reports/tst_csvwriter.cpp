#include "csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace md;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escaping_data();
    void escaping();
    void rowsAndBom();
};

void TestCsvWriter::escaping_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("plain") << "Longjing" << QByteArray("Longjing");
    QTest::newRow("chinese") << "西湖龙井" << QByteArray("西湖龙井");
    QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"");
    QTest::newRow("quote") << "6\" pot" << QByteArray("\"6\"\" pot\"");
    QTest::newRow("newline") << "line1\nline2" << QByteArray("\"line1\nline2\"");
    QTest::newRow("empty") << "" << QByteArray("");
}

void TestCsvWriter::escaping()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, csv);
    QCOMPARE(CsvWriter::escape(field), csv);
}

void TestCsvWriter::rowsAndBom()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter w(&buffer, true);
    w.writeRow({QStringLiteral("sku"), QStringLiteral("title")});
    w.writeRow({QStringLiteral("LJ-1"), QStringLiteral("龙井, 250g")});
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFsku,title\r\nLJ-1,\"龙井, 250g\"\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
