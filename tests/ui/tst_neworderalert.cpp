#include "neworderalert.h"

#include "deskfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "storesettings.h"

#include <QAction>
#include <QStatusBar>
#include <QTest>

using namespace md;

// A sync that brings new orders is told to the staff member — in the status bar here, as the
// offscreen platform has no system tray — while the first copy, with the whole history, and a
// sync without new orders are not. The window, given no shop name or currency (as for a remote
// shop), takes them from the replica's settings.
class TestNewOrderAlert : public QObject
{
    Q_OBJECT

private slots:
    void aSyncWithNewOrdersIsTold();
};

void TestNewOrderAlert::aSyncWithNewOrdersIsTold()
{
    DeskFixture f;
    const auto [member, address] = f.shop.customer(QStringLiteral("wang@example.com"));
    auto order = [&](const QString &key) {
        f.shop.addToCart(member, f.shop.skuTea, 1);
        auto placed = f.shop.place(member, address, key);
        TestStore::check(placed);
        return f.shop.order(placed->order.id);
    };
    order(QStringLiteral("history-1")); // on the server before the first copy

    DeskSession session;
    LanguageManager languages;
    // No name or currency given, as for a remote shop: they come from the replica's settings.
    MainWindow w(session, languages, QString(), QString(), f.server->url());
    w.show();
    QSignalSpy arrived(&session, &DeskSession::ordersArrived);
    QSignalSpy alerted(w.newOrderAlert(), &NewOrderAlert::alerted);
    session.start(f.options());
    QTRY_VERIFY_WITH_TIMEOUT(w.catalogView(), DeskFixture::kWait);
    const StoreSettings shop = *SettingsService(f.shop.ctx()).current();
    QVERIFY(session.shopSettings());
    QCOMPARE(session.shopSettings()->currency, shop.currency);
    QCOMPARE(w.windowTitle(), MainWindow::tr("MerchantDesk — %1").arg(shop.shopName));
    QVERIFY(DeskFixture::syncOnce(session));
    QTest::qWait(200);           // the snapshot after the sync arrives from the replica's worker
    QCOMPARE(arrived.size(), 0); // the first copy's orders are not news
    QVERIFY(w.newOrderAlert()->lastMessage().isEmpty());

    order(QStringLiteral("new-1"));
    const Order newest = order(QStringLiteral("new-2"));
    QVERIFY(DeskFixture::syncOnce(session));
    QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, DeskFixture::kWait);
    QCOMPARE(arrived[0][0].toLongLong(), qint64(2));
    QCOMPARE(arrived[0][1].toString(), newest.number());
    QCOMPARE(alerted.size(), 1);
    const QString message = w.newOrderAlert()->lastMessage();
    QVERIFY2(message.contains(newest.number()), qPrintable(message));
    if (!w.newOrderAlert()->usesTray())
        QCOMPARE(w.statusBar()->currentMessage(), message);

    // Nothing new: nothing said.
    QVERIFY(DeskFixture::syncOnce(session));
    QTest::qWait(200);
    QCOMPARE(arrived.size(), 1);

    // File > Sign out is asked of whoever owns the window.
    QSignalSpy signOut(&w, &MainWindow::signOutRequested);
    w.signOutAction()->trigger();
    QCOMPARE(signOut.size(), 1);
}

QTEST_MAIN(TestNewOrderAlert)
#include "tst_neworderalert.moc"
