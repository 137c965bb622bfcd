#include "selfsignedcertificate.h"
#include "sqlquery.h"
#include "staffservice.h"
#include "storefrontserver.h"
#include "syncengine.h"
#include "teststore.h"

#include <Poco/Net/HTTPClientSession.h>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SSLException.h>

#include <QTest>

#include <memory>
#include <sstream>

using namespace md;

// HTTPS through Poco NetSSL with a certificate made here.
class TestStorefrontTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Poco::Net::initializeSSL(); }
    void servesHttpsAndVerifies();
    void plainHttpIsNotServed();
    void syncVerifiesTheServer();
    void onlyForwardSecretAeadSuitesOverTls12();
};

// A store with a fresh self-signed certificate, and an HTTPS server over it on port 0.
struct TlsShop
{
    TestStore store;
    const QString key = store.dir() + QStringLiteral("/key.pem");
    const QString cert = store.dir() + QStringLiteral("/cert.pem");
    std::unique_ptr<StorefrontServer> server;

    bool makeCertificate() { return makeSelfSigned(key, cert); }
    bool start()
    {
        ServerOptions o;
        o.port = 0;
        o.threads = 4;
        o.tlsCertificateFile = cert;
        o.tlsKeyFile = key;
        server = std::make_unique<StorefrontServer>(store.ctx(), o);
        return server->start().ok();
    }
};

void TestStorefrontTls::servesHttpsAndVerifies()
{
    TlsShop shop;
    QVERIFY(shop.makeCertificate());
    QVERIFY(shop.start());
    QVERIFY(shop.server->url().startsWith(QStringLiteral("https://127.0.0.1:")));

    // The client trusts exactly this certificate and checks it names 127.0.0.1.
    Poco::Net::Context::Ptr trusting =
        new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, shop.cert.toStdString(),
                               Poco::Net::Context::VERIFY_RELAXED);
    Poco::Net::HTTPSClientSession session("127.0.0.1", shop.server->port(), trusting);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/health",
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream &in = session.receiveResponse(response);
    std::stringstream body;
    body << in.rdbuf();
    QCOMPARE(int(response.getStatus()), 200);
    QVERIFY(QByteArray::fromStdString(body.str()).contains("\"ok\""));

    // A client that trusts only the system's CAs refuses our self-signed certificate.
    Poco::Net::Context::Ptr strict =
        new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, std::string(),
                               Poco::Net::Context::VERIFY_STRICT, 9, true);
    Poco::Net::HTTPSClientSession strictSession("127.0.0.1", shop.server->port(), strict);
    bool refused = false;
    try {
        strictSession.sendRequest(request);
        Poco::Net::HTTPResponse r2;
        strictSession.receiveResponse(r2);
    } catch (const Poco::Exception &) {
        refused = true;
    }
    QVERIFY(refused);
    shop.server->stop();
}

void TestStorefrontTls::plainHttpIsNotServed()
{
    TlsShop shop;
    QVERIFY(shop.makeCertificate());
    QVERIFY(shop.start());
    Poco::Net::HTTPClientSession plain("127.0.0.1", shop.server->port());
    plain.setTimeout(Poco::Timespan(5, 0));
    bool failed = false;
    try {
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/health",
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        plain.sendRequest(request);
        Poco::Net::HTTPResponse response;
        plain.receiveResponse(response);
        failed = response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK;
    } catch (const Poco::Exception &) {
        failed = true;
    }
    QVERIFY(failed);
    shop.server->stop();
}

void TestStorefrontTls::syncVerifiesTheServer()
{
    TlsShop shop;
    QVERIFY(shop.makeCertificate());
    QVERIFY(StaffService(shop.store.ctx())
                .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                QStringLiteral("owner-password-1"))
                .ok());
    shop.store.product(shop.store.category());
    QVERIFY(shop.start());

    // Trusting the shop's certificate, the replica syncs over HTTPS...
    TestStore trusting;
    SyncEngine engine(trusting.ctx(), {shop.server->url(), QStringLiteral("owner@example.com"),
                                       QStringLiteral("owner-password-1"), shop.cert, 100});
    auto report = engine.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(*SqlQuery(trusting.db().connection(), QStringLiteral("SELECT COUNT(*) FROM products"))
                  .scalar(),
             qint64(1));
    // ...and without it, the self-signed server is refused before a password is sent.
    TestStore wary;
    SyncEngine refused(wary.ctx(), {shop.server->url(), QStringLiteral("owner@example.com"),
                                    QStringLiteral("owner-password-1"), QString(), 100});
    QCOMPARE(refused.syncOnce().error().codeName(), QStringLiteral("server_unreachable"));
    shop.server->stop();
}

// A TLS 1.2 client offering only suites without forward secrecy or without AEAD is refused; one
// offering ECDHE with AES-GCM or ChaCha20-Poly1305 is served.
void TestStorefrontTls::onlyForwardSecretAeadSuitesOverTls12()
{
    TlsShop shop;
    QVERIFY(shop.makeCertificate());
    QVERIFY(shop.start());
    const auto served = [&](const std::string &ciphers) {
        Poco::Net::Context::Ptr client =
            new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, shop.cert.toStdString(),
                                   Poco::Net::Context::VERIFY_RELAXED, 9, false, ciphers);
        client->disableProtocols(Poco::Net::Context::PROTO_TLSV1_3);
        Poco::Net::HTTPSClientSession session("127.0.0.1", shop.server->port(), client);
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/health",
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        try {
            session.sendRequest(request);
            Poco::Net::HTTPResponse response;
            session.receiveResponse(response);
            return response.getStatus() == Poco::Net::HTTPResponse::HTTP_OK;
        } catch (const Poco::Exception &) {
            return false;
        }
    };
    QVERIFY(served("ECDHE-RSA-AES128-GCM-SHA256"));
    QVERIFY(served("ECDHE-RSA-AES256-GCM-SHA384"));
    QVERIFY(served("ECDHE-RSA-CHACHA20-POLY1305"));
    QVERIFY(!served("AES128-GCM-SHA256"));         // RSA key exchange: no forward secrecy
    QVERIFY(!served("AES256-SHA"));                // neither
    QVERIFY(!served("ECDHE-RSA-AES128-SHA"));      // forward secret, but CBC
    QVERIFY(!served("DHE-RSA-AES128-GCM-SHA256")); // finite-field DHE is not offered either
    shop.server->stop();
}

QTEST_GUILESS_MAIN(TestStorefrontTls)
#include "tst_storefronttls.moc"
