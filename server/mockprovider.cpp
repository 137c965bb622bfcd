#include "mockprovider.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>

#include <sstream>

namespace md {

namespace {

constexpr std::size_t kMaxIdle = 16;

} // namespace

MockProvider::MockProvider(bool tls, int keepAliveSeconds)
    : m_tls(tls)
    , m_keepAliveSeconds(keepAliveSeconds)
{}

MockProvider::~MockProvider() = default;

std::unique_ptr<Poco::Net::HTTPClientSession> MockProvider::take(quint16 port)
{
    {
        std::lock_guard lock(m_mutex);
        while (!m_idle.empty()) {
            auto session = std::move(m_idle.back());
            m_idle.pop_back();
            if (session->getPort() == port)
                return session;
        }
    }
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    // On loopback to ourselves there is nothing to verify.
    if (m_tls) {
        Poco::Net::Context::Ptr context = new Poco::Net::Context(
            Poco::Net::Context::TLS_CLIENT_USE, std::string(), Poco::Net::Context::VERIFY_NONE);
        session = std::make_unique<Poco::Net::HTTPSClientSession>("127.0.0.1", port, context);
    } else {
        session = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", port);
    }
    session->setTimeout(Poco::Timespan(10, 0));
    session->setKeepAlive(true);
    // Poco reconnects by itself before a request on a connection idle for longer than this (half
    // the server's limit), so a reused connection is never one the server has just closed.
    session->setKeepAliveTimeout(
        Poco::Timespan(Poco::Timespan::TimeDiff(m_keepAliveSeconds) * 500000));
    return session;
}

void MockProvider::giveBack(std::unique_ptr<Poco::Net::HTTPClientSession> session)
{
    std::lock_guard lock(m_mutex);
    if (m_idle.size() < kMaxIdle)
        m_idle.push_back(std::move(session));
}

std::pair<int, QByteArray> MockProvider::deliver(quint16 port, const QByteArray &body,
                                                 const QByteArray &signature)
{
    auto session = take(port);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/api/v1/payments/callback",
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType("application/json");
    request.set("X-Signature", signature.toStdString());
    request.setContentLength64(body.size());
    request.setKeepAlive(true);
    session->sendRequest(request).write(body.constData(), body.size());
    Poco::Net::HTTPResponse response;
    std::istream &in = session->receiveResponse(response);
    std::stringstream reply;
    reply << in.rdbuf();
    const std::pair<int, QByteArray> answer{int(response.getStatus()),
                                            QByteArray::fromStdString(reply.str())};
    // A connection the server is closing (Connection: close) is reopened by Poco at its next use.
    if (in.good() || in.eof())
        giveBack(std::move(session));
    return answer;
}

} // namespace md
