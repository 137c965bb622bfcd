#include "commandprocessor.h"
#include "memberservice.h"
#include "orderservice.h"
#include "shopfixture.h"
#include "sqlquery.h"
#include "staffservice.h"
#include "stockservice.h"
#include "storefrontserver.h"
#include "syncengine.h"
#include "syncfeed.h"
#include "syncoutbox.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

using namespace md;

// The desktop's sync engine against a real storefront server on 127.0.0.1 (docs/sync.md).
class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void initialSyncCopiesTheShop();
    void incrementalSyncBringsOnlyChanges();
    void offlineActionsArePushedInOrderOnReconnect();
    void concurrentEditsOfOnePriceConflict();
    void theServerRefusesWhatTheRoleMayNotDo();
    void anExpiredCursorResyncsFromTheStart();

private:
    struct Replica
    {
        TestStore store;
        std::unique_ptr<SyncEngine> engine;
    };
    std::unique_ptr<Replica> replica(const QString &email = QStringLiteral("owner@example.com"),
                                     const QString &password = QStringLiteral("owner-password-1"))
    {
        auto r = std::make_unique<Replica>();
        r->engine = std::make_unique<SyncEngine>(
            r->store.ctx(),
            SyncEndpoint{
                QStringLiteral("http://127.0.0.1:%1").arg(m_port), email, password, {}, 7});
        return r;
    }
    void startServer(quint16 port = 0)
    {
        ServerOptions o;
        o.port = port;
        o.threads = 16;
        o.requestsPerSecond = 0;
        m_server = std::make_unique<StorefrontServer>(m_shop->ctx(), o);
        QVERIFY(m_server->start().ok());
        m_port = m_server->port();
    }
    static QStringList dump(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                if (q.record().fieldName(i) != QLatin1String("password_hash"))
                    values << q.value(i).toString();
            }
            rows << values.join(QLatin1Char('|'));
        }
        return rows;
    }
    // The replica holds exactly the server's records.
    void compare(Replica &r)
    {
        for (const char *table :
             {"categories", "products", "skus", "members",
              // a deleted address stays on the server (orders keep it), not on a replica
              "addresses WHERE deleted = 0", "points_ledger", "balance_ledger", "orders",
              "order_lines", "order_events", "shipments", "shipment_lines", "payments", "refunds",
              "refund_lines", "staff"}) {
            QCOMPARE(dump(r.store.db().connection(), QLatin1String(table)),
                     dump(m_shop->db().connection(), QLatin1String(table)));
        }
    }
    SyncCommand command(const QString &type, const QString &entity, qint64 id,
                        const QJsonObject &payload, std::optional<qint64> base = std::nullopt)
    {
        return {
            QUuid::createUuid().toString(QUuid::WithoutBraces), type, entity, id, base, payload};
    }
    qint64 staffId(const QString &email)
    {
        return *SqlQuery(m_shop->db().connection(),
                         QStringLiteral("SELECT id FROM staff WHERE email = ?"), {email})
                    .scalar();
    }

    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<StorefrontServer> m_server;
    quint16 m_port = 0;
};

void TestSyncEngine::init()
{
    m_shop = std::make_unique<ShopFixture>();
    auto owner = StaffService(m_shop->ctx())
                     .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                     QStringLiteral("owner-password-1"));
    QVERIFY(owner.ok());
    QVERIFY(StaffService(m_shop->ctx())
                .create(Actor::staff(owner->id, StaffRole::Owner),
                        {QStringLiteral("clerk@example.com"), QStringLiteral("店员"),
                         StaffRole::Clerk, QStringLiteral("clerk-password-1")})
                .ok());
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->addToCart(m, m_shop->skuTea, 2);
    auto placed = m_shop->place(m, addr, QStringLiteral("k1"));
    QVERIFY(placed.ok());
    QVERIFY(m_shop->pay(m, placed->order.id).ok());
    startServer();
}

void TestSyncEngine::cleanup()
{
    m_server.reset();
    m_shop.reset();
}

void TestSyncEngine::initialSyncCopiesTheShop()
{
    auto r = replica();
    qint64 lastDone = 0, lastTotal = 0;
    connect(r->engine.get(), &SyncEngine::progress, this, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    auto report = r->engine->syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QVERIFY(report->pulled > 10);
    QVERIFY(lastDone > 0 && lastDone == lastTotal);
    compare(*r);
    QCOMPARE(*SyncOutbox(r->store.db().connection()).cursor(),
             *ChangeLog::lastSeq(m_shop->db().connection()));
}

void TestSyncEngine::incrementalSyncBringsOnlyChanges()
{
    auto r = replica();
    QVERIFY(r->engine->syncOnce().ok());
    QVERIFY(StockService(m_shop->ctx())
                .adjust(m_shop->manager(), m_shop->skuPot, 3, StockReason::Adjustment,
                        QStringLiteral("x"))
                .ok());
    auto [m, addr] = m_shop->customer(QStringLiteral("b@example.com"));
    m_shop->addToCart(m, m_shop->skuPot, 1);
    QVERIFY(m_shop->place(m, addr, QStringLiteral("k9")).ok());
    auto report = r->engine->syncOnce();
    QVERIFY(report.ok());
    QVERIFY(report->pulled > 0 && report->pulled < 12);
    compare(*r);
}

void TestSyncEngine::offlineActionsArePushedInOrderOnReconnect()
{
    auto r = replica();
    QVERIFY(r->engine->syncOnce().ok());
    const quint16 port = m_port;
    m_server.reset(); // the server goes away

    // A day of a clerk's work, offline: each action shows at once on the replica.
    const Actor clerk =
        Actor::staff(staffId(QStringLiteral("clerk@example.com")), StaffRole::Clerk);
    CommandProcessor local(r->store.ctx());
    for (int i = 1; i <= 5; ++i) {
        const CommandOutcome o = local.applyLocally(
            clerk, command(QStringLiteral("stock.adjust"), entity::Sku, m_shop->skuPot,
                           {{QStringLiteral("delta"), i},
                            {QStringLiteral("note"), QStringLiteral("盘点")}}));
        QCOMPARE(o.status, QStringLiteral("applied"));
    }
    SqlQuery localStock(r->store.db().connection(),
                        QStringLiteral("SELECT stock_on_hand FROM skus WHERE id = ?"),
                        {m_shop->skuPot});
    QCOMPARE(*localStock.scalar(), qint64(115));
    QCOMPARE(*SyncOutbox(r->store.db().connection()).pendingCount(), qint64(5));
    auto offline = r->engine->syncOnce();
    QCOMPARE(offline.error().codeName(), QStringLiteral("server_unreachable"));
    QCOMPARE(*SyncOutbox(r->store.db().connection()).pendingCount(), qint64(5));

    // Back online: pushed in order, applied once each, and the copies agree.
    startServer(port);
    auto report = r->engine->syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->pushed, qint64(5));
    QCOMPARE(*SyncOutbox(r->store.db().connection()).pendingCount(), qint64(0));
    QCOMPARE(m_shop->skuNow(m_shop->skuPot).stockOnHand, qint64(115));
    SqlQuery notes(m_shop->db().connection(),
                   QStringLiteral("SELECT group_concat(delta) FROM (SELECT delta FROM stock_moves "
                                  "WHERE sku_id = ? AND note = '盘点' ORDER BY id)"),
                   {m_shop->skuPot});
    QVERIFY(notes.exec().ok() && notes.next());
    QCOMPARE(notes.text(0), QStringLiteral("1,2,3,4,5"));
    compare(*r);
}

void TestSyncEngine::concurrentEditsOfOnePriceConflict()
{
    auto a = replica();
    auto b = replica(QStringLiteral("clerk@example.com"), QStringLiteral("clerk-password-1"));
    QVERIFY(a->engine->syncOnce().ok());
    QVERIFY(b->engine->syncOnce().ok());
    const qint64 version = m_shop->skuNow(m_shop->skuTea).version;
    auto edit = [&](Replica &r, const Actor &staff, qint64 price) {
        return CommandProcessor(r.store.ctx())
            .applyLocally(staff, command(QStringLiteral("sku.update"), entity::Sku, m_shop->skuTea,
                                         {{QStringLiteral("code"), QStringLiteral("LJ-250")},
                                          {QStringLiteral("price"), price},
                                          {QStringLiteral("cost"), 6000}},
                                         version));
    };
    QCOMPARE(edit(*a, Actor::staff(staffId(QStringLiteral("owner@example.com")), StaffRole::Owner),
                  13800)
                 .status,
             QStringLiteral("applied"));
    QCOMPARE(edit(*b, Actor::staff(staffId(QStringLiteral("clerk@example.com")), StaffRole::Clerk),
                  11800)
                 .status,
             QStringLiteral("applied"));
    int shown = 0;
    connect(b->engine.get(), &SyncEngine::conflictsAdded, this, [&](int n) { shown += n; });
    QVERIFY(a->engine->syncOnce().ok());
    auto report = b->engine->syncOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->conflicts, 1);
    QCOMPARE(shown, 1);
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).price, qint64(13800));
    // B's copy is back to the server's price, and the conflict is listed with its reason.
    auto conflicts = SyncOutbox(b->store.db().connection()).conflicts();
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().status, QStringLiteral("conflict"));
    QCOMPARE(conflicts->first().code, QStringLiteral("version_conflict"));
    QCOMPARE(conflicts->first().current.value(QStringLiteral("price")).toInteger(), 13800);
    compare(*b);
    compare(*a);
}

void TestSyncEngine::theServerRefusesWhatTheRoleMayNotDo()
{
    auto r = replica(QStringLiteral("clerk@example.com"), QStringLiteral("clerk-password-1"));
    QVERIFY(r->engine->syncOnce().ok());
    const qint64 member =
        *SqlQuery(m_shop->db().connection(), QStringLiteral("SELECT MIN(id) FROM members"))
             .scalar();
    const Actor clerk =
        Actor::staff(staffId(QStringLiteral("clerk@example.com")), StaffRole::Clerk);
    const SyncCommand points = command(
        QStringLiteral("member.points_adjust"), entity::Member, member,
        {{QStringLiteral("delta"), 5000}, {QStringLiteral("note"), QStringLiteral("自己人")}});
    // The desktop refuses it already...
    QCOMPARE(CommandProcessor(r->store.ctx()).applyLocally(clerk, points).error->codeName(),
             QStringLiteral("forbidden"));
    // ...and a tampered client that queues it anyway is refused by the server.
    OutboxEntry forged;
    forged.commandId = points.id;
    forged.type = points.type;
    forged.entity = points.entity;
    forged.entityId = member;
    forged.payload = points.payload;
    forged.staffId = clerk.id;
    QVERIFY(SyncOutbox(r->store.db().connection()).enqueue(forged).ok());
    auto report = r->engine->syncOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->conflicts, 1);
    auto conflicts = SyncOutbox(r->store.db().connection()).conflicts();
    QCOMPARE(conflicts->first().status, QStringLiteral("rejected"));
    QCOMPARE(conflicts->first().code, QStringLiteral("forbidden"));
    QCOMPARE(m_shop->memberNow(member).points, qint64(0));
    compare(*r);
}

void TestSyncEngine::anExpiredCursorResyncsFromTheStart()
{
    auto r = replica();
    QVERIFY(r->engine->syncOnce().ok());
    // While the replica is away: an address is deleted and, a month later, forgotten.
    const qint64 member =
        *SqlQuery(m_shop->db().connection(), QStringLiteral("SELECT MIN(id) FROM members"))
             .scalar();
    const qint64 address =
        *SqlQuery(m_shop->db().connection(),
                  QStringLiteral("SELECT id FROM addresses WHERE member_id = ?"), {member})
             .scalar();
    QVERIFY(MemberService(m_shop->ctx()).removeAddress(Actor::member(member), address).ok());
    m_shop->clock().advanceMs(SyncFeed::kTombstoneRetentionMs + 1000);
    QVERIFY(SyncFeed(m_shop->ctx()).compact().ok());
    auto report = r->engine->syncOnce(); // 401 (expired session) → sign in again → 410 → resync
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QVERIFY(report->resynced);
    compare(*r);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
