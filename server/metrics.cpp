#include "metrics.h"

#include <QMutexLocker>

namespace md {

void Metrics::recordRequest(const QString &route, int status, double seconds)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests[{route, status}];
    std::size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
        ++bucket;
    ++m_latency[bucket];
    m_latencySum += seconds;
    ++m_latencyCount;
}

QByteArray Metrics::render() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    out += "# HELP storefront_requests_total HTTP requests by route and status.\n"
           "# TYPE storefront_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        QString route = it.key().first;
        route.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        out += "storefront_requests_total{route=\"" + route.toUtf8() + "\",status=\"" +
               QByteArray::number(it.key().second) + "\"} " + QByteArray::number(it.value()) + '\n';
    }
    out += "# HELP storefront_request_duration_seconds Time from request to response.\n"
           "# TYPE storefront_request_duration_seconds histogram\n";
    quint64 cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += m_latency[i];
        out += "storefront_request_duration_seconds_bucket{le=\"" +
               QByteArray::number(kBuckets[i]) + "\"} " + QByteArray::number(cumulative) + '\n';
    }
    cumulative += m_latency[kBuckets.size()];
    out += "storefront_request_duration_seconds_bucket{le=\"+Inf\"} " +
           QByteArray::number(cumulative) + '\n';
    out += "storefront_request_duration_seconds_sum " + QByteArray::number(m_latencySum, 'f', 6) +
           '\n';
    out += "storefront_request_duration_seconds_count " + QByteArray::number(m_latencyCount) + '\n';
    out += "# HELP storefront_orders_placed_total Orders placed.\n# TYPE "
           "storefront_orders_placed_total counter\n"
           "storefront_orders_placed_total " +
           QByteArray::number(m_ordersPlaced.load()) + '\n';
    out += "# HELP storefront_payments_total Payments settled by outcome.\n# TYPE "
           "storefront_payments_total counter\n"
           "storefront_payments_total{outcome=\"succeeded\"} " +
           QByteArray::number(m_paymentsSucceeded.load()) +
           "\nstorefront_payments_total{outcome=\"failed\"} " +
           QByteArray::number(m_paymentsFailed.load()) + '\n';
    return out;
}

} // namespace md
