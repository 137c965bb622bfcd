#include "permissionpolicy.h"

namespace md {

namespace {

struct Grant
{
    Permission permission;
    const char *name;
    bool owner, manager, clerk, support;
};

// The permission table. Clerks run the shop floor (catalog, stock, shipping); support staff talk
// to customers (refund requests, reviews, member details); money and promotions need a manager;
// staff and settings need the owner.
constexpr Grant kGrants[] = {
    //                                                    owner  manager clerk  support
    {Permission::CatalogView, "catalog.view", true, true, true, true},
    {Permission::CatalogEdit, "catalog.edit", true, true, true, false},
    {Permission::StockAdjust, "stock.adjust", true, true, true, false},
    {Permission::OrderView, "order.view", true, true, true, true},
    {Permission::OrderFulfil, "order.fulfil", true, true, true, false},
    {Permission::OrderCancel, "order.cancel", true, true, false, true},
    {Permission::RefundCreate, "refund.create", true, true, true, true},
    {Permission::RefundDecide, "refund.decide", true, true, false, false},
    {Permission::MemberView, "member.view", true, true, true, true},
    {Permission::MemberEdit, "member.edit", true, true, false, true},
    {Permission::MemberPointsAdjust, "member.points_adjust", true, true, false, false},
    {Permission::MemberBalanceAdjust, "member.balance_adjust", true, true, false, false},
    {Permission::MemberTierOverride, "member.tier_override", true, true, false, false},
    {Permission::PromotionManage, "promotion.manage", true, true, false, false},
    {Permission::CouponIssue, "coupon.issue", true, true, false, false},
    {Permission::ReviewModerate, "review.moderate", true, true, true, true},
    {Permission::NotificationBroadcast, "notification.broadcast", true, true, false, false},
    {Permission::ReportsView, "reports.view", true, true, false, false},
    {Permission::FinanceView, "finance.view", true, true, false, false},
    {Permission::DataImportExport, "data.import_export", true, true, false, false},
    {Permission::StaffManage, "staff.manage", true, false, false, false},
    {Permission::SettingsEdit, "settings.edit", true, false, false, false},
    {Permission::SyncReplicate, "sync.replicate", true, true, true, true},
};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < std::size(kGrants); ++i) {
        if (static_cast<std::size_t>(kGrants[i].permission) != i)
            return false;
    }
    return std::size(kGrants) == static_cast<std::size_t>(Permission::SyncReplicate) + 1;
}
static_assert(inEnumOrder(), "kGrants must list every Permission in declaration order");

const Grant &grant(Permission p)
{
    return kGrants[static_cast<std::size_t>(p)];
}

} // namespace

bool PermissionPolicy::allows(StaffRole role, Permission permission)
{
    const Grant &g = grant(permission);
    switch (role) {
    case StaffRole::Owner:
        return g.owner;
    case StaffRole::Manager:
        return g.manager;
    case StaffRole::Clerk:
        return g.clerk;
    case StaffRole::Support:
        return g.support;
    }
    return false;
}

bool PermissionPolicy::allows(const Actor &actor, Permission permission)
{
    switch (actor.kind) {
    case Actor::Kind::System:
        return true;
    case Actor::Kind::Member:
        return false;
    case Actor::Kind::Staff:
        return allows(actor.role, permission);
    }
    return false;
}

Status PermissionPolicy::require(const Actor &actor, Permission permission)
{
    if (allows(actor, permission))
        return {};
    Error e = makeError(
        ErrorCode::Forbidden,
        DomainText::tr("Your role may not do this (%1 is needed).").arg(description(permission)));
    e.details.insert(QStringLiteral("permission"), name(permission));
    return e;
}

QList<Permission> PermissionPolicy::all()
{
    QList<Permission> out;
    for (const Grant &g : kGrants)
        out.append(g.permission);
    return out;
}

QString PermissionPolicy::name(Permission permission)
{
    return QString::fromLatin1(grant(permission).name);
}

QString PermissionPolicy::description(Permission permission)
{
    switch (permission) {
    case Permission::CatalogView:
        return DomainText::tr("view the catalog");
    case Permission::CatalogEdit:
        return DomainText::tr("edit products, SKUs and categories");
    case Permission::StockAdjust:
        return DomainText::tr("adjust stock");
    case Permission::OrderView:
        return DomainText::tr("view orders");
    case Permission::OrderFulfil:
        return DomainText::tr("ship orders");
    case Permission::OrderCancel:
        return DomainText::tr("cancel orders");
    case Permission::RefundCreate:
        return DomainText::tr("create refunds");
    case Permission::RefundDecide:
        return DomainText::tr("approve or reject refunds");
    case Permission::MemberView:
        return DomainText::tr("view members");
    case Permission::MemberEdit:
        return DomainText::tr("edit member details");
    case Permission::MemberPointsAdjust:
        return DomainText::tr("adjust points");
    case Permission::MemberBalanceAdjust:
        return DomainText::tr("adjust store balance");
    case Permission::MemberTierOverride:
        return DomainText::tr("override member tiers");
    case Permission::PromotionManage:
        return DomainText::tr("manage coupons and flash sales");
    case Permission::CouponIssue:
        return DomainText::tr("issue coupons to members");
    case Permission::ReviewModerate:
        return DomainText::tr("moderate reviews");
    case Permission::NotificationBroadcast:
        return DomainText::tr("broadcast notifications");
    case Permission::ReportsView:
        return DomainText::tr("view reports");
    case Permission::FinanceView:
        return DomainText::tr("view financial figures");
    case Permission::DataImportExport:
        return DomainText::tr("import and export data");
    case Permission::StaffManage:
        return DomainText::tr("manage staff");
    case Permission::SettingsEdit:
        return DomainText::tr("change store settings");
    case Permission::SyncReplicate:
        return DomainText::tr("keep a local copy of the shop in the desktop app");
    }
    return {};
}

} // namespace md
