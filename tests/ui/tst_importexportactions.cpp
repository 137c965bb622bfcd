#include "exportdialog.h"
#include "importexportactions.h"
#include "importwizard.h"
#include "teststore.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace md;

// File > Import… and Export…: disabled without a store, and each opens its dialog on the store;
// an import that commits says the store changed.
class TestImportExportActions : public QObject
{
    Q_OBJECT

private slots:
    void disabledWithoutAStore();
    void openTheDialogs();
    void committedImportSignalsAChange();
};

void TestImportExportActions::disabledWithoutAStore()
{
    QWidget window;
    QMenu menu;
    ImportExportActions actions(&menu, &window);
    QCOMPARE(menu.actions().size(), 2);
    QVERIFY(!actions.importAction()->isEnabled());
    QVERIFY(!actions.exportAction()->isEnabled());
    actions.importAction()->trigger(); // nothing opens (a modal dialog would block here)
    TestStore store;
    actions.setStore(&store.ctx());
    QVERIFY(actions.importAction()->isEnabled());
    QVERIFY(actions.exportAction()->isEnabled());
    actions.setStore(nullptr);
    QVERIFY(!actions.importAction()->isEnabled());
}

void TestImportExportActions::openTheDialogs()
{
    TestStore store;
    QWidget window;
    QMenu menu;
    auto *actions = new ImportExportActions(&menu, &window);
    actions->setStore(&store.ctx());
    QString opened;
    // The dialogs are modal: look at what opened from inside their event loop, then close it.
    auto closeModal = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        opened = QString::fromLatin1(modal->metaObject()->className());
        QVERIFY(modal->parentWidget() == &window);
        qobject_cast<QDialog *>(modal)->reject();
    };
    QTimer::singleShot(0, this, closeModal);
    actions->importAction()->trigger();
    QCOMPARE(opened, QStringLiteral("md::ImportWizard"));
    QTimer::singleShot(0, this, closeModal);
    actions->exportAction()->trigger();
    QCOMPARE(opened, QStringLiteral("md::ExportDialog"));
}

void TestImportExportActions::committedImportSignalsAChange()
{
    TestStore store;
    QWidget window;
    QMenu menu;
    auto *actions = new ImportExportActions(&menu, &window);
    actions->setStore(&store.ctx());
    QSignalSpy changed(actions, &ImportExportActions::storeChanged);
    QTimer::singleShot(0, this, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        QVERIFY(wizard);
        wizard->setFileName(QStringLiteral(MD_TEST_DATA_DIR "/shopify_product_template.csv"));
        wizard->next();
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        wizard->next();
        wizard->next();
        QTRY_VERIFY(wizard->currentPage()->isComplete());
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::SummaryPage));
        wizard->accept();
    });
    actions->importAction()->trigger();
    QCOMPARE(changed.size(), 1);
}

QTEST_MAIN(TestImportExportActions)
#include "tst_importexportactions.moc"
