#pragma once

#include "actor.h"
#include "commandregistry.h"
#include "result.h"

namespace md {

class ServiceContext;

// What a command did: the record it acted on (the new one for creations, 0 to keep the
// envelope's) and that record's version afterwards.
struct CommandEffect
{
    qint64 entityId = 0;
    qint64 version = 0;
};

// One handler per staff command type, each calling one service with the typed command, as
// `staff`. The command was read strictly before (decodeCommand); the services check permissions
// and rules. Used by CommandProcessor on the server and on a replica alike.
class CommandHandlers
{
public:
    CommandHandlers(const ServiceContext &context, const Actor &staff)
        : m_ctx(context)
        , m_staff(staff)
    {}

    // Catalog.
    Result<CommandEffect> run(const ProductCreate &c) const;
    Result<CommandEffect> run(const ProductUpdate &c) const;
    Result<CommandEffect> run(const ProductArchive &c) const;
    Result<CommandEffect> run(const SkuCreate &c) const;
    Result<CommandEffect> run(const SkuUpdate &c) const;
    Result<CommandEffect> run(const StockAdjust &c) const;
    Result<CommandEffect> run(const CategoryCreate &c) const;
    Result<CommandEffect> run(const CategoryUpdate &c) const;
    Result<CommandEffect> run(const CategoryMove &c) const;
    // Orders and refunds.
    Result<CommandEffect> run(const OrderShip &c) const;
    Result<CommandEffect> run(const OrderCancel &c) const;
    Result<CommandEffect> run(const RefundCreate &c) const;
    Result<CommandEffect> run(const RefundApprove &c) const;
    Result<CommandEffect> run(const RefundReject &c) const;
    // Promotions.
    Result<CommandEffect> run(const CouponCampaignCreate &c) const;
    Result<CommandEffect> run(const CouponCampaignUpdate &c) const;
    Result<CommandEffect> run(const CouponCampaignPause &c) const;
    Result<CommandEffect> run(const CouponCampaignResume &c) const;
    Result<CommandEffect> run(const CouponCampaignIssue &c) const;
    Result<CommandEffect> run(const FlashSaleCreate &c) const;
    Result<CommandEffect> run(const FlashSaleUpdate &c) const;
    Result<CommandEffect> run(const FlashSaleEnd &c) const;
    // Reviews, members, notifications.
    Result<CommandEffect> run(const ReviewHide &c) const;
    Result<CommandEffect> run(const ReviewShow &c) const;
    Result<CommandEffect> run(const ReviewReply &c) const;
    Result<CommandEffect> run(const MemberTierOverride &c) const;
    Result<CommandEffect> run(const MemberPointsAdjust &c) const;
    Result<CommandEffect> run(const MemberBalanceAdjust &c) const;
    Result<CommandEffect> run(const NotificationBroadcast &c) const;
    // Staff accounts.
    Result<CommandEffect> run(const StaffCreate &c) const;
    Result<CommandEffect> run(const StaffDisable &c) const;
    Result<CommandEffect> run(const StaffEnable &c) const;
    Result<CommandEffect> run(const StaffChangeRole &c) const;

private:
    const ServiceContext &m_ctx;
    const Actor &m_staff;
};

} // namespace md
