#include "staffapiclient.h"

#include "selfsignedcertificate.h"
#include "staffservice.h"
#include "staffsignin.h"
#include "storefrontserver.h"
#include "teststore.h"

#include <Poco/Net/NetSSL.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace md;

namespace {

const QString kEmail = QStringLiteral("owner@example.com");
const QString kPassword = QStringLiteral("owner-password-1");

// Accepts connections on 127.0.0.1 and closes each at once without a word, counting them: what a
// client sees of a server that dropped a kept-alive connection.
class Slammer
{
public:
    Slammer()
        : m_socket(Poco::Net::SocketAddress("127.0.0.1", 0))
        , m_thread([this] {
            while (!m_stop) {
                if (!m_socket.poll(Poco::Timespan(0, 20000), Poco::Net::Socket::SELECT_READ))
                    continue;
                Poco::Net::StreamSocket peer = m_socket.acceptConnection();
                ++m_accepted;
                peer.close();
            }
        })
    {}
    ~Slammer()
    {
        m_stop = true;
        m_thread.join();
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_socket.address().port());
    }
    int accepted() const { return m_accepted; }

private:
    Poco::Net::ServerSocket m_socket;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_accepted{0};
    std::thread m_thread;
};

} // namespace

// The staff API client against a real storefront (http and https) and a server that hangs up.
class TestStaffApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Poco::Net::initializeSSL(); }
    void cleanupTestCase() { Poco::Net::uninitializeSSL(); }
    void init();
    void cleanup();
    void aServerAddressMustBeHttpWithAHost_data();
    void aServerAddressMustBeHttpWithAHost();
    void signsInOnceAndCalls();
    void aWrongPasswordIsRefusedWithTheServersCode();
    void aDroppedConnectionIsTriedOnceMoreOnlyWhenKeptAlive_data();
    void aDroppedConnectionIsTriedOnceMoreOnlyWhenKeptAlive();
    void anUnknownAuthorityIsRefusedBeforeThePasswordIsSent();

private:
    void startServer(const QString &cert = {}, const QString &key = {});
    SyncEndpoint endpoint(const QString &password = kPassword, const QString &caFile = {}) const
    {
        return {m_server->url(), kEmail, password, caFile, 100};
    }

    std::unique_ptr<TestStore> m_shop;
    std::unique_ptr<StorefrontServer> m_server;
};

void TestStaffApiClient::init()
{
    m_shop = std::make_unique<TestStore>();
    QVERIFY(
        StaffService(m_shop->ctx()).bootstrapOwner(kEmail, QStringLiteral("店主"), kPassword).ok());
}

void TestStaffApiClient::cleanup()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_shop.reset();
}

void TestStaffApiClient::startServer(const QString &cert, const QString &key)
{
    ServerOptions o;
    o.port = 0;
    o.threads = 4;
    o.requestsPerSecond = 0;
    o.tlsCertificateFile = cert;
    o.tlsKeyFile = key;
    m_server = std::make_unique<StorefrontServer>(m_shop->ctx(), o);
    QVERIFY(m_server->start().ok());
}

void TestStaffApiClient::aServerAddressMustBeHttpWithAHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https with a name") << QStringLiteral("https://shop.example.com") << true;
    QTest::newRow("http with an address and port")
        << QStringLiteral("http://192.168.1.5:8080") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no scheme") << QStringLiteral("shop.example.com") << false;
    QTest::newRow("another scheme") << QStringLiteral("ftp://shop.example.com") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestStaffApiClient::aServerAddressMustBeHttpWithAHost()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const Status s = StaffApiClient::checkUrl(url);
    QCOMPARE(s.ok(), accepted);
    if (!accepted) {
        QCOMPARE(s.error().codeName(), QStringLiteral("invalid_argument"));
        QCOMPARE(s.error().field, QStringLiteral("url"));
        QVERIFY2(s.error().message.contains(QStringLiteral("https://shop.example.com")),
                 qPrintable(s.error().message));
        // The sign-in check says the same without going near the network.
        const Status checked = StaffSignIn::check({url, kEmail, kPassword, {}, 100}, 1);
        QCOMPARE(checked.error().message, s.error().message);
    }
}

void TestStaffApiClient::signsInOnceAndCalls()
{
    startServer();
    StaffApiClient client(endpoint(), StaffApiClient::Connection::KeepAlive, 10);
    QVERIFY(!client.isSignedIn());
    auto head =
        client.call("GET", QStringLiteral("/api/v1/admin/sync/changes?since=0&limit=1"), nullptr);
    QVERIFY2(head.ok(), head ? "" : qPrintable(head.error().message));
    QCOMPARE(head->status, 200);
    QVERIFY(head->json.contains(QStringLiteral("last")));
    QVERIFY(client.isSignedIn());
    // Without the token the same request is refused: the client did send it.
    StaffApiClient anonymous(endpoint(), StaffApiClient::Connection::OneShot, 10);
    auto refused =
        anonymous.send("GET", QStringLiteral("/api/v1/admin/sync/changes?since=0&limit=1"));
    QVERIFY(refused.ok()); // an answer, not a transport failure
    QCOMPARE(refused->status, 401);
    QVERIFY(StaffSignIn::check(endpoint(), 10).ok());
}

void TestStaffApiClient::aWrongPasswordIsRefusedWithTheServersCode()
{
    startServer();
    StaffApiClient client(endpoint(QStringLiteral("not-the-password")),
                          StaffApiClient::Connection::KeepAlive, 10);
    const Status s = client.signIn();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().codeName(), QStringLiteral("invalid_credentials"));
    QVERIFY(!client.isSignedIn());
    // A call does not go ahead without signing in.
    auto call =
        client.call("GET", QStringLiteral("/api/v1/admin/sync/changes?since=0&limit=1"), nullptr);
    QCOMPARE(call.error().codeName(), QStringLiteral("invalid_credentials"));
    const Status checked = StaffSignIn::check(endpoint(QStringLiteral("not-the-password")), 10);
    QCOMPARE(checked.error().codeName(), QStringLiteral("invalid_credentials"));
    QVERIFY(!checked.error().message.isEmpty());
}

void TestStaffApiClient::aDroppedConnectionIsTriedOnceMoreOnlyWhenKeptAlive_data()
{
    QTest::addColumn<StaffApiClient::Connection>("connection");
    QTest::addColumn<int>("connections");
    QTest::newRow("kept alive: once more on a fresh connection")
        << StaffApiClient::Connection::KeepAlive << 2;
    QTest::newRow("one shot: no second try") << StaffApiClient::Connection::OneShot << 1;
}

void TestStaffApiClient::aDroppedConnectionIsTriedOnceMoreOnlyWhenKeptAlive()
{
    QFETCH(StaffApiClient::Connection, connection);
    QFETCH(int, connections);
    Slammer slammer;
    StaffApiClient client({slammer.url(), kEmail, kPassword, {}, 100}, connection, 5);
    auto reply = client.postCredentials();
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().codeName(), QStringLiteral("server_unreachable"));
    QVERIFY2(reply.error().message.contains(QStringLiteral("cannot be reached")),
             qPrintable(reply.error().message));
    QTRY_COMPARE(slammer.accepted(), connections);
    QTest::qWait(100); // and no more
    QCOMPARE(slammer.accepted(), connections);
}

void TestStaffApiClient::anUnknownAuthorityIsRefusedBeforeThePasswordIsSent()
{
    const QString key = m_shop->dir() + QStringLiteral("/key.pem");
    const QString cert = m_shop->dir() + QStringLiteral("/cert.pem");
    QVERIFY(makeSelfSigned(key, cert));
    startServer(cert, key);
    QVERIFY(m_server->url().startsWith(QStringLiteral("https://")));

    StaffApiClient wary(endpoint(), StaffApiClient::Connection::KeepAlive, 10);
    const Status refused = wary.signIn();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().codeName(), QStringLiteral("server_unreachable"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("cannot be reached")),
             qPrintable(refused.error().message));
    QCOMPARE(StaffSignIn::check(endpoint(), 10).error().codeName(),
             QStringLiteral("server_unreachable"));

    // Trusting the shop's own certificate, the same server signs in.
    StaffApiClient trusting(endpoint(kPassword, cert), StaffApiClient::Connection::KeepAlive, 10);
    const Status signedIn = trusting.signIn();
    QVERIFY2(signedIn.ok(), signedIn ? "" : qPrintable(signedIn.error().message));
    QVERIFY(StaffSignIn::check(endpoint(kPassword, cert), 10).ok());
}

QTEST_GUILESS_MAIN(TestStaffApiClient)
#include "tst_staffapiclient.moc"
