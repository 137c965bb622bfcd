#pragma once

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <atomic>
#include <list>
#include <mutex>
#include <random>
#include <thread>

// A TCP proxy on 127.0.0.1 that breaks exchanges on purpose, for sync tests: with probability
// `rate` per chunk of data it drops the connection before the request reaches the server, drops
// it after the server answered but before the client has the answer, forwards half an answer and
// hangs up, or delays. Bounded: every socket has a timeout, and the destructor joins everything.
class FaultProxy
{
public:
    FaultProxy(quint16 upstreamPort, double rate, unsigned seed)
        : m_upstream(upstreamPort)
        , m_rate(rate)
        , m_random(seed)
        , m_listener(Poco::Net::SocketAddress("127.0.0.1", 0))
    {
        m_listener.setReceiveTimeout(Poco::Timespan(0, 100000));
        m_acceptor = std::thread([this] { acceptLoop(); });
    }

    ~FaultProxy()
    {
        m_stop = true;
        m_acceptor.join();
        std::lock_guard lock(m_mutex);
        for (std::thread &t : m_workers)
            t.join();
    }

    quint16 port() const { return m_listener.address().port(); }
    void setRate(double rate) { m_rate = rate; }
    int faults() const { return m_faults.load(); }

private:
    enum class Fault { None, DropRequest, DropAnswer, TruncateAnswer, Delay };

    Fault draw()
    {
        std::lock_guard lock(m_randomMutex);
        const double r = std::uniform_real_distribution<double>(0, 1)(m_random);
        if (r >= m_rate.load())
            return Fault::None;
        ++m_faults;
        switch (std::uniform_int_distribution<int>(0, 3)(m_random)) {
        case 0:
            return Fault::DropRequest;
        case 1:
            return Fault::DropAnswer;
        case 2:
            return Fault::TruncateAnswer;
        default:
            return Fault::Delay;
        }
    }

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
        auto pump = [&](Poco::Net::StreamSocket &from, Poco::Net::StreamSocket &to, bool answers) {
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
                const Fault fault = draw();
                if (fault == Fault::Delay)
                    std::this_thread::sleep_for(std::chrono::milliseconds(150));
                if ((fault == Fault::DropRequest && !answers) ||
                    (fault == Fault::DropAnswer && answers))
                    break;
                try {
                    if (fault == Fault::TruncateAnswer && answers) {
                        to.sendBytes(buffer, n / 2);
                        break;
                    }
                    to.sendBytes(buffer, n);
                } catch (const Poco::Exception &) {
                    break;
                }
            }
            done = true;
        };
        std::thread requests([&] { pump(client, server, false); });
        pump(server, client, true);
        requests.join();
        for (Poco::Net::StreamSocket *s : {&client, &server}) {
            try {
                s->close();
            } catch (const Poco::Exception &) {
            }
        }
    }

    quint16 m_upstream;
    std::atomic<double> m_rate;
    std::atomic<int> m_faults{0};
    std::mt19937 m_random;
    std::mutex m_randomMutex;
    Poco::Net::ServerSocket m_listener;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::list<std::thread> m_workers;
};
