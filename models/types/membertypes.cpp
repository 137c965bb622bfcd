// Name tables and JSON forms of the member value types (member.h).
#include "member.h"
#include "storetime.h"

namespace md {

QString memberTierName(MemberTier tier)
{
    switch (tier) {
    case MemberTier::Regular:
        return QStringLiteral("regular");
    case MemberTier::Silver:
        return QStringLiteral("silver");
    case MemberTier::Gold:
        return QStringLiteral("gold");
    case MemberTier::Platinum:
        return QStringLiteral("platinum");
    }
    return {};
}

std::optional<MemberTier> memberTierFromName(const QString &name)
{
    for (auto t :
         {MemberTier::Regular, MemberTier::Silver, MemberTier::Gold, MemberTier::Platinum}) {
        if (memberTierName(t) == name)
            return t;
    }
    return std::nullopt;
}

namespace {
QJsonValue optionalText(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject Member::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("email"), optionalText(email)},
            {QStringLiteral("phone"), optionalText(phone)},
            {QStringLiteral("externalRef"), optionalText(externalRef)},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("tier"), memberTierName(effectiveTier())},
            {QStringLiteral("computedTier"), memberTierName(tier)},
            {QStringLiteral("tierOverride"),
             tierOverride ? QJsonValue(memberTierName(*tierOverride)) : QJsonValue()},
            {QStringLiteral("points"), points},
            {QStringLiteral("balance"), balance},
            {QStringLiteral("netPaid"), netPaid},
            {QStringLiteral("active"), active},
            {QStringLiteral("version"), version},
            {QStringLiteral("createdAt"), StoreTime::isoUtc(createdAt)}};
}

QJsonObject Address::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("memberId"), memberId},
            {QStringLiteral("recipient"), recipient},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("region"), region},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("postalCode"), postalCode},
            {QStringLiteral("isDefault"), isDefault},
            {QStringLiteral("version"), version}};
}

QJsonObject LedgerEntry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("delta"), delta},
            {QStringLiteral("balanceAfter"), balanceAfter},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("refType"), optionalText(refType)},
            {QStringLiteral("refId"), refId ? QJsonValue(refId) : QJsonValue()},
            {QStringLiteral("note"), note},
            {QStringLiteral("createdAt"), StoreTime::isoUtc(createdAt)}};
}

} // namespace md
