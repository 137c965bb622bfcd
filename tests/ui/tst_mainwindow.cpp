#include "catalogview.h"
#include "conflictspanel.h"
#include "deskfixture.h"
#include "gateproxy.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "producttablemodel.h"
#include "syncstatuswidget.h"

#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace md;

// The main window on a DeskSession: the catalog shows the replica, not the server's store, once
// the first copy is made, and follows it after syncs; the sync state sits in the status bar and
// the conflicts panel opens on request. The first copy shows its progress and can be stopped
// half-way and resumed from where it stopped, by its button or at the next start.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void theCatalogShowsTheReplica();
    void theFirstCopyStopsAndResumesWhereItStopped();
    void aCopyThatCannotStartSaysWhy();
};

void TestMainWindow::theCatalogShowsTheReplica()
{
    DeskFixture f;
    DeskSession session;
    LanguageManager languages;
    MainWindow w(session, languages, QStringLiteral("茶铺"), QStringLiteral("CNY"),
                 f.server->url());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.catalogView()); // nothing to show before the copy
    QCOMPARE(w.syncStatus()->parentWidget(), w.statusBar());
    QVERIFY(!w.conflictsPanel()->isVisible());

    QSignalSpy copied(&session, &DeskSession::firstCopyFinished);
    session.start(f.options());
    QVERIFY(copied.wait(DeskFixture::kWait));
    QTRY_VERIFY(w.catalogView());
    // The Refunds and Members areas open on the replica with the others.
    QVERIFY(w.refundsView());
    QVERIFY(w.membersView());
    ProductTableModel *model = w.catalogView()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(2), DeskFixture::kWait);
    auto titleOf = [&](qint64 product) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row, ProductTableModel::Title);
            if (i.data(ProductTableModel::IdRole).toLongLong() == product)
                return i.data().toString();
        }
        return QString();
    };
    QCOMPARE(titleOf(f.shop.teapot), QStringLiteral("紫砂壶 Yixing teapot"));

    // The server's product changes; the window shows the replica, which has not synced yet.
    const Product before = *CatalogService(f.shop.ctx()).product(f.shop.teapot);
    ProductDraft d;
    d.categoryId = before.categoryId;
    d.title = QStringLiteral("朱泥壶 Zhuni teapot");
    d.status = before.status;
    QVERIFY(CatalogService(f.shop.ctx()).updateProduct(Actor::system(), f.shop.teapot, d).ok());
    QTest::qWait(1500);
    QCOMPARE(titleOf(f.shop.teapot), QStringLiteral("紫砂壶 Yixing teapot"));
    // After a sync the catalog reloads from the replica.
    QVERIFY(DeskFixture::syncOnce(session));
    QTRY_COMPARE_WITH_TIMEOUT(titleOf(f.shop.teapot), QStringLiteral("朱泥壶 Zhuni teapot"),
                              DeskFixture::kWait);

    emit w.syncStatus()->conflictsRequested();
    QVERIFY(w.conflictsPanel()->isVisible());
}

void TestMainWindow::theFirstCopyStopsAndResumesWhereItStopped()
{
    DeskFixture f;
    GateProxy gate(f.port());
    DeskOptions o = f.options();
    o.endpoint.url = QStringLiteral("http://127.0.0.1:%1").arg(gate.port());
    o.syncIntervalMs = 1000; // a periodic sync must not resume a copy the clerk stopped
    DeskSession session;
    LanguageManager languages;
    MainWindow w(session, languages, QStringLiteral("茶铺"), QStringLiteral("CNY"),
                 f.server->url());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy stopped(&session, &DeskSession::firstCopyStopped);
    QSignalSpy copied(&session, &DeskSession::firstCopyFinished);

    // The first snapshot page passes, the next waits at the gate: the copy is half-way when the
    // clerk presses Stop.
    gate.holdSnapshotsAfter(1);
    session.start(o);
    QTRY_COMPARE_WITH_TIMEOUT(gate.held(), 1, DeskFixture::kWait);
    QVERIFY(session.isSyncing());
    QVERIFY(w.copyProgress()->isVisible());
    QVERIFY(w.copyButton()->isVisible());
    QVERIFY(w.copyButton()->isEnabled());
    QCOMPARE(w.copyButton()->text(), MainWindow::tr("&Stop copying"));
    QTest::mouseClick(w.copyButton(), Qt::LeftButton);
    gate.release();
    QVERIFY(stopped.wait(DeskFixture::kWait));
    QVERIFY(session.isCopyStopped());
    QVERIFY(!session.hasCopy());
    QVERIFY(!session.isSyncing());
    QCOMPARE(session.connection(), DeskSession::Connection::Offline);
    QVERIFY(!w.catalogView());
    QVERIFY2(w.copyText().contains(QStringLiteral("stopped")), qPrintable(w.copyText()));
    QVERIFY(!w.copyProgress()->isVisible());
    QCOMPARE(w.copyButton()->text(), MainWindow::tr("&Resume copying"));
    QCOMPARE(w.syncStatus()->stateText(), SyncStatusWidget::tr("Copy stopped"));
    QVERIFY(w.signOutAction()->isEnabled()); // the window stays usable
    QStringList pages = gate.snapshotRequests();
    QCOMPARE(pages.size(), 2); // the page it stopped at, and nothing after it
    QVERIFY(pages[0] != pages[1]);
    // Nothing starts by itself, although a periodic sync is due every second.
    QTest::qWait(2500);
    QCOMPARE(gate.snapshotRequests().size(), 2);
    QVERIFY(!session.isSyncing());
    QVERIFY(copied.isEmpty());

    // Resume: the copy goes on at the page it stopped at; stopped again one page later.
    gate.holdSnapshotsAfter(1);
    QTest::mouseClick(w.copyButton(), Qt::LeftButton);
    QVERIFY(!session.isCopyStopped());
    QTRY_COMPARE_WITH_TIMEOUT(gate.held(), 1, DeskFixture::kWait);
    pages = gate.snapshotRequests();
    QCOMPARE(pages.size(), 4);
    QCOMPARE(pages[2], pages[1]); // not from the beginning
    QVERIFY(w.copyButton()->isEnabled());
    QCOMPARE(w.copyButton()->text(), MainWindow::tr("&Stop copying"));
    QTest::mouseClick(w.copyButton(), Qt::LeftButton);
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 2, DeskFixture::kWait);
    QVERIFY(session.isCopyStopped());

    // The next start goes on from there too, and finishes the copy: the areas open on it.
    session.stop();
    session.start(o);
    QVERIFY(copied.wait(DeskFixture::kWait));
    QVERIFY(session.hasCopy());
    pages = gate.snapshotRequests();
    QVERIFY(pages.size() > 4);
    QCOMPARE(pages[4], pages[3]);
    QVERIFY(!pages.mid(4).contains(pages[0]));
    QTRY_VERIFY_WITH_TIMEOUT(w.catalogView(), DeskFixture::kWait);
    QTRY_COMPARE_WITH_TIMEOUT(w.catalogView()->model()->total(), qint64(2), DeskFixture::kWait);
    QVERIFY(!w.copyButton()->isVisible());
    QCOMPARE(w.syncStatus()->stateText(), SyncStatusWidget::tr("Online"));
}

void TestMainWindow::aCopyThatCannotStartSaysWhy()
{
    DeskFixture f;
    DeskOptions o = f.options();
    o.endpoint.url = QStringLiteral("http://127.0.0.1:%1").arg(f.port());
    f.server.reset(); // nobody listens there any more
    DeskSession session;
    LanguageManager languages;
    MainWindow w(session, languages, QStringLiteral("茶铺"), QStringLiteral("CNY"), QString());
    w.show();
    session.start(o);
    QTRY_COMPARE_WITH_TIMEOUT(session.connection(), DeskSession::Connection::Offline,
                              DeskFixture::kWait);
    QVERIFY(!session.lastError().isEmpty());
    QVERIFY2(w.copyText().contains(session.lastError()), qPrintable(w.copyText()));
    QVERIFY(!w.catalogView());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
