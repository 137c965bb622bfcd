#pragma once

#include "actor.h"
#include "result.h"

#include <QList>

namespace md {

// Staff permissions. The table that grants them to roles is in permissionpolicy.cpp and is
// reproduced, generated from the same table, in docs/permissions.md.
enum class Permission {
    CatalogView,
    CatalogEdit,
    StockAdjust,
    OrderView,
    OrderFulfil,
    OrderCancel,
    RefundCreate,
    RefundDecide,
    MemberView,
    MemberEdit,
    MemberPointsAdjust,
    MemberBalanceAdjust,
    MemberTierOverride,
    PromotionManage,
    CouponIssue,
    ReviewModerate,
    NotificationBroadcast,
    ReportsView,
    FinanceView,
    DataImportExport,
    StaffManage,
    SettingsEdit,
    SyncReplicate,
};

class PermissionPolicy
{
public:
    static bool allows(StaffRole role, Permission permission);
    // System actors may do anything; members have no staff permission at all.
    static bool allows(const Actor &actor, Permission permission);
    // A Forbidden error naming the permission when the actor lacks it.
    static Status require(const Actor &actor, Permission permission);

    static QList<Permission> all();
    static QString name(Permission permission); // "catalog.edit": stable, used in docs and APIs
    static QString description(Permission permission); // translated, for people
};

} // namespace md
