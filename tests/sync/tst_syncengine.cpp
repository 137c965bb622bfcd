#include "catalogservice.h"
#include "commandprocessor.h"
#include "faultproxy.h"
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

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <random>
#include <thread>

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
    void offlineCreationsShowAtOnceAndTakeTheServersIds();
    void aRefusedCreationTakesItsDependentsWithIt();
    void concurrentEditsOfOnePriceConflict();
    void theServerRefusesWhatTheRoleMayNotDo();
    void anExpiredCursorResyncsFromTheStart();
    void replicasConvergeThroughABrokenNetwork();
    void runsOnAWorkerThread();
    void aCancelledFirstCopyResumes();

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
    // No row of the replica keeps a provisional (negative) id once everything is answered.
    static qint64 provisionalLeft(const QSqlDatabase &db)
    {
        qint64 n = *SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM sync_provisional")).scalar();
        for (const char *table : {"categories", "products", "skus", "coupon_campaigns",
                                  "member_coupons", "points_ledger", "notifications"})
            n += *SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id < 0")
                                   .arg(QLatin1String(table)))
                      .scalar();
        return n;
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
    QVERIFY(lastTotal > 0 && lastDone == lastTotal);
    compare(*r);
    QCOMPARE(*SyncOutbox(r->store.db().connection()).cursor(),
             *ChangeLog::lastSeq(m_shop->db().connection()));
    // The indexes dropped for the copy are all back.
    const QString indexes = QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM "
                                           "sqlite_master WHERE type = 'index' ORDER BY name)");
    QSqlQuery mine(r->store.db().connection()), theirs(m_shop->db().connection());
    QVERIFY(mine.exec(indexes) && mine.next() && theirs.exec(indexes) && theirs.next());
    QCOMPARE(mine.value(0).toString(), theirs.value(0).toString());
    QCOMPARE(*SqlQuery(r->store.db().connection(),
                       QStringLiteral("SELECT COUNT(*) FROM sync_deferred_indexes"))
                  .scalar(),
             qint64(0));
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
        QCOMPARE(o.status, CommandStatus::Applied);
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

void TestSyncEngine::offlineCreationsShowAtOnceAndTakeTheServersIds()
{
    auto r = replica();
    QVERIFY(r->engine->syncOnce().ok());
    const quint16 port = m_port;
    m_server.reset();
    const QSqlDatabase db = r->store.db().connection();
    const Actor owner =
        Actor::staff(staffId(QStringLiteral("owner@example.com")), StaffRole::Owner);
    CommandProcessor local(r->store.ctx());
    auto act = [&](const SyncCommand &c) {
        const CommandOutcome o = local.applyLocally(owner, c);
        if (o.status != CommandStatus::Applied)
            qWarning() << c.type << (o.error ? o.error->message : QString());
        return o.status == CommandStatus::Applied ? o.entityId : 0;
    };

    // Offline: a new category, a product in it, a SKU of that product, then edits of both; each
    // shows on the replica at once, under a provisional id, and later commands name those ids.
    const qint64 category = act(command(QStringLiteral("category.create"), entity::Category, 0,
                                        {{QStringLiteral("name"), QStringLiteral("花茶")}}));
    QVERIFY(category < 0);
    const qint64 product =
        act(command(QStringLiteral("product.create"), entity::Product, 0,
                    {{QStringLiteral("categoryId"), category},
                     {QStringLiteral("title"), QStringLiteral("茉莉花茶 Jasmine")},
                     {QStringLiteral("status"), QStringLiteral("active")}}));
    QVERIFY(product < 0 && product != category);
    const qint64 sku = act(command(QStringLiteral("sku.create"), entity::Sku, 0,
                                   {{QStringLiteral("productId"), product},
                                    {QStringLiteral("code"), QStringLiteral("JS-100")},
                                    {QStringLiteral("price"), 3900},
                                    {QStringLiteral("cost"), 1500},
                                    {QStringLiteral("initialStock"), 20}}));
    QVERIFY(sku < 0);
    QVERIFY(act(command(
        QStringLiteral("stock.adjust"), entity::Sku, sku,
        {{QStringLiteral("delta"), -3}, {QStringLiteral("note"), QStringLiteral("样品")}})));
    QVERIFY(act(command(QStringLiteral("product.update"), entity::Product, product,
                        {{QStringLiteral("categoryId"), category},
                         {QStringLiteral("title"), QStringLiteral("茉莉花茶 Jasmine 特级")},
                         {QStringLiteral("status"), QStringLiteral("active")}},
                        1)));
    const qint64 campaign =
        act(command(QStringLiteral("coupon_campaign.create"), entity::CouponCampaign, 0,
                    {{QStringLiteral("name"), QStringLiteral("新品券")},
                     {QStringLiteral("kind"), QStringLiteral("fixed")},
                     {QStringLiteral("amount"), 500},
                     {QStringLiteral("startsAt"), QStringLiteral("2026-01-01T00:00:00Z")},
                     {QStringLiteral("endsAt"), QStringLiteral("2027-01-01T00:00:00Z")},
                     {QStringLiteral("scope"), QStringLiteral("products")},
                     {QStringLiteral("scopeIds"), QJsonArray{product}}}));
    QVERIFY(campaign < 0);
    const qint64 member = *SqlQuery(db, QStringLiteral("SELECT MIN(id) FROM members")).scalar();
    QVERIFY(act(command(QStringLiteral("coupon_campaign.issue"), entity::CouponCampaign, campaign,
                        {{QStringLiteral("memberIds"), QJsonArray{member}}})));

    SqlQuery shown(db,
                   QStringLiteral("SELECT p.title, p.category_id, s.stock_on_hand, s.product_id "
                                  "FROM products p JOIN skus s ON s.product_id = p.id "
                                  "WHERE s.id = ?"),
                   {sku});
    QVERIFY(shown.exec().ok() && shown.next());
    QCOMPARE(shown.text(0), QStringLiteral("茉莉花茶 Jasmine 特级"));
    QCOMPARE(shown.int64(1), category);
    QCOMPARE(shown.int64(2), qint64(17));
    QCOMPARE(shown.int64(3), product);
    QCOMPARE(*SqlQuery(db,
                       QStringLiteral("SELECT COUNT(*) FROM member_coupons WHERE campaign_id = ? "
                                      "AND member_id = ?"),
                       {campaign, member})
                  .scalar(),
             qint64(1));
    QCOMPARE(*SyncOutbox(db).pendingCount(), qint64(7));

    // Online again: pushed in order, each creation answered before the commands that name it
    // go out with the server's id; the replica ends up with the server's rows only.
    startServer(port);
    auto report = r->engine->syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->pushed, qint64(7));
    QCOMPARE(report->conflicts, 0);
    QCOMPARE(*SyncOutbox(db).pendingCount(), qint64(0));
    QCOMPARE(provisionalLeft(db), qint64(0));
    const QSqlDatabase server = m_shop->db().connection();
    SqlQuery made(server, QStringLiteral(
                              "SELECT p.title, c.name, s.stock_on_hand, s.id FROM skus s "
                              "JOIN products p ON p.id = s.product_id "
                              "JOIN categories c ON c.id = p.category_id WHERE s.code = 'JS-100'"));
    QVERIFY(made.exec().ok() && made.next());
    QCOMPARE(made.text(0), QStringLiteral("茉莉花茶 Jasmine 特级"));
    QCOMPARE(made.text(1), QStringLiteral("花茶"));
    QCOMPARE(made.int64(2), qint64(17));
    QCOMPARE(*SqlQuery(server,
                       QStringLiteral("SELECT COUNT(*) FROM member_coupons m JOIN "
                                      "coupon_campaigns c ON c.id = m.campaign_id WHERE "
                                      "c.name = '新品券' AND m.member_id = ?"),
                       {member})
                  .scalar(),
             qint64(1));
    // The campaign's scope names the product by its server id.
    SqlQuery scope(server, QStringLiteral("SELECT c.scope_ids, p.id FROM coupon_campaigns c, "
                                          "products p WHERE c.name = '新品券' AND p.title LIKE "
                                          "'茉莉花茶%'"));
    QVERIFY(scope.exec().ok() && scope.next());
    QCOMPARE(scope.text(0), QStringLiteral("[%1]").arg(scope.int64(1)));
    compare(*r);
    for (const char *table : {"coupon_campaigns", "member_coupons"})
        QCOMPARE(dump(db, QLatin1String(table)), dump(server, QLatin1String(table)));
}

void TestSyncEngine::aRefusedCreationTakesItsDependentsWithIt()
{
    auto r = replica();
    QVERIFY(r->engine->syncOnce().ok());
    const QSqlDatabase db = r->store.db().connection();
    const Actor owner =
        Actor::staff(staffId(QStringLiteral("owner@example.com")), StaffRole::Owner);
    CommandProcessor local(r->store.ctx());
    const CommandOutcome created =
        local.applyLocally(owner, command(QStringLiteral("sku.create"), entity::Sku, 0,
                                          {{QStringLiteral("productId"), m_shop->teapot},
                                           {QStringLiteral("code"), QStringLiteral("POT-RED")},
                                           {QStringLiteral("price"), 9900},
                                           {QStringLiteral("initialStock"), 5}}));
    QCOMPARE(created.status, CommandStatus::Applied);
    QVERIFY(created.entityId < 0);
    QCOMPARE(local
                 .applyLocally(owner, command(QStringLiteral("stock.adjust"), entity::Sku,
                                              created.entityId, {{QStringLiteral("delta"), 2}}))
                 .status,
             CommandStatus::Applied);
    // Meanwhile another desk takes the code on the server: the creation will be refused.
    QVERIFY(CatalogService(m_shop->ctx())
                .createSku(m_shop->manager(), m_shop->teapot,
                           SkuDraft{QStringLiteral("POT-RED"), {}, 9500, 0, 5, 0})
                .ok());
    auto report = r->engine->syncOnce();
    QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->conflicts, 2);
    auto conflicts = SyncOutbox(db).conflicts();
    QCOMPARE(conflicts->size(), 2);
    QCOMPARE(conflicts->at(0).type, QStringLiteral("sku.create"));
    QCOMPARE(conflicts->at(0).status, CommandStatus::Rejected);
    QCOMPARE(conflicts->at(1).type, QStringLiteral("stock.adjust"));
    QCOMPARE(conflicts->at(1).code, QStringLiteral("depends_on_refused"));
    QCOMPARE(*SyncOutbox(db).pendingCount(), qint64(0));
    QCOMPARE(provisionalLeft(db), qint64(0));
    // The server's POT-RED is the one on the replica; the refused one left no trace.
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
             CommandStatus::Applied);
    QCOMPARE(edit(*b, Actor::staff(staffId(QStringLiteral("clerk@example.com")), StaffRole::Clerk),
                  11800)
                 .status,
             CommandStatus::Applied);
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
    QCOMPARE(conflicts->first().status, CommandStatus::Conflict);
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
    QCOMPARE(conflicts->first().status, CommandStatus::Rejected);
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

void TestSyncEngine::replicasConvergeThroughABrokenNetwork()
{
    // Two replicas send 200 random staff commands while 500 storefront orders are placed, with
    // 30 % of the data chunks between replicas and server dropped, cut short or delayed.
    for (qint64 sku : {m_shop->skuTea, m_shop->skuTeaBig, m_shop->skuPot})
        QVERIFY(StockService(m_shop->ctx())
                    .adjust(m_shop->manager(), sku, 2000, StockReason::Adjustment,
                            QStringLiteral("stock up"))
                    .ok());
    QList<qint64> members;
    QList<qint64> addresses;
    for (int i = 0; i < 5; ++i) {
        auto [m, addr] = m_shop->customer(QStringLiteral("buyer%1@example.com").arg(i));
        members << m;
        addresses << addr;
    }
    FaultProxy proxy(m_port, 0.3, 20261125);
    auto endpoint = [&](const QString &email, const QString &password) {
        return SyncEndpoint{
            QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()), email, password, {}, 50};
    };
    auto a = std::make_unique<Replica>();
    a->engine =
        std::make_unique<SyncEngine>(a->store.ctx(), endpoint(QStringLiteral("owner@example.com"),
                                                              QStringLiteral("owner-password-1")));
    auto b = std::make_unique<Replica>();
    b->engine =
        std::make_unique<SyncEngine>(b->store.ctx(), endpoint(QStringLiteral("clerk@example.com"),
                                                              QStringLiteral("clerk-password-1")));
    auto syncUntilDone = [](Replica &r) {
        for (int attempt = 0; attempt < 60; ++attempt) {
            if (r.engine->syncOnce())
                return true;
        }
        return false;
    };
    QVERIFY(syncUntilDone(*a));
    QVERIFY(syncUntilDone(*b));

    std::atomic<int> placed{0};
    std::thread shoppers([&] {
        for (int i = 0; i < 500; ++i) {
            const int who = i % members.size();
            const qint64 sku = i % 3 == 0   ? m_shop->skuTea
                               : i % 3 == 1 ? m_shop->skuTeaBig
                                            : m_shop->skuPot;
            m_shop->addToCart(members[who], sku, 1);
            auto order =
                m_shop->place(members[who], addresses[who], QStringLiteral("order-%1").arg(i));
            if (order && i % 2 == 0)
                (void)m_shop->pay(members[who], order->order.id);
            if (order)
                ++placed;
        }
    });

    std::mt19937 random(7);
    const Actor owner =
        Actor::staff(staffId(QStringLiteral("owner@example.com")), StaffRole::Owner);
    const Actor clerk =
        Actor::staff(staffId(QStringLiteral("clerk@example.com")), StaffRole::Clerk);
    const QList<qint64> skus{m_shop->skuTea, m_shop->skuTeaBig, m_shop->skuPot};
    const QList<qint64> products{m_shop->longjing, m_shop->teapot};
    QStringList queued; // ids of the commands that went into an outbox
    QStringList adjustments, pointAdjustments;
    int creations = 0;
    for (int i = 0; i < 200; ++i) {
        Replica &r = i % 2 == 0 ? *a : *b;
        const Actor &staff = i % 2 == 0 ? owner : clerk;
        const QSqlDatabase db = r.store.db().connection();
        const int kind = std::uniform_int_distribution<int>(0, i % 2 == 0 ? 4 : 2)(random);
        SyncCommand c;
        if (kind == 0) {
            const qint64 sku = skus[std::uniform_int_distribution<int>(0, 2)(random)];
            const int delta = std::uniform_int_distribution<int>(1, 9)(random) - 3;
            c = command(QStringLiteral("stock.adjust"), entity::Sku, sku,
                        {{QStringLiteral("delta"), delta == 0 ? 1 : delta},
                         {QStringLiteral("note"), QString()}});
            c.payload.insert(QStringLiteral("note"), QStringLiteral("cmd:") + c.id);
        } else if (kind == 1) {
            const qint64 sku = skus[std::uniform_int_distribution<int>(0, 2)(random)];
            SqlQuery row(db, QStringLiteral("SELECT code, version FROM skus WHERE id = ?"), {sku});
            QVERIFY(row.exec().ok() && row.next());
            c = command(QStringLiteral("sku.update"), entity::Sku, sku,
                        {{QStringLiteral("code"), row.text(0)},
                         {QStringLiteral("price"),
                          1000 + std::uniform_int_distribution<int>(0, 9000)(random)}},
                        row.int64(1));
        } else if (kind == 2) {
            const qint64 product = products[std::uniform_int_distribution<int>(0, 1)(random)];
            SqlQuery row(
                db, QStringLiteral("SELECT category_id, title, version FROM products WHERE id = ?"),
                {product});
            QVERIFY(row.exec().ok() && row.next());
            c = command(QStringLiteral("product.update"), entity::Product, product,
                        {{QStringLiteral("categoryId"), row.int64(0)},
                         {QStringLiteral("title"), row.text(1).section(QLatin1Char('#'), 0, 0) +
                                                       QStringLiteral("#%1").arg(i)},
                         {QStringLiteral("status"), QStringLiteral("active")}},
                        row.int64(2));
        } else if (kind == 4) {
            // A creation: it must reach the server once, even when its answer is lost.
            c = command(QStringLiteral("product.create"), entity::Product, 0,
                        {{QStringLiteral("categoryId"), m_shop->tea},
                         {QStringLiteral("title"), QStringLiteral("新品 #%1").arg(i)},
                         {QStringLiteral("status"), QStringLiteral("draft")}});
        } else {
            c = command(
                QStringLiteral("member.points_adjust"), entity::Member,
                members[std::uniform_int_distribution<int>(0, 4)(random)],
                {{QStringLiteral("delta"), std::uniform_int_distribution<int>(1, 50)(random)},
                 {QStringLiteral("note"), QString()}});
            c.payload.insert(QStringLiteral("note"), QStringLiteral("cmd:") + c.id);
        }
        const CommandOutcome local = CommandProcessor(r.store.ctx()).applyLocally(staff, c);
        if (local.status == CommandStatus::Applied) {
            queued << c.id;
            if (kind == 0)
                adjustments << c.id;
            if (kind == 3)
                pointAdjustments << c.id;
            if (kind == 4)
                ++creations;
        }
        if (i % 10 == 9)
            (void)r.engine->syncOnce(); // often fails half-way: that is the point
    }
    shoppers.join();
    QVERIFY(proxy.faults() > 20);
    QCOMPARE(placed.load(), 500);

    // The network heals: everything goes through, then both copies catch up with each other.
    proxy.setRate(0);
    QVERIFY(syncUntilDone(*a));
    QVERIFY(syncUntilDone(*b));
    QVERIFY(syncUntilDone(*a));
    QCOMPARE(*SyncOutbox(a->store.db().connection()).pendingCount(), qint64(0));
    QCOMPARE(*SyncOutbox(b->store.db().connection()).pendingCount(), qint64(0));

    // Every queued command reached the server exactly once.
    QVERIFY(queued.size() > 150);
    QCOMPARE(
        *SqlQuery(m_shop->db().connection(), QStringLiteral("SELECT COUNT(*) FROM sync_commands"))
             .scalar(),
        qint64(queued.size()));
    for (const QString &id : std::as_const(adjustments)) {
        const qint64 moves =
            *SqlQuery(m_shop->db().connection(),
                      QStringLiteral("SELECT COUNT(*) FROM stock_moves WHERE note = ?"),
                      {QStringLiteral("cmd:") + id})
                 .scalar();
        QVERIFY2(moves <= 1, qPrintable(id)); // an adjustment can be refused (stock), never doubled
        const qint64 applied =
            *SqlQuery(m_shop->db().connection(),
                      QStringLiteral("SELECT COUNT(*) FROM sync_commands WHERE id = ? AND "
                                     "status = 'applied'"),
                      {id})
                 .scalar();
        QCOMPARE(moves, applied);
    }
    for (const QString &id : std::as_const(pointAdjustments)) {
        QCOMPARE(*SqlQuery(m_shop->db().connection(),
                           QStringLiteral("SELECT COUNT(*) FROM points_ledger WHERE note = ?"),
                           {QStringLiteral("cmd:") + id})
                      .scalar(),
                 qint64(1));
    }
    QVERIFY(creations > 10);
    QCOMPARE(*SqlQuery(m_shop->db().connection(),
                       QStringLiteral("SELECT COUNT(*) FROM products WHERE title LIKE '新品 #%'"))
                  .scalar(),
             qint64(creations));
    QCOMPARE(provisionalLeft(a->store.db().connection()), qint64(0));
    // Both replicas hold exactly the server's state, record by record and version by version.
    compare(*a);
    compare(*b);
}

void TestSyncEngine::runsOnAWorkerThread()
{
    // As the desktop runs it: on a thread of its own, driven and heard through signals.
    auto r = replica();
    QThread worker;
    r->engine->moveToThread(&worker);
    worker.start();
    QSignalSpy progress(r->engine.get(), &SyncEngine::progress);
    QSignalSpy finished(r->engine.get(), &SyncEngine::finished);
    QVERIFY(
        QMetaObject::invokeMethod(r->engine.get(), "syncNow", Qt::QueuedConnection, Q_ARG(int, 3)));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.first().first().toLongLong() > 0);
    compare(*r);

    // An unreachable server: a few attempts with backoff, then a clear failure.
    m_server.reset();
    finished.clear();
    QVERIFY(
        QMetaObject::invokeMethod(r->engine.get(), "syncNow", Qt::QueuedConnection, Q_ARG(int, 2)));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    worker.quit();
    worker.wait();
}

void TestSyncEngine::aCancelledFirstCopyResumes()
{
    auto r = replica();
    // Cancelled as soon as the first table is in: the copy stops, keeping where it stood.
    auto stop = connect(
        r->engine.get(), &SyncEngine::progress, r->engine.get(), [&] { r->engine->cancel(); },
        Qt::DirectConnection);
    QVERIFY(!r->engine->syncOnce().ok());
    disconnect(stop);
    SyncOutbox state(r->store.db().connection());
    QCOMPARE(*state.cursor(), qint64(0));
    QVERIFY(state.state(QStringLiteral("copy.table"))->value_or(0) >= 1);
    // The next sync carries on from there and ends with the whole shop and every index.
    QVERIFY(r->engine->syncOnce().ok());
    compare(*r);
    QVERIFY(!state.state(QStringLiteral("copy.begin"))->has_value());
    QCOMPARE(*SqlQuery(r->store.db().connection(),
                       QStringLiteral("SELECT COUNT(*) FROM sync_deferred_indexes"))
                  .scalar(),
             qint64(0));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
