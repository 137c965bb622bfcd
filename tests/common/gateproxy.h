#pragma once

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <QByteArray>
#include <QMutex>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <list>
#include <mutex>
#include <thread>

// A TCP proxy on 127.0.0.1 in front of a storefront that can hold a sync half-way, for tests
// that stop it: it notes the path of every request starting with `gated` (by default the first
// copy's snapshot pages, GET /api/v1/admin/sync/snapshot…; the change feed's pages for a
// catch-up) and, once told to, holds every such request after the first `pass` until release().
// Bounded: sockets time out and the destructor joins everything.
class GateProxy
{
public:
    explicit GateProxy(quint16 upstreamPort,
                       QByteArray gated = QByteArrayLiteral("GET /api/v1/admin/sync/snapshot"))
        : m_upstream(upstreamPort)
        , m_gated(std::move(gated))
        , m_listener(Poco::Net::SocketAddress("127.0.0.1", 0))
    {
        m_listener.setReceiveTimeout(Poco::Timespan(0, 100000));
        m_acceptor = std::thread([this] { acceptLoop(); });
    }

    ~GateProxy()
    {
        m_stop = true;
        release();
        m_acceptor.join();
        std::lock_guard lock(m_mutex);
        for (std::thread &t : m_workers)
            t.join();
    }

    quint16 port() const { return m_listener.address().port(); }

    // Gated requests after the first `pass` (counted from now on) wait until release().
    void holdSnapshotsAfter(int pass)
    {
        std::lock_guard lock(m_gateMutex);
        m_pass = m_seen + pass;
        m_closed = true;
    }
    void release()
    {
        {
            std::lock_guard lock(m_gateMutex);
            m_closed = false;
        }
        m_gate.notify_all();
    }
    // How many requests wait at the gate now.
    int held() const { return m_held.load(); }
    QStringList snapshotRequests() const
    {
        QMutexLocker lock(&m_pathsMutex);
        return m_paths;
    }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            try {
                Poco::Net::StreamSocket client = m_listener.acceptConnection();
                std::lock_guard lock(m_mutex);
                m_workers.emplace_back([this, client]() mutable { serve(client); });
            } catch (const Poco::Exception &) {
                // timeout: look at m_stop again
            }
        }
    }

    // A chunk from the client: notes a gated request and waits at the gate when it is closed.
    void admit(const char *data, int n)
    {
        const QByteArray chunk(data, n);
        const qsizetype at = chunk.indexOf(m_gated);
        if (at < 0)
            return;
        const qsizetype end = chunk.indexOf(' ', at + 4);
        {
            QMutexLocker lock(&m_pathsMutex);
            m_paths << QString::fromLatin1(chunk.mid(at + 4, end - at - 4));
        }
        std::unique_lock lock(m_gateMutex);
        if (++m_seen <= m_pass || !m_closed)
            return;
        ++m_held;
        m_gate.wait(lock, [this] { return !m_closed || m_stop; });
        --m_held;
    }

    void serve(Poco::Net::StreamSocket client)
    {
        Poco::Net::StreamSocket server;
        try {
            server.connect(Poco::Net::SocketAddress("127.0.0.1", m_upstream), Poco::Timespan(5, 0));
        } catch (const Poco::Exception &) {
            client.close();
            return;
        }
        for (Poco::Net::StreamSocket *s : {&client, &server})
            s->setReceiveTimeout(Poco::Timespan(0, 200000));
        std::atomic<bool> done{false};
        auto pump = [&](Poco::Net::StreamSocket &from, Poco::Net::StreamSocket &to, bool requests) {
            char buffer[16384];
            while (!done && !m_stop) {
                int n = 0;
                try {
                    n = from.receiveBytes(buffer, sizeof buffer);
                } catch (const Poco::TimeoutException &) {
                    continue;
                } catch (const Poco::Exception &) {
                    break;
                }
                if (n <= 0)
                    break;
                if (requests)
                    admit(buffer, n);
                try {
                    to.sendBytes(buffer, n);
                } catch (const Poco::Exception &) {
                    break;
                }
            }
            done = true;
        };
        std::thread requests([&] { pump(client, server, true); });
        pump(server, client, false);
        requests.join();
        for (Poco::Net::StreamSocket *s : {&client, &server}) {
            try {
                s->close();
            } catch (const Poco::Exception &) {
            }
        }
    }

    quint16 m_upstream;
    const QByteArray m_gated;
    Poco::Net::ServerSocket m_listener;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::list<std::thread> m_workers;
    std::mutex m_gateMutex;
    std::condition_variable m_gate;
    int m_seen = 0;
    int m_pass = 0;
    bool m_closed = false;
    std::atomic<int> m_held{0};
    mutable QMutex m_pathsMutex;
    QStringList m_paths;
};
