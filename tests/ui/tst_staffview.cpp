#include "staffview.h"

#include "applyingsink.h"
#include "commandsink.h"
#include "deskfixture.h"
#include "importexportactions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "membersview.h"
#include "newstaffdialog.h"
#include "notificationsview.h"
#include "ordersview.h"
#include "promotionsview.h"
#include "refundsview.h"
#include "staffrepository.h"
#include "staffservice.h"
#include "stafftablemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace md;

// The Staff area driven like an owner would — create a clerk, disable them, change their role —
// through the command rules on a real store; and hidden from a clerk, in the main window too.
// In one window, a manager's actions go as soon as a clerk is the one signed in (after a sign-out
// and sign-in, or a role change on the server), and come back with a manager.
class TestStaffView : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTester();
    void sortsByEveryColumnBothWays_data();
    void sortsByEveryColumnBothWays();
    void aSortKeepsTheSelectionAndAReloadKeepsTheSort();
    void theSearchBoxNarrowsTheListAndKeepsTheSort();
    void ownerCreatesDisablesAndPromotesAClerk();
    void onlyOwnersMayUseTheArea();
    void aClerkDoesNotSeeTheStaffAreaInTheMainWindow();
    void theRoleAppliesAtOnceInTheSameWindow();

private:
    // What a manager may do and a clerk may not (docs/permissions.md), in every area that
    // offers it: shown exactly when `manager`.
    static void expectManagerActions(const MainWindow &w, bool manager)
    {
        QVERIFY(w.ordersView() && w.refundsView() && w.membersView() && w.promotionsView() &&
                w.notificationsView());
        QVERIFY(w.ordersView()->shipAction()->isVisible()); // both may ship
        QCOMPARE(w.ordersView()->cancelAction()->isVisible(), manager);
        QCOMPARE(w.refundsView()->approveAction()->isVisible(), manager);
        QCOMPARE(w.refundsView()->rejectAction()->isVisible(), manager);
        QCOMPARE(w.membersView()->adjustAction()->isVisible(), manager);
        QCOMPARE(w.membersView()->tierAction()->isVisible(), manager);
        QCOMPARE(w.notificationsView()->sendButton()->isVisibleTo(w.notificationsView()), manager);
        QPushButton *newCampaign = nullptr;
        for (QPushButton *b : w.promotionsView()->findChildren<QPushButton *>())
            if (b->text() == PromotionsView::tr("&New campaign…"))
                newCampaign = b;
        QVERIFY(newCampaign);
        QCOMPARE(newCampaign->isVisibleTo(w.promotionsView()), manager);
        const QStringList areas = visibleAreas(w);
        QCOMPARE(areas.contains(MainWindow::tr("Reports")), manager);
        QCOMPARE(areas.contains(MainWindow::tr("Notifications")), manager);
        QVERIFY(!areas.contains(MainWindow::tr("Staff")));
        QVERIFY(!w.staffView());
        QCOMPARE(w.importExport()->importAction()->isVisible(), manager);
        QCOMPARE(w.importExport()->exportAction()->isVisible(), manager);
    }

    static QList<StaffUser> sampleStaff()
    {
        return {{1, QStringLiteral("owner@example.com"), QStringLiteral("Zhao"), StaffRole::Owner,
                 true, 1, 0},
                {2, QStringLiteral("Bo@example.com"), QStringLiteral("Bo"), StaffRole::Clerk, false,
                 1, 0},
                {3, QStringLiteral("ann@example.com"), QStringLiteral("Ann"), StaffRole::Support,
                 true, 1, 0},
                {4, QStringLiteral("cy@example.com"), QStringLiteral("Cy"), StaffRole::Clerk, true,
                 1, 0},
                {5, QStringLiteral("dee@example.com"), QStringLiteral("Dee"), StaffRole::Manager,
                 false, 1, 0}};
    }
    static QList<qint64> shownIds(const StaffTableModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(StaffTableModel::IdRole).toLongLong();
        return ids;
    }
    static int rowWithEmail(const StaffTableModel *model, const QString &email)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, StaffTableModel::Email).data().toString() == email)
                return row;
        return -1;
    }
    static QStringList visibleAreas(const MainWindow &w)
    {
        QStringList out;
        const auto *nav = w.findChild<QListWidget *>();
        for (int row = 0; row < nav->count(); ++row)
            if (!nav->item(row)->isHidden())
                out << nav->item(row)->text();
        return out;
    }
};

void TestStaffView::modelPassesTester()
{
    StaffTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StaffUser a{
        1, QStringLiteral("a@example.com"), QStringLiteral("店主"), StaffRole::Owner, true, 1, 0};
    StaffUser b{
        2, QStringLiteral("b@example.com"), QStringLiteral("Bo"), StaffRole::Clerk, false, 1, 0};
    model.setStaff({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, StaffTableModel::Role).data().toString(),
             StaffTableModel::roleText(StaffRole::Clerk));
    QCOMPARE(model.index(1, StaffTableModel::Status).data().toString(),
             StaffTableModel::tr("Disabled"));
    QCOMPARE(model.index(1, 0).data(StaffTableModel::IdRole).toLongLong(), qint64(2));
    model.setStaff({b});
    QCOMPARE(model.rowOf(2), 0);
    QCOMPARE(model.rowOf(1), -1);
    model.setStaff({});
    QCOMPARE(model.rowCount(), 0);
}

void TestStaffView::sortsByEveryColumnBothWays_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<qint64>>("ids");
    // E-mail ignores case; Role by rank (owner, manager, clerk, support), clerks 2 and 4 by id;
    // Status active first, then by id.
    QTest::newRow("e-mail ascending")
        << int(StaffTableModel::Email) << Qt::AscendingOrder << QList<qint64>{3, 2, 4, 5, 1};
    QTest::newRow("e-mail descending")
        << int(StaffTableModel::Email) << Qt::DescendingOrder << QList<qint64>{1, 5, 4, 2, 3};
    QTest::newRow("name ascending")
        << int(StaffTableModel::Name) << Qt::AscendingOrder << QList<qint64>{3, 2, 4, 5, 1};
    QTest::newRow("name descending")
        << int(StaffTableModel::Name) << Qt::DescendingOrder << QList<qint64>{1, 5, 4, 2, 3};
    QTest::newRow("role ascending")
        << int(StaffTableModel::Role) << Qt::AscendingOrder << QList<qint64>{1, 5, 2, 4, 3};
    QTest::newRow("role descending")
        << int(StaffTableModel::Role) << Qt::DescendingOrder << QList<qint64>{3, 4, 2, 5, 1};
    QTest::newRow("status ascending")
        << int(StaffTableModel::Status) << Qt::AscendingOrder << QList<qint64>{1, 3, 4, 2, 5};
    QTest::newRow("status descending")
        << int(StaffTableModel::Status) << Qt::DescendingOrder << QList<qint64>{5, 2, 4, 3, 1};
}

// The staff list sorts in the model (a shop has a handful): the order read back through data(),
// under the model tester.
void TestStaffView::sortsByEveryColumnBothWays()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<qint64>, ids);
    StaffTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStaff(sampleStaff());
    QCOMPARE(shownIds(model), (QList<qint64>{1, 2, 3, 4, 5})); // the store's order
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(column, order);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(shownIds(model), ids);
    const int first = model.rowOf(ids.first());
    QCOMPARE(first, 0);
    if (column == StaffTableModel::Name)
        QCOMPARE(model.index(0, column).data().toString(),
                 order == Qt::AscendingOrder ? QStringLiteral("Ann") : QStringLiteral("Zhao"));
}

// Sorting moves the selected row with its account; a reload (after an action) comes back in the
// same order.
void TestStaffView::aSortKeepsTheSelectionAndAReloadKeepsTheSort()
{
    StaffTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView table;
    table.setModel(&model);
    model.setStaff(sampleStaff());
    table.selectRow(model.rowOf(5));
    QPersistentModelIndex kept = model.index(model.rowOf(5), StaffTableModel::Name);
    table.sortByColumn(StaffTableModel::Role, Qt::AscendingOrder);
    QCOMPARE(shownIds(model), (QList<qint64>{1, 5, 2, 4, 3}));
    QCOMPARE(kept.row(), 1);
    QCOMPARE(kept.data().toString(), QStringLiteral("Dee"));
    QCOMPARE(table.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table.selectionModel()->selectedRows().first().row(), 1);
    table.sortByColumn(StaffTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(kept.row(), 1); // Zhao, Dee, Cy, Bo, Ann
    QCOMPARE(
        table.selectionModel()->selectedRows().first().data(StaffTableModel::IdRole).toLongLong(),
        qint64(5));

    QList<StaffUser> reloaded = sampleStaff();
    reloaded.append({6, QStringLiteral("eve@example.com"), QStringLiteral("Eve"), StaffRole::Clerk,
                     true, 1, 0});
    model.setStaff(reloaded);
    QCOMPARE(shownIds(model), (QList<qint64>{1, 6, 5, 4, 2, 3}));
}

// Typing narrows the list to the accounts whose e-mail or name contains the text, in the sort
// chosen; a reload keeps the filter; clearing the box brings everyone back.
void TestStaffView::theSearchBoxNarrowsTheListAndKeepsTheSort()
{
    ShopFixture shop;
    auto owner = StaffService(shop.ctx())
                     .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                     QStringLiteral("owner-password-1"));
    QVERIFY(owner.ok());
    StaffView view(shop.ctx(), owner->actor(), nullptr);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.model()->rowCount(), 1);
    view.model()->setStaff(sampleStaff()); // as a reload would bring them
    view.table()->sortByColumn(StaffTableModel::Name, Qt::DescendingOrder);
    QTest::keyClicks(view.searchBox(), QStringLiteral("E"));
    // owner@example.com, Bo@example.com … all have an "e" in the e-mail: by name, descending.
    QCOMPARE(shownIds(*view.model()), (QList<qint64>{1, 5, 4, 2, 3}));
    QTest::keyClicks(view.searchBox(), QStringLiteral("e@")); // "ee@": only Dee
    QCOMPARE(shownIds(*view.model()), (QList<qint64>{5}));
    view.searchBox()->clear();
    QTest::keyClicks(view.searchBox(), QStringLiteral("bo"));
    QCOMPARE(shownIds(*view.model()), (QList<qint64>{2})); // Bo, by e-mail and by name
    view.model()->setStaff(sampleStaff());
    QCOMPARE(shownIds(*view.model()), (QList<qint64>{2}));
    view.searchBox()->clear();
    QCOMPARE(shownIds(*view.model()), (QList<qint64>{1, 5, 4, 2, 3}));
}

void TestStaffView::ownerCreatesDisablesAndPromotesAClerk()
{
    ShopFixture shop;
    auto owner = StaffService(shop.ctx())
                     .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                     QStringLiteral("owner-password-1"));
    QVERIFY(owner.ok());
    ApplyingSink sink(shop.ctx(), owner->actor());
    StaffView view(shop.ctx(), owner->actor(), &sink);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QVERIFY(view.createButton()->isVisible());

    view.createButton()->click();
    NewStaffDialog *d = view.newStaffDialog();
    QVERIFY(d);
    QPushButton *ok = d->buttons()->button(QDialogButtonBox::Ok);
    d->emailEdit()->setText(QStringLiteral("Clerk@Example.com"));
    d->nameEdit()->setText(QStringLiteral("李娜"));
    d->roleBox()->setCurrentIndex(d->roleBox()->findData(QStringLiteral("clerk")));
    d->passwordEdit()->setText(QStringLiteral("clerk-password-1"));
    d->repeatEdit()->setText(QStringLiteral("clerk-password-2"));
    QVERIFY(!ok->isEnabled()); // the passwords differ
    d->repeatEdit()->setText(QStringLiteral("clerk-password-1"));
    QVERIFY(ok->isEnabled());
    ok->click();

    QTRY_VERIFY(rowWithEmail(view.model(), QStringLiteral("clerk@example.com")) >= 0);
    QCOMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands[0].type, QStringLiteral("staff.create"));
    auto stored =
        StaffRepository(shop.ctx().connection()).findByEmail(QStringLiteral("clerk@example.com"));
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->role, StaffRole::Clerk);
    QCOMPARE((*stored)->displayName, QStringLiteral("李娜"));
    int row = rowWithEmail(view.model(), QStringLiteral("clerk@example.com"));
    QCOMPARE(view.model()->index(row, StaffTableModel::Role).data().toString(),
             StaffTableModel::roleText(StaffRole::Clerk));

    // Disable the new account.
    view.table()->selectRow(row);
    QCOMPARE(view.activeButton()->text(), StaffView::tr("&Disable"));
    view.activeButton()->click();
    QTRY_COMPARE(view.model()
                     ->index(rowWithEmail(view.model(), QStringLiteral("clerk@example.com")),
                             StaffTableModel::Status)
                     .data()
                     .toString(),
                 StaffTableModel::tr("Disabled"));
    QVERIFY(!StaffService(shop.ctx()).find((*stored)->id)->active);

    // Enable again and make them a manager.
    row = rowWithEmail(view.model(), QStringLiteral("clerk@example.com"));
    view.table()->selectRow(row);
    QTRY_VERIFY(view.activeButton()->isEnabled());
    QCOMPARE(view.activeButton()->text(), StaffView::tr("&Enable"));
    view.activeButton()->click();
    QTRY_VERIFY(StaffService(shop.ctx()).find((*stored)->id)->active);
    QTRY_VERIFY(view.roleButton()->isEnabled());
    view.table()->selectRow(rowWithEmail(view.model(), QStringLiteral("clerk@example.com")));
    view.roleBox()->setCurrentIndex(view.roleBox()->findData(int(StaffRole::Manager)));
    view.roleButton()->click();
    QTRY_COMPARE(StaffService(shop.ctx()).find((*stored)->id)->role, StaffRole::Manager);
    QCOMPARE(sink.commands.last().type, QStringLiteral("staff.change_role"));
    QTRY_COMPARE(view.model()
                     ->index(rowWithEmail(view.model(), QStringLiteral("clerk@example.com")),
                             StaffTableModel::Role)
                     .data()
                     .toString(),
                 StaffTableModel::roleText(StaffRole::Manager)); // the list read again

    // The last owner cannot be disabled: the refusal is said, nothing changes.
    view.table()->selectRow(rowWithEmail(view.model(), QStringLiteral("owner@example.com")));
    QTRY_VERIFY(view.activeButton()->isEnabled());
    QCOMPARE(view.model()->staffAt(view.table()->currentIndex().row())->id, owner->id);
    view.activeButton()->click();
    // It is the owner's own account: asked first.
    QMessageBox *ask = nullptr;
    QTRY_VERIFY((ask = view.findChild<QMessageBox *>()));
    QCOMPARE(ask->text(), StaffView::tr("Disable your own account?"));
    const int before = int(sink.commands.size());
    ask->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(int(sink.commands.size()), before + 1);
    QTRY_COMPARE(view.message(), StaffView::tr("The change was not made."));
    QVERIFY(StaffService(shop.ctx()).find(owner->id)->active);
    QVERIFY(StaffService(shop.ctx()).find((*stored)->id)->active);
    auto refusal = [&] {
        for (QMessageBox *box : view.findChildren<QMessageBox *>())
            if (box->icon() == QMessageBox::Warning)
                return box;
        return static_cast<QMessageBox *>(nullptr);
    };
    QTRY_VERIFY(refusal()); // the reason, in a box the owner closes
    QVERIFY(!refusal()->informativeText().isEmpty());
}

void TestStaffView::onlyOwnersMayUseTheArea()
{
    QVERIFY(StaffView::isAllowed(Actor::staff(1, StaffRole::Owner)));
    QVERIFY(!StaffView::isAllowed(Actor::staff(1, StaffRole::Manager)));
    QVERIFY(!StaffView::isAllowed(Actor::staff(1, StaffRole::Clerk)));
    QVERIFY(!StaffView::isAllowed(Actor::staff(1, StaffRole::Support)));
    QVERIFY(!StaffView::isAllowed(Actor::member(1)));
}

void TestStaffView::aClerkDoesNotSeeTheStaffAreaInTheMainWindow()
{
    DeskFixture f;
    auto owner =
        StaffRepository(f.shop.ctx().connection()).findByEmail(QStringLiteral("owner@example.com"));
    QVERIFY(owner.ok() && owner->has_value());
    StaffDraft clerk{QStringLiteral("clerk@example.com"), QStringLiteral("李娜"), StaffRole::Clerk,
                     QStringLiteral("clerk-password-1")};
    QVERIFY(StaffService(f.shop.ctx()).create((*owner)->actor(), clerk).ok());
    const QString staffArea = MainWindow::tr("Staff");

    {
        DeskSession session;
        LanguageManager languages;
        MainWindow w(session, languages, QStringLiteral("茶铺"), QStringLiteral("CNY"),
                     f.server->url());
        w.show();
        session.start(f.options());
        QTRY_VERIFY_WITH_TIMEOUT(w.catalogView(), DeskFixture::kWait);
        QVERIFY(session.staff());
        QCOMPARE(session.staff()->role, StaffRole::Owner);
        QVERIFY(w.staffView());
        QVERIFY(visibleAreas(w).contains(staffArea));
        w.close();
    }

    DeskOptions asClerk = f.options();
    QTemporaryDir clerkDir;
    asClerk.dataDir = clerkDir.path();
    asClerk.endpoint.email = clerk.email;
    asClerk.endpoint.password = clerk.password;
    DeskSession session;
    LanguageManager languages;
    MainWindow w(session, languages, QStringLiteral("茶铺"), QStringLiteral("CNY"),
                 f.server->url());
    w.show();
    session.start(asClerk);
    QTRY_VERIFY_WITH_TIMEOUT(w.catalogView(), DeskFixture::kWait);
    QCOMPARE(session.staff()->role, StaffRole::Clerk);
    QVERIFY(!w.staffView());
    const QStringList areas = visibleAreas(w);
    QVERIFY2(!areas.contains(staffArea), qPrintable(areas.join(u',')));
    QVERIFY(areas.contains(MainWindow::tr("Orders")));
    QVERIFY(!areas.contains(MainWindow::tr("Reports"))); // reports.view is a manager's
    QVERIFY(!w.importExport()->importAction()->isVisible());

    // The owner makes the clerk a manager on the server: after a sync the desk knows, and lists
    // what a manager may use (still not Staff).
    QSignalSpy changed(&session, &DeskSession::staffChanged);
    auto clerkRow = StaffRepository(f.shop.ctx().connection()).findByEmail(clerk.email);
    QVERIFY(clerkRow.ok() && clerkRow->has_value());
    QVERIFY(StaffService(f.shop.ctx())
                .changeRole((*owner)->actor(), (*clerkRow)->id, StaffRole::Manager)
                .ok());
    QVERIFY(DeskFixture::syncOnce(session));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), DeskFixture::kWait);
    QCOMPARE(session.staff()->role, StaffRole::Manager);
    QCOMPARE(session.staff()->id, (*clerkRow)->id);
    QVERIFY(visibleAreas(w).contains(MainWindow::tr("Reports")));
    QVERIFY(!visibleAreas(w).contains(staffArea));
    QVERIFY(w.importExport()->importAction()->isVisible());
}

void TestStaffView::theRoleAppliesAtOnceInTheSameWindow()
{
    DeskFixture f;
    auto owner =
        StaffRepository(f.shop.ctx().connection()).findByEmail(QStringLiteral("owner@example.com"));
    QVERIFY(owner.ok() && owner->has_value());
    const Actor ownerActor = (*owner)->actor();
    StaffDraft manager{QStringLiteral("manager@example.com"), QStringLiteral("王芳"),
                       StaffRole::Manager, QStringLiteral("manager-password-1")};
    StaffDraft clerk{QStringLiteral("clerk@example.com"), QStringLiteral("李娜"), StaffRole::Clerk,
                     QStringLiteral("clerk-password-1")};
    auto managerRow = StaffService(f.shop.ctx()).create(ownerActor, manager);
    QVERIFY(managerRow.ok());
    auto clerkRow = StaffService(f.shop.ctx()).create(ownerActor, clerk);
    QVERIFY(clerkRow.ok());
    // One desk (one replica folder), two sign-ins.
    DeskOptions asManager = f.options();
    asManager.endpoint.email = manager.email;
    asManager.endpoint.password = manager.password;
    DeskOptions asClerk = f.options();
    asClerk.endpoint.email = clerk.email;
    asClerk.endpoint.password = clerk.password;

    DeskSession session;
    LanguageManager languages;
    MainWindow w(session, languages, QStringLiteral("茶铺"), QStringLiteral("CNY"),
                 f.server->url());
    w.show();
    session.start(asManager);
    QTRY_VERIFY_WITH_TIMEOUT(w.catalogView(), DeskFixture::kWait);
    QCOMPARE(session.staff()->role, StaffRole::Manager);
    expectManagerActions(w, true);
    if (QTest::currentTestFailed())
        return;

    // File > Sign out, and the clerk signs in to the same window.
    w.closeAreas();
    QVERIFY(!w.catalogView());
    QVERIFY(!w.ordersView());
    QVERIFY(!visibleAreas(w).contains(MainWindow::tr("Reports")));
    QVERIFY(!w.importExport()->exportAction()->isVisible());
    QCOMPARE(w.copyText(), MainWindow::tr("You are signed out."));
    session.stop();
    session.start(asClerk);
    QTRY_VERIFY_WITH_TIMEOUT(w.catalogView(), DeskFixture::kWait);
    QCOMPARE(session.staff()->role, StaffRole::Clerk);
    QCOMPARE(w.viewsStaff()->id, clerkRow->id);
    expectManagerActions(w, false);
    if (QTest::currentTestFailed())
        return;

    // Signed in all along, the clerk is made a manager on the server: after a sync every area
    // offers a manager's actions; made a clerk again, they go again.
    for (StaffRole role : {StaffRole::Manager, StaffRole::Clerk}) {
        QVERIFY(StaffService(f.shop.ctx()).changeRole(ownerActor, clerkRow->id, role).ok());
        QVERIFY(DeskFixture::syncOnce(session));
        QTRY_VERIFY_WITH_TIMEOUT(w.viewsStaff() && w.viewsStaff()->role == role,
                                 DeskFixture::kWait);
        expectManagerActions(w, role == StaffRole::Manager);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_MAIN(TestStaffView)
#include "tst_staffview.moc"
