#pragma once

#include "coupon.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

// SQL for coupon campaigns and the coupons members hold. The counters are changed only by
// guarded updates, so concurrent checkouts cannot push a campaign past its limits.
class CouponRepository
{
public:
    explicit CouponRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<std::optional<CouponCampaign>> findCampaign(qint64 id) const;
    Result<std::optional<CouponCampaign>> findCampaignByCode(const QString &code) const;
    Result<QList<CouponCampaign>> campaigns(int offset, int limit) const;
    Result<CouponCampaign> insertCampaign(const CampaignDraft &draft, qint64 nowMs);
    Result<std::optional<CouponCampaign>> updateCampaign(qint64 id, const CampaignDraft &draft,
                                                         std::optional<qint64> expectedVersion,
                                                         qint64 nowMs);
    Result<std::optional<CouponCampaign>> setCampaignStatus(qint64 id, CampaignStatus status,
                                                            qint64 nowMs);

    // Gives a member one more coupon of the campaign unless they already hold perMemberLimit of
    // it; nullopt when the limit refused.
    Result<std::optional<MemberCoupon>> grant(qint64 campaignId, qint64 memberId,
                                              const QString &source, int perMemberLimit,
                                              qint64 nowMs);
    Result<std::optional<MemberCoupon>> findMemberCoupon(qint64 id) const;
    Result<QList<MemberCoupon>> memberCoupons(qint64 memberId, bool availableOnly) const;

    // Uses a held coupon for an order: the coupon must still be available and the campaign under
    // its total limit. false when either guard refused (nothing changed then).
    Result<bool> use(qint64 memberCouponId, qint64 campaignId, qint64 orderId, qint64 nowMs);
    // Gives a used coupon back (an unpaid order was cancelled).
    Status release(qint64 memberCouponId, qint64 campaignId, qint64 nowMs);

private:
    Status logCampaign(qint64 id, qint64 nowMs);
    QSqlDatabase m_db;
};

} // namespace md
