#include "deskapplication.h"

#include "deskfixture.h"
#include "embeddedshop.h"
#include "importexportactions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "readyprobe.h"
#include "welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace md;

namespace {

// A shop the test opens by hand: it says what the desk asked of it, and becomes ready, fails or
// is cancelled when the test emits its signals. With a DeskFixture behind it, the desk really
// signs in to that shop's storefront as its local owner and copies it.
class FakeShop : public LocalShop
{
public:
    FakeShop(QStringList &log, const ServiceContext *shop)
        : m_log(log)
        , m_shop(shop)
    {}
    ~FakeShop() override { m_log << QStringLiteral("deleted"); }

    void start(const Options &options) override
    {
        m_log << QStringLiteral("start");
        started = options;
    }
    void cancelStart() override { m_log << QStringLiteral("cancelStart"); }
    void stop() override
    {
        m_log << QStringLiteral("stop");
        if (onStop)
            onStop();
    }
    const ServiceContext *context() const override { return m_shop; }
    StoreSettings settings() const override
    {
        StoreSettings s;
        s.shopName = QStringLiteral("茶铺");
        return s;
    }

    Options started;
    std::function<void()> onStop;

private:
    QStringList &m_log;
    const ServiceContext *m_shop;
};

// The top-level window of type T (the desk's dialogs have no parent), or null.
template<class T> T *made()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w))
            return t;
    return nullptr;
}

// The same, visible.
template<class T> T *shown()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    return nullptr;
}

QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

// The desk's flow for real, offscreen: the choice of desk, the local shop's opening with its
// progress, Cancel and failure, the window and its session, signing out and in (here and on a
// server that refuses), the --screenshot and --quit-when-ready hooks, and quitting in order.
// Every dialog is answered as a person would, by its buttons.
class TestDeskApplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aLocalShopOpensTheWindowAndSignsOutAndIn();
    void quittingClosesTheWindowThenTheSessionThenTheShop();
    void aShopThatCannotOpenSaysWhy();
    void stoppingTheOpeningOpensNothing_data();
    void stoppingTheOpeningOpensNothing();
    void theWelcomeAsksOnceAndRemembersTheShopHere();
    void cancellingTheWelcomeQuits();
    void aRefusedSignInOffersToSignInAgain();
    void aServerWithoutPasswordAsksForIt();
    void theHooksTakeTheirPictureAndSayReady();
    void theEmbeddedStorefrontOpensForReal();

private:
    DeskApplication::Options localOptions() const;
    DeskApplication::ShopFactory fakeShops(const ServiceContext *shop = nullptr);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    LanguageManager m_languages;
    QStringList m_log;
    FakeShop *m_shop = nullptr;
};

void TestDeskApplication::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("MerchantDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskapplication"));
}

void TestDeskApplication::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_log.clear();
    m_shop = nullptr;
}

void TestDeskApplication::cleanup()
{
    // A test that failed half-way may leave a dialog of the desk it no longer has.
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w))
            delete w;
}

DeskApplication::Options TestDeskApplication::localOptions() const
{
    DeskApplication::Options o;
    o.dataDir = m_dir->path();
    o.localOnly = true;
    o.demo = false;
    o.port = 0;
    o.session.syncIntervalMs = 600000; // the tests need no periodic sync
    o.session.passwordIterations = TestStore::kTestIterations;
    o.session.synchronous = DatabaseOptions::Synchronous::Normal;
    return o;
}

DeskApplication::ShopFactory TestDeskApplication::fakeShops(const ServiceContext *shop)
{
    return [this, shop] {
        auto made = std::make_unique<FakeShop>(m_log, shop);
        m_shop = made.get();
        return made;
    };
}

void TestDeskApplication::aLocalShopOpensTheWindowAndSignsOutAndIn()
{
    DeskFixture f;
    DeskApplication desk(localOptions(), m_languages, fakeShops(&f.shop.ctx()));
    QSignalSpy finished(&desk, &DeskApplication::finished);
    desk.start();
    QVERIFY(m_shop);
    QCOMPARE(desk.shop(), m_shop);
    QCOMPARE(m_log, QStringList{QStringLiteral("start")});
    QCOMPARE(m_shop->started.dataDir, m_dir->path());
    QCOMPARE(m_shop->started.demo, false);
    QVERIFY(!desk.window()); // nothing to show before the shop is open

    // The opening's progress says the stage and how far it is.
    emit m_shop->progress(QStringLiteral("Making products"), 2, 5);
    auto *progress = made<QProgressDialog>();
    QVERIFY(progress);
    QCOMPARE(progress->labelText(),
             DeskApplication::tr("Preparing the shop: %1").arg(QStringLiteral("Making products")));
    QCOMPARE(progress->maximum(), 5);
    QCOMPARE(progress->value(), 2);

    emit m_shop->ready(f.server->url());
    MainWindow *window = desk.window();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QVERIFY(!progress->isVisible());
    QVERIFY(window->windowTitle().contains(QStringLiteral("茶铺")));
    QSignalSpy opened(window, &MainWindow::areasOpened);
    QVERIFY(opened.wait(DeskFixture::kWait));
    QVERIFY(window->importExport()->importAction()->isEnabled()); // on the shop's own store
    QVERIFY(window->catalogView());
    QVERIFY(window->ordersView());
    QVERIFY(window->staffView()); // the folder's local owner is an owner
    QVERIFY2(desk.session().staffEmail().endsWith(QLatin1String("@local.merchantdesk")),
             qPrintable(desk.session().staffEmail()));

    // File > Sign out: the areas close, the session stops, and the desk asks what next.
    window->signOutAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = shown<QMessageBox>()));
    QCOMPARE(box->text(), DeskApplication::tr("You are signed out."));
    QVERIFY(!desk.session().isReady());
    QVERIFY(!window->catalogView());
    QVERIFY(window->isVisible());
    QVERIFY(finished.isEmpty());
    QAbstractButton *signIn = buttonNamed(box, DeskApplication::tr("Sign in"));
    QVERIFY(signIn);
    signIn->click();
    QVERIFY(opened.wait(DeskFixture::kWait)); // the areas again, on the same window
    QCOMPARE(desk.window(), window);
    QVERIFY(desk.session().isReady());
    QVERIFY(window->catalogView());
    QVERIFY(finished.isEmpty());

    // Signing out and choosing Quit ends the desk.
    window->signOutAction()->trigger();
    QTRY_VERIFY((box = shown<QMessageBox>()));
    QAbstractButton *quit = buttonNamed(box, DeskApplication::tr("Quit"));
    QVERIFY(quit);
    quit->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
    QCOMPARE(m_log, QStringList{QStringLiteral("start")}); // the shop stops with the desk
    desk.shutdown();
    QCOMPARE(m_log, (QStringList{QStringLiteral("start"), QStringLiteral("stop"),
                                 QStringLiteral("deleted")}));
}

void TestDeskApplication::quittingClosesTheWindowThenTheSessionThenTheShop()
{
    DeskFixture f;
    DeskApplication desk(localOptions(), m_languages, fakeShops(&f.shop.ctx()));
    desk.start();
    emit m_shop->ready(f.server->url());
    QVERIFY(desk.window());
    QSignalSpy opened(desk.window(), &MainWindow::areasOpened);
    QVERIFY(opened.wait(DeskFixture::kWait));

    // The views read the replica, the session syncs with the shop: each goes before what it
    // uses.
    bool sessionUpWhenWindowWent = false;
    bool sessionUpWhenShopStopped = true;
    bool windowThereWhenShopStopped = true;
    connect(desk.window(), &QObject::destroyed, this,
            [&] { sessionUpWhenWindowWent = desk.session().isReady(); });
    m_shop->onStop = [&] {
        sessionUpWhenShopStopped = desk.session().isReady();
        windowThereWhenShopStopped = desk.window() != nullptr;
    };
    desk.shutdown();
    QVERIFY(sessionUpWhenWindowWent);
    QVERIFY(!sessionUpWhenShopStopped);
    QVERIFY(!windowThereWhenShopStopped);
    QVERIFY(!desk.window());
    QVERIFY(!desk.shop());
    QCOMPARE(m_log, (QStringList{QStringLiteral("start"), QStringLiteral("stop"),
                                 QStringLiteral("deleted")}));
    desk.shutdown(); // again, as the destructor does: nothing left to stop
    QCOMPARE(m_log.size(), 3);
}

void TestDeskApplication::aShopThatCannotOpenSaysWhy()
{
    DeskApplication desk(localOptions(), m_languages, fakeShops());
    QSignalSpy finished(&desk, &DeskApplication::finished);
    desk.start();
    QVERIFY(m_shop);
    emit m_shop->failed(QStringLiteral("The disk is full."));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = shown<QMessageBox>()));
    QCOMPARE(box->icon(), QMessageBox::Critical);
    QCOMPARE(box->text(), DeskApplication::tr("The shop could not be opened.\n\n%1")
                              .arg(QStringLiteral("The disk is full.")));
    QVERIFY(box->isModal());
    QVERIFY(!desk.window());
    QVERIFY(finished.isEmpty()); // until the box is read
    box->button(QMessageBox::Ok)->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 1);
    QVERIFY(!desk.window());
}

void TestDeskApplication::stoppingTheOpeningOpensNothing_data()
{
    QTest::addColumn<bool>("escape");
    QTest::addColumn<bool>("readyAnyway");
    QTest::newRow("Cancel, the shop stops") << false << false;
    QTest::newRow("Escape, the shop stops") << true << false;
    QTest::newRow("Cancel, the shop was past stopping") << false << true;
    QTest::newRow("Escape, the shop was past stopping") << true << true;
}

void TestDeskApplication::stoppingTheOpeningOpensNothing()
{
    QFETCH(bool, escape);
    QFETCH(bool, readyAnyway);
    DeskApplication desk(localOptions(), m_languages, fakeShops());
    QSignalSpy finished(&desk, &DeskApplication::finished);
    desk.start();
    QTest::qWait(400); // past the dialog's minimum duration: the next progress shows it
    emit m_shop->progress(QStringLiteral("Making members"), 10, 2000);
    QProgressDialog *progress = shown<QProgressDialog>();
    QVERIFY(progress);
    QCOMPARE(progress->labelText(),
             DeskApplication::tr("Preparing the shop: %1").arg(QStringLiteral("Making members")));
    if (escape) {
        QTest::keyClick(progress, Qt::Key_Escape);
    } else {
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), DeskApplication::tr("Cancel"));
        cancel->click();
    }
    QCOMPARE(m_log, (QStringList{QStringLiteral("start"), QStringLiteral("cancelStart")}));
    QCOMPARE(progress->labelText(), DeskApplication::tr("Stopping…"));
    QVERIFY(finished.isEmpty()); // until the shop has stopped
    if (readyAnyway)
        emit m_shop->ready(QStringLiteral("http://127.0.0.1:1"));
    else
        emit m_shop->cancelled();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY(!desk.window());
}

void TestDeskApplication::theWelcomeAsksOnceAndRemembersTheShopHere()
{
    DeskApplication::Options o = localOptions();
    o.localOnly = false; // no --data-dir: the desk asks
    {
        DeskApplication desk(o, m_languages, fakeShops());
        desk.start();
        WelcomeDialog *welcome = nullptr;
        QTRY_VERIFY((welcome = shown<WelcomeDialog>()));
        QVERIFY(welcome->isModal());
        QVERIFY(!m_shop); // nothing opens before the answer
        QVERIFY(welcome->localChoice()->isChecked());
        welcome->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(m_shop);
        QCOMPARE(m_log, QStringList{QStringLiteral("start")});
        QCOMPARE(m_shop->started.dataDir, m_dir->path());
        QCOMPARE(DeskChoice::remembered().mode, DeskChoice::Mode::Local);
    }
    // The next start runs the shop here without asking.
    m_shop = nullptr;
    DeskApplication again(o, m_languages, fakeShops());
    again.start();
    QVERIFY(m_shop);
    QVERIFY(!shown<WelcomeDialog>());
}

void TestDeskApplication::cancellingTheWelcomeQuits()
{
    DeskApplication::Options o = localOptions();
    o.localOnly = false;
    DeskApplication desk(o, m_languages, fakeShops());
    QSignalSpy finished(&desk, &DeskApplication::finished);
    desk.start();
    WelcomeDialog *welcome = nullptr;
    QTRY_VERIFY((welcome = shown<WelcomeDialog>()));
    welcome->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY(!m_shop);
    QVERIFY(!desk.window());
    QCOMPARE(DeskChoice::remembered().mode, DeskChoice::Mode::None);
}

void TestDeskApplication::aRefusedSignInOffersToSignInAgain()
{
    DeskFixture f;
    DeskApplication::Options o = localOptions();
    o.localOnly = false;
    o.serverUrl = f.server->url();
    o.email = QStringLiteral("owner@example.com");
    o.password = QStringLiteral("not-the-password");
    DeskApplication desk(o, m_languages, fakeShops());
    QSignalSpy finished(&desk, &DeskApplication::finished);
    desk.start();
    QVERIFY(!m_shop); // a server's desk runs no shop
    QVERIFY(!desk.shop());
    MainWindow *window = desk.window();
    QVERIFY(window);

    // The refusal is said once, in a box on the window, with the server's reason.
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window->findChild<QMessageBox *>()) && box->isVisible(),
                             DeskFixture::kWait);
    QCOMPARE(box->text(), DeskApplication::tr("The server refused your sign-in."));
    QCOMPARE(box->informativeText(), desk.session().lastError());
    QVERIFY(!box->informativeText().isEmpty());
    QCOMPARE(desk.session().connection(), DeskSession::Connection::SignInRefused);
    QAbstractButton *again = buttonNamed(box, DeskApplication::tr("Sign in again…"));
    QVERIFY(again);
    again->click();

    // Signing in again asks for the password of the same server and staff member.
    WelcomeDialog *signIn = nullptr;
    QTRY_VERIFY((signIn = shown<WelcomeDialog>()));
    QVERIFY(!desk.session().isReady());
    QCOMPARE(signIn->urlEdit()->text(), f.server->url());
    QVERIFY(signIn->urlEdit()->isReadOnly());
    QCOMPARE(signIn->emailEdit()->text(), QStringLiteral("owner@example.com"));
    signIn->passwordEdit()->setText(QStringLiteral("owner-password-1"));
    signIn->buttons()->button(QDialogButtonBox::Ok)->click();
    QSignalSpy opened(window, &MainWindow::areasOpened);
    QVERIFY(opened.wait(DeskFixture::kWait));
    QCOMPARE(desk.window(), window);
    QCOMPARE(desk.session().staffEmail(), QStringLiteral("owner@example.com"));
    QCOMPARE(desk.session().connection(), DeskSession::Connection::Online);
    QVERIFY(window->catalogView());
    QVERIFY(window->importExport()->importAction()->isVisible());  // an owner's, but
    QVERIFY(!window->importExport()->importAction()->isEnabled()); // no store of its own
    // The replica of each server has a folder of its own.
    QVERIFY(QFile::exists(
        QDir(m_dir->path())
            .filePath(QStringLiteral("servers/127.0.0.1_%1/replica.db").arg(f.port()))));
    QVERIFY(finished.isEmpty());
}

void TestDeskApplication::aServerWithoutPasswordAsksForIt()
{
    DeskFixture f;
    DeskApplication::Options o = localOptions();
    o.serverUrl = f.server->url();
    o.email = QStringLiteral("owner@example.com");
    DeskApplication desk(o, m_languages, fakeShops());
    QSignalSpy finished(&desk, &DeskApplication::finished);
    desk.start();
    WelcomeDialog *signIn = nullptr;
    QTRY_VERIFY((signIn = shown<WelcomeDialog>()));
    QVERIFY(!desk.window()); // nothing opens before the sign-in
    QCOMPARE(signIn->urlEdit()->text(), f.server->url());
    QCOMPARE(signIn->emailEdit()->text(), QStringLiteral("owner@example.com"));
    signIn->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY(!desk.window());
    QVERIFY(!m_shop);
}

void TestDeskApplication::theHooksTakeTheirPictureAndSayReady()
{
    QVERIFY(
        QRegularExpression(QStringLiteral("^ready \\d{13} ms-since-epoch, peak RSS \\d+ kB\\n$"))
            .match(QString::fromLatin1(ReadyProbe::readyLine()))
            .hasMatch());

    DeskFixture f;
    DeskApplication::Options o = localOptions();
    o.quitWhenReady = true;
    o.screenshot = m_dir->filePath(QStringLiteral("shot.png"));
    DeskApplication desk(o, m_languages, fakeShops(&f.shop.ctx()));
    QSignalSpy finished(&desk, &DeskApplication::finished);
    desk.start();
    emit m_shop->ready(f.server->url());
    QVERIFY(desk.window());
    QSignalSpy opened(desk.window(), &MainWindow::areasOpened);
    // --quit-when-ready: once every area is open (the ready line goes to stdout).
    QVERIFY(finished.wait(DeskFixture::kWait));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY(!QFile::exists(o.screenshot)); // the lists have a moment first
    // --screenshot: the picture of the window, once the copy has settled.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, DeskFixture::kWait);
    QCOMPARE(finished.last().first().toInt(), 0);
    const QImage shot(o.screenshot);
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), desk.window()->size() * desk.window()->devicePixelRatio());
}

void TestDeskApplication::theEmbeddedStorefrontOpensForReal()
{
    DeskApplication desk(localOptions(), m_languages,
                         [] { return std::make_unique<EmbeddedShop>(); });
    QSignalSpy finished(&desk, &DeskApplication::finished);
    desk.start();
    QVERIFY(desk.shop());
    QSignalSpy ready(desk.shop(), &LocalShop::ready);
    QVERIFY(ready.wait(DeskFixture::kWait));
    const QUrl url(ready.first().first().toString());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QVERIFY(desk.shop()->context());
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("shop.db"))));
    MainWindow *window = desk.window();
    QVERIFY(window);
    QSignalSpy opened(window, &MainWindow::areasOpened);
    QVERIFY(opened.wait(DeskFixture::kWait));
    QVERIFY(window->catalogView());
    QCOMPARE(desk.session().connection(), DeskSession::Connection::Online);
    QVERIFY(finished.isEmpty());
    desk.shutdown(); // the window, the session, then the storefront's threads: no crash, no hang
    QVERIFY(!desk.window());
    QVERIFY(!desk.shop());
}

QTEST_MAIN(TestDeskApplication)
#include "tst_deskapplication.moc"
