#include "commandprocessor.h"

#include "catalogservice.h"
#include "couponservice.h"
#include "flashsaleservice.h"
#include "jsonfields.h"
#include "memberrepository.h"
#include "memberservice.h"
#include "notificationservice.h"
#include "orderservice.h"
#include "provisionalrows.h"
#include "refundservice.h"
#include "replicaschema.h"
#include "reviewservice.h"
#include "servicecontext.h"
#include "staffservice.h"
#include "stockservice.h"
#include "storetime.h"
#include "synccommandlog.h"
#include "syncfeed.h"
#include "syncoutbox.h"
#include "validation.h"
#include "walletservice.h"
#include "writetransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>

namespace md {

namespace {

// What a command did: the record and its version afterwards.
struct Applied
{
    qint64 entityId = 0;
    qint64 version = 0;
};

template<typename T> Result<Applied> appliedTo(const Result<T> &r)
{
    MD_TRY(r);
    return Applied{r->id, r->version};
}

// The field errors of a payload, after refusing fields the command does not know.
Status checked(JsonFields &f)
{
    f.rejectUnknown();
    if (!f.ok())
        return f.error();
    return {};
}

struct Context
{
    const ServiceContext &ctx;
    const Actor &staff;
    const SyncCommand &command;
    JsonFields &f;
    // On a replica, records it made itself and the server has not numbered yet have negative
    // (provisional) ids, and commands may name them; the server knows only positive ids.
    bool local = false;

    qint64 lowestId() const { return local ? -validation::kMaxId : 1; }
};

using Handler = std::function<Result<Applied>(Context &)>;

Status requireEntity(const Context &c)
{
    if (c.command.entityId == 0 || c.command.entityId < c.lowestId())
        return makeError(ErrorCode::InvalidArgument, DomainText::tr("entityId is required."),
                         QStringLiteral("entityId"));
    return {};
}

std::optional<ProductDraft> productDraft(JsonFields &f, qint64 lowestId)
{
    ProductDraft d;
    d.categoryId =
        f.integer(QStringLiteral("categoryId"), lowestId, validation::kMaxId, true).value_or(0);
    d.title = f.string(QStringLiteral("title"), 200, true).value_or(QString());
    d.description = f.string(QStringLiteral("description"), 20000).value_or(QString());
    d.images = f.strings(QStringLiteral("images"), 20, 1000).value_or(QStringList());
    d.tags = f.strings(QStringLiteral("tags"), 30, 50).value_or(QStringList());
    d.handle = f.string(QStringLiteral("handle"), 200).value_or(QString());
    const QString status = f.string(QStringLiteral("status"), 20).value_or(QStringLiteral("draft"));
    const auto s = productStatusFromName(status);
    if (!s)
        return std::nullopt;
    d.status = *s;
    return d;
}

SkuDraft skuDraft(JsonFields &f, bool creating)
{
    SkuDraft d;
    d.code = f.string(QStringLiteral("code"), 64, true).value_or(QString());
    if (const auto options = f.objects(QStringLiteral("options"), 10)) {
        for (const QJsonObject &o : *options)
            d.options.append({o.value(QStringLiteral("name")).toString(),
                              o.value(QStringLiteral("value")).toString()});
    }
    d.price = f.integer(QStringLiteral("price"), 0, validation::kMaxAmount, true).value_or(0);
    d.cost = f.integer(QStringLiteral("cost"), 0, validation::kMaxAmount).value_or(0);
    d.lowStockThreshold =
        f.integer(QStringLiteral("lowStockThreshold"), 0, 1000000).value_or(d.lowStockThreshold);
    if (creating)
        d.initialStock = f.integer(QStringLiteral("initialStock"), 0, 100000000).value_or(0);
    return d;
}

CategoryDraft categoryDraft(JsonFields &f, qint64 lowestId)
{
    CategoryDraft d;
    d.name = f.string(QStringLiteral("name"), 100, true).value_or(QString());
    d.parentId =
        f.integer(QStringLiteral("parentId"), qMin<qint64>(lowestId, 0), validation::kMaxId)
            .value_or(0);
    d.position = int(f.integer(QStringLiteral("position"), 0, 100000).value_or(0));
    return d;
}

std::optional<CampaignDraft> campaignDraft(JsonFields &f, qint64 lowestId)
{
    CampaignDraft d;
    d.name = f.string(QStringLiteral("name"), 100, true).value_or(QString());
    d.code = f.string(QStringLiteral("code"), 40).value_or(QString());
    const auto kind =
        couponKindFromName(f.string(QStringLiteral("kind"), 20, true).value_or(QString()));
    d.terms.amount = f.integer(QStringLiteral("amount"), 0, validation::kMaxAmount).value_or(0);
    d.terms.percentBp = int(f.integer(QStringLiteral("percentBp"), 0, 10000).value_or(0));
    if (const auto cap = f.integer(QStringLiteral("maxDiscount"), 0, validation::kMaxAmount))
        d.terms.maxDiscount = *cap;
    d.terms.minSpend = f.integer(QStringLiteral("minSpend"), 0, validation::kMaxAmount).value_or(0);
    const auto scope =
        couponScopeFromName(f.string(QStringLiteral("scope"), 20).value_or(QStringLiteral("all")));
    d.terms.scopeIds = f.integers(QStringLiteral("scopeIds"), 1000, lowestId, validation::kMaxId)
                           .value_or(QList<qint64>());
    d.startsAt = f.time(QStringLiteral("startsAt"), true).value_or(0);
    d.endsAt = f.time(QStringLiteral("endsAt"), true).value_or(0);
    if (const auto total = f.integer(QStringLiteral("totalLimit"), 1, 100000000))
        d.totalLimit = *total;
    d.perMemberLimit = int(f.integer(QStringLiteral("perMemberLimit"), 1, 1000).value_or(1));
    if (!kind || !scope)
        return std::nullopt;
    d.terms.kind = *kind;
    d.terms.scope = *scope;
    return d;
}

FlashSaleDraft flashSaleDraft(JsonFields &f, qint64 lowestId)
{
    FlashSaleDraft d;
    d.name = f.string(QStringLiteral("name"), 100, true).value_or(QString());
    d.startsAt = f.time(QStringLiteral("startsAt"), true).value_or(0);
    d.endsAt = f.time(QStringLiteral("endsAt"), true).value_or(0);
    d.perMemberLimit = int(f.integer(QStringLiteral("perMemberLimit"), 1, 1000).value_or(1));
    d.allowCoupons = f.boolean(QStringLiteral("allowCoupons")).value_or(false);
    if (const auto items = f.objects(QStringLiteral("items"), 200, true)) {
        for (const QJsonObject &o : *items) {
            JsonFields item(o);
            FlashSaleItemDraft i;
            i.skuId = item.integer(QStringLiteral("skuId"), lowestId, validation::kMaxId, true)
                          .value_or(0);
            i.salePrice = item.integer(QStringLiteral("salePrice"), 0, validation::kMaxAmount, true)
                              .value_or(0);
            i.allotment = item.integer(QStringLiteral("allotment"), 1, 1000000, true).value_or(0);
            item.rejectUnknown();
            if (!item.ok()) {
                Error e = item.error();
                e.field = QStringLiteral("items.") + e.field;
                f.setError(e);
                break;
            }
            d.items.append(i);
        }
    }
    return d;
}

Error unknownType(const QString &type)
{
    return makeError(ErrorCode::InvalidArgument,
                     DomainText::tr("Unknown command type %1.").arg(type), QStringLiteral("type"));
}

Error invalidChoice(const QString &field, const QString &choices)
{
    return makeError(ErrorCode::InvalidArgument,
                     DomainText::tr("%1 must be one of: %2.").arg(field, choices), field);
}

// The handlers, one per command type. Each reads its payload strictly and calls one service.
const QHash<QString, Handler> &handlers()
{
    static const QHash<QString, Handler> table = {
        {QStringLiteral("product.create"),
         [](Context &c) -> Result<Applied> {
             const auto d = productDraft(c.f, c.lowestId());
             MD_TRY(checked(c.f));
             if (!d)
                 return invalidChoice(QStringLiteral("status"),
                                      QStringLiteral("draft, active, archived"));
             return appliedTo(CatalogService(c.ctx).createProduct(c.staff, *d));
         }},
        {QStringLiteral("product.update"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const auto d = productDraft(c.f, c.lowestId());
             MD_TRY(checked(c.f));
             if (!d)
                 return invalidChoice(QStringLiteral("status"),
                                      QStringLiteral("draft, active, archived"));
             return appliedTo(CatalogService(c.ctx).updateProduct(c.staff, c.command.entityId, *d,
                                                                  c.command.baseVersion));
         }},
        {QStringLiteral("product.archive"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             MD_TRY(checked(c.f));
             return appliedTo(CatalogService(c.ctx).setProductStatus(c.staff, c.command.entityId,
                                                                     ProductStatus::Archived));
         }},
        {QStringLiteral("sku.create"),
         [](Context &c) -> Result<Applied> {
             const qint64 product =
                 c.f.integer(QStringLiteral("productId"), c.lowestId(), validation::kMaxId, true)
                     .value_or(0);
             const SkuDraft d = skuDraft(c.f, true);
             MD_TRY(checked(c.f));
             return appliedTo(CatalogService(c.ctx).createSku(c.staff, product, d));
         }},
        {QStringLiteral("sku.update"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const SkuDraft d = skuDraft(c.f, false);
             MD_TRY(checked(c.f));
             return appliedTo(CatalogService(c.ctx).updateSku(c.staff, c.command.entityId, d,
                                                              c.command.baseVersion));
         }},
        // A delta never conflicts: two clerks counting in the same units add up.
        {QStringLiteral("stock.adjust"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const qint64 delta =
                 c.f.integer(QStringLiteral("delta"), -100000000, 100000000, true).value_or(0);
             const QString reasonName =
                 c.f.string(QStringLiteral("reason"), 20).value_or(QStringLiteral("adjustment"));
             const QString note = c.f.string(QStringLiteral("note"), 500).value_or(QString());
             MD_TRY(checked(c.f));
             const auto reason = stockReasonFromName(reasonName);
             if (!reason || *reason == StockReason::Sale || *reason == StockReason::Cancel)
                 return invalidChoice(QStringLiteral("reason"),
                                      QStringLiteral("adjustment, return, import"));
             return appliedTo(
                 StockService(c.ctx).adjust(c.staff, c.command.entityId, delta, *reason, note));
         }},
        {QStringLiteral("category.create"),
         [](Context &c) -> Result<Applied> {
             const CategoryDraft d = categoryDraft(c.f, c.lowestId());
             MD_TRY(checked(c.f));
             return appliedTo(CatalogService(c.ctx).createCategory(c.staff, d));
         }},
        {QStringLiteral("category.update"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const CategoryDraft d = categoryDraft(c.f, c.lowestId());
             MD_TRY(checked(c.f));
             return appliedTo(CatalogService(c.ctx).updateCategory(c.staff, c.command.entityId, d,
                                                                   c.command.baseVersion));
         }},
        {QStringLiteral("category.move"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const qint64 parent =
                 c.f.integer(QStringLiteral("parentId"), qMin<qint64>(c.lowestId(), 0),
                             validation::kMaxId, true)
                     .value_or(0);
             const auto position = c.f.integer(QStringLiteral("position"), 0, 100000);
             MD_TRY(checked(c.f));
             CatalogService catalog(c.ctx);
             auto all = catalog.categories();
             MD_TRY(all);
             for (const Category &cat : *all) {
                 if (cat.id != c.command.entityId)
                     continue;
                 CategoryDraft d{cat.name, parent, int(position.value_or(cat.position))};
                 return appliedTo(
                     catalog.updateCategory(c.staff, cat.id, d, c.command.baseVersion));
             }
             return validation::notFound(QStringLiteral("category"), c.command.entityId);
         }},
        {QStringLiteral("order.ship"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             ShipRequest r;
             r.carrier = c.f.string(QStringLiteral("carrier"), 50, true).value_or(QString());
             r.trackingNumber =
                 c.f.string(QStringLiteral("trackingNumber"), 64, true).value_or(QString());
             if (const auto lines = c.f.objects(QStringLiteral("lines"), 500)) {
                 for (const QJsonObject &o : *lines)
                     r.lines.append({o.value(QStringLiteral("lineId")).toInteger(),
                                     o.value(QStringLiteral("quantity")).toInteger()});
             }
             MD_TRY(checked(c.f));
             return appliedTo(OrderService(c.ctx).ship(c.staff, c.command.entityId, r));
         }},
        {QStringLiteral("order.cancel"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const QString reason = c.f.string(QStringLiteral("reason"), 500).value_or(QString());
             MD_TRY(checked(c.f));
             return appliedTo(OrderService(c.ctx).cancel(c.staff, c.command.entityId, reason));
         }},
        {QStringLiteral("refund.create"),
         [](Context &c) -> Result<Applied> {
             const qint64 order =
                 c.f.integer(QStringLiteral("orderId"), 1, validation::kMaxId, true).value_or(0);
             const QString reason =
                 c.f.string(QStringLiteral("reason"), 500, true).value_or(QString());
             QList<RefundRequestLine> lines;
             if (const auto items = c.f.objects(QStringLiteral("lines"), 500, true)) {
                 for (const QJsonObject &o : *items)
                     lines.append({o.value(QStringLiteral("lineId")).toInteger(),
                                   o.value(QStringLiteral("quantity")).toInteger()});
             }
             MD_TRY(checked(c.f));
             return appliedTo(RefundService(c.ctx).request(c.staff, order, lines, reason));
         }},
        {QStringLiteral("refund.approve"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             RefundDecision d;
             d.destination =
                 c.f.string(QStringLiteral("destination"), 20).value_or(QStringLiteral("original"));
             d.restock = c.f.boolean(QStringLiteral("restock")).value_or(true);
             d.note = c.f.string(QStringLiteral("note"), 500).value_or(QString());
             MD_TRY(checked(c.f));
             return appliedTo(RefundService(c.ctx).approve(c.staff, c.command.entityId, d));
         }},
        {QStringLiteral("refund.reject"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const QString note = c.f.string(QStringLiteral("note"), 500, true).value_or(QString());
             MD_TRY(checked(c.f));
             return appliedTo(RefundService(c.ctx).reject(c.staff, c.command.entityId, note));
         }},
        {QStringLiteral("coupon_campaign.create"),
         [](Context &c) -> Result<Applied> {
             const auto d = campaignDraft(c.f, c.lowestId());
             MD_TRY(checked(c.f));
             if (!d)
                 return invalidChoice(QStringLiteral("kind"), QStringLiteral("fixed, percent"));
             return appliedTo(CouponService(c.ctx).createCampaign(c.staff, *d));
         }},
        {QStringLiteral("coupon_campaign.update"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const auto d = campaignDraft(c.f, c.lowestId());
             MD_TRY(checked(c.f));
             if (!d)
                 return invalidChoice(QStringLiteral("kind"), QStringLiteral("fixed, percent"));
             return appliedTo(CouponService(c.ctx).updateCampaign(c.staff, c.command.entityId, *d,
                                                                  c.command.baseVersion));
         }},
        {QStringLiteral("coupon_campaign.pause"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             MD_TRY(checked(c.f));
             return appliedTo(CouponService(c.ctx).setStatus(c.staff, c.command.entityId,
                                                             CampaignStatus::Paused));
         }},
        {QStringLiteral("coupon_campaign.resume"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             MD_TRY(checked(c.f));
             return appliedTo(CouponService(c.ctx).setStatus(c.staff, c.command.entityId,
                                                             CampaignStatus::Active));
         }},
        {QStringLiteral("coupon_campaign.issue"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const auto members =
                 c.f.integers(QStringLiteral("memberIds"), 200000, 1, validation::kMaxId, true);
             MD_TRY(checked(c.f));
             auto report = CouponService(c.ctx).issue(c.staff, c.command.entityId, *members);
             MD_TRY(report);
             auto campaign = CouponService(c.ctx).campaign(c.command.entityId);
             return appliedTo(campaign);
         }},
        {QStringLiteral("flash_sale.create"),
         [](Context &c) -> Result<Applied> {
             const FlashSaleDraft d = flashSaleDraft(c.f, c.lowestId());
             MD_TRY(checked(c.f));
             return appliedTo(FlashSaleService(c.ctx).create(c.staff, d));
         }},
        {QStringLiteral("flash_sale.update"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const FlashSaleDraft d = flashSaleDraft(c.f, c.lowestId());
             MD_TRY(checked(c.f));
             return appliedTo(FlashSaleService(c.ctx).update(c.staff, c.command.entityId, d,
                                                             c.command.baseVersion));
         }},
        {QStringLiteral("flash_sale.end"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             MD_TRY(checked(c.f));
             return appliedTo(FlashSaleService(c.ctx).end(c.staff, c.command.entityId));
         }},
        {QStringLiteral("review.hide"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             MD_TRY(checked(c.f));
             return appliedTo(ReviewService(c.ctx).setHidden(c.staff, c.command.entityId, true));
         }},
        {QStringLiteral("review.show"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             MD_TRY(checked(c.f));
             return appliedTo(ReviewService(c.ctx).setHidden(c.staff, c.command.entityId, false));
         }},
        {QStringLiteral("review.reply"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const QString text = c.f.string(QStringLiteral("text"), ReviewService::kMaxText, true)
                                      .value_or(QString());
             MD_TRY(checked(c.f));
             return appliedTo(ReviewService(c.ctx).reply(c.staff, c.command.entityId, text));
         }},
        {QStringLiteral("member.tier_override"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const auto name = c.f.string(QStringLiteral("tier"), 20); // null: back to computed
             MD_TRY(checked(c.f));
             std::optional<MemberTier> tier;
             if (name) {
                 tier = memberTierFromName(*name);
                 if (!tier)
                     return invalidChoice(QStringLiteral("tier"),
                                          QStringLiteral("regular, silver, gold, platinum"));
             }
             return appliedTo(MemberService(c.ctx).overrideTier(c.staff, c.command.entityId, tier));
         }},
        {QStringLiteral("member.points_adjust"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const qint64 delta = c.f.integer(QStringLiteral("delta"), -validation::kMaxAmount,
                                              validation::kMaxAmount, true)
                                      .value_or(0);
             const QString note = c.f.string(QStringLiteral("note"), 500, true).value_or(QString());
             MD_TRY(checked(c.f));
             MD_TRY(WalletService(c.ctx).adjust(c.staff, LedgerKind::Points, c.command.entityId,
                                                delta, QStringLiteral("adjustment"), note));
             return appliedTo(MemberService(c.ctx).member(c.staff, c.command.entityId));
         }},
        {QStringLiteral("member.balance_adjust"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const qint64 delta = c.f.integer(QStringLiteral("delta"), -validation::kMaxAmount,
                                              validation::kMaxAmount, true)
                                      .value_or(0);
             const QString reason =
                 c.f.string(QStringLiteral("reason"), 20, true).value_or(QString()); // topup|deduct
             const QString note = c.f.string(QStringLiteral("note"), 500, true).value_or(QString());
             MD_TRY(checked(c.f));
             MD_TRY(WalletService(c.ctx).adjust(c.staff, LedgerKind::Balance, c.command.entityId,
                                                delta, reason, note));
             return appliedTo(MemberService(c.ctx).member(c.staff, c.command.entityId));
         }},
        {QStringLiteral("notification.broadcast"),
         [](Context &c) -> Result<Applied> {
             const auto members =
                 c.f.integers(QStringLiteral("memberIds"), NotificationService::kMaxBroadcast, 1,
                              validation::kMaxId, true);
             const QString title =
                 c.f.string(QStringLiteral("title"), 100, true).value_or(QString());
             const QString body =
                 c.f.string(QStringLiteral("body"), 2000, true).value_or(QString());
             MD_TRY(checked(c.f));
             auto report = NotificationService(c.ctx).broadcast(c.staff, *members, title, body);
             MD_TRY(report);
             return Applied{0, report->sent};
         }},
        {QStringLiteral("staff.create"),
         [](Context &c) -> Result<Applied> {
             StaffDraft d;
             d.email = c.f.string(QStringLiteral("email"), 254, true).value_or(QString());
             d.displayName =
                 c.f.string(QStringLiteral("displayName"), 100, true).value_or(QString());
             d.password = c.f.string(QStringLiteral("password"), 256, true).value_or(QString());
             const auto role = staffRoleFromName(
                 c.f.string(QStringLiteral("role"), 20, true).value_or(QString()));
             MD_TRY(checked(c.f));
             if (!role)
                 return invalidChoice(QStringLiteral("role"),
                                      QStringLiteral("owner, manager, clerk, support"));
             d.role = *role;
             return appliedTo(StaffService(c.ctx).create(c.staff, d));
         }},
        {QStringLiteral("staff.disable"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             MD_TRY(checked(c.f));
             return appliedTo(StaffService(c.ctx).setActive(c.staff, c.command.entityId, false));
         }},
        {QStringLiteral("staff.enable"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             MD_TRY(checked(c.f));
             return appliedTo(StaffService(c.ctx).setActive(c.staff, c.command.entityId, true));
         }},
        {QStringLiteral("staff.change_role"),
         [](Context &c) -> Result<Applied> {
             MD_TRY(requireEntity(c));
             const auto role = staffRoleFromName(
                 c.f.string(QStringLiteral("role"), 20, true).value_or(QString()));
             MD_TRY(checked(c.f));
             if (!role)
                 return invalidChoice(QStringLiteral("role"),
                                      QStringLiteral("owner, manager, clerk, support"));
             return appliedTo(StaffService(c.ctx).changeRole(c.staff, c.command.entityId, *role));
         }},
    };
    return table;
}

} // namespace

bool CommandProcessor::createsRecord(const QString &type)
{
    static const QSet<QString> creating{QStringLiteral("product.create"),
                                        QStringLiteral("sku.create"),
                                        QStringLiteral("category.create"),
                                        QStringLiteral("refund.create"),
                                        QStringLiteral("coupon_campaign.create"),
                                        QStringLiteral("flash_sale.create"),
                                        QStringLiteral("staff.create")};
    return creating.contains(type);
}

CommandOutcome CommandProcessor::applyLocally(const Actor &staff, const SyncCommand &command)
{
    CommandOutcome out;
    out.id = command.id;
    out.entityId = command.entityId;
    out.status = QStringLiteral("rejected");
    const auto handler = handlers().constFind(command.type);
    if (handler == handlers().constEnd()) {
        out.error = unknownType(command.type);
        return out;
    }
    WriteTransaction tx(m_ctx.database());
    if (!tx.began()) {
        out.error = tx.began().error();
        return out;
    }
    auto fail = [&out](const Error &e) {
        out.error = e;
        return out;
    };
    ProvisionalRows provisional(tx.connection());
    const auto before = provisional.mark();
    if (!before)
        return fail(before.error());
    JsonFields fields(command.payload);
    Context context{m_ctx, staff, command, fields, true};
    const Result<Applied> applied = (*handler)(context);
    if (!applied)
        return fail(applied.error());
    out.version = applied->version;
    // What the action inserted gets provisional ids until the server's answer replaces it.
    const auto adopted = provisional.adopt(
        *before, command.id,
        createsRecord(command.type) ? ReplicaSchema::tableOf(command.entity) : QString());
    if (!adopted)
        return fail(adopted.error());
    for (const ProvisionalRows::Row &row : *adopted) {
        if (row.main)
            out.entityId = row.id;
    }
    OutboxEntry entry;
    entry.commandId = command.id;
    entry.type = command.type;
    entry.entity = command.entity;
    entry.entityId = command.entityId;
    entry.baseVersion = command.baseVersion;
    entry.payload = command.payload;
    entry.staffId = staff.id;
    entry.createdAt = m_ctx.now();
    if (Status queued = SyncOutbox(tx.connection()).enqueue(entry); !queued)
        return fail(queued.error());
    if (Status committed = tx.commit(); !committed)
        return fail(committed.error());
    out.status = QStringLiteral("applied");
    out.error.reset();
    return out;
}

QStringList CommandProcessor::types()
{
    QStringList out = handlers().keys();
    out.sort();
    return out;
}

CommandOutcome CommandProcessor::apply(const Actor &staff, const SyncCommand &command)
{
    CommandOutcome out;
    out.id = command.id;
    out.entityId = command.entityId;
    auto refuse = [&out](const Error &e) {
        out.status = QStringLiteral("rejected");
        out.error = e;
        return out;
    };
    if (!staff.isStaff())
        return refuse(makeError(ErrorCode::Forbidden, DomainText::tr("Only staff send commands.")));

    WriteTransaction tx(m_ctx.database());
    if (!tx.began())
        return refuse(tx.began().error()); // not stored: the replica sends it again
    SyncCommandLog log(tx.connection());
    auto seen = log.find(command.id);
    if (!seen)
        return refuse(seen.error());
    if (seen->has_value()) {
        // The same staff member's replica sending it again: its stored result, nothing rerun.
        if ((*seen)->staffId != staff.id)
            return refuse(makeError(ErrorCode::IdempotencyKeyReused,
                                    DomainText::tr("This command id was used by someone else.")));
        CommandOutcome stored = CommandOutcome::fromJson((*seen)->result);
        stored.status = QStringLiteral("duplicate");
        return stored;
    }

    const auto handler = handlers().constFind(command.type);
    if (handler == handlers().constEnd()) {
        (void)refuse(unknownType(command.type));
    } else {
        JsonFields fields(command.payload);
        Context context{m_ctx, staff, command, fields};
        // The service runs in a savepoint of this transaction: refused, it leaves nothing.
        const Result<Applied> applied = (*handler)(context);
        if (applied) {
            out.status = QStringLiteral("applied");
            out.entityId = applied->entityId ? applied->entityId : command.entityId;
            out.version = applied->version;
        } else if (applied.error().code == ErrorCode::VersionConflict) {
            out.status = QStringLiteral("conflict");
            out.error = applied.error();
            auto current = SyncFeed::snapshot(tx.connection(), command.entity, command.entityId);
            if (current && current->has_value()) {
                out.current = **current;
                out.version = out.current.value(QStringLiteral("version")).toInteger();
            }
        } else if (applied.error().kind() == ErrorKind::Internal) {
            return refuse(applied.error()); // a fault of ours, not an answer: not stored
        } else {
            (void)refuse(applied.error());
        }
    }
    const Status stored =
        log.insert(command.id, {staff.id, command.type, out.status, out.toJson()}, m_ctx.now());
    if (!stored)
        return refuse(stored.error());
    if (const Status committed = tx.commit(); !committed)
        return refuse(committed.error());
    return out;
}

} // namespace md
