#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace md {

enum class CouponKind { Fixed, Percent };
enum class CouponScope { All, Categories, Products };
enum class CampaignStatus { Active, Paused, Ended };

QString couponKindName(CouponKind kind);
QString couponScopeName(CouponScope scope);
QString campaignStatusName(CampaignStatus status);
std::optional<CouponKind> couponKindFromName(const QString &name);
std::optional<CouponScope> couponScopeFromName(const QString &name);
std::optional<CampaignStatus> campaignStatusFromName(const QString &name);

// The discount rule of a campaign, which is what pricing needs to know.
struct CouponTerms
{
    CouponKind kind = CouponKind::Fixed;
    qint64 amount = 0;                 // Fixed: minor units off
    int percentBp = 0;                 // Percent: basis points off
    std::optional<qint64> maxDiscount; // Percent: the cap
    qint64 minSpend = 0;               // eligible amount (after the tier discount) needed
    CouponScope scope = CouponScope::All;
    QList<qint64> scopeIds; // category or product ids

    friend bool operator==(const CouponTerms &, const CouponTerms &) = default;
};

struct CouponCampaign
{
    qint64 id = 0;
    QString name;
    QString code; // public claim code; empty: issued by staff only
    CouponTerms terms;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    std::optional<qint64> totalLimit; // uses across all members
    int perMemberLimit = 1;           // coupons one member may hold (claimed or issued)
    qint64 issuedCount = 0;
    qint64 usedCount = 0;
    CampaignStatus status = CampaignStatus::Active;
    qint64 version = 0;

    bool isRunning(qint64 nowMs) const
    {
        return status == CampaignStatus::Active && nowMs >= startsAt && nowMs < endsAt;
    }
    QJsonObject toJson() const;
};

struct CampaignDraft
{
    QString name;
    QString code;
    CouponTerms terms;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    std::optional<qint64> totalLimit;
    int perMemberLimit = 1;

    friend bool operator==(const CampaignDraft &, const CampaignDraft &) = default;
};

struct MemberCoupon
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 memberId = 0;
    bool used = false;
    QString source; // "claim" or "staff"
    qint64 orderId = 0;
    qint64 claimedAt = 0;
    qint64 usedAt = 0;
    qint64 version = 0;
    CouponCampaign campaign; // filled by queries that join it

    QJsonObject toJson() const;
};

} // namespace md
