#include "csvreader.h"
#include "csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace md;

namespace {

struct Outcome
{
    QList<CsvRecord> records;
    QList<QPair<qint64, QString>> errors;
};

Outcome readAll(const QByteArray &csv, int expectedColumns = 0)
{
    QByteArray data = csv;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setExpectedColumns(expectedColumns);
    Outcome out;
    CsvRecord record;
    for (;;) {
        const CsvReader::Status status = reader.next(record);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error)
            out.errors.append({reader.errorLine(), reader.errorString()});
        else
            out.records.append(record);
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quoting();
    void lineNumbersAcrossQuotedNewlines();
    void badQuoting();
    void wrongColumnCount();
    void unterminatedQuote();
    void byteOrderMarkAndCrlf();
    void roundTripWithWriter();
    void chunkBoundaries();
};

void TestCsvReader::quoting()
{
    const Outcome out = readAll("a,\"b,c\",\"say \"\"hi\"\"\",,\"\"\n");
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.records.size(), 1);
    QCOMPARE(out.records[0].fields, QStringList({"a", "b,c", "say \"hi\"", "", ""}));
}

void TestCsvReader::lineNumbersAcrossQuotedNewlines()
{
    const Outcome out = readAll("h1,h2\n\"multi\nline\r\ntext\",x\nlast,y\n");
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.records.size(), 3);
    QCOMPARE(out.records[0].line, 1);
    QCOMPARE(out.records[1].line, 2);
    QCOMPARE(out.records[1].fields[0], QString("multi\nline\r\ntext"));
    QCOMPARE(out.records[2].line, 5);
    QCOMPARE(out.records[2].fields, QStringList({"last", "y"}));
}

void TestCsvReader::badQuoting()
{
    // A stray quote in an unquoted field and text after a closing quote, each on its own line;
    // the reader names both lines and still reads the good lines around them.
    const Outcome out = readAll("a,b\nab\"c,d\n\"x\"y,z\nok,1\n");
    QCOMPARE(out.errors.size(), 2);
    QCOMPARE(out.errors[0].first, 2);
    QVERIFY(out.errors[0].second.startsWith("line 2:"));
    QCOMPARE(out.errors[1].first, 3);
    QVERIFY(out.errors[1].second.contains("closing quote"));
    QCOMPARE(out.records.size(), 2);
    QCOMPARE(out.records[1].fields, QStringList({"ok", "1"}));
    QCOMPARE(out.records[1].line, 4);
}

void TestCsvReader::wrongColumnCount()
{
    const Outcome out = readAll("a,b,c\n1,2,3\n1,2\n\"q\nr\",2,3,4\n5,6,7\n", 3);
    QCOMPARE(out.records.size(), 3);
    QCOMPARE(out.errors.size(), 2);
    QCOMPARE(out.errors[0].first, 3);
    QVERIFY(out.errors[0].second.contains("2 fields where the header has 3"));
    QCOMPARE(out.errors[1].first, 4);
    QCOMPARE(out.records[2].line, 6);
}

void TestCsvReader::unterminatedQuote()
{
    const Outcome out = readAll("a,b\n1,\"open\n2,3\n");
    QCOMPARE(out.records.size(), 1);
    QCOMPARE(out.errors.size(), 1);
    QCOMPARE(out.errors[0].first, 2);
    QVERIFY(out.errors[0].second.contains("not closed"));
}

void TestCsvReader::byteOrderMarkAndCrlf()
{
    const Outcome out = readAll("\xEF\xBB\xBFHandle,Title\r\n西湖,龙井\r\n");
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.records.size(), 2);
    QCOMPARE(out.records[0].fields, QStringList({"Handle", "Title"}));
    QCOMPARE(out.records[1].fields, QStringList({"西湖", "龙井"}));
}

void TestCsvReader::roundTripWithWriter()
{
    const QList<QStringList> rows = {{"id", "note"},
                                     {"1", "plain"},
                                     {"2", "comma, and \"quotes\""},
                                     {"3", "two\r\nlines"},
                                     {"4", ""}};
    QByteArray data;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, true);
        for (const QStringList &row : rows)
            writer.writeRow(row);
    }
    const Outcome out = readAll(data, 2);
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.records.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(out.records[i].fields, rows[i]);
}

void TestCsvReader::chunkBoundaries()
{
    // Larger than the reader's chunk, with quoted doubled quotes and CRLFs straddling the seams.
    QByteArray csv = "k,v\r\n";
    for (int i = 0; i < 40000; ++i)
        csv += QByteArray::number(i) + ",\"x\"\"y\r\nz\"\r\n";
    const Outcome out = readAll(csv, 2);
    QCOMPARE(out.errors.size(), 0);
    QCOMPARE(out.records.size(), 40001);
    QCOMPARE(out.records.last().fields, QStringList({"39999", "x\"y\r\nz"}));
    QCOMPARE(out.records.last().line, 2 + 39999 * 2);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
