#pragma once

#include "actor.h"
#include "catalogcache.h"
#include "commitgroup.h"
#include "loginthrottle.h"
#include "metrics.h"
#include "mockprovider.h"
#include "order.h"
#include "searchlog.h"
#include "serveroptions.h"
#include "servicecontext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <optional>

namespace md {

class HttpExchange;
class ServiceContext;
template<typename T> class Result;

// What the storefront's handlers share: the services' context, the server's options, and the
// server-wide state (login back-off, request rates, metrics, the search log).
struct ApiContext
{
    ApiContext(const ServiceContext &context, const ServerOptions &serverOptions)
        : ctx(context)
        , options(serverOptions)
        , rateLimiter(serverOptions.requestsPerSecond, serverOptions.requestsPerSecond * 2)
        , commits(context.database())
        , mockProvider(!serverOptions.tlsCertificateFile.isEmpty(), serverOptions.keepAliveSeconds)
    {}

    const ServiceContext &ctx;
    ServerOptions options;
    LoginThrottle throttle;
    RequestRateLimiter rateLimiter;
    Metrics metrics;
    SearchLog searchLog;
    CatalogCache catalogCache;
    CommitGroup commits;          // group commit of the checkout's writes (order, payment callback)
    std::atomic<quint16> port{0}; // the bound port, for the bundled mock payment provider
    MockProvider mockProvider;
};

// Helpers shared by the handler families. Each one that can fail sends the problem response
// itself and returns nullopt/false, so a handler reads: `auto me = api::member(x, c); if (!me)
// return;`.
namespace api {

// The member of the bearer token; 401 when missing, malformed, expired or not a member's.
std::optional<Actor> member(HttpExchange &x, const ApiContext &c);
// The member when a valid token is present, otherwise nullopt without an error.
// The staff member of the bearer token; 401 otherwise (permissions are the services' to check).
std::optional<Actor> staff(HttpExchange &x, const ApiContext &c);
std::optional<Actor> optionalMember(HttpExchange &x, const ApiContext &c);
// The request body as a JSON object (415, 413 or 400 otherwise).
std::optional<QJsonObject> body(HttpExchange &x);
// A positive integer path parameter; 404 otherwise (a malformed id names nothing).
std::optional<qint64> id(HttpExchange &x, const QString &name);
// page and pageSize (1–100, default 20) from the query; 400 when malformed.
bool paging(HttpExchange &x, int &page, int &pageSize);
QJsonObject pageOf(const QJsonArray &items, int page, int pageSize, qint64 total);
// A payment as the customer sees it, with the provider reference to pay with.
QJsonObject paymentJson(const Payment &payment);
// Sends the error of a failed result; true when the result is ok.
template<typename T> bool ok(HttpExchange &x, const Result<T> &result);

} // namespace api
} // namespace md

#include "httpexchange.h"
#include "result.h"

template<typename T> bool md::api::ok(HttpExchange &x, const Result<T> &result)
{
    if (result)
        return true;
    x.sendError(result.error());
    return false;
}
