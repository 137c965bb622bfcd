// checkout-load: drives a running storefrontd through whole checkouts — quote, order (with an
// Idempotency-Key), pay, and the mock provider's signed callback — from many keep-alive clients at
// once, for a fixed time, and prints orders per second and latency percentiles. Loopback only.
//
//   checkout-load --port 18080 [--clients 32] [--seconds 10] [--skus 1,2,3]
//
// The server must run with --mock-payments (or --demo) and --rate-limit 0. Customers are
// registered on first use (bench-N@example.com) and reused afterwards. The oversold check is done
// by tests/benchmarks/checkout on the database after the run.

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
};

// One customer's keep-alive connection.
class Client
{
public:
    explicit Client(quint16 port)
        : m_session("127.0.0.1", port)
    {
        m_session.setKeepAlive(true);
        m_session.setTimeout(Poco::Timespan(30, 0));
    }

    Reply send(const std::string &method, const std::string &path, const QJsonObject &body,
               const std::string &idempotencyKey = {})
    {
        Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        if (!m_token.empty())
            request.set("Authorization", "Bearer " + m_token);
        if (!idempotencyKey.empty())
            request.set("Idempotency-Key", idempotencyKey);
        const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setContentType("application/json");
        request.setContentLength64(raw.size());
        for (int attempt = 0;; ++attempt) {
            try {
                m_session.sendRequest(request).write(raw.constData(), raw.size());
                Poco::Net::HTTPResponse response;
                std::istream &in = m_session.receiveResponse(response);
                std::string content(std::istreambuf_iterator<char>(in), {});
                return {int(response.getStatus()),
                        QJsonDocument::fromJson(QByteArray::fromStdString(content)).object()};
            } catch (const Poco::Exception &) {
                // The server closed a kept-alive connection (its per-connection request limit):
                // reconnect once, as any HTTP client does.
                m_session.reset();
                if (attempt > 0)
                    return {};
            }
        }
    }

    void setToken(const std::string &token) { m_token = token; }

private:
    Poco::Net::HTTPClientSession m_session;
    std::string m_token;
};

struct Totals
{
    std::atomic<qint64> orders{0};
    std::atomic<qint64> soldOut{0};
    std::atomic<qint64> failures{0};
    std::mutex mutex;
    std::vector<double> latenciesMs;              // one per completed checkout
    std::atomic<qint64> stepNs[4] = {0, 0, 0, 0}; // quote, order, pay, mock provider
    QStringList errors;
};

// Registrations are limited per client address (5 in 15 minutes), so the clients share a few
// accounts, each with a session of its own.
constexpr int kAccounts = 4;

bool signIn(Client &client, int n, qint64 &addressId)
{
    n %= kAccounts;
    const QString email = QStringLiteral("bench-%1@example.com").arg(n);
    const QString password = QStringLiteral("bench-password-%1").arg(n);
    const Reply login =
        client.send("POST", "/api/v1/auth/login",
                    {{QStringLiteral("login"), email}, {QStringLiteral("password"), password}});
    if (login.status != 200) {
        std::fprintf(stderr, "login of %s: %d %s\n", qPrintable(email), login.status,
                     qPrintable(login.json.value(QStringLiteral("code")).toString()));
        return false;
    }
    client.setToken(login.json.value(QStringLiteral("token")).toString().toStdString());
    const Reply address =
        client.send("POST", "/api/v1/me/addresses",
                    {{QStringLiteral("recipient"), QStringLiteral("压测")},
                     {QStringLiteral("phone"), QStringLiteral("13800138000")},
                     {QStringLiteral("region"), QStringLiteral("上海市 浦东新区")},
                     {QStringLiteral("detail"), QStringLiteral("世纪大道 1 号")}});
    addressId = address.json.value(QStringLiteral("id")).toInteger();
    if (address.status != 201)
        std::fprintf(stderr, "address of %s: %d %s\n", qPrintable(email), address.status,
                     qPrintable(address.json.value(QStringLiteral("code")).toString()));
    return address.status == 201;
}

// Registers the shared accounts (an existing one answers 409, which is fine).
void registerAccounts(quint16 port)
{
    Client client(port);
    for (int n = 0; n < kAccounts; ++n) {
        client.send("POST", "/api/v1/auth/register",
                    {{QStringLiteral("email"), QStringLiteral("bench-%1@example.com").arg(n)},
                     {QStringLiteral("password"), QStringLiteral("bench-password-%1").arg(n)},
                     {QStringLiteral("name"), QStringLiteral("压测 Bench %1").arg(n)}});
    }
}

void runClient(Client &client, qint64 address, int n, const QList<qint64> &skus, qint64 durationMs,
               const QElapsedTimer &clock, Totals &totals)
{
    std::vector<double> latencies;
    for (qint64 i = 0; clock.elapsed() < durationMs; ++i) {
        QElapsedTimer one;
        one.start();
        const qint64 sku = skus.at(int((n * 7919 + i) % skus.size()));
        const QJsonArray items{
            QJsonObject{{QStringLiteral("skuId"), sku}, {QStringLiteral("quantity"), 1 + i % 2}}};
        qint64 mark = one.nsecsElapsed();
        auto step = [&](int i) {
            const qint64 now = one.nsecsElapsed();
            totals.stepNs[i] += now - mark;
            mark = now;
        };
        const Reply quote =
            client.send("POST", "/api/v1/checkout/quote",
                        {{QStringLiteral("addressId"), address}, {QStringLiteral("items"), items}});
        step(0);
        if (quote.status != 200) {
            ++(quote.status == 409 || quote.status == 422 ? totals.soldOut : totals.failures);
            continue;
        }
        const std::string key = "bench-" + std::to_string(n) + "-" + std::to_string(i) + "-" +
                                std::to_string(clock.elapsed());
        const Reply order =
            client.send("POST", "/api/v1/orders",
                        {{QStringLiteral("addressId"), address},
                         {QStringLiteral("items"), items},
                         {QStringLiteral("paymentMethod"), QStringLiteral("alipay")}},
                        key);
        step(1);
        if (order.status != 201) {
            if (order.status == 409 || order.status == 422) {
                ++totals.soldOut;
            } else {
                ++totals.failures;
                std::lock_guard lock(totals.mutex);
                totals.errors << QStringLiteral("order %1 %2")
                                     .arg(order.status)
                                     .arg(order.json.value(QStringLiteral("code")).toString());
            }
            continue;
        }
        const qint64 orderId = order.json.value(QStringLiteral("id")).toInteger();
        const Reply intent =
            client.send("POST", "/api/v1/orders/" + std::to_string(orderId) + "/pay",
                        {{QStringLiteral("method"), QStringLiteral("alipay")}});
        step(2);
        const std::string ref =
            intent.json.value(QStringLiteral("providerRef")).toString().toStdString();
        const Reply paid = client.send("POST", "/api/v1/mockpay/" + ref + "/complete",
                                       {{QStringLiteral("outcome"), QStringLiteral("success")}});
        step(3);
        if (intent.status / 100 != 2 || paid.status / 100 != 2) {
            ++totals.failures;
            std::lock_guard lock(totals.mutex);
            totals.errors << QStringLiteral("pay %1/%2 %3")
                                 .arg(intent.status)
                                 .arg(paid.status)
                                 .arg(paid.json.value(QStringLiteral("code")).toString());
            continue;
        }
        ++totals.orders;
        latencies.push_back(one.nsecsElapsed() / 1e6);
    }
    std::lock_guard lock(totals.mutex);
    totals.latenciesMs.insert(totals.latenciesMs.end(), latencies.begin(), latencies.end());
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Server port."),
                                  QStringLiteral("PORT"), QStringLiteral("18080"));
    const QCommandLineOption clients(QStringLiteral("clients"),
                                     QStringLiteral("Concurrent customers."), QStringLiteral("N"),
                                     QStringLiteral("32"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Duration."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption skus(QStringLiteral("skus"), QStringLiteral("SKU ids to buy."),
                                  QStringLiteral("IDS"), QStringLiteral("1,2,3,4,5,6,7,8"));
    parser.addOptions({port, clients, seconds, skus});
    parser.process(app);

    QList<qint64> skuIds;
    for (const QString &s : parser.value(skus).split(QLatin1Char(',')))
        skuIds << s.toLongLong();
    const int n = qBound(1, parser.value(clients).toInt(), 512);
    const qint64 durationMs = qint64(parser.value(seconds).toDouble() * 1000);
    const quint16 serverPort = quint16(parser.value(port).toUInt());
    registerAccounts(serverPort);
    Totals totals;
    std::vector<std::thread> threads;
    // Sign-in (password hashing, deliberately slow) is not part of the measurement: every client
    // signs in, then all start ordering together and stop after the duration.
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    QElapsedTimer loadClock;
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            Client client(serverPort);
            qint64 address = 0;
            const bool signedIn = signIn(client, i, address);
            ++ready;
            while (!go.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            if (!signedIn) {
                ++totals.failures;
                return;
            }
            runClient(client, address, i, skuIds, durationMs, loadClock, totals);
        });
    }
    while (ready.load() < n)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    loadClock.start();
    go = true;
    for (auto &t : threads)
        t.join();
    const double elapsed = loadClock.nsecsElapsed() / 1e9;
    std::printf("clients %d, %.1f s: %lld orders paid (%.0f orders/s), %lld refused as sold out, "
                "%lld failures; latency per checkout p50 %.1f ms, p99 %.1f ms\n",
                n, elapsed, static_cast<long long>(totals.orders.load()), totals.orders / elapsed,
                static_cast<long long>(totals.soldOut.load()),
                static_cast<long long>(totals.failures.load()), percentile(totals.latenciesMs, 0.5),
                percentile(totals.latenciesMs, 0.99));
    const double done = qMax<qint64>(1, totals.orders.load());
    std::printf("mean time per step: quote %.1f ms, order %.1f ms, pay %.1f ms, provider callback "
                "%.1f ms\n",
                totals.stepNs[0] / done / 1e6, totals.stepNs[1] / done / 1e6,
                totals.stepNs[2] / done / 1e6, totals.stepNs[3] / done / 1e6);
    for (const QString &e : totals.errors.mid(0, 5))
        std::printf("  e.g. %s\n", qPrintable(e));
    return totals.failures > 0 ? 1 : 0;
}
