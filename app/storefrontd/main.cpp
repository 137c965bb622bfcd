// storefrontd: the headless storefront server. Runs the shop host and stops cleanly on SIGTERM.
#include "servicecontext.h"
#include "staffservice.h"
#include "storefronthost.h"
#include "storesettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <pthread.h>
#include <thread>

namespace {

// SIGTERM and SIGINT are blocked in every thread and received by one waiting thread, which asks
// the event loop to quit; the host then finishes in-flight requests and closes the store.
// A stop must end whatever the clients do (a client trickling a request can hold a worker): a
// second SIGTERM or SIGINT ends the process at once, and so does a stop still running after
// kStopDeadline. Both are safe for the store: every acknowledged change is already committed
// (synchronous=FULL), and an unfinished transaction is rolled back by SQLite at the next open.
constexpr auto kStopDeadline = std::chrono::seconds(10);

void watchTerminationSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread([set] {
        int signal = 0;
        sigwait(&set, &signal);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
        std::thread([] {
            std::this_thread::sleep_for(kStopDeadline);
            std::fputs("storefrontd: the stop took longer than 10 s; exiting now\n", stderr);
            std::_Exit(0);
        }).detach();
        sigwait(&set, &signal);
        std::fputs("storefrontd: stopping at once\n", stderr);
        std::_Exit(128 + signal);
    }).detach();
}

} // namespace

int main(int argc, char *argv[])
{
    watchTerminationSignals(); // before any thread starts, so that all inherit the mask
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("storefrontd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTextStream out(stdout), err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MerchantDesk storefront server (JSON REST)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The shop's data folder (required)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (0: any free port)."),
                                  QStringLiteral("PORT"), QStringLiteral("8080"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads."),
                                     QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Fill a new, empty store with the demo shop."));
    const QCommandLineOption demoScale(
        QStringLiteral("demo-scale"),
        QStringLiteral("Multiply the demo history (8: over 1,000,000 order lines)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      QStringLiteral("Store currency of a new shop."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption timezone(QStringLiteral("timezone"),
                                      QStringLiteral("Store time zone of a new shop."),
                                      QStringLiteral("ZONE"));
    const QCommandLineOption secret(
        QStringLiteral("payment-secret"),
        QStringLiteral(
            "Payment provider signing secret (default: a random one, for mock payments)."),
        QStringLiteral("S"));
    const QCommandLineOption mockPayments(
        QStringLiteral("mock-payments"),
        QStringLiteral("Serve the bundled mock payment provider (implied by --demo)."));
    const QCommandLineOption initOwner(
        QStringLiteral("init-owner"),
        QStringLiteral("Create the first owner (password from STOREFRONT_OWNER_PASSWORD)."),
        QStringLiteral("EMAIL"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("TLS certificate (PEM); serve HTTPS."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("TLS private key (PEM)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per second per client address (0: no limit)."),
        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption noCatalogCache(
        QStringLiteral("no-catalog-cache"),
        QStringLiteral("Compute every catalog answer (to measure the uncached path)."));
    const QCommandLineOption threadPerConnection(
        QStringLiteral("thread-per-connection"),
        QStringLiteral("Serve plain HTTP with Poco's HTTPServer, a thread per connection, instead "
                       "of the connection hub (to compare the two)."));
    parser.addOptions({dataDir, bind, port, threads, demo, demoScale, currency, timezone, secret,
                       mockPayments, noCatalogCache, initOwner, tlsCert, tlsKey, rateLimit,
                       threadPerConnection});
    parser.process(app);
    if (!parser.isSet(dataDir)) {
        err << "storefrontd: --data-dir is required\n";
        return 2;
    }

    md::HostOptions options;
    options.dataDir = parser.value(dataDir);
    options.demo = parser.isSet(demo);
    options.demoOptions.scale = qMax(1, parser.value(demoScale).toInt());
    options.server.bindAddress = parser.value(bind);
    options.server.port = quint16(parser.value(port).toUInt());
    options.server.threads = qBound(2, parser.value(threads).toInt(), 512);
    options.server.paymentSecret = parser.value(secret).toUtf8();
    options.server.mockPayments = parser.isSet(mockPayments) || parser.isSet(demo);
    options.server.catalogCache = !parser.isSet(noCatalogCache);
    options.server.connectionHub = !parser.isSet(threadPerConnection);
    options.server.requestsPerSecond = qMax(0.0, parser.value(rateLimit).toDouble());
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        err << "storefrontd: --tls-cert and --tls-key go together\n";
        return 2;
    }
    options.server.tlsCertificateFile = parser.value(tlsCert);
    options.server.tlsKeyFile = parser.value(tlsKey);

    md::StorefrontHost host;
    int exitCode = 0;
    QObject::connect(&host, &md::StorefrontHost::progress, &app,
                     [&err](const QString &stage, qint64 done, qint64 total) {
                         err << "storefrontd: " << stage;
                         if (total > 0)
                             err << " " << done << "/" << total;
                         err << "\n";
                         err.flush();
                     });
    QObject::connect(&host, &md::StorefrontHost::failed, &app, [&](const QString &message) {
        err << "storefrontd: " << message << "\n";
        exitCode = 1;
        QCoreApplication::quit();
    });
    QObject::connect(&host, &md::StorefrontHost::ready, &app, [&](const QString &url) {
        const md::ServiceContext &ctx = *host.context();
        QMap<QString, QString> settings;
        if (parser.isSet(currency))
            settings.insert(QStringLiteral("currency"), parser.value(currency));
        if (parser.isSet(timezone))
            settings.insert(QStringLiteral("time_zone"), parser.value(timezone));
        if (!settings.isEmpty()) {
            if (auto s = md::SettingsService(ctx).update(md::Actor::system(), settings); !s)
                err << "storefrontd: " << s.error().message << "\n";
        }
        if (parser.isSet(initOwner)) {
            const QString password = qEnvironmentVariable("STOREFRONT_OWNER_PASSWORD");
            auto owner = md::StaffService(ctx).bootstrapOwner(parser.value(initOwner),
                                                              QStringLiteral("Owner"), password);
            if (!owner)
                err << "storefrontd: --init-owner: " << owner.error().message << "\n";
            else
                err << "storefrontd: created owner " << owner->email << "\n";
        }
        err.flush(); // what --init-owner and the settings said, before the URL
        out << "storefrontd listening on " << url << "\n";
        out.flush();
    });
    host.start(options);
    app.exec();
    host.stop();
    return exitCode;
}
