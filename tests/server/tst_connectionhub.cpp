#include "storefrontserver.h"
#include "teststore.h"

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <thread>
#include <vector>

using namespace md;

namespace {

// A raw HTTP/1.1 connection: what a browser or wrk does on the wire, byte for byte, so that the
// tests can pipeline, send half a request, or leave a connection idle.
class RawConnection
{
public:
    struct Response
    {
        int status = 0;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    explicit RawConnection(quint16 port)
        : m_socket(Poco::Net::SocketAddress("127.0.0.1", port))
    {
        m_socket.setReceiveTimeout(Poco::Timespan(10, 0));
    }

    void send(const QByteArray &bytes) { m_socket.sendBytes(bytes.constData(), int(bytes.size())); }

    // The next response; status 0 when the server closed the connection instead.
    Response read()
    {
        Response r;
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill())
                return r;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        r.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                             lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        while (m_buffer.size() < length) {
            if (!fill())
                return {};
        }
        r.body = m_buffer.left(length);
        m_buffer.remove(0, length);
        return r;
    }

    // Whether the server closes the connection within a second (rather than keeping it open
    // for more requests: its keep-alive time is longer).
    bool closedByServer()
    {
        if (!m_buffer.isEmpty())
            return false;
        m_socket.setReceiveTimeout(Poco::Timespan(1, 0));
        bool closed = false;
        try {
            char c;
            closed = m_socket.receiveBytes(&c, 1) == 0;
        } catch (const Poco::Exception &) {
            closed = false; // a timeout: still open
        }
        m_socket.setReceiveTimeout(Poco::Timespan(10, 0));
        return closed;
    }

private:
    bool fill()
    {
        char chunk[16384];
        int n = 0;
        try {
            n = m_socket.receiveBytes(chunk, sizeof chunk);
        } catch (const Poco::Exception &) {
            return false;
        }
        if (n <= 0)
            return false;
        m_buffer.append(chunk, n);
        return true;
    }

    Poco::Net::StreamSocket m_socket;
    QByteArray m_buffer;
};

QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: shop.test\r\n" + extra + "\r\n";
}

} // namespace

// The storefront's connection hub, through the server's public interface and raw sockets:
// keep-alive, pipelining, split and malformed requests, connection limits, stopping.
class TestConnectionHub : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void idleConnectionsDoNotStarveNewOnes();
    void pipelinedRequestsAreAnsweredInOrder();
    void aRequestInPiecesIsServed();
    void cachedAnswersHonourIfNoneMatch();
    void connectionCloseAndHttp10AreHonoured();
    void requestsPerConnectionAreLimited();
    void malformedRequestsGet400();
    void stopAnswersTheRequestInProgress();

private:
    void startServer(int threads, int maxRequests = 1000);

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<StorefrontServer> m_server;
    qint64 m_product = 0;
};

void TestConnectionHub::init()
{
    m_store = std::make_unique<TestStore>();
    const qint64 cat = m_store->category(QStringLiteral("茶叶 Tea"));
    m_product = m_store->product(cat, QStringLiteral("西湖龙井 Longjing"));
    m_store->sku(m_product, QStringLiteral("LJ-1"), 12800, 5, 6000);
}

void TestConnectionHub::cleanup()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_store.reset();
}

void TestConnectionHub::startServer(int threads, int maxRequests)
{
    ServerOptions o;
    o.port = 0;
    o.threads = threads;
    o.maxKeepAliveRequests = maxRequests;
    o.requestsPerSecond = 0;
    m_server = std::make_unique<StorefrontServer>(m_store->ctx(), o);
    QVERIFY(m_server->start().ok());
}

void TestConnectionHub::idleConnectionsDoNotStarveNewOnes()
{
    // Two workers and forty customers who each asked once and kept their connection open: under
    // a thread per connection the forty-first would wait for a keep-alive to expire.
    startServer(2);
    std::vector<std::unique_ptr<RawConnection>> idle;
    for (int i = 0; i < 40; ++i) {
        idle.push_back(std::make_unique<RawConnection>(m_server->port()));
        idle.back()->send(get(i % 2 ? "/health" : "/api/v1/categories"));
        QCOMPARE(idle.back()->read().status, 200);
    }
    QElapsedTimer timer;
    timer.start();
    RawConnection late(m_server->port());
    late.send(get("/api/v1/products/" + QByteArray::number(m_product)));
    const RawConnection::Response detail = late.read();
    QCOMPARE(detail.status, 200);
    QCOMPARE(QJsonDocument::fromJson(detail.body).object().value(QStringLiteral("id")).toInteger(),
             m_product);
    late.send(get("/health"));
    QCOMPARE(late.read().status, 200);
    // Far less than the 5 s keep-alive the idle ones would otherwise hold a worker for.
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    // And the idle ones were kept open, not dropped to make room.
    for (auto &c : idle) {
        c->send(get("/health"));
        QCOMPARE(c->read().status, 200);
    }
}

void TestConnectionHub::pipelinedRequestsAreAnsweredInOrder()
{
    startServer(2);
    RawConnection c(m_server->port());
    // A cached read, one the workers answer, the same cached read, and an unknown path, in one
    // write: the answers come back in the order asked.
    c.send(get("/api/v1/categories")); // fills the cache
    QCOMPARE(c.read().status, 200);
    c.send(get("/api/v1/categories") + get("/health") + get("/api/v1/categories") +
           get("/api/v1/nothing"));
    const RawConnection::Response a = c.read();
    const RawConnection::Response b = c.read();
    const RawConnection::Response again = c.read();
    const RawConnection::Response missing = c.read();
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.contains("items"));
    QCOMPARE(b.status, 200);
    QVERIFY(b.body.contains("schemaVersion"));
    QCOMPARE(again.body, a.body);
    QCOMPARE(missing.status, 404);
    QVERIFY(!c.closedByServer());
}

void TestConnectionHub::aRequestInPiecesIsServed()
{
    startServer(2);
    RawConnection c(m_server->port());
    c.send(get("/api/v1/categories"));
    QCOMPARE(c.read().status, 200);
    const QByteArray request = get("/api/v1/categories");
    c.send(request.left(7));
    QTest::qWait(50);
    c.send(request.mid(7, 20));
    QTest::qWait(50);
    c.send(request.mid(27));
    const RawConnection::Response r = c.read();
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("items"));
    // The connection is still good for the quick path afterwards.
    c.send(get("/api/v1/categories"));
    QCOMPARE(c.read().body, r.body);
}

void TestConnectionHub::cachedAnswersHonourIfNoneMatch()
{
    startServer(2);
    RawConnection c(m_server->port());
    const QByteArray list = "/api/v1/products?pageSize=20";
    c.send(get(list));
    const RawConnection::Response first = c.read(); // computed by a worker, and cached
    c.send(get(list));
    const RawConnection::Response second = c.read(); // from the cache, on the event thread
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QVERIFY(!second.headers.value("etag").isEmpty());
    QCOMPARE(second.headers.value("etag"), first.headers.value("etag"));
    QVERIFY(second.headers.value("content-type").startsWith("application/json"));
    QVERIFY(!second.headers.value("date").isEmpty());
    c.send(get(list, "If-None-Match: " + second.headers.value("etag") + "\r\n"));
    const RawConnection::Response notModified = c.read();
    QCOMPARE(notModified.status, 304);
    QVERIFY(notModified.body.isEmpty());
    c.send(get(list, "If-None-Match: \"stale\"\r\n"));
    QCOMPARE(c.read().status, 200);
}

void TestConnectionHub::connectionCloseAndHttp10AreHonoured()
{
    startServer(2);
    {
        RawConnection warm(m_server->port());
        warm.send(get("/api/v1/categories"));
        QCOMPARE(warm.read().status, 200);
    }
    for (const QByteArray &target : {QByteArray("/api/v1/categories"), QByteArray("/health")}) {
        RawConnection c(m_server->port());
        c.send(get(target, "Connection: close\r\n"));
        const RawConnection::Response r = c.read();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("connection").toLower(), QByteArray("close"));
        QVERIFY(c.closedByServer());

        RawConnection old(m_server->port());
        old.send("GET " + target + " HTTP/1.0\r\n\r\n");
        QCOMPARE(old.read().status, 200);
        QVERIFY(old.closedByServer());
    }
}

void TestConnectionHub::requestsPerConnectionAreLimited()
{
    startServer(2, 3);
    RawConnection c(m_server->port());
    c.send(get("/api/v1/categories"));
    QCOMPARE(c.read().headers.value("connection").toLower(), QByteArray("keep-alive"));
    c.send(get("/api/v1/categories"));
    QCOMPARE(c.read().headers.value("connection").toLower(), QByteArray("keep-alive"));
    c.send(get("/api/v1/categories"));
    const RawConnection::Response last = c.read();
    QCOMPARE(last.status, 200);
    QCOMPARE(last.headers.value("connection").toLower(), QByteArray("close"));
    QVERIFY(c.closedByServer());
}

void TestConnectionHub::malformedRequestsGet400()
{
    startServer(2);
    for (const QByteArray &bad :
         {QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n"),
          QByteArray("GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n"),
          QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n")}) {
        RawConnection c(m_server->port());
        c.send(bad);
        // Poco's parser, which the hub leaves such heads to, refuses them or reads past the odd
        // line; either way a client error or a closed connection, never a crash or a hang.
        const RawConnection::Response r = c.read();
        QVERIFY2(r.status == 0 || (r.status >= 400 && r.status < 500),
                 qPrintable(QString::number(r.status)));
    }
    // The server is unharmed.
    RawConnection c(m_server->port());
    c.send(get("/health"));
    QCOMPARE(c.read().status, 200);
}

void TestConnectionHub::stopAnswersTheRequestInProgress()
{
    startServer(2);
    RawConnection idle(m_server->port());
    idle.send(get("/health"));
    QCOMPARE(idle.read().status, 200);
    // Half a request is in progress at a worker when the server is told to stop: it must still
    // be answered once the rest arrives, and the idle connection closed.
    RawConnection busy(m_server->port());
    const QByteArray request = get("/health");
    busy.send(request.left(10));
    QTest::qWait(100);
    std::thread stopper([this] { m_server->stop(); });
    QTest::qWait(100);
    busy.send(request.mid(10));
    const RawConnection::Response r = busy.read();
    stopper.join();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("connection").toLower(), QByteArray("close"));
    QVERIFY(idle.closedByServer());
    QVERIFY(!m_server->isRunning());
}

QTEST_GUILESS_MAIN(TestConnectionHub)
#include "tst_connectionhub.moc"
