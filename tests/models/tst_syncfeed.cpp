#include "catalogservice.h"
#include "memberservice.h"
#include "orderservice.h"
#include "refundservice.h"
#include "replicaschema.h"
#include "shopfixture.h"
#include "sqlquery.h"
#include "staffservice.h"
#include "stockservice.h"
#include "storesettings.h"
#include "syncfeed.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <atomic>
#include <thread>

using namespace md;

// The server side of sync's pull: the change feed (docs/sync.md).
class TestSyncFeed : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_shop = std::make_unique<ShopFixture>(); }
    void cleanup() { m_shop.reset(); }
    void everyRecordFromTheStart();
    void pagesFollowTheCursor();
    void deletionsAndCurrentState();
    void onlyStaffMayRead();
    void compactionKeepsTheStateAndExpiresOldCursors();
    void concurrentWritersAreNeverSkipped();
    void aReplicaWrittenFromTheFeedEqualsTheStore();

private:
    // Reads the whole feed from `since`, a page of `limit` at a time; returns the last cursor.
    qint64 drain(qint64 since, int limit, QHash<QPair<QString, qint64>, FeedChange> &state)
    {
        for (;;) {
            auto page = SyncFeed(m_shop->ctx()).changes(m_shop->manager(), since, limit);
            if (!page)
                qFatal("feed: %s", qPrintable(page.error().message));
            for (const FeedChange &c : page->changes) {
                if (c.seq <= since)
                    qFatal("feed went backwards");
                state.insert({c.entity, c.id}, c);
            }
            since = page->next;
            if (!page->hasMore)
                return since;
        }
    }
    qint64 count(const QString &sql) { return *SqlQuery(m_shop->db().connection(), sql).scalar(); }

    std::unique_ptr<ShopFixture> m_shop;
};

void TestSyncFeed::everyRecordFromTheStart()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->addToCart(m, m_shop->skuTea, 1);
    auto placed = m_shop->place(m, addr, QStringLiteral("k1"));
    QVERIFY(placed.ok());
    QVERIFY(StaffService(m_shop->ctx())
                .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                QStringLiteral("a-long-password"))
                .ok());

    QHash<QPair<QString, qint64>, FeedChange> state;
    drain(0, 1000, state);
    // Every live record is there once, with its current version.
    QCOMPARE(state.value({entity::Product, m_shop->longjing}).data.value(QStringLiteral("title")),
             QJsonValue(QStringLiteral("西湖龙井 West Lake Longjing")));
    const FeedChange sku = state.value({entity::Sku, m_shop->skuTea});
    QCOMPARE(sku.data.value(QStringLiteral("stock_on_hand")).toInteger(), 99);
    QCOMPARE(sku.version, m_shop->skuNow(m_shop->skuTea).version);
    const FeedChange order = state.value({entity::Order, placed->order.id});
    QCOMPARE(order.op, ChangeOp::Upsert);
    QCOMPARE(order.data.value(QStringLiteral("order_lines")).toArray().size(), 1);
    QVERIFY(!order.data.value(QStringLiteral("order_events")).toArray().isEmpty());
    QVERIFY(state.contains({entity::Payment, placed->payment->id}));
    QVERIFY(state.contains({entity::Address, addr}));
    QVERIFY(state.contains({entity::Category, m_shop->tea}));
    // Secrets never travel.
    for (const FeedChange &c : std::as_const(state)) {
        const QByteArray json = QJsonDocument(c.data).toJson();
        QVERIFY2(!json.contains("pbkdf2") && !json.contains("token_hash"), qPrintable(c.entity));
        // The column travels (the replica has the same schema), blanked.
        QVERIFY(c.data.value(QStringLiteral("password_hash")).toString().isEmpty());
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff")),
             qint64(std::count_if(state.cbegin(), state.cend(),
                                  [](const FeedChange &c) { return c.entity == entity::Staff; })));
}

void TestSyncFeed::pagesFollowTheCursor()
{
    for (int i = 0; i < 30; ++i)
        m_shop->product(m_shop->tea, QStringLiteral("商品 %1").arg(i));
    auto first = SyncFeed(m_shop->ctx()).changes(m_shop->manager(), 0, 10);
    QVERIFY(first.ok());
    // Ten log rows, fewer entries when a record changed twice among them.
    QVERIFY(!first->changes.isEmpty() && first->changes.size() <= 10);
    QVERIFY(first->hasMore);
    QCOMPARE(first->next, first->changes.last().seq);
    auto second = SyncFeed(m_shop->ctx()).changes(m_shop->manager(), first->next, 10);
    QVERIFY(second.ok());
    QVERIFY(second->changes.first().seq > first->next);

    QHash<QPair<QString, qint64>, FeedChange> state;
    const qint64 end = drain(0, 7, state);
    auto empty = SyncFeed(m_shop->ctx()).changes(m_shop->manager(), end, 10);
    QVERIFY(empty.ok());
    QVERIFY(empty->changes.isEmpty());
    QVERIFY(!empty->hasMore);
    QCOMPARE(empty->next, end);
    // A change after the end is the next page.
    const qint64 p = m_shop->product(m_shop->tea, QStringLiteral("新品"));
    auto more = SyncFeed(m_shop->ctx()).changes(m_shop->manager(), end, 10);
    QCOMPARE(more->changes.size(), 1);
    QCOMPARE(more->changes.first().id, p);
    QCOMPARE(SyncFeed(m_shop->ctx()).changes(m_shop->manager(), -1, 10).error().codeName(),
             QStringLiteral("invalid_argument"));
}

void TestSyncFeed::deletionsAndCurrentState()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    const qint64 start = *ChangeLog::lastSeq(m_shop->db().connection());
    // Three changes of one SKU in one page come as one entry with the latest state.
    StockService stock(m_shop->ctx());
    for (int i = 0; i < 3; ++i)
        QVERIFY(stock
                    .adjust(m_shop->manager(), m_shop->skuPot, 5, StockReason::Adjustment,
                            QStringLiteral("count"))
                    .ok());
    QVERIFY(MemberService(m_shop->ctx()).removeAddress(Actor::member(m), addr).ok());
    auto page = SyncFeed(m_shop->ctx()).changes(m_shop->manager(), start, 100);
    QVERIFY(page.ok());
    int skuEntries = 0;
    bool addressDeleted = false;
    for (const FeedChange &c : page->changes) {
        if (c.entity == entity::Sku && c.id == m_shop->skuPot) {
            ++skuEntries;
            QCOMPARE(c.data.value(QStringLiteral("stock_on_hand")).toInteger(), 115);
            QCOMPARE(c.version, m_shop->skuNow(m_shop->skuPot).version);
        }
        if (c.entity == entity::Address && c.id == addr) {
            addressDeleted = c.op == ChangeOp::Delete && c.data.isEmpty();
            QCOMPARE(c.toJson().value(QStringLiteral("op")).toString(), QStringLiteral("delete"));
        }
    }
    QCOMPARE(skuEntries, 1);
    QVERIFY(addressDeleted);
}

void TestSyncFeed::onlyStaffMayRead()
{
    const qint64 m = m_shop->member(QStringLiteral("a@example.com"));
    QCOMPARE(SyncFeed(m_shop->ctx()).changes(Actor::member(m), 0, 10).error().codeName(),
             QStringLiteral("forbidden"));
    for (StaffRole role :
         {StaffRole::Owner, StaffRole::Manager, StaffRole::Clerk, StaffRole::Support})
        QVERIFY(SyncFeed(m_shop->ctx()).changes(Actor::staff(9, role), 0, 10).ok());
}

void TestSyncFeed::compactionKeepsTheStateAndExpiresOldCursors()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    StockService stock(m_shop->ctx());
    for (int i = 0; i < 10; ++i)
        QVERIFY(stock
                    .adjust(m_shop->manager(), m_shop->skuTea, 1, StockReason::Adjustment,
                            QStringLiteral("recount"))
                    .ok());
    const qint64 beforeDelete = *ChangeLog::lastSeq(m_shop->db().connection());
    QVERIFY(MemberService(m_shop->ctx()).removeAddress(Actor::member(m), addr).ok());
    QHash<QPair<QString, qint64>, FeedChange> before;
    drain(0, 1000, before);
    const qint64 rowsBefore = count(QStringLiteral("SELECT COUNT(*) FROM change_log"));

    // Superseded rows go; the state read from the start is the same.
    SyncFeed feed(m_shop->ctx());
    QVERIFY(feed.compact().ok());
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM change_log")) < rowsBefore);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT entity, entity_id FROM change_log "
                                  "GROUP BY entity, entity_id HAVING COUNT(*) > 1)")),
             qint64(0));
    QHash<QPair<QString, qint64>, FeedChange> after;
    drain(0, 1000, after);
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QCOMPARE(after.value(it.key()).version, it->version);
        QCOMPARE(after.value(it.key()).data, it->data);
    }
    QCOMPARE(*feed.horizon(), qint64(0));
    QVERIFY(feed.changes(m_shop->manager(), beforeDelete - 5, 10).ok());

    // A month later the deletion is forgotten: a cursor from before it must start again.
    m_shop->clock().advanceMs(SyncFeed::kTombstoneRetentionMs + 1000);
    QVERIFY(feed.compact().ok());
    QVERIFY(*feed.horizon() > beforeDelete);
    QCOMPARE(feed.changes(m_shop->manager(), beforeDelete, 10).error().codeName(),
             QStringLiteral("cursor_expired"));
    QVERIFY(feed.changes(m_shop->manager(), 0, 10).ok()); // an empty copy may always start
    // A copy that began from nothing after the horizon moved pages on below it, with its epoch.
    auto fresh = feed.changes(m_shop->manager(), 0, 2);
    QCOMPARE(fresh->horizon, *feed.horizon());
    QVERIFY(fresh->next < fresh->horizon);
    QVERIFY(feed.changes(m_shop->manager(), fresh->next, 2, fresh->horizon).ok());
    QCOMPARE(feed.changes(m_shop->manager(), fresh->next, 2, 0).error().codeName(),
             QStringLiteral("cursor_expired"));
    QVERIFY(feed.changes(m_shop->manager(), *feed.horizon(), 10).ok());
}

void TestSyncFeed::concurrentWritersAreNeverSkipped()
{
    // Writers on two threads while a reader follows the feed: after the writers stop and the
    // reader catches up, it holds every SKU at its final version.
    std::atomic<bool> stop{false};
    auto writer = [&](qint64 sku) {
        StockService stock(m_shop->ctx());
        for (int i = 0; i < 150; ++i)
            (void)stock.adjust(m_shop->manager(), sku, 1, StockReason::Adjustment,
                               QStringLiteral("race"));
    };
    std::thread a(writer, m_shop->skuTea);
    std::thread b(writer, m_shop->skuPot);
    QHash<QPair<QString, qint64>, FeedChange> state;
    qint64 cursor = 0;
    std::thread reader([&] {
        while (!stop.load())
            cursor = drain(cursor, 13, state);
    });
    a.join();
    b.join();
    stop = true;
    reader.join();
    cursor = drain(cursor, 13, state);
    for (qint64 sku : {m_shop->skuTea, m_shop->skuPot, m_shop->skuTeaBig}) {
        const Sku now = m_shop->skuNow(sku);
        QCOMPARE(state.value({entity::Sku, sku}).version, now.version);
        QCOMPARE(
            state.value({entity::Sku, sku}).data.value(QStringLiteral("stock_on_hand")).toInteger(),
            now.stockOnHand);
    }
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).stockOnHand, qint64(250));
}

void TestSyncFeed::aReplicaWrittenFromTheFeedEqualsTheStore()
{
    // A shop with an order in every state it can be in, refunds, coupons, a review and staff.
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->giveBalance(m, 5000);
    m_shop->givePoints(m, 3000);
    m_shop->addToCart(m, m_shop->skuTea, 2);
    auto paid = m_shop->place(m, addr, QStringLiteral("k1"), QStringLiteral("alipay"), 0, 1000);
    QVERIFY(m_shop->pay(m, paid->order.id).ok());
    QVERIFY(OrderService(m_shop->ctx())
                .ship(m_shop->manager(), paid->order.id,
                      {QStringLiteral("SF"), QStringLiteral("1"), {}})
                .ok());
    QVERIFY(RefundService(m_shop->ctx())
                .request(Actor::member(m), paid->order.id, {{paid->order.lines.first().id, 1}},
                         QStringLiteral("破损"))
                .ok());
    m_shop->addToCart(m, m_shop->skuPot, 1);
    QVERIFY(m_shop->place(m, addr, QStringLiteral("k2")).ok());
    QVERIFY(StaffService(m_shop->ctx())
                .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                QStringLiteral("a-long-password"))
                .ok());

    QVERIFY(SettingsService(m_shop->ctx())
                .update(Actor::system(), {{QStringLiteral("currency"), QStringLiteral("GBP")}})
                .ok());
    // The funnel's events travel too: a product view (the cart additions above are the others).
    QVERIFY(MemberService(m_shop->ctx()).recordView(m, m_shop->longjing).ok());

    QHash<QPair<QString, qint64>, FeedChange> state;
    drain(0, 50, state);
    TestStore replica;
    QSqlDatabase db = replica.db().connection();
    // Records arrive in change order, not in foreign-key order.
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    // The replica's own migrations seeded settings; the feed's rows replace them.
    for (const FeedChange &c : std::as_const(state)) {
        const Status written = c.op == ChangeOp::Upsert
                                   ? ReplicaSchema::write(db, c.entity, c.id, c.data)
                                   : ReplicaSchema::remove(db, c.entity, c.id);
        QVERIFY2(written.ok(), qPrintable(c.entity + QLatin1Char(' ') +
                                          (written ? QString() : written.error().message)));
    }
    const QStringList tables{QStringLiteral("categories"),
                             QStringLiteral("products"),
                             QStringLiteral("skus"),
                             QStringLiteral("addresses"),
                             QStringLiteral("points_ledger"),
                             QStringLiteral("balance_ledger"),
                             QStringLiteral("orders"),
                             QStringLiteral("order_lines"),
                             QStringLiteral("order_events"),
                             QStringLiteral("shipments"),
                             QStringLiteral("shipment_lines"),
                             QStringLiteral("payments"),
                             QStringLiteral("refunds"),
                             QStringLiteral("refund_lines"),
                             QStringLiteral("settings"),
                             QStringLiteral("cart_events"),
                             QStringLiteral("browsing_history")};
    auto dump = [](const QSqlDatabase &from, const QString &table) {
        QSqlQuery q(from);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
        return rows;
    };
    for (const QString &table : tables) {
        const QStringList expected = dump(m_shop->db().connection(), table);
        QVERIFY2(!expected.isEmpty(), qPrintable(table));
        QCOMPARE(dump(db, table), expected);
    }
    // Members and staff match except for the secrets, which never left the server.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM members")),
             *SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM members")).scalar());
    QCOMPARE(*SqlQuery(db, QStringLiteral("SELECT COUNT(*) FROM staff WHERE password_hash <> ''"))
                  .scalar(),
             qint64(0));
}

QTEST_GUILESS_MAIN(TestSyncFeed)
#include "tst_syncfeed.moc"
