#pragma once

#include "catalogcommandtypes.h"
#include "membercommandtypes.h"
#include "notificationcommandtypes.h"
#include "ordercommandtypes.h"
#include "promotioncommandtypes.h"
#include "reviewcommandtypes.h"
#include "staffcommandtypes.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace md {

template<typename... C> struct CommandTypeList
{};

// Every staff command type, by area: the one list. CommandProcessor builds its dispatch from it
// (a type without a handler does not compile), and the names, entities and creations below are
// read from the types' kinds, not written a second time.
// clang-format off
using StaffCommandTypes = CommandTypeList<
    // Catalog.
    ProductCreate, ProductUpdate, ProductArchive, SkuCreate, SkuUpdate, StockAdjust,
    CategoryCreate, CategoryUpdate, CategoryMove,
    // Orders and refunds.
    OrderShip, OrderCancel, RefundCreate, RefundApprove, RefundReject,
    // Promotions.
    CouponCampaignCreate, CouponCampaignUpdate, CouponCampaignPause, CouponCampaignResume,
    CouponCampaignIssue, FlashSaleCreate, FlashSaleUpdate, FlashSaleEnd,
    // Reviews, members, notifications.
    ReviewHide, ReviewShow, ReviewReply, MemberTierOverride, MemberPointsAdjust,
    MemberBalanceAdjust, NotificationBroadcast,
    // Staff accounts.
    StaffCreate, StaffDisable, StaffEnable, StaffChangeRole>;
// clang-format on

// Looks up what the wire's type names mean.
class CommandRegistry
{
public:
    // Every kind, in StaffCommandTypes' order.
    static const QList<CommandKind> &kinds();
    // nullopt for a type no one knows.
    static std::optional<CommandKind> find(const QString &type);
    // The type names, sorted.
    static QStringList types();
};

} // namespace md
