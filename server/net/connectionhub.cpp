#include "connectionhub.h"

#include "requesthead.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/StreamSocketImpl.h>
#include <Poco/Timestamp.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <ctime>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace md {

namespace {

using Clock = std::chrono::steady_clock;

// A descriptor the hub made itself (the epoll instance, the wake-up eventfd).
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd = -1)
        : m_fd(fd)
    {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// Poco's server session, telling the worker whether it read ahead into a pipelined request:
// those bytes are in the session's buffer, not in the socket, so the worker must serve them
// before it gives the connection back.
class WorkerSession final : public Poco::Net::HTTPServerSession
{
public:
    using HTTPServerSession::HTTPServerSession;
    bool readAhead() const { return buffered() > 0; }
};

// Closing a socket with unread input makes the kernel send a reset, and a reset can make the
// client's kernel drop an answer the client has not read yet. So a connection closed after an
// answer given before the request's body was read (401, 413, 429, ...) first stops sending, then
// reads and discards what the client still sends, until it closes, for at most half a second
// and 1 MiB (RFC 9112 §9.6, "lingering close"). The bound keeps the worker's cost small.
void drainBeforeClose(int fd)
{
    ::shutdown(fd, SHUT_WR);
    const auto deadline = Clock::now() + std::chrono::milliseconds(500);
    char buffer[16384];
    std::size_t drained = 0;
    while (drained < (std::size_t(1) << 20)) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        pollfd readable{fd, POLLIN, 0};
        if (left <= 0 || ::poll(&readable, 1, int(left)) <= 0)
            return;
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n <= 0)
            return;
        drained += std::size_t(n);
    }
}

struct Connection
{
    enum class State {
        Reading,  // in the epoll set, waiting for a request
        Writing,  // in the epoll set, waiting to send the rest of a quick answer
        AtWorker, // out of the epoll set: a worker owns it until it comes back
    };

    explicit Connection(int descriptor)
        : socket(new Poco::Net::StreamSocketImpl(descriptor))
        , fd(descriptor)
    {}

    Poco::Net::StreamSocket socket; // owns the descriptor
    int fd;
    QString client;
    State state = State::Reading;
    std::string out;
    std::size_t sent = 0;
    bool closeAfterWrite = false;
    int requests = 0;
    Clock::time_point deadline;
};

const char *reasonFor(int status)
{
    return status == 304 ? "Not Modified" : "OK";
}

// Tags in epoll_event.data.ptr for the two descriptors that are not connections.
char listenerTag;
char wakeTag;

} // namespace

struct ConnectionHub::Private
{
    Private(Poco::Net::ServerSocket socket, Poco::Net::HTTPRequestHandlerFactory::Ptr handlers,
            Poco::Net::HTTPServerParams::Ptr serverParams, Responder quick, Limits hubLimits)
        : listener(std::move(socket))
        , factory(std::move(handlers))
        , params(std::move(serverParams))
        , responder(std::move(quick))
        , limits(hubLimits)
        , epoll(::epoll_create1(EPOLL_CLOEXEC))
        , wake(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    {}

    // The event thread.
    void run();
    void acceptAll();
    void readRequests(Connection *c);
    bool answerQuickly(Connection *c, const RequestHead &head);
    enum class Flushed { Done, Waiting, Closed };
    Flushed flush(Connection *c);
    void toWorker(Connection *c);
    void takeBack();
    void sweep(Clock::time_point now);
    void close(Connection *c) { connections.erase(c->fd); }
    void setListening(bool on);
    // epoll_ctl for one descriptor: op is EPOLL_CTL_ADD, _MOD or _DEL; tag is what the event
    // thread gets back (the Connection, or one of the two tags). Returns false when it failed.
    bool watch(int op, int fd, std::uint32_t events, void *tag);
    const std::string &httpDate();

    // The workers.
    void work();
    bool serve(Connection &c);

    Poco::Net::ServerSocket listener;
    Poco::Net::HTTPRequestHandlerFactory::Ptr factory;
    Poco::Net::HTTPServerParams::Ptr params;
    Responder responder;
    Limits limits;
    FileDescriptor epoll;
    FileDescriptor wake;

    // Event thread only.
    std::unordered_map<int, std::unique_ptr<Connection>> connections;
    int atWorkers = 0;
    bool listening = false;
    std::string date;
    std::time_t dateSecond = 0;
    char peeked[RequestHead::kMaxLength];

    std::atomic<bool> stopping{false};
    std::thread eventThread;
    std::vector<std::thread> workers;

    std::mutex queueMutex;
    std::condition_variable queueReady;
    std::deque<Connection *> queue;
    bool workersQuit = false;

    std::mutex backMutex;
    std::vector<std::pair<Connection *, bool>> back; // (connection, keep it open)
};

ConnectionHub::ConnectionHub(Poco::Net::ServerSocket socket,
                             Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                             Poco::Net::HTTPServerParams::Ptr params, Responder responder,
                             Limits limits)
    : d(std::make_unique<Private>(std::move(socket), std::move(factory), std::move(params),
                                  std::move(responder), limits))
{
    if (d->epoll.get() < 0 || d->wake.get() < 0)
        throw Poco::Net::NetException("epoll or eventfd could not be created");
}

ConnectionHub::~ConnectionHub()
{
    stop();
}

void ConnectionHub::start()
{
    if (d->eventThread.joinable())
        return;
    d->listener.setBlocking(false);
    d->watch(EPOLL_CTL_ADD, d->wake.get(), EPOLLIN, &wakeTag);
    d->setListening(true);
    for (int i = 0; i < d->limits.workers; ++i)
        d->workers.emplace_back([this] { d->work(); });
    d->eventThread = std::thread([this] { d->run(); });
}

void ConnectionHub::stop()
{
    if (!d->eventThread.joinable())
        return;
    d->stopping = true;
    const quint64 one = 1;
    [[maybe_unused]] const auto w = ::write(d->wake.get(), &one, sizeof one);
    d->eventThread.join(); // returns once every connection is answered and closed
    {
        std::lock_guard lock(d->queueMutex);
        d->workersQuit = true;
    }
    d->queueReady.notify_all();
    for (std::thread &t : d->workers)
        t.join();
    d->workers.clear();
}

void ConnectionHub::Private::setListening(bool on)
{
    if (on == listening)
        return;
    watch(on ? EPOLL_CTL_ADD : EPOLL_CTL_DEL, listener.impl()->sockfd(), EPOLLIN, &listenerTag);
    listening = on;
}

bool ConnectionHub::Private::watch(int op, int fd, std::uint32_t events, void *tag)
{
    epoll_event ev{};
    ev.events = events;
    ev.data.ptr = tag;
    return ::epoll_ctl(epoll.get(), op, fd, &ev) == 0;
}

void ConnectionHub::Private::run()
{
    constexpr int kBatch = 256;
    epoll_event events[kBatch];
    Clock::time_point nextSweep = Clock::now() + std::chrono::seconds(1);
    for (;;) {
        if (stopping) {
            setListening(false);
            // Idle connections close now; those being served or written to close when done.
            for (auto it = connections.begin(); it != connections.end();) {
                if (it->second->state == Connection::State::Reading)
                    it = connections.erase(it);
                else
                    ++it;
            }
            if (connections.empty() && atWorkers == 0)
                return;
        }
        const int n = ::epoll_wait(epoll.get(), events, kBatch, stopping ? 50 : 1000);
        for (int i = 0; i < n; ++i) {
            void *tag = events[i].data.ptr;
            if (tag == &listenerTag) {
                acceptAll();
            } else if (tag == &wakeTag) {
                takeBack();
            } else {
                auto *c = static_cast<Connection *>(tag);
                if (c->state == Connection::State::Writing)
                    flush(c);
                else
                    readRequests(c);
            }
        }
        const Clock::time_point now = Clock::now();
        if (now >= nextSweep) {
            sweep(now);
            nextSweep = now + std::chrono::seconds(1);
        }
    }
}

void ConnectionHub::Private::acceptAll()
{
    while (static_cast<int>(connections.size()) < limits.maxConnections) {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        const int fd = ::accept4(listener.impl()->sockfd(), reinterpret_cast<sockaddr *>(&address),
                                 &length, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EMFILE || errno == ENFILE)
                setListening(false); // out of descriptors: try again at the next sweep
            return;
        }
        auto c = std::make_unique<Connection>(fd);
        try {
            c->client = QString::fromStdString(
                Poco::Net::SocketAddress(reinterpret_cast<sockaddr *>(&address), length)
                    .host()
                    .toString());
            c->socket.setNoDelay(true);
            // Workers write with blocking sends: a client that stops reading must not hold one.
            c->socket.setSendTimeout(Poco::Timespan(limits.requestTimeoutSeconds, 0));
        } catch (const std::exception &) {
            continue; // the connection closes with `c`
        }
        c->deadline = Clock::now() + std::chrono::seconds(limits.requestTimeoutSeconds);
        if (!watch(EPOLL_CTL_ADD, fd, EPOLLIN | EPOLLRDHUP, c.get()))
            continue;
        connections.emplace(fd, std::move(c));
    }
    setListening(false); // full: new connections wait in the backlog until some close
}

void ConnectionHub::Private::readRequests(Connection *c)
{
    // A few pipelined requests at most per turn, so one client cannot hold the event thread.
    for (int turn = 0; turn < 16; ++turn) {
        // Peek, so that a request the workers must serve stays in the socket for Poco to read.
        const ssize_t n = ::recv(c->fd, peeked, sizeof peeked, MSG_PEEK | MSG_DONTWAIT);
        if (n == 0) { // the client closed
            close(c);
            return;
        }
        if (n < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                close(c);
            return;
        }
        RequestHead head;
        if (head.parse(std::string_view(peeked, std::size_t(n))) != RequestHead::Parse::Complete ||
            !answerQuickly(c, head)) {
            // Anything else, an unfinished head included (a worker waits for the rest).
            toWorker(c);
            return;
        }
        if (::recv(c->fd, peeked, head.length(), MSG_DONTWAIT) != ssize_t(head.length())) {
            close(c);
            return;
        }
        if (flush(c) != Flushed::Done || std::size_t(n) == head.length())
            return; // closed, waiting to write, or nothing more was there
    }
}

bool ConnectionHub::Private::answerQuickly(Connection *c, const RequestHead &head)
{
    // Only requests without a body or anything to negotiate; the responder judges the rest.
    if (head.hasField("Content-Length") || head.hasField("Transfer-Encoding") ||
        head.hasField("Expect") || head.hasField("Upgrade"))
        return false;
    QuickAnswer answer;
    try {
        if (!responder(head, c->client, answer))
            return false;
    } catch (const std::exception &) {
        return false; // a worker will try, and answer properly if it fails too
    }
    ++c->requests;
    const bool keepAlive =
        head.keepAlive() && !stopping &&
        (limits.maxRequestsPerConnection <= 0 || c->requests < limits.maxRequestsPerConnection);
    const bool withBody = answer.status == 200;
    std::string &out = c->out;
    out.clear();
    out.reserve(256 + std::size_t(answer.body.size()));
    out += "HTTP/1.1 ";
    out += std::to_string(answer.status);
    out += ' ';
    out += reasonFor(answer.status);
    out += "\r\nDate: ";
    out += httpDate();
    out += keepAlive ? "\r\nConnection: Keep-Alive" : "\r\nConnection: close";
    if (withBody) {
        out += "\r\nContent-Type: ";
        out += answer.contentType;
    }
    out += "\r\nContent-Length: ";
    out += std::to_string(withBody ? answer.body.size() : 0);
    if (!answer.etag.empty()) {
        out += "\r\nETag: ";
        out += answer.etag;
    }
    out += "\r\n\r\n";
    if (withBody)
        out.append(answer.body.constData(), std::size_t(answer.body.size()));
    c->sent = 0;
    c->closeAfterWrite = !keepAlive;
    return true;
}

ConnectionHub::Private::Flushed ConnectionHub::Private::flush(Connection *c)
{
    while (c->sent < c->out.size()) {
        const ssize_t n = ::send(c->fd, c->out.data() + c->sent, c->out.size() - c->sent,
                                 MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                close(c);
                return Flushed::Closed;
            }
            if (c->state != Connection::State::Writing) {
                watch(EPOLL_CTL_MOD, c->fd, EPOLLOUT | EPOLLRDHUP, c);
                c->state = Connection::State::Writing;
                c->deadline = Clock::now() + std::chrono::seconds(limits.requestTimeoutSeconds);
            }
            return Flushed::Waiting;
        }
        c->sent += std::size_t(n);
    }
    c->out.clear();
    c->sent = 0;
    if (c->closeAfterWrite) {
        close(c);
        return Flushed::Closed;
    }
    if (c->state == Connection::State::Writing) {
        watch(EPOLL_CTL_MOD, c->fd, EPOLLIN | EPOLLRDHUP, c);
        c->state = Connection::State::Reading;
    }
    c->deadline = Clock::now() + std::chrono::seconds(limits.keepAliveSeconds);
    return Flushed::Done;
}

void ConnectionHub::Private::toWorker(Connection *c)
{
    watch(EPOLL_CTL_DEL, c->fd, 0, nullptr);
    c->state = Connection::State::AtWorker;
    ++atWorkers;
    {
        std::lock_guard lock(queueMutex);
        queue.push_back(c);
    }
    queueReady.notify_one();
}

void ConnectionHub::Private::takeBack()
{
    quint64 count = 0;
    [[maybe_unused]] const auto r = ::read(wake.get(), &count, sizeof count);
    std::vector<std::pair<Connection *, bool>> returned;
    {
        std::lock_guard lock(backMutex);
        returned.swap(back);
    }
    const Clock::time_point now = Clock::now();
    for (auto [c, keep] : returned) {
        --atWorkers;
        if (!keep || stopping) {
            close(c);
            continue;
        }
        c->state = Connection::State::Reading;
        c->deadline = now + std::chrono::seconds(limits.keepAliveSeconds);
        if (!watch(EPOLL_CTL_ADD, c->fd, EPOLLIN | EPOLLRDHUP, c))
            close(c);
    }
    if (!stopping && static_cast<int>(connections.size()) < limits.maxConnections)
        setListening(true);
}

void ConnectionHub::Private::sweep(Clock::time_point now)
{
    for (auto it = connections.begin(); it != connections.end();) {
        const Connection &c = *it->second;
        if (c.state != Connection::State::AtWorker && now >= c.deadline)
            it = connections.erase(it); // idle past keep-alive, or a client that stopped reading
        else
            ++it;
    }
    if (!stopping && static_cast<int>(connections.size()) < limits.maxConnections)
        setListening(true);
}

const std::string &ConnectionHub::Private::httpDate()
{
    const std::time_t second = std::time(nullptr);
    if (second != dateSecond) {
        date =
            Poco::DateTimeFormatter::format(Poco::Timestamp(), Poco::DateTimeFormat::HTTP_FORMAT);
        dateSecond = second;
    }
    return date;
}

void ConnectionHub::Private::work()
{
    for (;;) {
        Connection *c = nullptr;
        {
            std::unique_lock lock(queueMutex);
            queueReady.wait(lock, [this] { return workersQuit || !queue.empty(); });
            if (queue.empty())
                return;
            c = queue.front();
            queue.pop_front();
        }
        bool keep = false;
        try {
            keep = serve(*c);
        } catch (...) {
            keep = false; // serve() catches what a request can throw; this is for its set-up
        }
        {
            std::lock_guard lock(backMutex);
            back.emplace_back(c, keep);
        }
        const quint64 one = 1;
        [[maybe_unused]] const auto w = ::write(wake.get(), &one, sizeof one);
    }
}

// One request, or several when the client pipelined them, the way Poco's HTTPServerConnection
// serves them; returns whether the connection stays open.
bool ConnectionHub::Private::serve(Connection &c)
{
    WorkerSession session(c.socket, params);
    bool keep = false;
    bool bodyLeft = false; // the last request had a body its answer may have left unread
    do {
        try {
            Poco::Net::HTTPServerResponseImpl response(session);
            Poco::Net::HTTPServerRequestImpl request(response, session, params.get());
            response.setDate(Poco::Timestamp());
            response.setVersion(request.getVersion());
            ++c.requests;
            const bool mayKeep = params->getKeepAlive() && !stopping &&
                                 (limits.maxRequestsPerConnection <= 0 ||
                                  c.requests < limits.maxRequestsPerConnection);
            response.setKeepAlive(mayKeep && request.getKeepAlive() && session.canKeepAlive());
            std::unique_ptr<Poco::Net::HTTPRequestHandler> handler(
                factory->createRequestHandler(request));
            if (request.getExpectContinue() &&
                response.getStatus() == Poco::Net::HTTPResponse::HTTP_OK)
                response.sendContinue();
            handler->handleRequest(request, response);
            keep = mayKeep && response.getKeepAlive() && session.canKeepAlive();
            bodyLeft = request.getChunkedTransferEncoding() ||
                       (request.hasContentLength() && request.getContentLength64() > 0);
        } catch (const Poco::Net::NoMessageException &) {
            keep = false; // the client closed, or sent nothing in time
        } catch (const Poco::Net::MessageException &) {
            // A malformed head: 400, then close (where the next request begins is unknown).
            try {
                Poco::Net::HTTPServerResponseImpl response(session);
                response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
                response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST);
                response.setKeepAlive(false);
                response.send();
            } catch (...) {
            }
            keep = false;
        } catch (...) {
            keep = false; // a network error or timeout: the connection is done
        }
    } while (keep && session.readAhead());
    session.detachSocket(); // the session would close it; the hub decides
    if (!keep && bodyLeft)
        drainBeforeClose(c.fd);
    return keep;
}

} // namespace md
