// sync-bench: copies a running storefrontd into an empty replica with SyncEngine (the initial
// sync), then measures an incremental sync of the changes made meanwhile; prints seconds,
// records and the process's peak RSS. Loopback only.
//
//   sync-bench --url http://127.0.0.1:18095 --email owner@… --password … --replica DIR

#include "database.h"
#include "servicecontext.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Server."),
                                 QStringLiteral("URL"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Staff e-mail."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password."),
                                      QStringLiteral("PASSWORD"));
    const QCommandLineOption replica(QStringLiteral("replica"), QStringLiteral("Replica folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Feed page size."), QStringLiteral("N"),
                                      QStringLiteral("1000"));
    parser.addOptions({url, email, password, replica, pageSize});
    parser.process(app);

    md::DatabaseOptions options;
    options.path = parser.value(replica) + QStringLiteral("/replica.db");
    md::Database db(options);
    if (md::Status opened = db.open(); !opened) {
        std::fprintf(stderr, "replica: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    md::ServiceContext ctx(db);
    md::SyncEngine engine(ctx, {parser.value(url),
                                parser.value(email),
                                parser.value(password),
                                {},
                                parser.value(pageSize).toInt()});
    QElapsedTimer timer;
    timer.start();
    auto report = engine.syncOnce();
    if (!report) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(report.error().message));
        return 1;
    }
    std::printf("initial sync: %lld records in %.2f s, peak RSS %ld MiB\n",
                static_cast<long long>(report->pulled), timer.nsecsElapsed() / 1e9,
                peakRssKiB() / 1024);
    std::fflush(stdout);
    // The caller makes changes now, then sends a line on stdin.
    char line[16];
    if (std::fgets(line, sizeof line, stdin)) {
        timer.restart();
        report = engine.syncOnce();
        if (!report) {
            std::fprintf(stderr, "sync: %s\n", qPrintable(report.error().message));
            return 1;
        }
        std::printf("incremental sync: %lld records in %.3f s\n",
                    static_cast<long long>(report->pulled), timer.nsecsElapsed() / 1e9);
    }
    return 0;
}
