#pragma once

#include <QByteArray>

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace Poco::Net {
class HTTPClientSession;
}

namespace md {

// The bundled mock payment provider's outgoing side: sends the shop a signed payment callback
// over HTTP(S) to itself, the way a real provider would, and returns the shop's answer. Keeps a
// few keep-alive connections for the next callbacks (a provider sending many callbacks does the
// same): a new TCP connection per callback cost the checkout benchmark about 5 % of the server's
// CPU. Thread-safe; each call uses a connection of its own.
class MockProvider
{
public:
    // keepAliveSeconds: the server's idle limit; connections idle longer are not reused.
    MockProvider(bool tls, int keepAliveSeconds);
    ~MockProvider();

    // POSTs `body` with `signature` to /api/v1/payments/callback on 127.0.0.1:port.
    std::pair<int, QByteArray> deliver(quint16 port, const QByteArray &body,
                                       const QByteArray &signature);

private:
    std::unique_ptr<Poco::Net::HTTPClientSession> take(quint16 port);
    void giveBack(std::unique_ptr<Poco::Net::HTTPClientSession> session);

    const bool m_tls;
    const int m_keepAliveSeconds;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Poco::Net::HTTPClientSession>> m_idle;
};

} // namespace md
