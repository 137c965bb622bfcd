#pragma once

#include "basketanalysis.h"

#include <QByteArray>
#include <QString>

namespace md {

// How a storefront server is set up (storefrontd's options, the desktop's embedded shop, tests).
struct ServerOptions
{
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint16 port = 8080; // 0: any free port
    // Workers for the requests not answered from memory. Over plain HTTP an idle keep-alive
    // connection holds no worker (ConnectionHub); over HTTPS (Poco's HTTPServer) each holds one
    // for its whole life, so size it for the expected clients there.
    int threads = 32;
    int maxQueued = 256;        // HTTPS: connections waiting for a thread
    int maxConnections = 10000; // plain HTTP: open connections; more wait in the listen backlog
    int keepAliveSeconds = 5;
    int maxKeepAliveRequests = 1000;
    // Shared with the payment provider. Empty: a random secret is made at start, which only the
    // bundled mock provider can know (a real provider needs the configured one).
    QByteArray paymentSecret;
    // Serve POST /api/v1/mockpay/{ref}/complete, the bundled mock provider. Off unless asked for
    // (demo shops and tests): anyone who can reach it can mark their own orders paid.
    bool mockPayments = false;
    // Answer anonymous catalog reads from the response cache (see CatalogCache). Off only to
    // measure the uncached path.
    bool catalogCache = true;
    // Plain HTTP through the ConnectionHub (one event thread, a pool of workers). Off: Poco's
    // HTTPServer with a thread per connection, as HTTPS always is (to compare the two).
    bool connectionHub = true;
    // Least time between two minings of the recommendations' rules, which happen only after
    // orders changed (GET /api/v1/products/{id}/recommendations; 0 in tests).
    int recommendationIntervalSeconds = 300;
    // Which pairs become recommendations. Looser than a report's defaults: among hundreds of
    // products, another product is rarely in 10% of a product's orders (the demo shop: 7 of 480
    // products would get any), while a pair seen in 3 orders at lift 1 or more covers 435.
    BasketThresholds recommendationThresholds{3, 0.01, 1.0};
    double requestsPerSecond = 100; // per client address, bursts of twice as many; 0: no limit
    QString tlsCertificateFile;     // PEM; with tlsKeyFile, the server speaks HTTPS (TLS 1.2+)
    QString tlsKeyFile;
};

} // namespace md
