// merchantdesk: the desktop app's entry point. The command-line modes (reports, import, export)
// run without a window; otherwise it parses the options and hands them to DeskApplication, which
// owns the desk's flow, with the shop this computer runs (EmbeddedShop, the embedded storefront).
#include "deskapplication.h"
#include "embeddedshop.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "languagemanager.h"
#include "reportcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>
#include <optional>

namespace {

// Command-line modes (reports, import, export) run without a window; each returns its exit
// code. None asked: nullopt. [command-line modes]
std::optional<int> runCommandLineMode(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray mode(argv[i]);
        if (mode != "--report" && mode != "--import" && mode != "--export")
            continue;
        // A PDF is painted with fonts, which needs a QGuiApplication; with no display (a server,
        // cron) its platform is offscreen unless the caller chose one.
        std::unique_ptr<QCoreApplication> cli;
        if (mode == "--report" && md::ReportCommand::needsGui(argc, argv)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
                qEnvironmentVariableIsEmpty("DISPLAY") &&
                qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            cli = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            cli = std::make_unique<QCoreApplication>(argc, argv);
        }
        QTextStream out(stdout);
        QTextStream err(stderr);
        const QStringList arguments = QCoreApplication::arguments();
        if (mode == "--report")
            return md::ReportCommand::run(arguments, out, err);
        if (mode == "--import")
            return md::ImportCommand::run(arguments, out, err);
        return md::ExportCommand::run(arguments, out, err);
    }
    return std::nullopt;
}

// The desk's options; --help and --version print and exit here.
md::DeskApplication::Options parseOptions(const QApplication &app)
{
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

    md::DeskApplication::Options options;
    options.dataDir = parser.value(dataDir);
    options.localOnly = parser.isSet(dataDir) || parser.isSet(screenshot);
    options.port = quint16(parser.value(port).toUInt());
    options.demo = !parser.isSet(noDemo);
    options.screenshot = parser.value(screenshot);
    options.quitWhenReady = parser.isSet(quitReady);
    options.serverUrl = parser.value(server);
    options.email = parser.value(email);
    options.password = qEnvironmentVariable("MERCHANTDESK_PASSWORD");
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    if (const std::optional<int> code = runCommandLineMode(argc, argv))
        return *code;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MerchantDesk"));
    QApplication::setApplicationName(QStringLiteral("MerchantDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/merchantdesk.png")));
    md::LanguageManager languages; // before the options, so that --help speaks the user's language
    languages.setLanguage(languages.preferred());

    md::DeskApplication desk(parseOptions(app), languages,
                             [] { return std::make_unique<md::EmbeddedShop>(); });
    return desk.run();
}
