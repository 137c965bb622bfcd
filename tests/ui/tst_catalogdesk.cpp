#include "catalogservice.h"
#include "catalogview.h"
#include "categorytreemodel.h"
#include "deskfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "producteditor.h"
#include "skutablemodel.h"

#include <QAction>
#include <QMenuBar>
#include <QTest>
#include <QUndoStack>

using namespace md;

// The Catalog area on a real DeskSession: an edit is applied to the replica at once, reaches the
// server with the next sync, and can be undone from Edit > Undo only while it waits in the outbox.
class TestCatalogDesk : public QObject
{
    Q_OBJECT

private slots:
    void anEditReachesTheServerAndUndoEndsWithTheSync();
};

void TestCatalogDesk::anEditReachesTheServerAndUndoEndsWithTheSync()
{
    DeskFixture f;
    DeskSession session;
    LanguageManager languages;
    MainWindow w(session, languages, QStringLiteral("茶铺"), QStringLiteral("CNY"),
                 f.server->url());
    QSignalSpy copied(&session, &DeskSession::firstCopyFinished);
    session.start(f.options());
    QVERIFY(copied.wait(DeskFixture::kWait));
    QTRY_VERIFY(w.catalogView());
    CatalogView *view = w.catalogView();

    // Edit > Undo and Redo are the catalog's, with the standard shortcuts.
    QMenu *edit = nullptr;
    for (QAction *a : w.menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(view->undoAction()))
            edit = a->menu();
    }
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(view->redoAction()));
    QCOMPARE(view->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!view->undoAction()->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(view->categoryModel()->category(f.shop.tea), DeskFixture::kWait);
    view->editProduct(f.shop.longjing);
    QTRY_VERIFY(view->editor());
    SkuTableModel *skus = view->editor()->skuModel();
    int row = -1;
    for (int r = 0; r < skus->rowCount(); ++r) {
        if (skus->original(r).id == f.shop.skuTea)
            row = r;
    }
    QVERIFY(row >= 0);
    // Hold the push back: the edit stays in the outbox, so it may still be undone.
    const quint16 port = f.port();
    f.server.reset();
    QVERIFY(skus->setData(skus->index(row, SkuTableModel::Price), QStringLiteral("118.80")));
    view->editor()->save();
    QTRY_VERIFY(!view->editor());
    QTRY_VERIFY(view->undoAction()->isEnabled());
    QCOMPARE(CatalogService(*session.replica()).sku(f.shop.skuTea)->price, qint64(11880));
    QCOMPARE(CatalogService(f.shop.ctx()).sku(f.shop.skuTea)->price, qint64(12800));
    QTRY_VERIFY_WITH_TIMEOUT(session.pendingCount() > 0, DeskFixture::kWait);
    QVERIFY(view->undoAction()->isEnabled());

    // Online again: the sync pushes it, the outbox empties, and undo ends.
    f.startServer(port);
    session.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(CatalogService(f.shop.ctx()).sku(f.shop.skuTea)->price, qint64(11880),
                              DeskFixture::kWait);
    QTRY_COMPARE_WITH_TIMEOUT(session.pendingCount(), qint64(0), DeskFixture::kWait);
    QTRY_VERIFY(!view->undoAction()->isEnabled());
    QCOMPARE(view->undoStack()->count(), 0);
}

QTEST_MAIN(TestCatalogDesk)
#include "tst_catalogdesk.moc"
