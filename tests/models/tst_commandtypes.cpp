#include "commandid.h"
#include "commandprocessor.h"
#include "commandregistry.h"
#include "commandstatus.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace md;

// The typed staff commands (models/replication/commands): every type's JSON codec, the one
// registry of types, the status names and the command ids. The wire they write is docs/sync.md's;
// tst_synccommands sends raw JSON through the processor.
class TestCommandTypes : public QObject
{
    Q_OBJECT

private slots:
    void registryHasTheTypesOfBefore();
    void everyTypeRoundTrips();
    void wireIsAsTheDesktopSentIt();
    void fieldErrorsAsBefore();
    void provisionalIdsOnlyOnAReplica();
    void statusNames();
    void commandIdsAreUuids();

private:
    template<typename C> void roundTrip(const C &command)
    {
        const SyncCommand sync = toSyncCommand(command);
        QCOMPARE(sync.type, QString::fromLatin1(C::kKind.type));
        QCOMPARE(sync.entity, QString::fromLatin1(C::kKind.entity));
        // Through the wire form, as the server reads a push.
        QJsonObject json{{QStringLiteral("id"), sync.id},
                         {QStringLiteral("type"), sync.type},
                         {QStringLiteral("entity"), sync.entity},
                         {QStringLiteral("entityId"), sync.entityId},
                         {QStringLiteral("payload"), sync.payload}};
        if (sync.baseVersion)
            json.insert(QStringLiteral("baseVersion"), *sync.baseVersion);
        Error error;
        const auto read = SyncCommand::fromJson(json, error);
        QVERIFY2(read, qPrintable(error.message));
        const Result<C> back = decodeCommand<C>(*read, IdSpace::Server);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QVERIFY2(*back == command, C::kKind.type);
        m_seen.insert(sync.type);
    }
    template<typename C>
    Error errorOf(qint64 entityId, const QJsonObject &payload, IdSpace ids = IdSpace::Server)
    {
        SyncCommand c;
        c.type = QString::fromLatin1(C::kKind.type);
        c.entityId = entityId;
        c.payload = payload;
        const Result<C> r = decodeCommand<C>(c, ids);
        return r.ok() ? Error() : r.error();
    }

    QSet<QString> m_seen;
};

void TestCommandTypes::registryHasTheTypesOfBefore()
{
    // CommandProcessor::types() as it was before the types were typed (a QHash of 33 handlers).
    const QStringList before{QStringLiteral("category.create"),
                             QStringLiteral("category.move"),
                             QStringLiteral("category.update"),
                             QStringLiteral("coupon_campaign.create"),
                             QStringLiteral("coupon_campaign.issue"),
                             QStringLiteral("coupon_campaign.pause"),
                             QStringLiteral("coupon_campaign.resume"),
                             QStringLiteral("coupon_campaign.update"),
                             QStringLiteral("flash_sale.create"),
                             QStringLiteral("flash_sale.end"),
                             QStringLiteral("flash_sale.update"),
                             QStringLiteral("member.balance_adjust"),
                             QStringLiteral("member.points_adjust"),
                             QStringLiteral("member.tier_override"),
                             QStringLiteral("notification.broadcast"),
                             QStringLiteral("order.cancel"),
                             QStringLiteral("order.ship"),
                             QStringLiteral("product.archive"),
                             QStringLiteral("product.create"),
                             QStringLiteral("product.update"),
                             QStringLiteral("refund.approve"),
                             QStringLiteral("refund.create"),
                             QStringLiteral("refund.reject"),
                             QStringLiteral("review.hide"),
                             QStringLiteral("review.reply"),
                             QStringLiteral("review.show"),
                             QStringLiteral("sku.create"),
                             QStringLiteral("sku.update"),
                             QStringLiteral("staff.change_role"),
                             QStringLiteral("staff.create"),
                             QStringLiteral("staff.disable"),
                             QStringLiteral("staff.enable"),
                             QStringLiteral("stock.adjust")};
    QCOMPARE(CommandRegistry::types(), before);
    QCOMPARE(CommandProcessor::types(), before);
    QCOMPARE(CommandRegistry::kinds().size(), before.size()); // no type twice

    // The hand-written list createsRecord() had.
    const QSet<QString> creating{QStringLiteral("product.create"),
                                 QStringLiteral("sku.create"),
                                 QStringLiteral("category.create"),
                                 QStringLiteral("refund.create"),
                                 QStringLiteral("coupon_campaign.create"),
                                 QStringLiteral("flash_sale.create"),
                                 QStringLiteral("staff.create")};
    for (const QString &type : before)
        QCOMPARE(CommandProcessor::createsRecord(type), creating.contains(type));
    QVERIFY(!CommandProcessor::createsRecord(QStringLiteral("member.delete")));
    QVERIFY(!CommandRegistry::find(QStringLiteral("member.delete")));

    // Entities as in the change feed.
    QCOMPARE(CommandRegistry::find(QStringLiteral("stock.adjust"))->entityName(),
             QStringLiteral("sku"));
    QCOMPARE(CommandRegistry::find(QStringLiteral("coupon_campaign.issue"))->entityName(),
             QStringLiteral("coupon_campaign"));
    QCOMPARE(CommandRegistry::find(QStringLiteral("notification.broadcast"))->target,
             CommandTarget::None);
}

void TestCommandTypes::everyTypeRoundTrips()
{
    m_seen.clear();
    const SkuDraft sku{QStringLiteral("LJ-250"),
                       {{QStringLiteral("规格"), QStringLiteral("250g")}},
                       13800,
                       6000,
                       7,
                       0};
    const ProductDraft product{3,
                               QStringLiteral("龙井 Longjing"),
                               QStringLiteral("明前"),
                               {QStringLiteral("https://example.com/a.jpg")},
                               {QStringLiteral("新品"), QStringLiteral("绿茶")},
                               ProductStatus::Active,
                               QStringLiteral("longjing")};
    CampaignDraft percent;
    percent.name = QStringLiteral("双十一");
    percent.code = QStringLiteral("D11");
    percent.terms.kind = CouponKind::Percent;
    percent.terms.percentBp = 1500;
    percent.terms.maxDiscount = 5000;
    percent.terms.minSpend = 10000;
    percent.terms.scope = CouponScope::Categories;
    percent.terms.scopeIds = {3, 4};
    percent.startsAt = 1793000000000;
    percent.endsAt = 1793100000123;
    percent.totalLimit = 1000;
    percent.perMemberLimit = 2;
    CampaignDraft fixed;
    fixed.name = QStringLiteral("满100减10");
    fixed.terms.amount = 1000;
    fixed.startsAt = 1793000000000;
    fixed.endsAt = 1793100000000;
    FlashSaleDraft sale{QStringLiteral("秒杀"),        1793000000000, 1793003600000, 1, true,
                        {{12, 9900, 50}, {13, 100, 1}}};

    roundTrip(ProductCreate{product});
    roundTrip(ProductUpdate{5, 9, product});
    roundTrip(ProductUpdate{5, std::nullopt, product});
    roundTrip(ProductArchive{5});
    roundTrip(SkuCreate{5, {QStringLiteral("LJ-100"), {}, 3900, 0, 5, 50}});
    roundTrip(SkuCreate{5, sku});
    roundTrip(SkuUpdate{12, 7, sku});
    roundTrip(StockAdjust{12, -3, StockReason::Return, QStringLiteral("退货")});
    roundTrip(CategoryCreate{{QStringLiteral("花茶"), 0, 0}});
    roundTrip(CategoryCreate{{QStringLiteral("花茶"), 3, 2}});
    roundTrip(CategoryUpdate{4, 2, {QStringLiteral("花茶 Flower tea"), 0, 1}});
    roundTrip(CategoryMove{4, 2, 3, std::nullopt});
    roundTrip(CategoryMove{4, 2, 0, 5});
    roundTrip(OrderShip{88, {QStringLiteral("SF"), QStringLiteral("SF123"), {}}});
    roundTrip(OrderShip{88, {QStringLiteral("SF"), QStringLiteral("SF123"), {{501, 2}}}});
    roundTrip(OrderCancel{88, QStringLiteral("缺货")});
    roundTrip(RefundCreate{88, {{501, 1}, {502, 2}}, QStringLiteral("破损")});
    roundTrip(RefundApprove{9, {QStringLiteral("balance"), false, QStringLiteral("ok")}});
    roundTrip(RefundApprove{9, {}});
    roundTrip(RefundReject{9, QStringLiteral("已使用")});
    roundTrip(CouponCampaignCreate{percent});
    roundTrip(CouponCampaignCreate{fixed});
    roundTrip(CouponCampaignUpdate{6, 3, fixed});
    roundTrip(CouponCampaignPause{6});
    roundTrip(CouponCampaignResume{6});
    roundTrip(CouponCampaignIssue{6, {1, 2, 3}});
    roundTrip(FlashSaleCreate{sale});
    roundTrip(FlashSaleUpdate{7, 4, sale});
    roundTrip(FlashSaleEnd{7});
    roundTrip(ReviewHide{11});
    roundTrip(ReviewShow{11});
    roundTrip(ReviewReply{11, QStringLiteral("谢谢")});
    roundTrip(MemberTierOverride{21, MemberTier::Gold});
    roundTrip(MemberTierOverride{21, std::nullopt});
    roundTrip(MemberPointsAdjust{21, -500, QStringLiteral("goodwill")});
    roundTrip(MemberBalanceAdjust{21, 5000, QStringLiteral("topup"), QStringLiteral("充值")});
    roundTrip(NotificationBroadcast{{21, 22}, QStringLiteral("上新"), QStringLiteral("茉莉花茶")});
    roundTrip(StaffCreate{{QStringLiteral("new@example.com"), QStringLiteral("新店员"),
                           StaffRole::Support, QStringLiteral("a-long-password")}});
    roundTrip(StaffDisable{2});
    roundTrip(StaffEnable{2});
    roundTrip(StaffChangeRole{2, StaffRole::Manager});

    const QStringList all = CommandRegistry::types();
    QCOMPARE(m_seen, QSet<QString>(all.cbegin(), all.cend()));
}

void TestCommandTypes::wireIsAsTheDesktopSentIt()
{
    // The payloads the desktop built by hand before the types existed, key for key.
    const SyncCommand sku =
        toSyncCommand(SkuUpdate{12, 7, {QStringLiteral("LJ-250"), {}, 13800, 6000, 5, 0}});
    QCOMPARE(sku.entityId, qint64(12));
    QCOMPARE(sku.baseVersion, std::optional<qint64>(7));
    QCOMPARE(sku.payload, (QJsonObject{{QStringLiteral("code"), QStringLiteral("LJ-250")},
                                       {QStringLiteral("options"), QJsonArray()},
                                       {QStringLiteral("price"), 13800},
                                       {QStringLiteral("cost"), 6000},
                                       {QStringLiteral("lowStockThreshold"), 5}}));
    QCOMPARE(toSyncCommand(CategoryCreate{{QStringLiteral("花茶"), 0, 0}}).payload,
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("花茶")}}));
    QCOMPARE(toSyncCommand(RefundApprove{9, {}}).payload,
             (QJsonObject{{QStringLiteral("destination"), QStringLiteral("original")},
                          {QStringLiteral("restock"), true}}));
    QCOMPARE(toSyncCommand(MemberTierOverride{21, std::nullopt}).payload, QJsonObject());
    QCOMPARE(
        toSyncCommand(StockAdjust{12, 4, StockReason::Adjustment, QStringLiteral("undo")}).payload,
        (QJsonObject{{QStringLiteral("delta"), 4},
                     {QStringLiteral("reason"), QStringLiteral("adjustment")},
                     {QStringLiteral("note"), QStringLiteral("undo")}}));
    CampaignDraft fixed;
    fixed.name = QStringLiteral("满100减10");
    fixed.terms.amount = 1000;
    const QJsonObject campaign = toSyncCommand(CouponCampaignCreate{fixed}).payload;
    QVERIFY(campaign.contains(QStringLiteral("amount")));
    QVERIFY(!campaign.contains(QStringLiteral("percentBp")));
    QVERIFY(!campaign.contains(QStringLiteral("scopeIds")));
    QVERIFY(!campaign.contains(QStringLiteral("code")));
    const SyncCommand broadcast = toSyncCommand(NotificationBroadcast{{21}, {}, {}});
    QCOMPARE(broadcast.entityId, qint64(0));
    QCOMPARE(broadcast.entity, QStringLiteral("notification"));
    QVERIFY(!broadcast.baseVersion);
}

void TestCommandTypes::fieldErrorsAsBefore()
{
    // An edit without its record, before anything of the payload.
    Error e = errorOf<SkuUpdate>(0, {{QStringLiteral("price"), QStringLiteral("x")}});
    QCOMPARE(e.field, QStringLiteral("entityId"));
    QCOMPARE(e.message, QStringLiteral("entityId is required."));
    QCOMPARE(e.codeName(), QStringLiteral("invalid_argument"));

    e = errorOf<SkuUpdate>(
        12, {{QStringLiteral("code"), QStringLiteral("A")}, {QStringLiteral("price"), 1.5}});
    QCOMPARE(e.field, QStringLiteral("price"));
    QCOMPARE(e.message, QStringLiteral("price must be a whole number."));

    e = errorOf<SkuUpdate>(12, {{QStringLiteral("price"), 100}});
    QCOMPARE(e.field, QStringLiteral("code"));
    QCOMPARE(e.message, QStringLiteral("code is required."));

    // initialStock is a creation's field only.
    e = errorOf<SkuUpdate>(12, {{QStringLiteral("code"), QStringLiteral("A")},
                                {QStringLiteral("price"), 100},
                                {QStringLiteral("initialStock"), 5}});
    QCOMPARE(e.codeName(), QStringLiteral("unknown_field"));
    QCOMPARE(e.field, QStringLiteral("initialStock"));
    QCOMPARE(e.message, QStringLiteral("These fields cannot be set here: initialStock."));
    QCOMPARE(errorOf<SkuCreate>(0, {{QStringLiteral("productId"), 5},
                                    {QStringLiteral("code"), QStringLiteral("A")},
                                    {QStringLiteral("price"), 100},
                                    {QStringLiteral("initialStock"), 5}})
                 .field,
             QString());

    e = errorOf<MemberPointsAdjust>(21, {{QStringLiteral("delta"), 500},
                                         {QStringLiteral("note"), QStringLiteral("x")},
                                         {QStringLiteral("balance"), 100000}});
    QCOMPARE(e.codeName(), QStringLiteral("unknown_field"));
    QCOMPARE(e.field, QStringLiteral("balance"));

    // Names checked after the fields: a field error comes first.
    e = errorOf<ProductCreate>(0, {{QStringLiteral("categoryId"), 3},
                                   {QStringLiteral("title"), QStringLiteral("T")},
                                   {QStringLiteral("status"), QStringLiteral("gone")}});
    QCOMPARE(e.field, QStringLiteral("status"));
    QCOMPARE(e.message, QStringLiteral("status must be one of: draft, active, archived."));
    e = errorOf<ProductCreate>(0, {{QStringLiteral("title"), QStringLiteral("T")},
                                   {QStringLiteral("status"), QStringLiteral("gone")}});
    QCOMPARE(e.field, QStringLiteral("categoryId"));

    e = errorOf<StockAdjust>(
        12, {{QStringLiteral("delta"), 1}, {QStringLiteral("reason"), QStringLiteral("sale")}});
    QCOMPARE(e.field, QStringLiteral("reason"));
    QCOMPARE(e.message, QStringLiteral("reason must be one of: adjustment, return, import."));
    e = errorOf<StockAdjust>(12, {{QStringLiteral("delta"), 200000000}});
    QCOMPARE(e.field, QStringLiteral("delta"));
    QCOMPARE(e.message, QStringLiteral("delta must be between -100000000 and 100000000."));

    // A wrong scope is reported as the kind.
    e = errorOf<CouponCampaignCreate>(
        0, {{QStringLiteral("name"), QStringLiteral("C")},
            {QStringLiteral("kind"), QStringLiteral("fixed")},
            {QStringLiteral("scope"), QStringLiteral("planets")},
            {QStringLiteral("startsAt"), QStringLiteral("2026-01-01T00:00:00Z")},
            {QStringLiteral("endsAt"), QStringLiteral("2026-02-01T00:00:00Z")}});
    QCOMPARE(e.field, QStringLiteral("kind"));
    QCOMPARE(e.message, QStringLiteral("kind must be one of: fixed, percent."));
    e = errorOf<CouponCampaignCreate>(
        0, {{QStringLiteral("name"), QStringLiteral("C")},
            {QStringLiteral("kind"), QStringLiteral("fixed")},
            {QStringLiteral("startsAt"), QStringLiteral("2026-01-01T00:00:00")},
            {QStringLiteral("endsAt"), QStringLiteral("2026-02-01T00:00:00Z")}});
    QCOMPARE(e.field, QStringLiteral("startsAt"));

    e = errorOf<FlashSaleCreate>(
        0,
        {{QStringLiteral("name"), QStringLiteral("F")},
         {QStringLiteral("startsAt"), QStringLiteral("2026-01-01T00:00:00Z")},
         {QStringLiteral("endsAt"), QStringLiteral("2026-02-01T00:00:00Z")},
         {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("skuId"), 12},
                                                          {QStringLiteral("salePrice"), 100}}}}});
    QCOMPARE(e.field, QStringLiteral("items.allotment"));
    QCOMPARE(e.message, QStringLiteral("allotment is required."));

    QCOMPARE(errorOf<MemberTierOverride>(21, {{QStringLiteral("tier"), QStringLiteral("diamond")}})
                 .message,
             QStringLiteral("tier must be one of: regular, silver, gold, platinum."));
    QCOMPARE(errorOf<StaffCreate>(0, {{QStringLiteral("email"), QStringLiteral("a@b.c")},
                                      {QStringLiteral("displayName"), QStringLiteral("A")},
                                      {QStringLiteral("password"), QStringLiteral("p")}})
                 .message,
             QStringLiteral("role is required."));
    QCOMPARE(
        errorOf<StaffChangeRole>(2, {{QStringLiteral("role"), QStringLiteral("boss")}}).message,
        QStringLiteral("role must be one of: owner, manager, clerk, support."));
    QCOMPARE(errorOf<NotificationBroadcast>(0, {{QStringLiteral("memberIds"), QJsonArray{0}},
                                                {QStringLiteral("title"), QStringLiteral("t")},
                                                {QStringLiteral("body"), QStringLiteral("b")}})
                 .field,
             QStringLiteral("memberIds"));
    QCOMPARE(errorOf<RefundReject>(9, {}).message, QStringLiteral("note is required."));
    QCOMPARE(errorOf<ReviewHide>(11, {{QStringLiteral("text"), QStringLiteral("x")}}).field,
             QStringLiteral("text"));
}

void TestCommandTypes::provisionalIdsOnlyOnAReplica()
{
    // A record the replica made and the server has not numbered yet has a negative id.
    QCOMPARE(errorOf<SkuUpdate>(-3, {{QStringLiteral("code"), QStringLiteral("A")},
                                     {QStringLiteral("price"), 100}})
                 .field,
             QStringLiteral("entityId"));
    QCOMPARE(errorOf<SkuUpdate>(
                 -3,
                 {{QStringLiteral("code"), QStringLiteral("A")}, {QStringLiteral("price"), 100}},
                 IdSpace::Replica)
                 .field,
             QString());
    const QJsonObject child{{QStringLiteral("name"), QStringLiteral("子")},
                            {QStringLiteral("parentId"), -4}};
    QCOMPARE(errorOf<CategoryCreate>(0, child).field, QStringLiteral("parentId"));
    QCOMPARE(errorOf<CategoryCreate>(0, child, IdSpace::Replica).field, QString());
    // Refunds are of the server's orders only, even on a replica.
    QCOMPARE(errorOf<RefundCreate>(0,
                                   {{QStringLiteral("orderId"), -4},
                                    {QStringLiteral("reason"), QStringLiteral("r")},
                                    {QStringLiteral("lines"), QJsonArray()}},
                                   IdSpace::Replica)
                 .field,
             QStringLiteral("orderId"));
}

void TestCommandTypes::statusNames()
{
    const QList<std::pair<CommandStatus, QString>> names{
        {CommandStatus::Applied, QStringLiteral("applied")},
        {CommandStatus::Duplicate, QStringLiteral("duplicate")},
        {CommandStatus::Conflict, QStringLiteral("conflict")},
        {CommandStatus::Rejected, QStringLiteral("rejected")}};
    for (const auto &[status, name] : names) {
        QCOMPARE(commandStatusName(status), name);
        QCOMPARE(commandStatusFromName(name), std::optional<CommandStatus>(status));
        CommandOutcome o;
        o.id = QStringLiteral("x");
        o.status = status;
        QCOMPARE(o.toJson().value(QStringLiteral("status")).toString(), name);
        QCOMPARE(CommandOutcome::fromJson(o.toJson()).status, status);
        QCOMPARE(o.succeeded(),
                 status == CommandStatus::Applied || status == CommandStatus::Duplicate);
    }
    QVERIFY(!commandStatusFromName(QStringLiteral("Applied")));
    // An answer this client does not understand is not taken for a success.
    QCOMPARE(CommandOutcome::fromJson({{QStringLiteral("status"), QStringLiteral("later")}}).status,
             CommandStatus::Rejected);
}

void TestCommandTypes::commandIdsAreUuids()
{
    const QString a = CommandId::make();
    const QString b = CommandId::make();
    QVERIFY(a != b);
    QCOMPARE(a.size(), 36); // no braces
    const QUuid uuid = QUuid::fromString(a);
    QVERIFY(!uuid.isNull());
    QCOMPARE(uuid.version(), QUuid::Random);
    QCOMPARE(toSyncCommand(ReviewHide{1}).id.size(), 36);
    QVERIFY(toSyncCommand(ReviewHide{1}).id != toSyncCommand(ReviewHide{1}).id);
}

QTEST_GUILESS_MAIN(TestCommandTypes)
#include "tst_commandtypes.moc"
