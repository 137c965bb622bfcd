#include "membercommandtypes.h"

namespace md {

CommandBody MemberTierOverride::toJson() const
{
    QJsonObject payload;
    if (tier)
        payload.insert(QStringLiteral("tier"), memberTierName(*tier));
    return {memberId, std::nullopt, payload};
}

Result<MemberTierOverride> MemberTierOverride::fromJson(CommandReader &r)
{
    const auto name = r.fields().string(QStringLiteral("tier"), 20); // null: back to computed
    MD_TRY(r.finish());
    MemberTierOverride c{r.entityId(), std::nullopt};
    if (name) {
        c.tier = memberTierFromName(*name);
        if (!c.tier)
            return invalidChoice(QStringLiteral("tier"),
                                 QStringLiteral("regular, silver, gold, platinum"));
    }
    return c;
}

CommandBody MemberPointsAdjust::toJson() const
{
    return {
        memberId, std::nullopt, {{QStringLiteral("delta"), delta}, {QStringLiteral("note"), note}}};
}

Result<MemberPointsAdjust> MemberPointsAdjust::fromJson(CommandReader &r)
{
    JsonFields &f = r.fields();
    MemberPointsAdjust c;
    c.memberId = r.entityId();
    c.delta =
        f.integer(QStringLiteral("delta"), -validation::kMaxAmount, validation::kMaxAmount, true)
            .value_or(0);
    c.note = f.string(QStringLiteral("note"), 500, true).value_or(QString());
    MD_TRY(r.finish());
    return c;
}

CommandBody MemberBalanceAdjust::toJson() const
{
    return {memberId,
            std::nullopt,
            {{QStringLiteral("delta"), delta},
             {QStringLiteral("reason"), reason},
             {QStringLiteral("note"), note}}};
}

Result<MemberBalanceAdjust> MemberBalanceAdjust::fromJson(CommandReader &r)
{
    JsonFields &f = r.fields();
    MemberBalanceAdjust c;
    c.memberId = r.entityId();
    c.delta =
        f.integer(QStringLiteral("delta"), -validation::kMaxAmount, validation::kMaxAmount, true)
            .value_or(0);
    c.reason = f.string(QStringLiteral("reason"), 20, true).value_or(QString());
    c.note = f.string(QStringLiteral("note"), 500, true).value_or(QString());
    MD_TRY(r.finish());
    return c;
}

} // namespace md
