#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <atomic>

namespace md {

// Counters for GET /metrics in the Prometheus text format: requests by route and status, a
// latency histogram, orders placed and payments settled.
class Metrics
{
public:
    void recordRequest(const QString &route, int status, double seconds);
    void orderPlaced() { ++m_ordersPlaced; }
    void paymentSettled(bool succeeded) { ++(succeeded ? m_paymentsSucceeded : m_paymentsFailed); }
    QByteArray render() const;

private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025,
                                                     0.05,  0.1,    0.25,  0.5,  1.0};
    mutable QMutex m_mutex;
    QHash<QPair<QString, int>, quint64> m_requests;
    std::array<quint64, kBuckets.size() + 1> m_latency{};
    double m_latencySum = 0;
    quint64 m_latencyCount = 0;
    std::atomic<quint64> m_ordersPlaced{0};
    std::atomic<quint64> m_paymentsSucceeded{0};
    std::atomic<quint64> m_paymentsFailed{0};
};

} // namespace md
