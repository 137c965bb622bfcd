// Name tables and JSON forms of the coupon value types (coupon.h).
#include "coupon.h"
#include "storetime.h"

#include <QJsonArray>

namespace md {

QString couponKindName(CouponKind kind)
{
    return kind == CouponKind::Fixed ? QStringLiteral("fixed") : QStringLiteral("percent");
}

std::optional<CouponKind> couponKindFromName(const QString &name)
{
    if (name == QLatin1String("fixed"))
        return CouponKind::Fixed;
    if (name == QLatin1String("percent"))
        return CouponKind::Percent;
    return std::nullopt;
}

QString couponScopeName(CouponScope scope)
{
    switch (scope) {
    case CouponScope::All:
        return QStringLiteral("all");
    case CouponScope::Categories:
        return QStringLiteral("categories");
    case CouponScope::Products:
        return QStringLiteral("products");
    }
    return {};
}

std::optional<CouponScope> couponScopeFromName(const QString &name)
{
    for (auto s : {CouponScope::All, CouponScope::Categories, CouponScope::Products}) {
        if (couponScopeName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString campaignStatusName(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Active:
        return QStringLiteral("active");
    case CampaignStatus::Paused:
        return QStringLiteral("paused");
    case CampaignStatus::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

std::optional<CampaignStatus> campaignStatusFromName(const QString &name)
{
    for (auto s : {CampaignStatus::Active, CampaignStatus::Paused, CampaignStatus::Ended}) {
        if (campaignStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject CouponCampaign::toJson() const
{
    QJsonArray ids;
    for (qint64 id : terms.scopeIds)
        ids.append(id);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)},
            {QStringLiteral("kind"), couponKindName(terms.kind)},
            {QStringLiteral("amount"), terms.amount},
            {QStringLiteral("percentBp"), terms.percentBp},
            {QStringLiteral("maxDiscount"),
             terms.maxDiscount ? QJsonValue(*terms.maxDiscount) : QJsonValue()},
            {QStringLiteral("minSpend"), terms.minSpend},
            {QStringLiteral("scope"), couponScopeName(terms.scope)},
            {QStringLiteral("scopeIds"), ids},
            {QStringLiteral("startsAt"), StoreTime::isoUtc(startsAt)},
            {QStringLiteral("endsAt"), StoreTime::isoUtc(endsAt)},
            {QStringLiteral("totalLimit"), totalLimit ? QJsonValue(*totalLimit) : QJsonValue()},
            {QStringLiteral("perMemberLimit"), perMemberLimit},
            {QStringLiteral("issuedCount"), issuedCount},
            {QStringLiteral("usedCount"), usedCount},
            {QStringLiteral("status"), campaignStatusName(status)},
            {QStringLiteral("version"), version}};
}

QJsonObject MemberCoupon::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("campaignId"), campaignId},
        {QStringLiteral("memberId"), memberId},
        {QStringLiteral("status"), used ? QStringLiteral("used") : QStringLiteral("available")},
        {QStringLiteral("source"), source},
        {QStringLiteral("orderId"), orderId ? QJsonValue(orderId) : QJsonValue()},
        {QStringLiteral("claimedAt"), StoreTime::isoUtc(claimedAt)},
        {QStringLiteral("version"), version}};
    if (campaign.id)
        o.insert(QStringLiteral("campaign"), campaign.toJson());
    return o;
}

} // namespace md
