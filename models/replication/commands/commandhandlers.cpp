#include "commandhandlers.h"

#include "catalogservice.h"
#include "couponservice.h"
#include "flashsaleservice.h"
#include "memberservice.h"
#include "notificationservice.h"
#include "orderservice.h"
#include "refundservice.h"
#include "reviewservice.h"
#include "servicecontext.h"
#include "staffservice.h"
#include "stockservice.h"
#include "walletservice.h"

namespace md {

namespace {

template<typename T> Result<CommandEffect> effectOn(const Result<T> &r)
{
    MD_TRY(r);
    return CommandEffect{r->id, r->version};
}

} // namespace

// Catalog.

Result<CommandEffect> CommandHandlers::run(const ProductCreate &c) const
{
    return effectOn(CatalogService(m_ctx).createProduct(m_staff, c.draft));
}

Result<CommandEffect> CommandHandlers::run(const ProductUpdate &c) const
{
    return effectOn(
        CatalogService(m_ctx).updateProduct(m_staff, c.productId, c.draft, c.baseVersion));
}

Result<CommandEffect> CommandHandlers::run(const ProductArchive &c) const
{
    return effectOn(
        CatalogService(m_ctx).setProductStatus(m_staff, c.productId, ProductStatus::Archived));
}

Result<CommandEffect> CommandHandlers::run(const SkuCreate &c) const
{
    return effectOn(CatalogService(m_ctx).createSku(m_staff, c.productId, c.draft));
}

Result<CommandEffect> CommandHandlers::run(const SkuUpdate &c) const
{
    return effectOn(CatalogService(m_ctx).updateSku(m_staff, c.skuId, c.draft, c.baseVersion));
}

Result<CommandEffect> CommandHandlers::run(const StockAdjust &c) const
{
    return effectOn(StockService(m_ctx).adjust(m_staff, c.skuId, c.delta, c.reason, c.note));
}

Result<CommandEffect> CommandHandlers::run(const CategoryCreate &c) const
{
    return effectOn(CatalogService(m_ctx).createCategory(m_staff, c.draft));
}

Result<CommandEffect> CommandHandlers::run(const CategoryUpdate &c) const
{
    return effectOn(
        CatalogService(m_ctx).updateCategory(m_staff, c.categoryId, c.draft, c.baseVersion));
}

// A move is an update that keeps the name (and the position, unless given).
Result<CommandEffect> CommandHandlers::run(const CategoryMove &c) const
{
    CatalogService catalog(m_ctx);
    auto all = catalog.categories();
    MD_TRY(all);
    for (const Category &cat : *all) {
        if (cat.id != c.categoryId)
            continue;
        CategoryDraft d{cat.name, c.parentId, c.position.value_or(cat.position)};
        return effectOn(catalog.updateCategory(m_staff, cat.id, d, c.baseVersion));
    }
    return validation::notFound(QStringLiteral("category"), c.categoryId);
}

// Orders and refunds.

Result<CommandEffect> CommandHandlers::run(const OrderShip &c) const
{
    return effectOn(OrderService(m_ctx).ship(m_staff, c.orderId, c.request));
}

Result<CommandEffect> CommandHandlers::run(const OrderCancel &c) const
{
    return effectOn(OrderService(m_ctx).cancel(m_staff, c.orderId, c.reason));
}

Result<CommandEffect> CommandHandlers::run(const RefundCreate &c) const
{
    return effectOn(RefundService(m_ctx).request(m_staff, c.orderId, c.lines, c.reason));
}

Result<CommandEffect> CommandHandlers::run(const RefundApprove &c) const
{
    return effectOn(RefundService(m_ctx).approve(m_staff, c.refundId, c.decision));
}

Result<CommandEffect> CommandHandlers::run(const RefundReject &c) const
{
    return effectOn(RefundService(m_ctx).reject(m_staff, c.refundId, c.note));
}

// Promotions.

Result<CommandEffect> CommandHandlers::run(const CouponCampaignCreate &c) const
{
    return effectOn(CouponService(m_ctx).createCampaign(m_staff, c.draft));
}

Result<CommandEffect> CommandHandlers::run(const CouponCampaignUpdate &c) const
{
    return effectOn(
        CouponService(m_ctx).updateCampaign(m_staff, c.campaignId, c.draft, c.baseVersion));
}

Result<CommandEffect> CommandHandlers::run(const CouponCampaignPause &c) const
{
    return effectOn(CouponService(m_ctx).setStatus(m_staff, c.campaignId, CampaignStatus::Paused));
}

Result<CommandEffect> CommandHandlers::run(const CouponCampaignResume &c) const
{
    return effectOn(CouponService(m_ctx).setStatus(m_staff, c.campaignId, CampaignStatus::Active));
}

Result<CommandEffect> CommandHandlers::run(const CouponCampaignIssue &c) const
{
    MD_TRY(CouponService(m_ctx).issue(m_staff, c.campaignId, c.memberIds));
    return effectOn(CouponService(m_ctx).campaign(c.campaignId));
}

Result<CommandEffect> CommandHandlers::run(const FlashSaleCreate &c) const
{
    return effectOn(FlashSaleService(m_ctx).create(m_staff, c.draft));
}

Result<CommandEffect> CommandHandlers::run(const FlashSaleUpdate &c) const
{
    return effectOn(FlashSaleService(m_ctx).update(m_staff, c.flashSaleId, c.draft, c.baseVersion));
}

Result<CommandEffect> CommandHandlers::run(const FlashSaleEnd &c) const
{
    return effectOn(FlashSaleService(m_ctx).end(m_staff, c.flashSaleId));
}

// Reviews, members, notifications.

Result<CommandEffect> CommandHandlers::run(const ReviewHide &c) const
{
    return effectOn(ReviewService(m_ctx).setHidden(m_staff, c.reviewId, true));
}

Result<CommandEffect> CommandHandlers::run(const ReviewShow &c) const
{
    return effectOn(ReviewService(m_ctx).setHidden(m_staff, c.reviewId, false));
}

Result<CommandEffect> CommandHandlers::run(const ReviewReply &c) const
{
    return effectOn(ReviewService(m_ctx).reply(m_staff, c.reviewId, c.text));
}

Result<CommandEffect> CommandHandlers::run(const MemberTierOverride &c) const
{
    return effectOn(MemberService(m_ctx).overrideTier(m_staff, c.memberId, c.tier));
}

Result<CommandEffect> CommandHandlers::run(const MemberPointsAdjust &c) const
{
    MD_TRY(WalletService(m_ctx).adjust(m_staff, LedgerKind::Points, c.memberId, c.delta,
                                       QStringLiteral("adjustment"), c.note));
    return effectOn(MemberService(m_ctx).member(m_staff, c.memberId));
}

Result<CommandEffect> CommandHandlers::run(const MemberBalanceAdjust &c) const
{
    MD_TRY(WalletService(m_ctx).adjust(m_staff, LedgerKind::Balance, c.memberId, c.delta, c.reason,
                                       c.note));
    return effectOn(MemberService(m_ctx).member(m_staff, c.memberId));
}

// The outcome's version is the number of inboxes reached (there is no one record).
Result<CommandEffect> CommandHandlers::run(const NotificationBroadcast &c) const
{
    auto report = NotificationService(m_ctx).broadcast(m_staff, c.memberIds, c.title, c.body);
    MD_TRY(report);
    return CommandEffect{0, report->sent};
}

// Staff accounts.

Result<CommandEffect> CommandHandlers::run(const StaffCreate &c) const
{
    return effectOn(StaffService(m_ctx).create(m_staff, c.draft));
}

Result<CommandEffect> CommandHandlers::run(const StaffDisable &c) const
{
    return effectOn(StaffService(m_ctx).setActive(m_staff, c.staffId, false));
}

Result<CommandEffect> CommandHandlers::run(const StaffEnable &c) const
{
    return effectOn(StaffService(m_ctx).setActive(m_staff, c.staffId, true));
}

Result<CommandEffect> CommandHandlers::run(const StaffChangeRole &c) const
{
    return effectOn(StaffService(m_ctx).changeRole(m_staff, c.staffId, c.role));
}

} // namespace md
