#include "deskapplication.h"

#include "deskchoice.h"
#include "importexportactions.h"
#include "mainwindow.h"
#include "palettemanager.h"
#include "readyprobe.h"
#include "screenshotrunner.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoopLocker>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QUrl>

#include <climits>

namespace md {

namespace {

QString title()
{
    return QStringLiteral("MerchantDesk");
}

} // namespace

DeskApplication::DeskApplication(const Options &options, LanguageManager &languages,
                                 ShopFactory makeShop, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_languages(languages)
    , m_makeShop(std::move(makeShop))
{
    setupSession();
}

DeskApplication::~DeskApplication()
{
    shutdown();
}

void DeskApplication::setupSession()
{
    // The desktop works on its own replica of the shop, kept in sync with the storefront (the
    // embedded one over loopback, as the local owner of its data folder; docs/architecture.md,
    // "Desktop"). One session serves every sign-in: stop() and start() again.
    m_desk = m_options.session;
    connect(&m_session, &DeskSession::failed, this, &DeskApplication::showError);
    connect(&m_session, &DeskSession::connectionChanged, this, &DeskApplication::showRefusal);
}

int DeskApplication::run()
{
    connect(this, &DeskApplication::finished, QCoreApplication::instance(),
            [](int exitCode) { QCoreApplication::exit(exitCode); });
    start();
    const int code = QApplication::exec();
    shutdown();
    return code;
}

void DeskApplication::start()
{
    if (PaletteManager::preferred() != PaletteManager::Scheme::Light)
        PaletteManager().setScheme(PaletteManager::preferred());
    // Until the window shows, only dialogs are open, and closing the last of them would end the
    // event loop by itself.
    m_starting = std::make_unique<QEventLoopLocker>();
    // Which desk this is: --server says a server; --data-dir (and --screenshot) keep choosing the
    // shop on the local folder; otherwise the choice remembered from the welcome dialog, which
    // asks on the first run and, for a server, asks for the password at every start.
    if (!m_options.serverUrl.isEmpty()) {
        SyncEndpoint remote;
        remote.url = m_options.serverUrl;
        remote.email = m_options.email;
        remote.password = m_options.password;
        if (remote.password.isEmpty() || remote.email.isEmpty())
            askServerSignIn(remote);
        else
            openRemote(remote);
    } else if (m_options.localOnly || DeskChoice::remembered().mode == DeskChoice::Mode::Local) {
        openShop();
    } else {
        askWelcome();
    }
}

void DeskApplication::shutdown()
{
    for (const QPointer<QDialog> &dialog : std::as_const(m_dialogs))
        delete dialog.data();
    m_dialogs.clear();
    m_progress.reset();
    m_window.reset(); // its loader threads end before the replica closes
    m_session.stop(); // and the sync ends before the shop closes
    if (m_shop) {
        m_shop->stop();
        m_shop.reset();
    }
    m_starting.reset();
}

void DeskApplication::askWelcome()
{
    auto *welcome = new WelcomeDialog(DeskChoice::remembered());
    connect(welcome, &QDialog::finished, this, [this, welcome](int result) {
        if (result != QDialog::Accepted) {
            emit finished(0);
        } else if (welcome->choice().mode == DeskChoice::Mode::Local) {
            openShop();
        } else {
            openRemote(welcome->endpoint());
        }
    });
    showModal(welcome);
}

void DeskApplication::askServerSignIn(const SyncEndpoint &remote)
{
    WelcomeDialog *signIn = WelcomeDialog::signIn(remote.url, remote.email);
    connect(signIn, &QDialog::finished, this, [this, signIn](int result) {
        if (result == QDialog::Accepted)
            openRemote(signIn->endpoint());
        else
            emit finished(0);
    });
    showModal(signIn);
}

void DeskApplication::openRemote(const SyncEndpoint &remote)
{
    // A remote shop: no embedded one; the replica of each server has a folder of its own.
    const QUrl url(remote.url);
    m_desk.dataDir =
        QDir(m_options.dataDir)
            .filePath(QStringLiteral("servers/%1_%2").arg(url.host()).arg(url.port(0)));
    m_desk.endpoint = remote;
    m_desk.embeddedShop = nullptr;
    // Name and currency come from the shop's settings once the replica holds them.
    m_deskSettings.shopName.clear();
    m_deskSettings.currency.clear();
    openDesk();
}

void DeskApplication::openShop()
{
    m_shop = m_makeShop();
    setupProgress();
    connect(m_shop.get(), &LocalShop::cancelled, this, [this] { emit finished(0); });
    connect(m_shop.get(), &LocalShop::ready, this, &DeskApplication::shopReady);
    connect(m_shop.get(), &LocalShop::failed, this, [this](const QString &message) {
        m_progress->reset();
        showError(message);
    });
    LocalShop::Options options;
    options.dataDir = m_options.dataDir;
    options.demo = m_options.demo;
    options.port = m_options.port;
    m_shop->start(options);
}

void DeskApplication::setupProgress()
{
    m_progress = std::make_unique<QProgressDialog>(tr("Opening the shop…"), tr("Cancel"), 0, 0);
    m_progress->setWindowTitle(title());
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false); // the stages count anew; only ready() or a failure closes it
    // The first run makes the demo shop (several seconds): stopping it (Cancel, Escape or closing
    // the dialog) keeps nothing, and the next start makes it again.
    connect(m_progress.get(), &QProgressDialog::canceled, this, &DeskApplication::stopOpening);
    connect(m_progress.get(), &QDialog::rejected, this, &DeskApplication::stopOpening); // Escape
    connect(m_shop.get(), &LocalShop::progress, m_progress.get(),
            [progress = m_progress.get()](const QString &stage, qint64 done, qint64 total) {
                progress->setLabelText(tr("Preparing the shop: %1").arg(stage));
                progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
                progress->setValue(int(qMin<qint64>(done, INT_MAX)));
            });
}

void DeskApplication::stopOpening()
{
    if (m_openingStopped) // Cancel and closing the dialog both say it
        return;
    m_openingStopped = true;
    m_shop->cancelStart();
    m_progress->setLabelText(tr("Stopping…"));
}

void DeskApplication::shopReady(const QString &url)
{
    if (m_openingStopped) { // stopped after the demo shop, or with none to make
        emit finished(0);
        return;
    }
    m_progress->reset();
    m_deskSettings = m_shop->settings();
    m_desk.dataDir = m_options.dataDir;
    m_desk.endpoint.url = url;
    m_desk.embeddedShop = m_shop->context();
    openDesk();
}

void DeskApplication::openDesk()
{
    if (!m_window)
        setupWindow();
    m_window->show();
    m_starting.reset(); // from now on, closing the window ends the app
    m_refusalShown = false;
    m_session.start(m_desk);
}

void DeskApplication::setupWindow()
{
    // The window outlives sign-outs: File > Sign out ends the session and closes the window's
    // areas, and whoever signs in next gets them for their own role.
    m_window = std::make_unique<MainWindow>(m_session, m_languages, m_deskSettings.shopName,
                                            m_deskSettings.currency, m_desk.endpoint.url);
    if (m_desk.embeddedShop)
        m_window->importExport()->setStore(m_desk.embeddedShop);
    // Queued: the areas close, which they cannot do inside the window's own menu's signal.
    connect(m_window.get(), &MainWindow::signOutRequested, this, &DeskApplication::signOut,
            Qt::QueuedConnection);
    setupHooks();
}

void DeskApplication::setupHooks()
{
    if (!m_options.screenshot.isEmpty()) {
        auto *shots = new ScreenshotRunner(m_window.get(), m_session, m_options.screenshot);
        connect(shots, &ScreenshotRunner::finished, this,
                [this](bool ok) { emit finished(ok ? 0 : 1); });
    }
    if (m_options.quitWhenReady) {
        auto *probe = new ReadyProbe(m_window.get());
        connect(probe, &ReadyProbe::finished, this, [this] { emit finished(0); });
    }
}

void DeskApplication::signOut()
{
    if (!m_window)
        return;
    m_window->closeAreas(); // its views read the replica: gone before the session stops
    m_session.stop();
    if (m_desk.embeddedShop)
        askSignedOutHere();
    else
        askSignInAgain();
}

void DeskApplication::askSignInAgain()
{
    WelcomeDialog *again = WelcomeDialog::signIn(m_desk.endpoint.url, m_desk.endpoint.email);
    connect(again, &QDialog::finished, this, [this, again](int result) {
        if (result != QDialog::Accepted) {
            emit finished(0);
            return;
        }
        m_desk.endpoint = again->endpoint();
        openDesk();
    });
    showModal(again);
}

void DeskApplication::askSignedOutHere()
{
    // The shop on this computer signs in as its local owner by itself; signing out leaves the
    // desk until asked back.
    auto *box = new QMessageBox(QMessageBox::Information, title(), tr("You are signed out."));
    QPushButton *in = box->addButton(tr("Sign in"), QMessageBox::AcceptRole);
    box->addButton(tr("Quit"), QMessageBox::RejectRole);
    connect(box, &QDialog::finished, this, [this, box, in] {
        if (box->clickedButton() != in) {
            emit finished(0);
            return;
        }
        openDesk();
    });
    showModal(box);
}

void DeskApplication::showRefusal(DeskSession::Connection connection)
{
    // A server that stops accepting the staff member's sign-in (password changed, account
    // disabled) is said once per sign-in, with the way back: signing in again.
    if (connection != DeskSession::Connection::SignInRefused || m_desk.embeddedShop ||
        m_refusalShown || !m_window)
        return;
    m_refusalShown = true;
    auto *box =
        new QMessageBox(QMessageBox::Warning, title(), tr("The server refused your sign-in."),
                        QMessageBox::NoButton, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(m_session.lastError());
    QPushButton *again = box->addButton(tr("Sign in again…"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    connect(box, &QMessageBox::buttonClicked, this, [this, again](QAbstractButton *button) {
        if (button == again)
            QTimer::singleShot(0, this, &DeskApplication::signOut);
    });
    box->open();
}

void DeskApplication::showError(const QString &message)
{
    auto *box =
        new QMessageBox(QMessageBox::Critical, title(),
                        tr("The shop could not be opened.\n\n%1").arg(message), QMessageBox::Ok);
    connect(box, &QDialog::finished, this, [this] { emit finished(1); });
    showModal(box);
}

void DeskApplication::showModal(QDialog *dialog)
{
    // What exec() did, without its nested event loop: the rest of the desk goes on meanwhile,
    // and a test can answer the dialog.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    m_dialogs.removeAll(nullptr);
    m_dialogs.append(dialog);
    dialog->show();
}

} // namespace md
