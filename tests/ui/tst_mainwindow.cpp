#include "catalogview.h"
#include "conflictspanel.h"
#include "deskfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "producttablemodel.h"
#include "syncstatuswidget.h"

#include <QStatusBar>
#include <QTest>

using namespace md;

// The main window on a DeskSession: the catalog shows the replica, not the server's store, once
// the first copy is made, and follows it after syncs; the sync state sits in the status bar and
// the conflicts panel opens on request.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void theCatalogShowsTheReplica();
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
