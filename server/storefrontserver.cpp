#include "storefrontserver.h"

#include "apicontext.h"
#include "authapi.h"
#include "catalogapi.h"
#include "changelog.h"
#include "changewatcher.h"
#include "checkoutapi.h"
#include "connectionhub.h"
#include "httpexchange.h"
#include "memberapi.h"
#include "orderapi.h"
#include "recommendationapi.h"
#include "recommender.h"
#include "requesthead.h"
#include "router.h"
#include "securerandom.h"
#include "servicecontext.h"
#include "syncapi.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

#include <exception>

namespace md {

namespace {
// The TLS 1.2 suites offered (OpenSSL notation): forward secrecy and authenticated encryption.
const std::string kTls12Ciphers = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL";
} // namespace

namespace {

const QString kCachedRoute = QStringLiteral("GET catalog (cached)");
// Time allowed for the first request of a connection, and for reading and writing a request.
constexpr int kRequestTimeoutSeconds = 15;

// The cache's answer to an anonymous catalog read (200, or 304 for a matching If-None-Match),
// when it has one and the client is within its request rate (a refused client is answered 429 by
// the full handler). A search answered from the cache still counts towards the popular searches.
// Both ways in use it: the connection hub's event thread and RoutedHandler.
bool cachedCatalogAnswer(ApiContext &api, const std::string &uri, std::string_view ifNoneMatch,
                         const QString &client, QuickAnswer &answer)
{
    CatalogCache::Entry entry;
    if (!api.catalogCache.find(uri, entry) || !api.rateLimiter.allow(client, api.ctx.now()))
        return false;
    if (!entry.searchText.isEmpty())
        api.searchLog.record(entry.searchText);
    answer.etag = entry.etag.toStdString();
    answer.status = ifNoneMatch == answer.etag ? 304 : 200;
    answer.contentType = "application/json; charset=utf-8";
    answer.body = entry.body;
    return true;
}

// The connection hub's quick path: the same cached answers as RoutedHandler gives, built on the
// hub's event thread without waking a worker.
bool answerCatalogQuickly(ApiContext &api, const RequestHead &head, const QString &client,
                          QuickAnswer &answer)
{
    QElapsedTimer timer;
    timer.start();
    if (!api.options.catalogCache || head.method() != "GET" || head.hasField("Authorization"))
        return false;
    const std::string uri(head.target());
    if (!CatalogCache::cacheable(uri))
        return false;
    api.catalogCache.follow(ChangeLog::localCommits());
    if (!cachedCatalogAnswer(api, uri, head.field("If-None-Match"), client, answer))
        return false;
    api.metrics.recordRequest(kCachedRoute, answer.status, timer.nsecsElapsed() / 1e9);
    return true;
}

class RoutedHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    RoutedHandler(const Router &router, ApiContext &api)
        : m_router(router)
        , m_api(api)
    {}

    void handleRequest(Poco::Net::HTTPServerRequest &request,
                       Poco::Net::HTTPServerResponse &response) override
    {
        QElapsedTimer timer;
        timer.start();
        const QString client = QString::fromStdString(request.clientAddress().host().toString());
        // The public catalog, asked anonymously, is answered from the cache when it can be,
        // before any parsing: this is the storefront's hottest path.
        const std::string &uri = request.getURI();
        const bool cacheable =
            m_api.options.catalogCache && request.getMethod() == Poco::Net::HTTPRequest::HTTP_GET &&
            !request.has("Authorization") && !request.hasContentLength() &&
            !request.getChunkedTransferEncoding() && CatalogCache::cacheable(uri);
        quint64 generation = 0;
        if (cacheable) {
            m_api.catalogCache.follow(ChangeLog::localCommits());
            generation = m_api.catalogCache.generation();
            QuickAnswer answer;
            if (cachedCatalogAnswer(m_api, uri, request.get("If-None-Match", std::string()), client,
                                    answer)) {
                sendCached(response, answer);
                m_api.metrics.recordRequest(kCachedRoute, response.getStatus(),
                                            timer.nsecsElapsed() / 1e9);
                return;
            }
        }
        const bool allowed = m_api.rateLimiter.allow(client, m_api.ctx.now());
        HttpExchange exchange(request, response);
        if (cacheable)
            exchange.cacheAnswer(&m_api.catalogCache, generation);
        QString route = QStringLiteral("rate_limited");
        try {
            if (!allowed) {
                exchange.setHeader("Retry-After", "1");
                exchange.sendProblem(429, QStringLiteral("rate_limited"),
                                     QStringLiteral("Too many requests"),
                                     QStringLiteral("Slow down and retry in a second."));
            } else {
                route = m_router.dispatch(exchange);
            }
        } catch (const std::exception &e) {
            // Never a crash, never a stack trace to the client.
            qWarning("storefront: request %s %s failed: %s", qPrintable(exchange.method()),
                     qPrintable(exchange.path()), e.what());
            if (!exchange.responded())
                exchange.sendProblem(500, QStringLiteral("internal_error"),
                                     QStringLiteral("Internal error"));
        }
        m_api.metrics.recordRequest(route, exchange.status(), timer.nsecsElapsed() / 1e9);
    }

private:
    static void sendCached(Poco::Net::HTTPServerResponse &response, const QuickAnswer &answer)
    {
        response.set("ETag", answer.etag);
        response.setStatusAndReason(
            static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
        if (answer.status != 200) {
            response.setContentLength64(0);
            response.send();
            return;
        }
        response.setContentType(answer.contentType);
        response.setContentLength64(answer.body.size());
        response.sendBuffer(answer.body.constData(), answer.body.size());
    }

    const Router &m_router;
    ApiContext &m_api;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Factory(const Router &router, ApiContext &api)
        : m_router(router)
        , m_api(api)
    {}
    Poco::Net::HTTPRequestHandler *
    createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new RoutedHandler(m_router, m_api);
    }

private:
    const Router &m_router;
    ApiContext &m_api;
};

QByteArray openApiDocument()
{
    QFile f(QStringLiteral(":/api/openapi.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("{}");
}

} // namespace

struct StorefrontServer::Private
{
    Private(const ServiceContext &context, const ServerOptions &serverOptions)
        : ctx(context)
        , options(withSecret(serverOptions))
        , api(context, options)
        , recommender(context,
                      {std::chrono::seconds(options.recommendationIntervalSeconds),
                       options.recommendationThresholds, 50},
                      [this] { api.catalogCache.invalidate(); }) // cached answers hold old rules
    {}

    // Never a secret anyone could guess: without one, a random one only this process knows.
    static ServerOptions withSecret(ServerOptions o)
    {
        if (o.paymentSecret.isEmpty())
            o.paymentSecret = SecureRandom::token().toUtf8();
        return o;
    }

    const ServiceContext &ctx;
    ServerOptions options;
    ApiContext api;
    Recommender recommender;
    Router router;
    std::unique_ptr<ConnectionHub> hub;     // plain HTTP
    std::unique_ptr<Poco::ThreadPool> pool; // HTTPS: Poco's HTTPServer
    std::unique_ptr<Poco::Net::HTTPServer> server;
    std::unique_ptr<ChangeWatcher> catalogWatcher;
    std::unique_ptr<ChangeWatcher> orderWatcher; // marks the recommendations stale
    quint16 port = 0;
};

StorefrontServer::StorefrontServer(const ServiceContext &context, const ServerOptions &options)
    : d(std::make_unique<Private>(context, options))
{
    d->router.add(QStringLiteral("GET"), QStringLiteral("/health"), [this](HttpExchange &x) {
        x.sendJson(200, QJsonDocument(QJsonObject{
                            {QStringLiteral("status"), QStringLiteral("ok")},
                            {QStringLiteral("schemaVersion"), d->ctx.database().schemaVersion()}}));
    });
    d->router.add(QStringLiteral("GET"), QStringLiteral("/metrics"), [this](HttpExchange &x) {
        QByteArray text = d->api.metrics.render();
        text += "# HELP storefront_write_batches_total Durable transactions of the group commit.\n"
                "# TYPE storefront_write_batches_total counter\n"
                "storefront_write_batches_total " +
                QByteArray::number(d->api.commits.commits()) +
                "\n# HELP storefront_write_jobs_total Writes (orders, payment callbacks) run "
                "through the group commit.\n"
                "# TYPE storefront_write_jobs_total counter\n"
                "storefront_write_jobs_total " +
                QByteArray::number(d->api.commits.jobs()) + '\n';
        x.sendText(200, "text/plain; version=0.0.4; charset=utf-8", text);
    });
    d->router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/openapi.json"),
                  [](HttpExchange &x) {
                      static const QByteArray document = openApiDocument();
                      x.sendText(200, "application/json; charset=utf-8", document);
                  });
    AuthApi::addRoutes(d->router, d->api);
    CatalogApi::addRoutes(d->router, d->api);
    CheckoutApi::addRoutes(d->router, d->api);
    OrderApi::addRoutes(d->router, d->api);
    MemberApi::addRoutes(d->router, d->api);
    SyncApi::addRoutes(d->router, d->api);
    RecommendationApi::addRoutes(d->router, d->api, d->recommender);
}

StorefrontServer::~StorefrontServer()
{
    stop();
}

Status StorefrontServer::start()
{
    if (isRunning())
        return {};
    try {
        const Poco::Net::SocketAddress address(d->options.bindAddress.toStdString(),
                                               d->options.port);
        Poco::Net::ServerSocket socket;
        if (isTls()) {
            // OpenSSL through Poco NetSSL; TLS 1.2 or newer, the server's cipher order. TLS 1.2
            // offers only forward-secret AEAD suites (ECDHE with AES-GCM or ChaCha20-Poly1305);
            // TLS 1.3's suites are all of that kind already.
            static const bool sslReady = [] {
                Poco::Net::initializeSSL();
                return true;
            }();
            Q_UNUSED(sslReady);
            Poco::Net::Context::Ptr tls = new Poco::Net::Context(
                Poco::Net::Context::TLS_SERVER_USE, d->options.tlsKeyFile.toStdString(),
                d->options.tlsCertificateFile.toStdString(), std::string(),
                Poco::Net::Context::VERIFY_NONE, 9, false, kTls12Ciphers);
            tls->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
            tls->preferServerCiphers();
            socket = Poco::Net::SecureServerSocket(tls);
        }
        // SO_REUSEADDR (a restart need not wait out TIME_WAIT) but not SO_REUSEPORT, which Poco's
        // one-step constructors also set: with it, a second server started on a busy port would
        // quietly share it and take every other connection, with another payment secret.
        socket.bind(address, true, false);
        socket.listen(64);
        auto *params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(d->options.threads);
        params->setMaxQueued(d->options.maxQueued);
        params->setKeepAlive(true);
        params->setKeepAliveTimeout(Poco::Timespan(d->options.keepAliveSeconds, 0));
        params->setMaxKeepAliveRequests(d->options.maxKeepAliveRequests);
        params->setTimeout(Poco::Timespan(kRequestTimeoutSeconds, 0));
        if (isTls() || !d->options.connectionHub) {
            d->pool = std::make_unique<Poco::ThreadPool>(2, d->options.threads);
            d->server = std::make_unique<Poco::Net::HTTPServer>(new Factory(d->router, d->api),
                                                                *d->pool, socket, params);
        } else {
            ConnectionHub::Limits limits;
            limits.workers = d->options.threads;
            limits.maxConnections = d->options.maxConnections;
            limits.keepAliveSeconds = d->options.keepAliveSeconds;
            limits.requestTimeoutSeconds = kRequestTimeoutSeconds;
            limits.maxRequestsPerConnection = d->options.maxKeepAliveRequests;
            d->hub = std::make_unique<ConnectionHub>(
                socket, new Factory(d->router, d->api), params,
                [this](const RequestHead &head, const QString &client, QuickAnswer &answer) {
                    return answerCatalogQuickly(d->api, head, client, answer);
                },
                limits);
        }
        d->catalogWatcher = std::make_unique<ChangeWatcher>(
            d->ctx,
            QStringList{entity::Product, entity::Sku, entity::Category, entity::Review,
                        entity::FlashSale, entity::Setting},
            250, [this] { d->api.catalogCache.invalidate(); });
        d->recommender.start();
        d->orderWatcher = std::make_unique<ChangeWatcher>(d->ctx, QStringList{entity::Order}, 1000,
                                                          [this] { d->recommender.markStale(); });
        if (d->hub)
            d->hub->start();
        else
            d->server->start();
        d->port = socket.address().port();
        d->api.port = d->port;
    } catch (const std::exception &e) {
        d->hub.reset();
        d->server.reset();
        d->pool.reset();
        return makeError(ErrorCode::StorageError,
                         DomainText::tr("The storefront server could not start on %1:%2: %3")
                             .arg(d->options.bindAddress)
                             .arg(d->options.port)
                             .arg(QString::fromUtf8(e.what())));
    }
    return {};
}

void StorefrontServer::stop()
{
    if (!isRunning())
        return;
    // Stop accepting; requests in progress run to completion and are answered.
    if (d->hub) {
        d->hub->stop();
    } else {
        d->server->stopAll(false);
        d->pool->joinAll();
    }
    d->catalogWatcher.reset();
    d->orderWatcher.reset();
    d->recommender.stop();
    d->hub.reset();
    d->server.reset();
    d->pool.reset();
    housekeeping();
}

void StorefrontServer::housekeeping()
{
    d->api.searchLog.flush(d->ctx);
}

bool StorefrontServer::isRunning() const
{
    return d->server != nullptr || d->hub != nullptr;
}

quint16 StorefrontServer::port() const
{
    return d->port;
}

bool StorefrontServer::isTls() const
{
    return !d->options.tlsCertificateFile.isEmpty() && !d->options.tlsKeyFile.isEmpty();
}

QString StorefrontServer::url() const
{
    return QStringLiteral("%1://%2:%3")
        .arg(isTls() ? QStringLiteral("https") : QStringLiteral("http"), d->options.bindAddress)
        .arg(d->port);
}

} // namespace md
