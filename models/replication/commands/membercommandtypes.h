#pragma once

#include "commandcodec.h"
#include "member.h"

// The members' staff commands: a tier set by hand, and adjustments of points and balance (each
// with the reason kept in the ledger). Same shape as catalogcommandtypes.h.
namespace md {

struct MemberTierOverride
{
    static constexpr CommandKind kKind{"member.tier_override", "member", CommandTarget::Existing};
    qint64 memberId = 0;
    std::optional<MemberTier> tier; // none: back to the tier computed from spend

    CommandBody toJson() const;
    static Result<MemberTierOverride> fromJson(CommandReader &reader);
    bool operator==(const MemberTierOverride &) const = default;
};

struct MemberPointsAdjust
{
    static constexpr CommandKind kKind{"member.points_adjust", "member", CommandTarget::Existing};
    qint64 memberId = 0;
    qint64 delta = 0;
    QString note; // required

    CommandBody toJson() const;
    static Result<MemberPointsAdjust> fromJson(CommandReader &reader);
    bool operator==(const MemberPointsAdjust &) const = default;
};

struct MemberBalanceAdjust
{
    static constexpr CommandKind kKind{"member.balance_adjust", "member", CommandTarget::Existing};
    qint64 memberId = 0;
    qint64 delta = 0; // minor units
    QString reason;   // "topup" or "deduct" (WalletService checks it)
    QString note;     // required

    CommandBody toJson() const;
    static Result<MemberBalanceAdjust> fromJson(CommandReader &reader);
    bool operator==(const MemberBalanceAdjust &) const = default;
};

} // namespace md
