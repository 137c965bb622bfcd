#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <string>

namespace md {

class RequestHead;

// A response the hub's event thread can send at once, without a worker.
struct QuickAnswer
{
    int status = 200; // 200 or 304
    std::string contentType;
    std::string etag;
    QByteArray body;
};

// Owns every connection of the plain-HTTP storefront. Poco's HTTPServer gives each keep-alive
// connection a thread of its own for its whole life, so idle customers hold workers and every
// request costs a thread wake-up and a fresh epoll instance (see docs/performance.md). Here one
// event thread (epoll) waits on all connections at once:
// - a request it can answer from memory (the responder: cached anonymous catalog reads) is
//   answered on that thread, with one read and one write;
// - any other request, with its connection, goes to a fixed pool of workers, which run it through
//   Poco's own HTTP session, request and response classes and the usual handler factory, so the
//   handlers are the same as under Poco's HTTPServer. The connection comes back to the event
//   thread when the worker is done with it.
// Idle connections cost a few hundred bytes and never hold a worker, so open connections cannot
// starve new ones. HTTPS stays with Poco's HTTPServer (the hub reads plain bytes).
//
// Poco 1.11 has a SocketReactor but no non-blocking HTTP server, hence this class. It relies on
// Poco internals that a Poco upgrade may change: HTTPServerRequestImpl and HTTPServerResponseImpl
// built by hand around a worker's HTTPServerSession, and a subclass of HTTPServerSession to reach
// HTTPSession::buffered() (protected in 1.11): a pipelined request Poco has already read into its
// buffer must be served before the connection goes back to the event thread. After upgrading
// Poco, run tst_connectionhub and tst_requesthead before anything else.
class ConnectionHub
{
public:
    // Answers `head` from memory (filling `answer`) or returns false to hand it to a worker.
    // Called on the event thread: it must not block.
    using Responder = std::function<bool(const RequestHead &head, const QString &clientAddress,
                                         QuickAnswer &answer)>;

    struct Limits
    {
        int workers = 32;
        int maxConnections = 10000;     // beyond this, new connections wait in the listen backlog
        int keepAliveSeconds = 5;       // idle time between requests before the hub closes
        int requestTimeoutSeconds = 15; // first request, and reads and writes of a request
        int maxRequestsPerConnection = 1000;
    };

    ConnectionHub(Poco::Net::ServerSocket socket, Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                  Poco::Net::HTTPServerParams::Ptr params, Responder responder, Limits limits);
    ~ConnectionHub();
    ConnectionHub(const ConnectionHub &) = delete;
    ConnectionHub &operator=(const ConnectionHub &) = delete;

    void start();
    // Stops accepting, lets the requests in progress finish and be answered, closes every
    // connection, then returns.
    void stop();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace md
