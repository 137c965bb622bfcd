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

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QTest>

#include <cstdio>
#include <memory>
#include <sstream>

using namespace md;

namespace {

// RAII for the OpenSSL handles of the test certificate.
struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CertFree
{
    void operator()(X509 *c) const { X509_free(c); }
};
struct FileClose
{
    void operator()(FILE *f) const { std::fclose(f); }
};

// A self-signed certificate for 127.0.0.1, valid for a day, written as PEM key and certificate.
bool makeSelfSigned(const QString &keyPath, const QString &certPath)
{
    std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_RSA_gen(2048));
    std::unique_ptr<X509, CertFree> cert(X509_new());
    if (!key || !cert)
        return false;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    X509_EXTENSION *san = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1");
    if (!san)
        return false;
    X509_add_ext(cert.get(), san, -1);
    X509_EXTENSION_free(san);
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return false;
    std::unique_ptr<FILE, FileClose> keyFile(std::fopen(keyPath.toLocal8Bit().constData(), "wb"));
    std::unique_ptr<FILE, FileClose> certFile(std::fopen(certPath.toLocal8Bit().constData(), "wb"));
    return keyFile && certFile &&
           PEM_write_PrivateKey(keyFile.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) &&
           PEM_write_X509(certFile.get(), cert.get());
}

} // namespace

// HTTPS through Poco NetSSL with a certificate made here.
class TestStorefrontTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Poco::Net::initializeSSL(); }
    void servesHttpsAndVerifies();
    void plainHttpIsNotServed();
    void syncVerifiesTheServer();
};

void TestStorefrontTls::servesHttpsAndVerifies()
{
    TestStore store;
    const QString key = store.dir() + QStringLiteral("/key.pem");
    const QString cert = store.dir() + QStringLiteral("/cert.pem");
    QVERIFY(makeSelfSigned(key, cert));
    ServerOptions o;
    o.port = 0;
    o.threads = 4;
    o.tlsCertificateFile = cert;
    o.tlsKeyFile = key;
    StorefrontServer server(store.ctx(), o);
    QVERIFY(server.start().ok());
    QVERIFY(server.url().startsWith(QStringLiteral("https://127.0.0.1:")));

    // The client trusts exactly this certificate and checks it names 127.0.0.1.
    Poco::Net::Context::Ptr trusting = new Poco::Net::Context(
        Poco::Net::Context::TLS_CLIENT_USE, cert.toStdString(), Poco::Net::Context::VERIFY_RELAXED);
    Poco::Net::HTTPSClientSession session("127.0.0.1", server.port(), trusting);
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
    Poco::Net::HTTPSClientSession strictSession("127.0.0.1", server.port(), strict);
    bool refused = false;
    try {
        strictSession.sendRequest(request);
        Poco::Net::HTTPResponse r2;
        strictSession.receiveResponse(r2);
    } catch (const Poco::Exception &) {
        refused = true;
    }
    QVERIFY(refused);
    server.stop();
}

void TestStorefrontTls::plainHttpIsNotServed()
{
    TestStore store;
    const QString key = store.dir() + QStringLiteral("/key.pem");
    const QString cert = store.dir() + QStringLiteral("/cert.pem");
    QVERIFY(makeSelfSigned(key, cert));
    ServerOptions o;
    o.port = 0;
    o.threads = 4;
    o.tlsCertificateFile = cert;
    o.tlsKeyFile = key;
    StorefrontServer server(store.ctx(), o);
    QVERIFY(server.start().ok());
    Poco::Net::HTTPClientSession plain("127.0.0.1", server.port());
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
    server.stop();
}

void TestStorefrontTls::syncVerifiesTheServer()
{
    TestStore store;
    const QString key = store.dir() + QStringLiteral("/key.pem");
    const QString cert = store.dir() + QStringLiteral("/cert.pem");
    QVERIFY(makeSelfSigned(key, cert));
    QVERIFY(StaffService(store.ctx())
                .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                QStringLiteral("owner-password-1"))
                .ok());
    store.product(store.category());
    ServerOptions o;
    o.port = 0;
    o.threads = 4;
    o.tlsCertificateFile = cert;
    o.tlsKeyFile = key;
    StorefrontServer server(store.ctx(), o);
    QVERIFY(server.start().ok());

    // Trusting the shop's certificate, the replica syncs over HTTPS...
    TestStore trusting;
    SyncEngine engine(trusting.ctx(), {server.url(), QStringLiteral("owner@example.com"),
                                       QStringLiteral("owner-password-1"), cert, 100});
    auto report = engine.syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(*SqlQuery(trusting.db().connection(), QStringLiteral("SELECT COUNT(*) FROM products"))
                  .scalar(),
             qint64(1));
    // ...and without it, the self-signed server is refused before a password is sent.
    TestStore wary;
    SyncEngine refused(wary.ctx(), {server.url(), QStringLiteral("owner@example.com"),
                                    QStringLiteral("owner-password-1"), QString(), 100});
    QCOMPARE(refused.syncOnce().error().codeName(), QStringLiteral("server_unreachable"));
    server.stop();
}

QTEST_GUILESS_MAIN(TestStorefrontTls)
#include "tst_storefronttls.moc"
