#pragma once

#include <QString>

namespace md {

// Names of the syncable entities, as they appear in change_log and in the sync feed.
namespace entity {
inline const QString Category = QStringLiteral("category");
inline const QString Product = QStringLiteral("product");
inline const QString Sku = QStringLiteral("sku");
inline const QString Member = QStringLiteral("member");
inline const QString Address = QStringLiteral("address");
inline const QString Staff = QStringLiteral("staff");
inline const QString Setting = QStringLiteral("setting");
inline const QString Order = QStringLiteral("order");
inline const QString Payment = QStringLiteral("payment");
inline const QString Refund = QStringLiteral("refund");
inline const QString CouponCampaign = QStringLiteral("coupon_campaign");
inline const QString MemberCoupon = QStringLiteral("member_coupon");
inline const QString FlashSale = QStringLiteral("flash_sale");
inline const QString Review = QStringLiteral("review");
inline const QString Notification = QStringLiteral("notification");
// Append-only events, replicated for the desktop's reports (the conversion funnel): they never
// change a derived answer such as the catalog, so they do not count as local commits.
inline const QString ProductView = QStringLiteral("product_view");
inline const QString CartEvent = QStringLiteral("cart_event");
} // namespace entity

} // namespace md
