// merchantdesk: the composition root of the desktop app. It parses the command line, starts the
// shop host (store + embedded storefront) on its own thread, and shows the main window.
#include "desksession.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "importexportactions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "reportcommand.h"
#include "storefronthost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    // Command-line modes (reports, import, export) run without a window; each returns its exit
    // code. [command-line modes]
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--report") == 0) {
            // A PDF is painted with fonts, which needs a QGuiApplication; with no display (a
            // server, cron) its platform is offscreen unless the caller chose one.
            std::unique_ptr<QCoreApplication> cli;
            if (md::ReportCommand::needsGui(argc, argv)) {
                if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                    && qEnvironmentVariableIsEmpty("DISPLAY")
                    && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                    qputenv("QT_QPA_PLATFORM", "offscreen");
                cli = std::make_unique<QGuiApplication>(argc, argv);
            } else {
                cli = std::make_unique<QCoreApplication>(argc, argv);
            }
            QTextStream out(stdout);
            QTextStream err(stderr);
            return md::ReportCommand::run(QCoreApplication::arguments(), out, err);
        }
        if (qstrcmp(argv[i], "--import") == 0) {
            QCoreApplication cli(argc, argv);
            QTextStream out(stdout);
            QTextStream err(stderr);
            return md::ImportCommand::run(QCoreApplication::arguments(), out, err);
        }
        if (qstrcmp(argv[i], "--export") == 0) {
            QCoreApplication cli(argc, argv);
            QTextStream out(stdout);
            QTextStream err(stderr);
            return md::ExportCommand::run(QCoreApplication::arguments(), out, err);
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MerchantDesk"));
    QApplication::setApplicationName(QStringLiteral("MerchantDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/merchantdesk.png")));

    md::LanguageManager languages;
    languages.setLanguage(languages.preferred());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Back office for an online shop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QCoreApplication::translate("main", "The shop's data folder."),
        QStringLiteral("DIR"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "Port of the embedded storefront (0: any free port)."),
        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption noDemo(
        QStringLiteral("no-demo"),
        QCoreApplication::translate("main", "Start a new shop empty instead of with demo data."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the main window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOptions({dataDir, port, noDemo, screenshot});
    parser.process(app);

    md::HostOptions options;
    options.dataDir = parser.value(dataDir);
    options.demo = !parser.isSet(noDemo);
    options.server.port = quint16(parser.value(port).toUInt());
    options.server.mockPayments = true; // a one-machine shop pays through the mock provider

    md::StorefrontHost host;
    QProgressDialog progress(QCoreApplication::translate("main", "Opening the shop…"), QString(), 0,
                             0);
    progress.setWindowTitle(QStringLiteral("MerchantDesk"));
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr);
    QObject::connect(
        &host, &md::StorefrontHost::progress, &progress,
        [&progress](const QString &stage, qint64 done, qint64 total) {
            progress.setLabelText(
                QCoreApplication::translate("main", "Preparing the shop: %1").arg(stage));
            progress.setMaximum(int(qMin<qint64>(total, INT_MAX)));
            progress.setValue(int(qMin<qint64>(done, INT_MAX)));
        });

    // The desktop works on its own replica of the shop, kept in sync with the embedded storefront
    // over loopback as the local owner of this data folder (docs/architecture.md, "Desktop").
    md::DeskSession session;
    std::unique_ptr<md::MainWindow> window;
    auto showError = [](const QString &message) {
        QMessageBox::critical(
            nullptr, QStringLiteral("MerchantDesk"),
            QCoreApplication::translate("main", "The shop could not be opened.\n\n%1")
                .arg(message));
        QCoreApplication::exit(1);
    };
    QObject::connect(&session, &md::DeskSession::failed, &app, showError);
    QObject::connect(&host, &md::StorefrontHost::ready, &app, [&](const QString &url) {
        progress.reset();
        const md::StoreSettings settings = host.settings();
        window = std::make_unique<md::MainWindow>(session, languages, settings.shopName,
                                                  settings.currency, url);
        window->importExport()->setStore(host.context());
        window->show();
        md::DeskOptions desk;
        desk.dataDir = options.dataDir;
        desk.endpoint.url = url;
        desk.embeddedShop = host.context();
        session.start(desk);
        if (parser.isSet(screenshot)) {
            // Once the replica holds the shop, give the first page of each list time to arrive
            // from its worker thread.
            auto shoot = [&] {
                QTimer::singleShot(2000, window.get(), [&] {
                    const bool saved = window->grab().save(parser.value(screenshot));
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            };
            QObject::connect(&session, &md::DeskSession::ready, window.get(), [&, shoot] {
                if (session.hasCopy())
                    shoot();
            });
            QObject::connect(&session, &md::DeskSession::firstCopyFinished, window.get(), shoot);
        }
    });
    QObject::connect(&host, &md::StorefrontHost::failed, &app, [&](const QString &message) {
        progress.reset();
        QMessageBox::critical(
            nullptr, QStringLiteral("MerchantDesk"),
            QCoreApplication::translate("main", "The shop could not be opened.\n\n%1")
                .arg(message));
        QCoreApplication::exit(1);
    });
    host.start(options);
    const int code = app.exec();
    window.reset(); // its loader threads end before the replica closes
    session.stop(); // and the sync ends before the shop closes
    host.stop();
    return code;
}
