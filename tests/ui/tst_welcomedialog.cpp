#include "welcomedialog.h"

#include "deskfixture.h"

#include <Poco/Net/ServerSocket.h>

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace md;

// The first-run question and the sign-in against a real storefront server on 127.0.0.1: what is
// chosen is remembered in QSettings (a temporary one here), a refused sign-in keeps the dialog
// open with the reason, and the password is never stored.
class TestWelcomeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void runningTheShopHereIsRemembered();
    void aWrongPasswordIsRefusedWithAMessage();
    void anUnreachableServerIsSaid();
    void theServerChoiceIsRememberedWithoutThePassword();
    void cancellingWhileSigningInAcceptsNothing();
    void closingWhileTheServerIsSilentDoesNotWait();
    void signingInAgainKeepsTheServer();

private:
    static void clickOk(WelcomeDialog &d) { d.buttons()->button(QDialogButtonBox::Ok)->click(); }
    static void fillServer(WelcomeDialog &d, const QString &url, const QString &password)
    {
        d.serverChoice()->setChecked(true);
        d.urlEdit()->setText(url);
        d.emailEdit()->setText(QStringLiteral("owner@example.com"));
        d.passwordEdit()->setText(password);
    }

    QTemporaryDir m_settingsDir;
};

void TestWelcomeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("MerchantDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_welcomedialog"));
}

void TestWelcomeDialog::init()
{
    QSettings().clear();
    QCOMPARE(DeskChoice::remembered().mode, DeskChoice::Mode::None);
}

void TestWelcomeDialog::runningTheShopHereIsRemembered()
{
    WelcomeDialog d(DeskChoice::remembered());
    d.show();
    QVERIFY(d.localChoice()->isChecked()); // the default: today's shop on this computer
    QVERIFY(!d.urlEdit()->isEnabled());
    clickOk(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.choice().mode, DeskChoice::Mode::Local);
    QCOMPARE(DeskChoice::remembered().mode, DeskChoice::Mode::Local);
}

void TestWelcomeDialog::aWrongPasswordIsRefusedWithAMessage()
{
    DeskFixture f;
    WelcomeDialog d(DeskChoice::remembered());
    d.show();
    fillServer(d, f.server->url(), QStringLiteral("not-the-password"));
    QVERIFY(d.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    clickOk(d);
    QVERIFY(d.isChecking());
    QVERIFY(!d.buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no second click meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(!d.isChecking(), DeskFixture::kWait);
    QCOMPARE(d.result(), int(QDialog::Rejected)); // still open, not accepted
    QVERIFY(d.isVisible());
    QVERIFY2(d.message().startsWith(WelcomeDialog::tr("Could not sign in: %1").arg(QString())),
             qPrintable(d.message()));
    QVERIFY(d.message().size() > WelcomeDialog::tr("Could not sign in: %1").size());
    QCOMPARE(DeskChoice::remembered().mode, DeskChoice::Mode::None);
    QVERIFY(d.buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // may try again
}

void TestWelcomeDialog::anUnreachableServerIsSaid()
{
    quint16 closedPort = 0;
    {
        DeskFixture f; // a port that was just free, and is again once the server stops
        closedPort = f.port();
    }
    WelcomeDialog d(DeskChoice::remembered());
    d.show();
    fillServer(d, QStringLiteral("http://127.0.0.1:%1").arg(closedPort),
               QStringLiteral("owner-password-1"));
    clickOk(d);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isChecking(), DeskFixture::kWait);
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QVERIFY2(d.message().contains(QStringLiteral("cannot be reached")), qPrintable(d.message()));
}

void TestWelcomeDialog::theServerChoiceIsRememberedWithoutThePassword()
{
    DeskFixture f;
    WelcomeDialog d(DeskChoice::remembered());
    d.show();
    fillServer(d, f.server->url() + QStringLiteral("/"), QStringLiteral("owner-password-1"));
    clickOk(d);
    QTRY_COMPARE_WITH_TIMEOUT(d.result(), int(QDialog::Accepted), DeskFixture::kWait);
    QCOMPARE(d.endpoint().url, f.server->url()); // the trailing slash dropped
    QCOMPARE(d.endpoint().password, QStringLiteral("owner-password-1"));

    const DeskChoice remembered = DeskChoice::remembered();
    QCOMPARE(remembered.mode, DeskChoice::Mode::Server);
    QCOMPARE(remembered.serverUrl, f.server->url());
    QCOMPARE(remembered.email, QStringLiteral("owner@example.com"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("owner-password-1")),
                 qPrintable(key));

    // The next start offers the same server, filled in.
    WelcomeDialog again(remembered);
    QVERIFY(again.serverChoice()->isChecked());
    QCOMPARE(again.urlEdit()->text(), f.server->url());
    QCOMPARE(again.emailEdit()->text(), QStringLiteral("owner@example.com"));
    QVERIFY(again.passwordEdit()->text().isEmpty());
}

void TestWelcomeDialog::cancellingWhileSigningInAcceptsNothing()
{
    DeskFixture f;
    WelcomeDialog d(DeskChoice::remembered());
    d.show();
    fillServer(d, f.server->url(), QStringLiteral("owner-password-1"));
    clickOk(d);
    QVERIFY(d.isChecking());
    d.buttons()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isChecking(), DeskFixture::kWait);
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QVERIFY(!d.isVisible());
    QCOMPARE(DeskChoice::remembered().mode, DeskChoice::Mode::None);
}

void TestWelcomeDialog::closingWhileTheServerIsSilentDoesNotWait()
{
    // Listens but never accepts: the check waits for an answer until its timeout.
    Poco::Net::ServerSocket silent(Poco::Net::SocketAddress("127.0.0.1", 0));
    auto d = std::make_unique<WelcomeDialog>(DeskChoice::remembered());
    d->show();
    fillServer(*d, QStringLiteral("http://127.0.0.1:%1").arg(silent.address().port()),
               QStringLiteral("owner-password-1"));
    clickOk(*d);
    QTest::qWait(300);
    QVERIFY(d->isChecking()); // no answer yet
    d->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(d->result(), int(QDialog::Rejected));
    // The dialog goes at once (the sign-out path closes it with the main window showing); the
    // check ends by itself, its answer going nowhere.
    QElapsedTimer gone;
    gone.start();
    d.reset();
    QVERIFY2(gone.elapsed() < 500, qPrintable(QString::number(gone.elapsed())));
    QCOMPARE(DeskChoice::remembered().mode, DeskChoice::Mode::None);
    silent.close(); // the check fails now and its thread ends
    QTest::qWait(200);
}

void TestWelcomeDialog::signingInAgainKeepsTheServer()
{
    DeskFixture f;
    std::unique_ptr<WelcomeDialog> d(
        WelcomeDialog::signIn(f.server->url(), QStringLiteral("owner@example.com")));
    d->show();
    QVERIFY(d->localChoice()->isHidden());
    QVERIFY(d->urlEdit()->isReadOnly());
    // Every field says what it is, next to it.
    for (QWidget *field :
         {static_cast<QWidget *>(d->urlEdit()), static_cast<QWidget *>(d->passwordEdit())}) {
        const auto labels = d->findChildren<QLabel *>();
        const auto it = std::find_if(labels.begin(), labels.end(),
                                     [field](QLabel *l) { return l->buddy() == field; });
        QVERIFY(it != labels.end());
        QVERIFY((*it)->isVisible());
        QVERIFY(!(*it)->text().isEmpty());
    }
    d->passwordEdit()->setText(QStringLiteral("owner-password-1"));
    clickOk(*d);
    QTRY_COMPARE_WITH_TIMEOUT(d->result(), int(QDialog::Accepted), DeskFixture::kWait);
    QCOMPARE(d->choice().mode, DeskChoice::Mode::Server);
    QCOMPARE(DeskChoice::remembered().serverUrl, f.server->url());
}

QTEST_MAIN(TestWelcomeDialog)
#include "tst_welcomedialog.moc"
