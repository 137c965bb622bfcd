#include "catalogservice.h"
#include "changelog.h"
#include "desksession.h"
#include "gateproxy.h"
#include "localowner.h"
#include "servicecontext.h"
#include "shopfixture.h"
#include "sqlquery.h"
#include "staffrepository.h"
#include "staffservice.h"
#include "stockservice.h"
#include "storefrontserver.h"
#include "syncoutbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace md;

// The desktop's session against a real storefront server on 127.0.0.1: the replica it keeps,
// what it shows (online, pending, last sync, conflicts), and the one way it changes data.
class TestDeskSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstSyncCopiesTheShop();
    void aCopyStoppedBeforeItBeganWaitsForSyncNow();
    void aPriceChangeShowsAtOnceIsPendingThenReachesTheServer();
    void aChangeSaysWhichRecordsItTouched();
    void aCatchUpCanBeStoppedAndGoesOnLater();
    void offlineKeepsTheCommandUntilTheServerIsBack();
    void aStaleEditIsListedAsAConflictUntilDismissed();
    void aCommandTheServerRefusesIsListed();
    void aCommandTheRulesRefuseIsNotQueued();
    void aWrongPasswordIsRefusedSignIn();
    void anEmbeddedShopSignsInAsItsLocalOwner();

private:
    static constexpr int kWait = 30000;

    void startServer(quint16 port = 0)
    {
        ServerOptions o;
        o.port = port;
        o.threads = 8;
        o.requestsPerSecond = 0;
        m_server = std::make_unique<StorefrontServer>(m_shop->ctx(), o);
        QVERIFY(m_server->start().ok());
        m_port = m_server->port();
    }
    DeskOptions options(const QString &password = QStringLiteral("owner-password-1"))
    {
        DeskOptions o;
        o.dataDir = m_dir->path();
        o.endpoint = {QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                      QStringLiteral("owner@example.com"),
                      password,
                      {},
                      50};
        o.syncIntervalMs = 600000; // the tests start every sync themselves
        o.passwordIterations = TestStore::kTestIterations;
        o.synchronous = DatabaseOptions::Synchronous::Normal;
        return o;
    }
    // A session that has made its first copy.
    std::unique_ptr<DeskSession> synced()
    {
        auto s = std::make_unique<DeskSession>();
        QSignalSpy copied(s.get(), &DeskSession::firstCopyFinished);
        s->start(options());
        if (!copied.wait(kWait))
            qWarning("no first copy: %s", qPrintable(s->lastError()));
        return s;
    }
    // One whole cycle, started now.
    static bool syncOnce(DeskSession &s)
    {
        QSignalSpy syncing(&s, &DeskSession::syncingChanged);
        s.syncNow();
        return QTest::qWaitFor(
            [&] {
                return !syncing.isEmpty() && !syncing.last().first().toBool() && !s.isSyncing();
            },
            kWait);
    }
    static CommandOutcome submit(DeskSession &s, const SyncCommand &c)
    {
        QSignalSpy submitted(&s, &DeskSession::submitted);
        s.submit(c);
        if (!submitted.wait(kWait))
            return {};
        return submitted.first().first().value<CommandOutcome>();
    }
    // sku.update of the price, as the replica shows the SKU now.
    static SyncCommand priceChange(const DeskSession &s, qint64 sku, qint64 price)
    {
        SqlQuery row(s.replica()->connection(),
                     QStringLiteral("SELECT code, cost, version FROM skus WHERE id = ?"), {sku});
        if (!row.exec() || !row.next())
            return {};
        return {QString(),
                QStringLiteral("sku.update"),
                entity::Sku,
                sku,
                row.int64(2),
                {{QStringLiteral("code"), row.text(0)},
                 {QStringLiteral("price"), price},
                 {QStringLiteral("cost"), row.int64(1)}}};
    }
    static qint64 replicaPrice(const DeskSession &s, qint64 sku)
    {
        return *SqlQuery(s.replica()->connection(),
                         QStringLiteral("SELECT price FROM skus WHERE id = ?"), {sku})
                    .scalar();
    }

    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<StorefrontServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
};

void TestDeskSession::init()
{
    m_shop = std::make_unique<ShopFixture>();
    QVERIFY(StaffService(m_shop->ctx())
                .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                QStringLiteral("owner-password-1"))
                .ok());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startServer();
}

void TestDeskSession::cleanup()
{
    m_server.reset();
    m_shop.reset();
    m_dir.reset();
}

void TestDeskSession::firstSyncCopiesTheShop()
{
    DeskSession s;
    QSignalSpy ready(&s, &DeskSession::ready);
    QSignalSpy copied(&s, &DeskSession::firstCopyFinished);
    QSignalSpy online(&s, &DeskSession::connectionChanged);
    QCOMPARE(s.connection(), DeskSession::Connection::Connecting);
    QVERIFY(!s.lastSyncAt().isValid());
    s.start(options());
    QVERIFY(ready.wait(kWait));
    QVERIFY(s.replica());
    QVERIFY(copied.wait(kWait));
    QCOMPARE(s.connection(), DeskSession::Connection::Online);
    QCOMPARE(online.last().first().value<DeskSession::Connection>(),
             DeskSession::Connection::Online);
    QVERIFY(s.hasCopy());
    QVERIFY(s.lastSyncAt().isValid());
    QVERIFY(qAbs(s.lastSyncAt().msecsTo(QDateTime::currentDateTime())) < kWait);
    QCOMPARE(s.pendingCount(), qint64(0));
    QCOMPARE(s.conflictCount(), qint64(0));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("replica.db"))));
    // The replica holds the shop's catalog, through the same services.
    QCOMPARE(*CatalogService(*s.replica()).productCount({}),
             *CatalogService(m_shop->ctx()).productCount({}));
    QCOMPARE(replicaPrice(s, m_shop->skuTea), qint64(12800));

    // A restart finds the copy and the time of the last sync, before syncing again.
    const QDateTime last = s.lastSyncAt();
    s.stop();
    DeskSession again;
    QSignalSpy reopened(&again, &DeskSession::ready);
    again.start(options());
    QVERIFY(reopened.wait(kWait));
    QVERIFY(again.hasCopy());
    QCOMPARE(again.lastSyncAt(), last);
    again.stop();
    // So does the same session started again, stopped in the middle of a sync.
    QSignalSpy readyAgain(&s, &DeskSession::ready);
    s.start(options());
    QCOMPARE(s.connection(), DeskSession::Connection::Connecting);
    QVERIFY(readyAgain.wait(kWait));
    QVERIFY(s.hasCopy());
    s.stop();
    s.start(options());
    QTRY_COMPARE_WITH_TIMEOUT(s.connection(), DeskSession::Connection::Online, kWait);
    QVERIFY(s.lastSyncAt() > last);
}

void TestDeskSession::aCopyStoppedBeforeItBeganWaitsForSyncNow()
{
    DeskSession s;
    QSignalSpy stopped(&s, &DeskSession::firstCopyStopped);
    QSignalSpy syncing(&s, &DeskSession::syncingChanged);
    QSignalSpy copied(&s, &DeskSession::firstCopyFinished);
    // Stopped the moment the replica is open, before the session's first cycle.
    connect(&s, &DeskSession::ready, &s, &DeskSession::stopFirstCopy, Qt::DirectConnection);
    DeskOptions o = options();
    o.syncIntervalMs = 1000;
    s.start(o);
    QVERIFY(stopped.wait(kWait));
    QVERIFY(s.isCopyStopped());
    QVERIFY(!s.hasCopy());
    QCOMPARE(s.connection(), DeskSession::Connection::Offline);
    QVERIFY(!s.lastError().isEmpty());
    // No cycle, not even the periodic one, until asked for.
    QTest::qWait(2500);
    QVERIFY(syncing.isEmpty());
    s.stopFirstCopy(); // already stopped: nothing happens
    QCOMPARE(stopped.count(), 1);
    s.syncNow();
    QVERIFY(!s.isCopyStopped());
    QVERIFY(copied.wait(kWait));
    QVERIFY(s.hasCopy());
    QCOMPARE(s.connection(), DeskSession::Connection::Online);
    s.stopFirstCopy(); // there is a copy: nothing to stop
    QVERIFY(!s.isCopyStopped());
    QCOMPARE(stopped.count(), 1);
}

void TestDeskSession::aPriceChangeShowsAtOnceIsPendingThenReachesTheServer()
{
    auto s = synced();
    QVERIFY(s->hasCopy());
    QSignalSpy changed(s.get(), &DeskSession::replicaChanged);
    QSignalSpy pending(s.get(), &DeskSession::pendingCountChanged);
    const CommandOutcome o = submit(*s, priceChange(*s, m_shop->skuTea, 13900));
    QCOMPARE(o.status, CommandStatus::Applied);
    QVERIFY(!o.id.isEmpty()); // the session named the command
    // Shown on the replica at once, and waiting in the outbox.
    QCOMPARE(replicaPrice(*s, m_shop->skuTea), qint64(13900));
    QCOMPARE(s->pendingCount(), qint64(1));
    QCOMPARE(pending.first().first().toLongLong(), qint64(1));
    QVERIFY(!changed.isEmpty());
    // The push started by the action brings it to the server.
    QTRY_COMPARE_WITH_TIMEOUT(s->pendingCount(), qint64(0), kWait);
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).price, qint64(13900));
    QCOMPARE(replicaPrice(*s, m_shop->skuTea), qint64(13900));
    QCOMPARE(s->conflictCount(), qint64(0));
    QCOMPARE(s->connection(), DeskSession::Connection::Online);
}

// The views reload only for changes to what they show: a new customer pulled from the server
// touches members, not the catalog; a local price change touches SKUs, not orders.
void TestDeskSession::aChangeSaysWhichRecordsItTouched()
{
    auto s = synced();
    QVERIFY(s->hasCopy());
    QSignalSpy changed(s.get(), &DeskSession::replicaChanged);
    m_shop->customer(QStringLiteral("new-customer@example.com"));
    QVERIFY(syncOnce(*s));
    QCOMPARE(changed.size(), 1);
    const auto pulled = changed.takeFirst().first().value<ReplicaChanges>();
    QVERIFY(!pulled.isEverything());
    QVERIFY(pulled.touches({entity::Member}));
    QVERIFY(!pulled.touches({entity::Product, entity::Sku, entity::Category, entity::Order}));

    QCOMPARE(submit(*s, priceChange(*s, m_shop->skuTea, 13900)).status, CommandStatus::Applied);
    QVERIFY(!changed.isEmpty());
    const auto local = changed.takeFirst().first().value<ReplicaChanges>();
    QVERIFY(!local.isEverything());
    QVERIFY(local.touches({entity::Sku}));
    QVERIFY(!local.touches({entity::Order, entity::Member, entity::Review}));
    // Nothing new on either side: no reload at all.
    QTRY_COMPARE_WITH_TIMEOUT(s->pendingCount(), qint64(0), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!s->isSyncing(), kWait);
    changed.clear();
    QVERIFY(syncOnce(*s));
    QVERIFY(changed.isEmpty());
}

// After days offline the feed is long: the staff member may stop the sync; what came stays, and
// the next sync brings the rest.
void TestDeskSession::aCatchUpCanBeStoppedAndGoesOnLater()
{
    GateProxy gate(m_port, QByteArrayLiteral("GET /api/v1/admin/sync/changes"));
    const quint16 direct = m_port;
    m_port = gate.port();
    auto s = synced();
    m_port = direct;
    QVERIFY(s->hasCopy());
    for (int i = 0; i < 60; ++i) // a member and an address each: several pages of 50
        m_shop->customer(QStringLiteral("offline-%1@example.com").arg(i));
    const auto members = [](const ServiceContext &ctx) {
        return *SqlQuery(ctx.connection(), QStringLiteral("SELECT COUNT(*) FROM members")).scalar();
    };
    const qint64 onServer = members(m_shop->ctx());

    gate.holdSnapshotsAfter(1); // the first page of the feed comes, the second waits
    QSignalSpy syncing(s.get(), &DeskSession::syncingChanged);
    s->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(gate.held(), 1, kWait);
    QVERIFY(s->isSyncing());
    s->stopSync();
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(!s->isSyncing(), kWait);
    QCOMPARE(s->connection(), DeskSession::Connection::Online); // stopped, not failed
    const qint64 stoppedAt = members(*s->replica());
    QVERIFY2(stoppedAt < onServer, qPrintable(QString::number(stoppedAt)));

    QVERIFY(syncOnce(*s));
    QCOMPARE(members(*s->replica()), onServer);
}

void TestDeskSession::offlineKeepsTheCommandUntilTheServerIsBack()
{
    auto s = synced();
    QVERIFY(s->hasCopy());
    const quint16 port = m_port;
    m_server.reset(); // the server goes away
    QVERIFY(syncOnce(*s));
    QCOMPARE(s->connection(), DeskSession::Connection::Offline);
    QVERIFY(!s->lastError().isEmpty());

    const CommandOutcome o = submit(*s, priceChange(*s, m_shop->skuPot, 9900));
    QCOMPARE(o.status, CommandStatus::Applied);
    QCOMPARE(replicaPrice(*s, m_shop->skuPot), qint64(9900));
    // The push it started fails; the command stays in the outbox.
    QTRY_VERIFY_WITH_TIMEOUT(!s->isSyncing(), kWait);
    QVERIFY(syncOnce(*s));
    QCOMPARE(s->connection(), DeskSession::Connection::Offline);
    QCOMPARE(s->pendingCount(), qint64(1));
    QCOMPARE(m_shop->skuNow(m_shop->skuPot).price, qint64(8800));

    // Back: the next sync pushes it.
    startServer(port);
    QVERIFY(syncOnce(*s));
    QCOMPARE(s->connection(), DeskSession::Connection::Online);
    QTRY_COMPARE_WITH_TIMEOUT(s->pendingCount(), qint64(0), kWait);
    QCOMPARE(m_shop->skuNow(m_shop->skuPot).price, qint64(9900));
    QVERIFY(s->lastError().isEmpty());
}

void TestDeskSession::aStaleEditIsListedAsAConflictUntilDismissed()
{
    auto s = synced();
    QVERIFY(s->hasCopy());
    // Someone else changes the price on the server after the copy was made.
    const Sku before = m_shop->skuNow(m_shop->skuTeaBig);
    SkuDraft d;
    d.code = before.code;
    d.price = 5000;
    d.cost = before.cost;
    QVERIFY(CatalogService(m_shop->ctx())
                .updateSku(Actor::system(), m_shop->skuTeaBig, d, before.version)
                .ok());

    QSignalSpy listed(s.get(), &DeskSession::conflictsChanged);
    SyncCommand stale = priceChange(*s, m_shop->skuTeaBig, 4000);
    stale.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(submit(*s, stale).status, CommandStatus::Applied);
    QVERIFY(listed.wait(kWait));
    const QList<SyncConflict> conflicts = s->conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(s->conflictCount(), qint64(1));
    QCOMPARE(conflicts.first().commandId, stale.id);
    QCOMPARE(conflicts.first().status, CommandStatus::Conflict);
    QCOMPARE(conflicts.first().code, QStringLiteral("version_conflict"));
    QCOMPARE(conflicts.first().entityId, m_shop->skuTeaBig);
    QCOMPARE(conflicts.first().type, QStringLiteral("sku.update"));
    QTRY_COMPARE_WITH_TIMEOUT(s->pendingCount(), qint64(0), kWait);
    // The server kept its price, and the replica's copy is put back to it.
    QCOMPARE(m_shop->skuNow(m_shop->skuTeaBig).price, qint64(5000));
    QTRY_COMPARE_WITH_TIMEOUT(replicaPrice(*s, m_shop->skuTeaBig), qint64(5000), kWait);

    listed.clear();
    s->dismissConflict(conflicts.first().id);
    QVERIFY(listed.wait(kWait));
    QCOMPARE(s->conflictCount(), qint64(0));
    QVERIFY(SyncOutbox(s->replica()->connection()).conflicts()->isEmpty());
}

void TestDeskSession::aCommandTheServerRefusesIsListed()
{
    auto s = synced();
    QVERIFY(s->hasCopy());
    // The server's stock falls after the copy; taking 50 out is fine on the replica's 100, not
    // on the server's 5.
    QVERIFY(StockService(m_shop->ctx())
                .adjust(Actor::system(), m_shop->skuPot, -95, StockReason::Adjustment,
                        QStringLiteral("breakage"))
                .ok());
    QSignalSpy listed(s.get(), &DeskSession::conflictsChanged);
    const CommandOutcome o = submit(*s, {QString(),
                                         QStringLiteral("stock.adjust"),
                                         entity::Sku,
                                         m_shop->skuPot,
                                         std::nullopt,
                                         {{QStringLiteral("delta"), -50}}});
    QCOMPARE(o.status, CommandStatus::Applied);
    QVERIFY(listed.wait(kWait));
    QCOMPARE(s->conflictCount(), qint64(1));
    const SyncConflict c = s->conflicts().first();
    QCOMPARE(c.commandId, o.id);
    QCOMPARE(c.status, CommandStatus::Rejected);
    QCOMPARE(c.code, QStringLiteral("insufficient_stock"));
    QVERIFY(!c.message.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(s->pendingCount(), qint64(0), kWait);
    QCOMPARE(m_shop->skuNow(m_shop->skuPot).stockOnHand, qint64(5));
    QTRY_COMPARE_WITH_TIMEOUT(
        *SqlQuery(s->replica()->connection(),
                  QStringLiteral("SELECT stock_on_hand FROM skus WHERE id = ?"), {m_shop->skuPot})
             .scalar(),
        qint64(5), kWait);
}

void TestDeskSession::aCommandTheRulesRefuseIsNotQueued()
{
    auto s = synced();
    QVERIFY(s->hasCopy());
    SyncCommand c = priceChange(*s, m_shop->skuTea, -5);
    const CommandOutcome o = submit(*s, c);
    QCOMPARE(o.status, CommandStatus::Rejected);
    QVERIFY(o.error.has_value());
    QCOMPARE(s->pendingCount(), qint64(0));
    QCOMPARE(replicaPrice(*s, m_shop->skuTea), qint64(12800));
    QCOMPARE(*SyncOutbox(s->replica()->connection()).pendingCount(), qint64(0));
}

void TestDeskSession::aWrongPasswordIsRefusedSignIn()
{
    DeskSession s;
    QSignalSpy ready(&s, &DeskSession::ready);
    s.start(options(QStringLiteral("not-the-password")));
    QVERIFY(ready.wait(kWait));
    QTRY_COMPARE_WITH_TIMEOUT(s.connection(), DeskSession::Connection::SignInRefused, kWait);
    QVERIFY(!s.hasCopy());
    QVERIFY(!s.lastError().isEmpty());
    // Nothing can be done on an empty replica: the staff member is not on it.
    SyncCommand c{QString(),    QStringLiteral("stock.adjust"), entity::Sku, m_shop->skuTea,
                  std::nullopt, {{QStringLiteral("delta"), 1}}};
    const CommandOutcome o = submit(s, c);
    QCOMPARE(o.status, CommandStatus::Rejected);
    QCOMPARE(s.pendingCount(), qint64(0));
}

void TestDeskSession::anEmbeddedShopSignsInAsItsLocalOwner()
{
    auto staffCount = [&] { return StaffRepository(m_shop->db().connection()).all()->size(); };
    const qsizetype before = staffCount();
    DeskOptions o = options(QString());
    o.endpoint.email.clear();
    o.embeddedShop = &m_shop->ctx();
    QString email;
    {
        DeskSession s;
        QSignalSpy copied(&s, &DeskSession::firstCopyFinished);
        s.start(o);
        QVERIFY(copied.wait(kWait));
        email = s.staffEmail();
        QVERIFY(email.endsWith(QLatin1String("@local.merchantdesk")));
        // An owner of the shop, made for this folder; its password is in the folder only.
        auto owner = StaffRepository(m_shop->db().connection()).findByEmail(email);
        QVERIFY(owner && owner->has_value());
        QCOMPARE((*owner)->role, StaffRole::Owner);
        QCOMPARE(staffCount(), before + 1);
        QFile file(m_dir->filePath(QLatin1String(LocalOwner::kFileName)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QStringLiteral("email"))
                     .toString(),
                 email);
        // It acts on the replica as that owner, and the server applies it.
        QCOMPARE(submit(s, priceChange(s, m_shop->skuTea, 15000)).status, CommandStatus::Applied);
        QTRY_COMPARE_WITH_TIMEOUT(m_shop->skuNow(m_shop->skuTea).price, qint64(15000), kWait);
    }
    // The next start in the same folder signs in with the same account.
    DeskSession again;
    QSignalSpy synced(&again, &DeskSession::lastSyncChanged);
    again.start(o);
    QTRY_COMPARE_WITH_TIMEOUT(again.connection(), DeskSession::Connection::Online, kWait);
    QCOMPARE(again.staffEmail(), email);
    QCOMPARE(staffCount(), before + 1);
}

QTEST_GUILESS_MAIN(TestDeskSession)
#include "tst_desksession.moc"
