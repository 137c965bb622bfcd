#include "storefrontserver.h"

#include "catalogapi.h"
#include "httpexchange.h"
#include "router.h"
#include "servicecontext.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include <QJsonObject>

#include <exception>

namespace md {

namespace {

class RoutedHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit RoutedHandler(const Router &router)
        : m_router(router)
    {}

    void handleRequest(Poco::Net::HTTPServerRequest &request,
                       Poco::Net::HTTPServerResponse &response) override
    {
        HttpExchange exchange(request, response);
        try {
            m_router.dispatch(exchange);
        } catch (const std::exception &e) {
            // Never a crash, never a stack trace to the client.
            qWarning("storefront: request %s %s failed: %s", qPrintable(exchange.method()),
                     qPrintable(exchange.path()), e.what());
            if (!exchange.responded())
                exchange.sendProblem(500, QStringLiteral("internal_error"),
                                     QStringLiteral("Internal error"));
        }
    }

private:
    const Router &m_router;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(const Router &router)
        : m_router(router)
    {}
    Poco::Net::HTTPRequestHandler *
    createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new RoutedHandler(m_router);
    }

private:
    const Router &m_router;
};

} // namespace

struct StorefrontServer::Private
{
    const ServiceContext &ctx;
    ServerOptions options;
    Router router;
    std::unique_ptr<Poco::ThreadPool> pool;
    std::unique_ptr<Poco::Net::HTTPServer> server;
    quint16 port = 0;
};

StorefrontServer::StorefrontServer(const ServiceContext &context, const ServerOptions &options)
    : d(std::make_unique<Private>(Private{context, options, {}, {}, {}, 0}))
{
    d->router.add(QStringLiteral("GET"), QStringLiteral("/health"), [this](HttpExchange &x) {
        x.sendJson(200, QJsonDocument(QJsonObject{
                            {QStringLiteral("status"), QStringLiteral("ok")},
                            {QStringLiteral("schemaVersion"), d->ctx.database().schemaVersion()}}));
    });
    CatalogApi::addRoutes(d->router, d->ctx);
}

StorefrontServer::~StorefrontServer()
{
    stop();
}

Status StorefrontServer::start()
{
    if (d->server)
        return {};
    try {
        Poco::Net::ServerSocket socket(
            Poco::Net::SocketAddress(d->options.bindAddress.toStdString(), d->options.port));
        auto *params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(d->options.threads);
        params->setMaxQueued(d->options.maxQueued);
        params->setKeepAlive(true);
        params->setKeepAliveTimeout(Poco::Timespan(d->options.keepAliveSeconds, 0));
        params->setMaxKeepAliveRequests(d->options.maxKeepAliveRequests);
        params->setTimeout(Poco::Timespan(15, 0));
        d->pool = std::make_unique<Poco::ThreadPool>(2, d->options.threads);
        d->server = std::make_unique<Poco::Net::HTTPServer>(new Factory(d->router), *d->pool,
                                                            socket, params);
        d->server->start();
        d->port = socket.address().port();
    } catch (const std::exception &e) {
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
    if (!d->server)
        return;
    d->server->stopAll(false); // stop accepting; in-flight requests run to completion
    d->pool->joinAll();
    d->server.reset();
    d->pool.reset();
}

bool StorefrontServer::isRunning() const
{
    return d->server != nullptr;
}

quint16 StorefrontServer::port() const
{
    return d->port;
}

QString StorefrontServer::url() const
{
    return QStringLiteral("http://%1:%2").arg(d->options.bindAddress).arg(d->port);
}

} // namespace md
