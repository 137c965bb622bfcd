// merchantdesk: the composition root of the desktop app. It parses the command line, starts the
// shop host (store + embedded storefront) on its own thread, and shows the main window.
#include "deskchoice.h"
#include "desksession.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "importexportactions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "palettemanager.h"
#include "reportcommand.h"
#include "storefronthost.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <functional>
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
        QCoreApplication::translate("main", "Save a picture of the main window to FILE and quit "
                                            "(a %1 in FILE: one picture per area, named by it)."),
        QStringLiteral("FILE"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("main",
                                    "Work with the storefront server at URL as a member of staff "
                                    "(the password from MERCHANTDESK_PASSWORD, else asked)."),
        QStringLiteral("URL"));
    const QCommandLineOption email(
        QStringLiteral("email"),
        QCoreApplication::translate("main", "The staff e-mail to sign in to --server with."),
        QStringLiteral("EMAIL"));
    const QCommandLineOption quitReady(
        QStringLiteral("quit-when-ready"),
        QCoreApplication::translate("main", "Print when the window is ready for work, then quit "
                                            "(for the start-up benchmark)."));
    parser.addOptions({dataDir, port, noDemo, screenshot, server, email, quitReady});
    parser.process(app);
    if (md::PaletteManager::preferred() != md::PaletteManager::Scheme::Light)
        md::PaletteManager().setScheme(md::PaletteManager::preferred());

    // Which desk this is: --data-dir (and --screenshot) keep choosing the shop on the local
    // folder; otherwise the choice remembered from the welcome dialog, which asks on the first
    // run and, for a server, asks for the password at every start.
    md::DeskChoice choice = md::DeskChoice::remembered();
    md::SyncEndpoint remote;
    if (parser.isSet(server)) {
        remote.url = parser.value(server);
        remote.email = parser.value(email);
        remote.password = qEnvironmentVariable("MERCHANTDESK_PASSWORD");
        choice.mode = md::DeskChoice::Mode::Server;
        if (remote.password.isEmpty() || remote.email.isEmpty()) {
            std::unique_ptr<md::WelcomeDialog> signIn(
                md::WelcomeDialog::signIn(remote.url, remote.email));
            if (signIn->exec() != QDialog::Accepted)
                return 0;
            remote = signIn->endpoint();
        }
    } else if (parser.isSet(dataDir) || parser.isSet(screenshot)) {
        choice.mode = md::DeskChoice::Mode::Local;
    } else if (choice.mode != md::DeskChoice::Mode::Local) {
        md::WelcomeDialog welcome(choice);
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        choice = welcome.choice();
        remote = welcome.endpoint();
    }
    const bool local = choice.mode == md::DeskChoice::Mode::Local;

    md::HostOptions options;
    options.dataDir = parser.value(dataDir);
    options.demo = !parser.isSet(noDemo);
    options.server.port = quint16(parser.value(port).toUInt());
    options.server.mockPayments = true; // a one-machine shop pays through the mock provider

    md::StorefrontHost host;
    QProgressDialog progress(QCoreApplication::translate("main", "Opening the shop…"),
                             QCoreApplication::translate("main", "Cancel"), 0, 0);
    progress.setWindowTitle(QStringLiteral("MerchantDesk"));
    progress.setMinimumDuration(300);
    progress.setAutoReset(false); // the stages count anew; only ready() or a failure closes it
    // The first run makes the demo shop (several seconds): stopping it (Cancel, Escape or closing
    // the dialog) keeps nothing, and the next start makes it again.
    const auto stopOpening = [&] {
        host.cancelStart();
        progress.setLabelText(QCoreApplication::translate("main", "Stopping…"));
    };
    QObject::connect(&progress, &QProgressDialog::canceled, &host, stopOpening);
    QObject::connect(&progress, &QDialog::rejected, &host, stopOpening); // Escape
    QObject::connect(&host, &md::StorefrontHost::cancelled, &app,
                     [] { QCoreApplication::exit(0); });
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
    // The window, and the session of one sign-in; File > Sign out ends the session and closes
    // the window's areas, and whoever signs in next gets them for their own role.
    std::function<void()> signOut;
    md::DeskOptions desk;
    md::StoreSettings deskSettings;
    bool refusalShown = false;
    auto openDesk = [&] {
        if (!window) {
            window = std::make_unique<md::MainWindow>(session, languages, deskSettings.shopName,
                                                      deskSettings.currency, desk.endpoint.url);
            if (desk.embeddedShop)
                window->importExport()->setStore(desk.embeddedShop);
            // Queued: the areas close, which they cannot do inside the window's own menu's
            // signal.
            QObject::connect(
                window.get(), &md::MainWindow::signOutRequested, &app, [&] { signOut(); },
                Qt::QueuedConnection);
        }
        window->show();
        refusalShown = false;
        session.start(desk);
    };
    // --quit-when-ready: the cold-start benchmark (tests/benchmarks/cold-start). Prints the wall
    // clock and the peak resident memory once every area is open and the window has been painted,
    // then quits.
    auto quitWhenReady = [&] {
        if (!parser.isSet(quitReady))
            return;
        QObject::connect(window.get(), &md::MainWindow::areasOpened, window.get(), [&] {
            window->repaint(); // painted, not only laid out
            QTimer::singleShot(0, window.get(), [] {
                QFile status(QStringLiteral("/proc/self/status"));
                QByteArray peak;
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmHWM:"))
                            peak = line.mid(6).simplified();
                std::printf("ready %lld ms-since-epoch, peak RSS %s\n",
                            static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                            peak.constData());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        });
    };
    // --screenshot: once the replica holds the shop, give the first page of each list time to
    // arrive from its worker thread.
    auto screenshotWhenCopied = [&] {
        if (!parser.isSet(screenshot))
            return;
        auto shoot = [&] {
            QTimer::singleShot(2000, window.get(), [&] {
                const QString file = parser.value(screenshot);
                if (!file.contains(QLatin1String("%1"))) {
                    QCoreApplication::exit(window->grab().save(file) ? 0 : 1);
                    return;
                }
                // One picture per area this role sees, each after its first page had a moment to
                // arrive from its worker thread.
                auto next = std::make_shared<std::function<void(int)>>();
                *next = [&, file, next](int row) {
                    const QStringList keys = md::MainWindow::areaKeys();
                    while (row < keys.size() && !window->isAreaListed(row))
                        ++row;
                    if (row >= keys.size())
                        return QCoreApplication::exit(0);
                    window->showArea(row);
                    QTimer::singleShot(1500, window.get(), [&, file, next, row, keys] {
                        if (!window->grab().save(file.arg(keys[row])))
                            return QCoreApplication::exit(1);
                        (*next)(row + 1);
                    });
                };
                (*next)(0);
            });
        };
        QObject::connect(&session, &md::DeskSession::ready, window.get(), [&, shoot] {
            if (session.hasCopy())
                shoot();
        });
        QObject::connect(&session, &md::DeskSession::firstCopyFinished, window.get(), shoot);
    };
    signOut = [&] {
        window->closeAreas(); // its views read the replica: gone before the session stops
        session.stop();
        if (!desk.embeddedShop) {
            std::unique_ptr<md::WelcomeDialog> again(
                md::WelcomeDialog::signIn(desk.endpoint.url, desk.endpoint.email));
            if (again->exec() != QDialog::Accepted)
                return QCoreApplication::quit();
            desk.endpoint = again->endpoint();
        } else {
            // The shop on this computer signs in as its local owner by itself; signing out
            // leaves the desk until asked back.
            QMessageBox box(QMessageBox::Information, QStringLiteral("MerchantDesk"),
                            QCoreApplication::translate("main", "You are signed out."));
            QPushButton *in = box.addButton(QCoreApplication::translate("main", "Sign in"),
                                            QMessageBox::AcceptRole);
            box.addButton(QCoreApplication::translate("main", "Quit"), QMessageBox::RejectRole);
            box.exec();
            if (box.clickedButton() != in)
                return QCoreApplication::quit();
        }
        openDesk();
    };
    // A server that stops accepting the staff member's sign-in (password changed, account
    // disabled) is said once per sign-in, with the way back: signing in again.
    QObject::connect(
        &session, &md::DeskSession::connectionChanged, &app,
        [&](md::DeskSession::Connection connection) {
            if (connection != md::DeskSession::Connection::SignInRefused || desk.embeddedShop ||
                refusalShown || !window)
                return;
            refusalShown = true;
            auto *box = new QMessageBox(
                QMessageBox::Warning, QStringLiteral("MerchantDesk"),
                QCoreApplication::translate("main", "The server refused your sign-in."),
                QMessageBox::NoButton, window.get());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setTextFormat(Qt::PlainText);
            box->setInformativeText(session.lastError());
            QPushButton *again = box->addButton(
                QCoreApplication::translate("main", "Sign in again…"), QMessageBox::AcceptRole);
            box->addButton(QMessageBox::Close);
            QObject::connect(box, &QMessageBox::buttonClicked, &app,
                             [&, again](QAbstractButton *b) {
                                 if (b == again)
                                     QTimer::singleShot(0, &app, [&] { signOut(); });
                             });
            box->open();
        });
    if (!local) {
        // A remote shop: no embedded host; the replica of each server has a folder of its own.
        const QUrl url(remote.url);
        desk.dataDir =
            QDir(parser.value(dataDir))
                .filePath(QStringLiteral("servers/%1_%2").arg(url.host()).arg(url.port(0)));
        desk.endpoint = remote;
        // Name and currency come from the shop's settings once the replica holds them.
        deskSettings.shopName.clear();
        deskSettings.currency.clear();
        progress.reset(); // nothing to prepare here: no host
        openDesk();
        screenshotWhenCopied();
        quitWhenReady();
        const int code = app.exec();
        window.reset();
        session.stop();
        return code;
    }
    QObject::connect(&host, &md::StorefrontHost::ready, &app, [&](const QString &url) {
        if (progress.wasCanceled()) // stopped after the demo shop, or with none to make
            return QCoreApplication::exit(0);
        progress.reset();
        deskSettings = host.settings();
        desk.dataDir = options.dataDir;
        desk.endpoint.url = url;
        desk.embeddedShop = host.context();
        openDesk();
        screenshotWhenCopied();
        quitWhenReady();
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
