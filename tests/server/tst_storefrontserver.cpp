#include "catalogservice.h"
#include "storefrontserver.h"
#include "teststore.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sstream>

using namespace md;

// The server on port 0 on 127.0.0.1, spoken to over real HTTP.
class TestStorefrontServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void health();
    void aBusyPortIsRefused();
    void catalogEndpoints();
    void unknownRoutesAreProblems();
    void badPaging();
    void statusLinesAndAuthHeaders();
    void headIsGetWithoutTheBody();

private:
    struct Reply
    {
        int status = 0;
        QByteArray reason;
        QByteArray contentType;
        QByteArray allow;
        QByteArray wwwAuthenticate;
        qint64 contentLength = -1;
        QByteArray raw; // the body as received
        QJsonObject body;
    };
    Reply get(const QString &path);
    Reply send(const std::string &method, const QString &path, const std::string &token = {});

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<StorefrontServer> m_server;
    qint64 m_product = 0;
};

void TestStorefrontServer::init()
{
    m_store = std::make_unique<TestStore>();
    const qint64 cat = m_store->category(QStringLiteral("茶叶 Tea"));
    m_product = m_store->product(cat, QStringLiteral("西湖龙井 Longjing"));
    m_store->sku(m_product, QStringLiteral("LJ-1"), 12800, 5, 6000);
    m_store->product(cat, QStringLiteral("Draft tea"), ProductStatus::Draft);
    ServerOptions o;
    o.port = 0;
    o.threads = 4;
    m_server = std::make_unique<StorefrontServer>(m_store->ctx(), o);
    QVERIFY(m_server->start().ok());
    QVERIFY(m_server->port() != 0);
}

void TestStorefrontServer::cleanup()
{
    m_server->stop();
    m_server.reset();
    m_store.reset();
}

TestStorefrontServer::Reply TestStorefrontServer::get(const QString &path)
{
    return send(Poco::Net::HTTPRequest::HTTP_GET, path);
}

TestStorefrontServer::Reply
TestStorefrontServer::send(const std::string &method, const QString &path, const std::string &token)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", m_server->port());
    Poco::Net::HTTPRequest request(method, path.toStdString(), Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
    if (method == Poco::Net::HTTPRequest::HTTP_POST)
        request.setContentLength(0);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream &in = session.receiveResponse(response);
    std::stringstream body;
    body << in.rdbuf();
    Reply r;
    r.status = response.getStatus();
    r.reason = QByteArray::fromStdString(response.getReason());
    r.contentType = QByteArray::fromStdString(response.getContentType());
    r.allow = QByteArray::fromStdString(response.get("Allow", ""));
    r.wwwAuthenticate = QByteArray::fromStdString(response.get("WWW-Authenticate", ""));
    r.contentLength = response.getContentLength64();
    r.raw = QByteArray::fromStdString(body.str());
    r.body = QJsonDocument::fromJson(r.raw).object();
    return r;
}

void TestStorefrontServer::health()
{
    const Reply r = get(QStringLiteral("/health"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(r.body.value(QStringLiteral("schemaVersion")).toInt() >= 2);
}

void TestStorefrontServer::aBusyPortIsRefused()
{
    // A second server on the same port must fail to start, not share the port (SO_REUSEPORT) and
    // take half of the first one's connections.
    ServerOptions o;
    o.port = m_server->port();
    o.threads = 2;
    StorefrontServer second(m_store->ctx(), o);
    const Status started = second.start();
    QVERIFY(!started.ok());
    QVERIFY(!started.error().message.isEmpty());
    for (int i = 0; i < 8; ++i)
        QCOMPARE(get(QStringLiteral("/health")).status, 200);
}

void TestStorefrontServer::catalogEndpoints()
{
    const Reply cats = get(QStringLiteral("/api/v1/categories"));
    QCOMPARE(cats.status, 200);
    QCOMPARE(cats.body.value(QStringLiteral("items")).toArray().size(), 1);
    const Reply list = get(QStringLiteral("/api/v1/products?q=%E9%BE%99%E4%BA%95")); // 龙井
    QCOMPARE(list.status, 200);
    QCOMPARE(list.body.value(QStringLiteral("total")).toInt(), 1); // the draft is not listed
    const Reply detail = get(QStringLiteral("/api/v1/products/%1").arg(m_product));
    QCOMPARE(detail.status, 200);
    const QJsonObject sku = detail.body.value(QStringLiteral("skus")).toArray().first().toObject();
    QCOMPARE(sku.value(QStringLiteral("price")).toInt(), 12800);
    QVERIFY(!sku.contains(QStringLiteral("cost"))); // never shown to customers
    QCOMPARE(detail.body.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
}

void TestStorefrontServer::unknownRoutesAreProblems()
{
    const Reply r = get(QStringLiteral("/api/v1/nothing-here"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.contentType.startsWith("application/problem+json"));
    QCOMPARE(r.body.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    QCOMPARE(r.body.value(QStringLiteral("status")).toInt(), 404);
    QCOMPARE(get(QStringLiteral("/api/v1/products/abc")).status, 404);
    QCOMPARE(get(QStringLiteral("/api/v1/products/999999")).status, 404);
}

void TestStorefrontServer::badPaging()
{
    QCOMPARE(get(QStringLiteral("/api/v1/products?pageSize=101")).status, 400);
    QCOMPARE(get(QStringLiteral("/api/v1/products?page=0")).status, 400);
    QCOMPARE(get(QStringLiteral("/api/v1/products?page=x")).status, 400);
}

// Each status line carries its own reason phrase; a 405 names the methods the resource has; a
// 401 names the Bearer scheme (RFC 6750), with error=invalid_token when a token was refused.
void TestStorefrontServer::statusLinesAndAuthHeaders()
{
    const Reply found = get(QStringLiteral("/health"));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.reason, QByteArray("OK"));
    const Reply missing = get(QStringLiteral("/api/v1/nothing-here"));
    QCOMPARE(missing.reason, QByteArray("Not Found"));

    const Reply wrongMethod = send(Poco::Net::HTTPRequest::HTTP_DELETE, QStringLiteral("/health"));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.reason, QByteArray("Method Not Allowed"));
    QCOMPARE(wrongMethod.allow, QByteArray("GET, HEAD"));
    const Reply loginByGet = get(QStringLiteral("/api/v1/auth/login"));
    QCOMPARE(loginByGet.status, 405);
    QCOMPARE(loginByGet.allow, QByteArray("POST"));

    const Reply anonymous = get(QStringLiteral("/api/v1/me"));
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.reason, QByteArray("Unauthorized"));
    QCOMPARE(anonymous.wwwAuthenticate, QByteArray("Bearer realm=\"storefront\""));
    const Reply badToken =
        send(Poco::Net::HTTPRequest::HTTP_GET, QStringLiteral("/api/v1/me"), "not-a-token");
    QCOMPARE(badToken.status, 401);
    QCOMPARE(badToken.wwwAuthenticate,
             QByteArray("Bearer realm=\"storefront\", error=\"invalid_token\""));
}

void TestStorefrontServer::headIsGetWithoutTheBody()
{
    const QString path = QStringLiteral("/api/v1/products/%1").arg(m_product);
    const Reply get = this->get(path);
    QCOMPARE(get.status, 200);
    QVERIFY(get.contentLength > 0);
    const Reply head = send(Poco::Net::HTTPRequest::HTTP_HEAD, path);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.contentLength, get.contentLength);
    QVERIFY(head.raw.isEmpty());
    QCOMPARE(send(Poco::Net::HTTPRequest::HTTP_HEAD, QStringLiteral("/health")).status, 200);
    QCOMPARE(send(Poco::Net::HTTPRequest::HTTP_HEAD, QStringLiteral("/api/v1/nothing-here")).status,
             404);
    // A route without GET has no HEAD either.
    const Reply noGet =
        send(Poco::Net::HTTPRequest::HTTP_HEAD, QStringLiteral("/api/v1/auth/login"));
    QCOMPARE(noGet.status, 405);
    QCOMPARE(noGet.allow, QByteArray("POST"));
}

QTEST_GUILESS_MAIN(TestStorefrontServer)
#include "tst_storefrontserver.moc"
