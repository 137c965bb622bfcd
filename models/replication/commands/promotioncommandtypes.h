#pragma once

#include "commandcodec.h"
#include "coupon.h"
#include "flashsale.h"

#include <QList>

// The promotions' staff commands: coupon campaigns (create, edit, pause, resume, issue to
// members) and flash sales (create, edit, end). Same shape as catalogcommandtypes.h.
namespace md {

struct CouponCampaignCreate
{
    static constexpr CommandKind kKind{"coupon_campaign.create", "coupon_campaign",
                                       CommandTarget::Creates};
    CampaignDraft draft;

    CommandBody toJson() const;
    static Result<CouponCampaignCreate> fromJson(CommandReader &reader);
    bool operator==(const CouponCampaignCreate &) const = default;
};

struct CouponCampaignUpdate
{
    static constexpr CommandKind kKind{"coupon_campaign.update", "coupon_campaign",
                                       CommandTarget::Existing};
    qint64 campaignId = 0;
    std::optional<qint64> baseVersion;
    CampaignDraft draft;

    CommandBody toJson() const;
    static Result<CouponCampaignUpdate> fromJson(CommandReader &reader);
    bool operator==(const CouponCampaignUpdate &) const = default;
};

struct CouponCampaignPause
{
    static constexpr CommandKind kKind{"coupon_campaign.pause", "coupon_campaign",
                                       CommandTarget::Existing};
    qint64 campaignId = 0;

    CommandBody toJson() const;
    static Result<CouponCampaignPause> fromJson(CommandReader &reader);
    bool operator==(const CouponCampaignPause &) const = default;
};

struct CouponCampaignResume
{
    static constexpr CommandKind kKind{"coupon_campaign.resume", "coupon_campaign",
                                       CommandTarget::Existing};
    qint64 campaignId = 0;

    CommandBody toJson() const;
    static Result<CouponCampaignResume> fromJson(CommandReader &reader);
    bool operator==(const CouponCampaignResume &) const = default;
};

// Gives members a coupon each; members who already hold as many as allowed are skipped.
struct CouponCampaignIssue
{
    static constexpr CommandKind kKind{"coupon_campaign.issue", "coupon_campaign",
                                       CommandTarget::Existing};
    qint64 campaignId = 0;
    QList<qint64> memberIds; // at most 200,000

    CommandBody toJson() const;
    static Result<CouponCampaignIssue> fromJson(CommandReader &reader);
    bool operator==(const CouponCampaignIssue &) const = default;
};

struct FlashSaleCreate
{
    static constexpr CommandKind kKind{"flash_sale.create", "flash_sale", CommandTarget::Creates};
    FlashSaleDraft draft;

    CommandBody toJson() const;
    static Result<FlashSaleCreate> fromJson(CommandReader &reader);
    bool operator==(const FlashSaleCreate &) const = default;
};

struct FlashSaleUpdate
{
    static constexpr CommandKind kKind{"flash_sale.update", "flash_sale", CommandTarget::Existing};
    qint64 flashSaleId = 0;
    std::optional<qint64> baseVersion;
    FlashSaleDraft draft;

    CommandBody toJson() const;
    static Result<FlashSaleUpdate> fromJson(CommandReader &reader);
    bool operator==(const FlashSaleUpdate &) const = default;
};

struct FlashSaleEnd
{
    static constexpr CommandKind kKind{"flash_sale.end", "flash_sale", CommandTarget::Existing};
    qint64 flashSaleId = 0;

    CommandBody toJson() const;
    static Result<FlashSaleEnd> fromJson(CommandReader &reader);
    bool operator==(const FlashSaleEnd &) const = default;
};

} // namespace md
