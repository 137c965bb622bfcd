#include "changelog.h"
#include "conflictspanel.h"
#include "conflicttablemodel.h"
#include "desksession.h"
#include "servicecontext.h"
#include "shopfixture.h"
#include "sqlquery.h"
#include "staffservice.h"
#include "storefrontserver.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace md;

namespace {

// A shop served on 127.0.0.1 and a DeskSession with its first copy, signed in as the owner.
struct LiveDesk
{
    ShopFixture shop;
    std::unique_ptr<StorefrontServer> server;
    QTemporaryDir dir;
    DeskSession session;

    bool start()
    {
        if (!StaffService(shop.ctx())
                 .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                 QStringLiteral("owner-password-1"))
                 .ok())
            return false;
        ServerOptions so;
        so.port = 0;
        so.threads = 4;
        so.requestsPerSecond = 0;
        server = std::make_unique<StorefrontServer>(shop.ctx(), so);
        if (!server->start().ok())
            return false;
        DeskOptions o;
        o.dataDir = dir.path();
        o.endpoint = {server->url(),
                      QStringLiteral("owner@example.com"),
                      QStringLiteral("owner-password-1"),
                      {},
                      50};
        o.syncIntervalMs = 600000;
        o.passwordIterations = TestStore::kTestIterations;
        o.synchronous = DatabaseOptions::Synchronous::Normal;
        QSignalSpy copied(&session, &DeskSession::firstCopyFinished);
        session.start(o);
        return copied.wait(30000);
    }

    // The server's price of the SKU moves on; the replica's edit from the old version is sent
    // and comes back refused.
    bool conflictOn(qint64 sku, qint64 serverPrice, qint64 replicaPrice)
    {
        const Sku before = shop.skuNow(sku);
        SkuDraft d;
        d.code = before.code;
        d.price = serverPrice;
        d.cost = before.cost;
        if (!CatalogService(shop.ctx()).updateSku(Actor::system(), sku, d, before.version).ok())
            return false;
        session.submit({QString(),
                        QStringLiteral("sku.update"),
                        entity::Sku,
                        sku,
                        before.version,
                        {{QStringLiteral("code"), before.code},
                         {QStringLiteral("price"), replicaPrice},
                         {QStringLiteral("cost"), before.cost}}});
        return true;
    }
};

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

} // namespace

// The conflicts list: model invariants, precise changes as conflicts come and go, what each
// column shows, and the panel fed by a real DeskSession against a server on 127.0.0.1.
class TestConflictTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void changesArePrecise_data();
    void changesArePrecise();
    void columnsSayWhatWasRefusedAndWhy();
    void thePanelListsASessionsConflictAndDismissesIt();
    void sortRoleOrdersTimesAndRecordsByNumber();
    void thePanelSortsFiltersAndDismissesTheSelectedOne();

private:
    static SyncConflict conflict(qint64 id)
    {
        SyncConflict c;
        c.id = id;
        c.commandId = QStringLiteral("cmd-%1").arg(id);
        c.type = QStringLiteral("sku.update");
        c.entity = QStringLiteral("sku");
        c.entityId = 10 + id;
        c.status = id % 2 ? CommandStatus::Conflict : CommandStatus::Rejected;
        c.code = id % 2 ? QStringLiteral("version_conflict") : QStringLiteral("forbidden");
        c.message = QStringLiteral("reason %1").arg(id);
        c.at = 1764000000000 + id;
        return c;
    }
    static QList<SyncConflict> conflicts(const QList<qint64> &ids)
    {
        QList<SyncConflict> out;
        for (qint64 id : ids)
            out << conflict(id);
        return out;
    }
    static QList<qint64> ids(const ConflictTableModel &model)
    {
        QList<qint64> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, 0).data(ConflictTableModel::IdRole).toLongLong();
        return out;
    }
};

void TestConflictTableModel::passesTheModelTester()
{
    ConflictTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<QList<qint64>> steps{
        {}, {1, 2, 3}, {1, 2, 3, 4, 5}, {1, 3, 5}, {3, 5, 6, 7}, {2, 3, 4, 9}, {9}, {}};
    for (const QList<qint64> &step : steps) {
        model.setConflicts(conflicts(step));
        QCOMPARE(ids(model), step);
    }
    QCOMPARE(model.columnCount(), int(ConflictTableModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestConflictTableModel::changesArePrecise_data()
{
    QTest::addColumn<QList<qint64>>("before");
    QTest::addColumn<QList<qint64>>("after");
    QTest::addColumn<int>("removals");   // rowsRemoved signals
    QTest::addColumn<int>("removed");    // rows they removed
    QTest::addColumn<int>("insertions"); // rowsInserted signals
    QTest::addColumn<int>("inserted");

    QTest::newRow("the first conflicts")
        << QList<qint64>{} << QList<qint64>{4, 7} << 0 << 0 << 1 << 2;
    QTest::newRow("one more at the end")
        << QList<qint64>{4, 7} << QList<qint64>{4, 7, 8} << 0 << 0 << 1 << 1;
    QTest::newRow("one dismissed from the middle")
        << QList<qint64>{4, 7, 8} << QList<qint64>{4, 8} << 1 << 1 << 0 << 0;
    QTest::newRow("two runs dismissed")
        << QList<qint64>{1, 2, 3, 4, 5, 6} << QList<qint64>{1, 4, 6} << 2 << 3 << 0 << 0;
    QTest::newRow("dismissed and added in one refresh")
        << QList<qint64>{1, 2, 3} << QList<qint64>{1, 3, 8, 9} << 1 << 1 << 1 << 2;
    QTest::newRow("all dismissed") << QList<qint64>{1, 2, 3} << QList<qint64>{} << 1 << 3 << 0 << 0;
    QTest::newRow("nothing changed")
        << QList<qint64>{1, 2} << QList<qint64>{1, 2} << 0 << 0 << 0 << 0;
}

void TestConflictTableModel::changesArePrecise()
{
    QFETCH(QList<qint64>, before);
    QFETCH(QList<qint64>, after);
    QFETCH(int, removals);
    QFETCH(int, removed);
    QFETCH(int, insertions);
    QFETCH(int, inserted);
    ConflictTableModel model;
    model.setConflicts(conflicts(before));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy gone(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy came(&model, &QAbstractItemModel::rowsInserted);
    model.setConflicts(conflicts(after));
    QCOMPARE(ids(model), after);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(gone.size(), removals);
    QCOMPARE(came.size(), insertions);
    int rows = 0;
    for (const QList<QVariant> &signal : std::as_const(gone))
        rows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
    QCOMPARE(rows, removed);
    rows = 0;
    for (const QList<QVariant> &signal : std::as_const(came))
        rows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
    QCOMPARE(rows, inserted);
}

void TestConflictTableModel::columnsSayWhatWasRefusedAndWhy()
{
    ConflictTableModel model;
    SyncConflict made = conflict(2);
    made.type = QStringLiteral("stock.adjust");
    made.entityId = -3; // a record made on this computer that the server never knew
    model.setConflicts({conflict(1), made});
    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, ConflictTableModel::Action), QStringLiteral("Edit SKU"));
    QCOMPARE(text(0, ConflictTableModel::Record), QStringLiteral("SKU 11"));
    QCOMPARE(text(0, ConflictTableModel::Outcome), QStringLiteral("Changed meanwhile"));
    QCOMPARE(text(0, ConflictTableModel::Reason), QStringLiteral("reason 1"));
    QCOMPARE(model.index(0, ConflictTableModel::Reason).data(Qt::ToolTipRole).toString(),
             QStringLiteral("version_conflict"));
    QVERIFY(!text(0, ConflictTableModel::Time).isEmpty());
    QCOMPARE(text(1, ConflictTableModel::Action), QStringLiteral("Adjust stock"));
    QCOMPARE(text(1, ConflictTableModel::Record), QStringLiteral("SKU (new)"));
    QCOMPARE(text(1, ConflictTableModel::Outcome), QStringLiteral("Refused"));
    const auto whole =
        model.index(1, 0).data(ConflictTableModel::ConflictRole).value<SyncConflict>();
    QCOMPARE(whole.commandId, QStringLiteral("cmd-2"));
    QCOMPARE(whole.code, QStringLiteral("forbidden"));
    QCOMPARE(ConflictTableModel::actionName(QStringLiteral("something.new")),
             QStringLiteral("something.new"));
    QCOMPARE(model.headerData(ConflictTableModel::Reason, Qt::Horizontal).toString(),
             QStringLiteral("Reason"));
}

void TestConflictTableModel::thePanelListsASessionsConflictAndDismissesIt()
{
    LiveDesk desk;
    QVERIFY(desk.start());
    ShopFixture &shop = desk.shop;
    DeskSession &session = desk.session;
    ConflictsPanel panel(session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.model()->rowCount(), 0);

    QVERIFY(desk.conflictOn(shop.skuPot, 9100, 7000));
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, 30000);
    QCOMPARE(panel.model()->index(0, ConflictTableModel::Outcome).data().toString(),
             QStringLiteral("Changed meanwhile"));
    QVERIFY(!panel.dismissButton()->isEnabled());
    panel.table()->selectRow(0);
    QVERIFY(panel.dismissButton()->isEnabled());
    QTest::mouseClick(panel.dismissButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 0, 30000);
    QCOMPARE(session.conflictCount(), qint64(0));
    session.stop();
}

void TestConflictTableModel::sortRoleOrdersTimesAndRecordsByNumber()
{
    ConflictTableModel model;
    SyncConflict nine = conflict(1);
    nine.entityId = 9;
    nine.at = 1764000000000 + 9 * 3600 * 1000; // nine hours after the other
    SyncConflict ten = conflict(2);
    ten.entityId = 10;
    ten.at = 1764000000000;
    model.setConflicts({nine, ten});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ConflictTableModel::SortRole);
    proxy.setFilterRole(ConflictTableModel::SearchRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ConflictTableModel::Record, Qt::DescendingOrder);
    QCOMPARE(column(&proxy, ConflictTableModel::Record),
             (QStringList{QStringLiteral("SKU 10"), QStringLiteral("SKU 9")}));
    proxy.sort(ConflictTableModel::Time, Qt::DescendingOrder);
    QCOMPARE(column(&proxy, ConflictTableModel::Record),
             (QStringList{QStringLiteral("SKU 9"), QStringLiteral("SKU 10")}));
    // The reason's code is searched too, the time is not.
    proxy.setFilterFixedString(QStringLiteral("VERSION_CONFLICT"));
    QCOMPARE(column(&proxy, ConflictTableModel::Record), QStringList{QStringLiteral("SKU 9")});
    proxy.setFilterFixedString(model.index(0, ConflictTableModel::Time).data().toString().left(4));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestConflictTableModel::thePanelSortsFiltersAndDismissesTheSelectedOne()
{
    LiveDesk desk;
    QVERIFY(desk.start());
    ShopFixture &shop = desk.shop;
    ConflictsPanel panel(desk.session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.searchBox());
    QVERIFY(!panel.searchBox()->placeholderText().isEmpty());
    QAbstractItemModelTester tester(panel.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(desk.conflictOn(shop.skuTea, 13000, 12000));
    QVERIFY(desk.conflictOn(shop.skuTeaBig, 4600, 4000));
    QVERIFY(desk.conflictOn(shop.skuPot, 9100, 7000));
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 3, 30000);
    auto record = [](qint64 sku) { return QStringLiteral("SKU %1").arg(sku); };
    QList<qint64> skus{shop.skuTea, shop.skuTeaBig, shop.skuPot};
    std::sort(skus.begin(), skus.end(), std::greater<>());
    QStringList descending;
    for (qint64 sku : skus)
        descending << record(sku);

    // Sorted by record, highest first, through the header as a click would.
    panel.table()->sortByColumn(ConflictTableModel::Record, Qt::DescendingOrder);
    QCOMPARE(column(panel.table()->model(), ConflictTableModel::Record), descending);

    // The top row (the model's last) is selected: its detail shows, and Dismiss removes that
    // conflict.
    auto *detail = panel.findChild<QPlainTextEdit *>();
    QVERIFY(detail);
    panel.table()->selectRow(0);
    QVERIFY(detail->isVisible());
    QVERIFY(detail->toPlainText().contains(shop.skuNow(skus.at(0)).code)); // what was sent
    QVERIFY(panel.dismissButton()->isEnabled());
    QTest::mouseClick(panel.dismissButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 2, 30000);
    auto entities = [&] {
        QList<qint64> out;
        for (const SyncConflict &c : desk.session.conflicts())
            out << c.entityId;
        std::sort(out.begin(), out.end(), std::greater<>());
        return out;
    };
    QCOMPARE(entities(), (QList<qint64>{skus.at(1), skus.at(2)}));
    QCOMPARE(column(panel.table()->model(), ConflictTableModel::Record),
             (QStringList{record(skus.at(1)), record(skus.at(2))}));

    // Typing narrows the list to the middle SKU's conflict, the model's row 1 and now the view's
    // row 0. The selected row the search hides leaves nothing to dismiss.
    panel.table()->selectRow(1);
    QTest::keyClicks(panel.searchBox(), record(skus.at(1)).toLower());
    QCOMPARE(column(panel.table()->model(), ConflictTableModel::Record),
             QStringList{record(skus.at(1))});
    QVERIFY(!panel.dismissButton()->isEnabled());
    QVERIFY(!detail->isVisible());
    panel.table()->selectRow(0);
    QVERIFY(detail->toPlainText().contains(shop.skuNow(skus.at(1)).code));
    QTest::mouseClick(panel.dismissButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, 30000);
    QCOMPARE(entities(), QList<qint64>{skus.at(2)});
    QCOMPARE(panel.table()->model()->rowCount(), 0);
    panel.searchBox()->clear();
    QCOMPARE(column(panel.table()->model(), ConflictTableModel::Record),
             QStringList{record(skus.at(2))});
    desk.session.stop();
}

QTEST_MAIN(TestConflictTableModel)
#include "tst_conflicttablemodel.moc"
