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
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

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

private:
    static SyncConflict conflict(qint64 id)
    {
        SyncConflict c;
        c.id = id;
        c.commandId = QStringLiteral("cmd-%1").arg(id);
        c.type = QStringLiteral("sku.update");
        c.entity = QStringLiteral("sku");
        c.entityId = 10 + id;
        c.status = id % 2 ? QStringLiteral("conflict") : QStringLiteral("rejected");
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
    ShopFixture shop;
    QVERIFY(StaffService(shop.ctx())
                .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                QStringLiteral("owner-password-1"))
                .ok());
    ServerOptions so;
    so.port = 0;
    so.threads = 4;
    so.requestsPerSecond = 0;
    StorefrontServer server(shop.ctx(), so);
    QVERIFY(server.start().ok());
    QTemporaryDir dir;
    DeskOptions o;
    o.dataDir = dir.path();
    o.endpoint = {server.url(),
                  QStringLiteral("owner@example.com"),
                  QStringLiteral("owner-password-1"),
                  {},
                  50};
    o.syncIntervalMs = 600000;
    o.passwordIterations = TestStore::kTestIterations;
    o.synchronous = DatabaseOptions::Synchronous::Normal;
    DeskSession session;
    QSignalSpy copied(&session, &DeskSession::firstCopyFinished);
    session.start(o);
    QVERIFY(copied.wait(30000));
    ConflictsPanel panel(session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.model()->rowCount(), 0);

    // The server's price moves on; the replica's edit from the old version comes back refused.
    const Sku before = shop.skuNow(shop.skuPot);
    SkuDraft d;
    d.code = before.code;
    d.price = 9100;
    d.cost = before.cost;
    QVERIFY(CatalogService(shop.ctx()).updateSku(Actor::system(), shop.skuPot, d, before.version));
    session.submit({QString(),
                    QStringLiteral("sku.update"),
                    entity::Sku,
                    shop.skuPot,
                    before.version,
                    {{QStringLiteral("code"), before.code},
                     {QStringLiteral("price"), 7000},
                     {QStringLiteral("cost"), before.cost}}});
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

QTEST_MAIN(TestConflictTableModel)
#include "tst_conflicttablemodel.moc"
