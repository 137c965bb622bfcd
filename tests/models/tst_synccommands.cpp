#include "catalogservice.h"
#include "changelog.h"
#include "commandprocessor.h"
#include "orderservice.h"
#include "reviewservice.h"
#include "shopfixture.h"
#include "sqlquery.h"

#include <QTest>
#include <QUuid>

using namespace md;

// Staff commands pushed by replicas, applied through the services exactly once (docs/sync.md).
class TestSyncCommands : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_shop = std::make_unique<ShopFixture>(); }
    void cleanup() { m_shop.reset(); }
    void appliedOnceAndDuplicateAfter();
    void staleEditIsAConflictWithTheCurrentState();
    void deltasNeverConflict();
    void refusedCommandsAreRejectedAndChangeNothing();
    void everyCommandType();

private:
    SyncCommand command(const QString &type, const QString &entity, qint64 id,
                        const QJsonObject &payload, std::optional<qint64> base = std::nullopt)
    {
        return {
            QUuid::createUuid().toString(QUuid::WithoutBraces), type, entity, id, base, payload};
    }
    CommandOutcome run(const Actor &staff, const SyncCommand &c)
    {
        return CommandProcessor(m_shop->ctx()).apply(staff, c);
    }
    QJsonObject skuPayload(qint64 price)
    {
        return {{QStringLiteral("code"), QStringLiteral("LJ-250")},
                {QStringLiteral("price"), price},
                {QStringLiteral("cost"), 6000}};
    }
    qint64 count(const QString &sql) { return *SqlQuery(m_shop->db().connection(), sql).scalar(); }

    std::unique_ptr<ShopFixture> m_shop;
};

void TestSyncCommands::appliedOnceAndDuplicateAfter()
{
    const qint64 before = m_shop->skuNow(m_shop->skuTea).version;
    const SyncCommand c = command(QStringLiteral("sku.update"), entity::Sku, m_shop->skuTea,
                                  skuPayload(9900), before);
    const CommandOutcome first = run(m_shop->manager(), c);
    QCOMPARE(first.status, CommandStatus::Applied);
    QCOMPARE(first.version, before + 1);
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).price, qint64(9900));

    // Sent again (the answer was lost): the stored result, nothing applied twice.
    const CommandOutcome again = run(m_shop->manager(), c);
    QCOMPARE(again.status, CommandStatus::Duplicate);
    QCOMPARE(again.version, first.version);
    QCOMPARE(again.entityId, m_shop->skuTea);
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).version, before + 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_commands")), qint64(1));
    // Someone else's command id is not theirs to replay.
    QCOMPARE(run(m_shop->clerk(), c).error->codeName(), QStringLiteral("idempotency_key_reused"));
}

void TestSyncCommands::staleEditIsAConflictWithTheCurrentState()
{
    // Two replicas edit the price from the same version: one wins, the other learns the truth.
    const qint64 base = m_shop->skuNow(m_shop->skuTea).version;
    const CommandOutcome a =
        run(m_shop->manager(), command(QStringLiteral("sku.update"), entity::Sku, m_shop->skuTea,
                                       skuPayload(11100), base));
    const CommandOutcome b =
        run(Actor::staff(7, StaffRole::Manager), command(QStringLiteral("sku.update"), entity::Sku,
                                                         m_shop->skuTea, skuPayload(22200), base));
    QCOMPARE(a.status, CommandStatus::Applied);
    QCOMPARE(b.status, CommandStatus::Conflict);
    QCOMPARE(b.error->codeName(), QStringLiteral("version_conflict"));
    QCOMPARE(b.current.value(QStringLiteral("price")).toInteger(), 11100);
    QCOMPARE(b.version, a.version);
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).price, qint64(11100));
    QCOMPARE(b.toJson()
                 .value(QStringLiteral("current"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             m_shop->skuTea);
}

void TestSyncCommands::deltasNeverConflict()
{
    const qint64 base = m_shop->skuNow(m_shop->skuPot).version;
    for (int i = 0; i < 3; ++i) {
        const CommandOutcome o = run(
            m_shop->clerk(), command(QStringLiteral("stock.adjust"), entity::Sku, m_shop->skuPot,
                                     {{QStringLiteral("delta"), -2},
                                      {QStringLiteral("note"), QStringLiteral("damaged")}},
                                     base));
        QCOMPARE(o.status, CommandStatus::Applied);
    }
    QCOMPARE(m_shop->skuNow(m_shop->skuPot).stockOnHand, qint64(94));
    // Never an absolute overwrite, and never below zero.
    const CommandOutcome tooMuch =
        run(m_shop->clerk(), command(QStringLiteral("stock.adjust"), entity::Sku, m_shop->skuPot,
                                     {{QStringLiteral("delta"), -1000}}));
    QCOMPARE(tooMuch.status, CommandStatus::Rejected);
    QCOMPARE(m_shop->skuNow(m_shop->skuPot).stockOnHand, qint64(94));
}

void TestSyncCommands::refusedCommandsAreRejectedAndChangeNothing()
{
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    const qint64 points = m_shop->memberNow(m).points;
    // A clerk may not adjust points, whatever the desktop showed.
    const CommandOutcome forbidden =
        run(m_shop->clerk(), command(QStringLiteral("member.points_adjust"), entity::Member, m,
                                     {{QStringLiteral("delta"), 500},
                                      {QStringLiteral("note"), QStringLiteral("goodwill")}}));
    QCOMPARE(forbidden.status, CommandStatus::Rejected);
    QCOMPARE(forbidden.error->codeName(), QStringLiteral("forbidden"));
    QCOMPARE(m_shop->memberNow(m).points, points);
    // Stored: sent again it is the same refusal, not a second try.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_commands WHERE status = 'rejected'")),
             qint64(1));

    const CommandOutcome unknownField =
        run(m_shop->manager(), command(QStringLiteral("member.points_adjust"), entity::Member, m,
                                       {{QStringLiteral("delta"), 500},
                                        {QStringLiteral("note"), QStringLiteral("x")},
                                        {QStringLiteral("balance"), 100000}}));
    QCOMPARE(unknownField.status, CommandStatus::Rejected);
    QCOMPARE(unknownField.error->field, QStringLiteral("balance"));
    QCOMPARE(run(m_shop->manager(), command(QStringLiteral("member.delete"), entity::Member, m, {}))
                 .error->field,
             QStringLiteral("type"));
    QCOMPARE(m_shop->memberNow(m).points, points);

    Error error;
    QVERIFY(!SyncCommand::fromJson({{QStringLiteral("id"), QStringLiteral("not-a-uuid")},
                                    {QStringLiteral("type"), QStringLiteral("review.hide")},
                                    {QStringLiteral("entity"), QStringLiteral("review")}},
                                   error));
    QCOMPARE(error.field, QStringLiteral("id"));
}

void TestSyncCommands::everyCommandType()
{
    const Actor owner = Actor::staff(1, StaffRole::Owner);
    QSet<QString> seen;
    auto expectApplied = [&](const SyncCommand &c) {
        const CommandOutcome o = run(owner, c);
        if (o.status != CommandStatus::Applied)
            qWarning("%s: %s %s", qPrintable(c.type), qPrintable(commandStatusName(o.status)),
                     o.error ? qPrintable(o.error->message) : "");
        seen.insert(c.type);
        return o.status == CommandStatus::Applied ? o.entityId : qint64(0);
    };
    const QString starts = QStringLiteral("2026-01-01T00:00:00Z");
    const QString ends = QStringLiteral("2026-12-31T00:00:00Z");

    // Catalog.
    const qint64 cat = expectApplied(command(QStringLiteral("category.create"), entity::Category, 0,
                                             {{QStringLiteral("name"), QStringLiteral("花茶")}}));
    QVERIFY(cat);
    QVERIFY(expectApplied(command(QStringLiteral("category.update"), entity::Category, cat,
                                  {{QStringLiteral("name"), QStringLiteral("花茶 Flower tea")}})));
    QVERIFY(expectApplied(command(QStringLiteral("category.move"), entity::Category, cat,
                                  {{QStringLiteral("parentId"), m_shop->tea}})));
    const qint64 product =
        expectApplied(command(QStringLiteral("product.create"), entity::Product, 0,
                              {{QStringLiteral("categoryId"), cat},
                               {QStringLiteral("title"), QStringLiteral("茉莉花茶 Jasmine")},
                               {QStringLiteral("status"), QStringLiteral("active")},
                               {QStringLiteral("tags"), QJsonArray{QStringLiteral("新品")}}}));
    QVERIFY(product);
    QVERIFY(
        expectApplied(command(QStringLiteral("product.update"), entity::Product, product,
                              {{QStringLiteral("categoryId"), cat},
                               {QStringLiteral("title"), QStringLiteral("茉莉花茶 Jasmine tea")},
                               {QStringLiteral("status"), QStringLiteral("active")}})));
    const qint64 sku = expectApplied(
        command(QStringLiteral("sku.create"), entity::Sku, 0,
                {{QStringLiteral("productId"), product},
                 {QStringLiteral("code"), QStringLiteral("JS-100")},
                 {QStringLiteral("price"), 3900},
                 {QStringLiteral("initialStock"), 50},
                 {QStringLiteral("options"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("规格")},
                                         {QStringLiteral("value"), QStringLiteral("100g")}}}}}));
    QVERIFY(sku);
    QVERIFY(expectApplied(command(
        QStringLiteral("sku.update"), entity::Sku, sku,
        {{QStringLiteral("code"), QStringLiteral("JS-100")}, {QStringLiteral("price"), 4200}})));
    QVERIFY(expectApplied(command(QStringLiteral("stock.adjust"), entity::Sku, sku,
                                  {{QStringLiteral("delta"), 10}})));
    QCOMPARE(m_shop->skuNow(sku).stockOnHand, qint64(60));

    // Orders and refunds.
    auto [m, addr] = m_shop->customer(QStringLiteral("a@example.com"));
    m_shop->addToCart(m, m_shop->skuTea, 3);
    auto paid = m_shop->place(m, addr, QStringLiteral("k1"));
    QVERIFY(m_shop->pay(m, paid->order.id).ok());
    const qint64 line = paid->order.lines.first().id;
    QVERIFY(expectApplied(command(
        QStringLiteral("order.ship"), entity::Order, paid->order.id,
        {{QStringLiteral("carrier"), QStringLiteral("顺丰 SF")},
         {QStringLiteral("trackingNumber"), QStringLiteral("SF100")},
         {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("lineId"), line},
                                                          {QStringLiteral("quantity"), 1}}}}})));
    m_shop->addToCart(m, m_shop->skuPot, 1);
    auto unpaid = m_shop->place(m, addr, QStringLiteral("k2"));
    QVERIFY(expectApplied(command(QStringLiteral("order.cancel"), entity::Order, unpaid->order.id,
                                  {{QStringLiteral("reason"), QStringLiteral("缺货")}})));
    auto refundLines =
        QJsonArray{QJsonObject{{QStringLiteral("lineId"), line}, {QStringLiteral("quantity"), 1}}};
    const qint64 refund =
        expectApplied(command(QStringLiteral("refund.create"), entity::Refund, 0,
                              {{QStringLiteral("orderId"), paid->order.id},
                               {QStringLiteral("lines"), refundLines},
                               {QStringLiteral("reason"), QStringLiteral("破损")}}));
    QVERIFY(refund);
    QVERIFY(expectApplied(command(QStringLiteral("refund.approve"), entity::Refund, refund,
                                  {{QStringLiteral("restock"), false}})));
    const qint64 refund2 =
        expectApplied(command(QStringLiteral("refund.create"), entity::Refund, 0,
                              {{QStringLiteral("orderId"), paid->order.id},
                               {QStringLiteral("lines"), refundLines},
                               {QStringLiteral("reason"), QStringLiteral("不想要")}}));
    QVERIFY(expectApplied(command(QStringLiteral("refund.reject"), entity::Refund, refund2,
                                  {{QStringLiteral("note"), QStringLiteral("已发货")}})));

    // Promotions.
    const QJsonObject campaign{{QStringLiteral("name"), QStringLiteral("满100减10")},
                               {QStringLiteral("kind"), QStringLiteral("fixed")},
                               {QStringLiteral("amount"), 1000},
                               {QStringLiteral("minSpend"), 10000},
                               {QStringLiteral("startsAt"), starts},
                               {QStringLiteral("endsAt"), ends},
                               {QStringLiteral("perMemberLimit"), 2}};
    const qint64 camp = expectApplied(
        command(QStringLiteral("coupon_campaign.create"), entity::CouponCampaign, 0, campaign));
    QVERIFY(camp);
    QJsonObject changed = campaign;
    changed.insert(QStringLiteral("amount"), 1500);
    QVERIFY(expectApplied(
        command(QStringLiteral("coupon_campaign.update"), entity::CouponCampaign, camp, changed)));
    QVERIFY(expectApplied(command(QStringLiteral("coupon_campaign.issue"), entity::CouponCampaign,
                                  camp, {{QStringLiteral("memberIds"), QJsonArray{m}}})));
    QVERIFY(expectApplied(
        command(QStringLiteral("coupon_campaign.pause"), entity::CouponCampaign, camp, {})));
    QVERIFY(expectApplied(
        command(QStringLiteral("coupon_campaign.resume"), entity::CouponCampaign, camp, {})));
    const QJsonObject sale{
        {QStringLiteral("name"), QStringLiteral("秒杀")},
        {QStringLiteral("startsAt"), QStringLiteral("2026-06-01T00:00:00Z")},
        {QStringLiteral("endsAt"), QStringLiteral("2026-06-02T00:00:00Z")},
        {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("skuId"), sku},
                                                         {QStringLiteral("salePrice"), 2900},
                                                         {QStringLiteral("allotment"), 10}}}}};
    const qint64 flash =
        expectApplied(command(QStringLiteral("flash_sale.create"), entity::FlashSale, 0, sale));
    QVERIFY(flash);
    QJsonObject saleChanged = sale;
    saleChanged.insert(QStringLiteral("name"), QStringLiteral("限时秒杀"));
    QVERIFY(expectApplied(
        command(QStringLiteral("flash_sale.update"), entity::FlashSale, flash, saleChanged)));
    QVERIFY(expectApplied(command(QStringLiteral("flash_sale.end"), entity::FlashSale, flash, {})));

    // Reviews: the customer receives the order and reviews a line.
    QVERIFY(OrderService(m_shop->ctx())
                .ship(m_shop->manager(), paid->order.id,
                      {QStringLiteral("SF"), QStringLiteral("SF101"), {}})
                .ok());
    QVERIFY(OrderService(m_shop->ctx()).confirmReceipt(Actor::member(m), paid->order.id).ok());
    auto review = ReviewService(m_shop->ctx())
                      .create(Actor::member(m), paid->order.id, line, 5, QStringLiteral("好茶"));
    QVERIFY2(review.ok(), review ? "" : qPrintable(review.error().message));
    QVERIFY(expectApplied(command(QStringLiteral("review.hide"), entity::Review, review->id, {})));
    QVERIFY(expectApplied(command(QStringLiteral("review.show"), entity::Review, review->id, {})));
    QVERIFY(expectApplied(command(QStringLiteral("review.reply"), entity::Review, review->id,
                                  {{QStringLiteral("text"), QStringLiteral("谢谢惠顾")}})));

    // Members, notifications, staff.
    QVERIFY(expectApplied(command(QStringLiteral("member.tier_override"), entity::Member, m,
                                  {{QStringLiteral("tier"), QStringLiteral("gold")}})));
    QVERIFY(expectApplied(command(
        QStringLiteral("member.points_adjust"), entity::Member, m,
        {{QStringLiteral("delta"), 300}, {QStringLiteral("note"), QStringLiteral("补偿")}})));
    QVERIFY(expectApplied(command(QStringLiteral("member.balance_adjust"), entity::Member, m,
                                  {{QStringLiteral("delta"), 5000},
                                   {QStringLiteral("reason"), QStringLiteral("topup")},
                                   {QStringLiteral("note"), QStringLiteral("充值")}})));
    QCOMPARE(m_shop->memberNow(m).balance, qint64(5000));
    expectApplied(command(QStringLiteral("notification.broadcast"), entity::Notification, 0,
                          {{QStringLiteral("memberIds"), QJsonArray{m}},
                           {QStringLiteral("title"), QStringLiteral("上新")},
                           {QStringLiteral("body"), QStringLiteral("茉莉花茶上市")}}));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE title = '上新'")),
             qint64(1));
    const qint64 staffId =
        expectApplied(command(QStringLiteral("staff.create"), entity::Staff, 0,
                              {{QStringLiteral("email"), QStringLiteral("new@example.com")},
                               {QStringLiteral("displayName"), QStringLiteral("新店员")},
                               {QStringLiteral("password"), QStringLiteral("a-long-password")},
                               {QStringLiteral("role"), QStringLiteral("clerk")}}));
    QVERIFY(staffId);
    QVERIFY(expectApplied(command(QStringLiteral("staff.change_role"), entity::Staff, staffId,
                                  {{QStringLiteral("role"), QStringLiteral("support")}})));
    QVERIFY(expectApplied(command(QStringLiteral("staff.disable"), entity::Staff, staffId, {})));
    QVERIFY(expectApplied(command(QStringLiteral("staff.enable"), entity::Staff, staffId, {})));
    QVERIFY(
        expectApplied(command(QStringLiteral("product.archive"), entity::Product, product, {})));

    // Every type the server knows was exercised, and each succeeded.
    const QStringList all = CommandProcessor::types();
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()), seen);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_commands WHERE status <> 'applied'")),
             qint64(0));
}

QTEST_GUILESS_MAIN(TestSyncCommands)
#include "tst_synccommands.moc"
