#include "requesthead.h"

#include <QTest>

#include <string>

using namespace md;

// The connection hub's request-head parser: what it accepts for the quick path, and everything it
// leaves to Poco's full parser.
class TestRequestHead : public QObject
{
    Q_OBJECT

private slots:
    void parsesAPlainGet();
    void pipelinedBytesAreNotPartOfTheHead();
    void incompleteUntilTheBlankLine();
    void unusualHeadsAreLeftToTheFullParser_data();
    void unusualHeadsAreLeftToTheFullParser();
    void keepAlive_data();
    void keepAlive();
};

void TestRequestHead::parsesAPlainGet()
{
    const std::string bytes = "GET /api/v1/products?q=%E8%8C%B6 HTTP/1.1\r\n"
                              "Host: shop.example\r\n"
                              "if-none-match:   \"3-abc\"  \r\n"
                              "Accept:\r\n"
                              "\r\n";
    RequestHead head;
    QCOMPARE(head.parse(bytes), RequestHead::Parse::Complete);
    QCOMPARE(head.method(), std::string_view("GET"));
    QCOMPARE(head.target(), std::string_view("/api/v1/products?q=%E8%8C%B6"));
    QCOMPARE(head.version(), std::string_view("HTTP/1.1"));
    QCOMPARE(head.length(), bytes.size());
    QCOMPARE(head.field("If-None-Match"), std::string_view("\"3-abc\"")); // any case, trimmed
    QCOMPARE(head.field("host"), std::string_view("shop.example"));
    QVERIFY(head.hasField("Accept"));
    QVERIFY(head.field("Accept").empty());
    QVERIFY(!head.hasField("Authorization"));
}

void TestRequestHead::pipelinedBytesAreNotPartOfTheHead()
{
    const std::string first = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
    const std::string bytes = first + "GET /b HTTP/1.1\r\nHost: x\r\n\r\n";
    RequestHead head;
    QCOMPARE(head.parse(bytes), RequestHead::Parse::Complete);
    QCOMPARE(head.target(), std::string_view("/a"));
    QCOMPARE(head.length(), first.size());
    QCOMPARE(head.parse(std::string_view(bytes).substr(head.length())),
             RequestHead::Parse::Complete);
    QCOMPARE(head.target(), std::string_view("/b"));
}

void TestRequestHead::incompleteUntilTheBlankLine()
{
    const std::string bytes = "GET /api/v1/products HTTP/1.1\r\nHost: x\r\n\r\n";
    RequestHead head;
    for (std::size_t n = 0; n < bytes.size(); ++n)
        QCOMPARE(head.parse(std::string_view(bytes).substr(0, n)), RequestHead::Parse::Incomplete);
    QCOMPARE(head.parse(bytes), RequestHead::Parse::Complete);
    // A head that never ends within the limit is not waited for on the event thread.
    const std::string huge = "GET / HTTP/1.1\r\nX: " + std::string(RequestHead::kMaxLength, 'a');
    QCOMPARE(head.parse(huge), RequestHead::Parse::Unusual);
}

void TestRequestHead::unusualHeadsAreLeftToTheFullParser_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n\r\n\r\n");
    QTest::newRow("folded line") << QByteArray("GET / HTTP/1.1\r\nX: a\r\n  b\r\n\r\n");
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n");
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n");
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    QTest::newRow("HTTP/0.9") << QByteArray("GET /\r\n\r\n");
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n");
    QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n");
    QTest::newRow("control char in target") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n");
    static const char withNul[] = "GET / HTTP/1.1\r\nX: a\0b\r\n\r\n";
    QTest::newRow("NUL in value") << QByteArray(withNul, sizeof withNul - 1);
    QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\n\r\n");
    QByteArray many = "GET / HTTP/1.1\r\n";
    for (std::size_t i = 0; i <= RequestHead::kMaxFields; ++i)
        many += "X-" + QByteArray::number(qulonglong(i)) + ": v\r\n";
    QTest::newRow("too many fields") << many + "\r\n";
}

void TestRequestHead::unusualHeadsAreLeftToTheFullParser()
{
    QFETCH(QByteArray, bytes);
    RequestHead head;
    QCOMPARE(head.parse(std::string_view(bytes.constData(), std::size_t(bytes.size()))),
             RequestHead::Parse::Unusual);
}

void TestRequestHead::keepAlive_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n")
                               << false;
    QTest::newRow("1.1 list") << QByteArray("GET / HTTP/1.1\r\nConnection: te, close\r\n\r\n")
                              << false;
    QTest::newRow("1.1 keep-alive")
        << QByteArray("GET / HTTP/1.1\r\nConnection: keep-alive\r\n\r\n") << true;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
}

void TestRequestHead::keepAlive()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, keepAlive);
    RequestHead head; // views into `bytes`
    QCOMPARE(head.parse(std::string_view(bytes.constData(), std::size_t(bytes.size()))),
             RequestHead::Parse::Complete);
    QCOMPARE(head.keepAlive(), keepAlive);
}

QTEST_GUILESS_MAIN(TestRequestHead)
#include "tst_requesthead.moc"
