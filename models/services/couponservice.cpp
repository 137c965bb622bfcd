#include "couponservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "couponrepository.h"
#include "memberrepository.h"
#include "memberservice.h"
#include "notificationrepository.h"
#include "permissionpolicy.h"
#include "servicecontext.h"
#include "validation.h"
#include "writetransaction.h"

#include <QRegularExpression>
#include <QSet>

namespace md {

Status CouponService::validate(const CampaignDraft &d)
{
    MD_TRY(validation::title(d.name, QStringLiteral("name")));
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]{3,32}$"));
    if (!d.code.isEmpty() && !codePattern.match(d.code).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("A claim code has 3 to 32 letters, digits, '-' or '_'."),
                         QStringLiteral("code"));
    if (d.endsAt <= d.startsAt)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("The campaign must end after it starts."),
                         QStringLiteral("endsAt"));
    const CouponTerms &t = d.terms;
    if (t.kind == CouponKind::Fixed) {
        MD_TRY(validation::amount(t.amount, QStringLiteral("amount")));
        if (t.amount == 0)
            return makeError(ErrorCode::InvalidAmount,
                             DomainText::tr("A fixed coupon needs an amount."),
                             QStringLiteral("amount"));
    } else if (t.percentBp <= 0 || t.percentBp > 10000) {
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("A percentage must be between 0.01% and 100%."),
                         QStringLiteral("percentBp"));
    }
    if (t.maxDiscount)
        MD_TRY(validation::amount(*t.maxDiscount, QStringLiteral("maxDiscount")));
    MD_TRY(validation::amount(t.minSpend, QStringLiteral("minSpend")));
    if (t.scope != CouponScope::All && t.scopeIds.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Choose the categories or products it applies to."),
                         QStringLiteral("scopeIds"));
    if (d.totalLimit && *d.totalLimit < 0)
        return makeError(ErrorCode::InvalidQuantity,
                         DomainText::tr("The total limit cannot be negative."),
                         QStringLiteral("totalLimit"));
    if (d.perMemberLimit < 1 || d.perMemberLimit > 1000)
        return makeError(ErrorCode::InvalidQuantity,
                         DomainText::tr("The per-member limit must be 1 to 1,000."),
                         QStringLiteral("perMemberLimit"));
    return {};
}

Result<CouponCampaign> CouponService::createCampaign(const Actor &actor, const CampaignDraft &draft)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::PromotionManage));
    MD_TRY(validate(draft));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    CouponRepository repo(tx.connection());
    if (!draft.code.isEmpty()) {
        auto existing = repo.findCampaignByCode(draft.code);
        MD_TRY(existing);
        if (existing->has_value())
            return makeError(ErrorCode::AlreadyExists,
                             DomainText::tr("The code %1 is already used.").arg(draft.code),
                             QStringLiteral("code"));
    }
    auto created = repo.insertCampaign(draft, m_ctx.now());
    MD_TRY(created);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("coupon_campaign.create"),
                            entity::CouponCampaign, created->id, {}, created->toJson(),
                            m_ctx.now()));
    MD_TRY(tx.commit());
    return created;
}

Result<CouponCampaign> CouponService::updateCampaign(const Actor &actor, qint64 id,
                                                     const CampaignDraft &draft,
                                                     std::optional<qint64> expectedVersion)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::PromotionManage));
    MD_TRY(validate(draft));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    CouponRepository repo(tx.connection());
    auto before = validation::found(repo.findCampaign(id), QStringLiteral("coupon campaign"), id);
    MD_TRY(before);
    if (expectedVersion && *expectedVersion != before->version)
        return validation::versionConflict(QStringLiteral("coupon campaign"), id, *expectedVersion,
                                           before->version);
    if (draft.totalLimit && *draft.totalLimit < before->usedCount)
        return makeError(ErrorCode::InvalidQuantity,
                         DomainText::tr("%1 coupons were already used; the limit cannot be lower.")
                             .arg(before->usedCount),
                         QStringLiteral("totalLimit"));
    if (!draft.code.isEmpty() && draft.code != before->code) {
        auto existing = repo.findCampaignByCode(draft.code);
        MD_TRY(existing);
        if (existing->has_value())
            return makeError(ErrorCode::AlreadyExists,
                             DomainText::tr("The code %1 is already used.").arg(draft.code),
                             QStringLiteral("code"));
    }
    auto after = validation::found(repo.updateCampaign(id, draft, std::nullopt, m_ctx.now()),
                                   QStringLiteral("coupon campaign"), id);
    MD_TRY(after);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("coupon_campaign.update"),
                            entity::CouponCampaign, id, before->toJson(), after->toJson(),
                            m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<CouponCampaign> CouponService::setStatus(const Actor &actor, qint64 id,
                                                CampaignStatus status)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::PromotionManage));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    CouponRepository repo(tx.connection());
    auto before = validation::found(repo.findCampaign(id), QStringLiteral("coupon campaign"), id);
    MD_TRY(before);
    if (before->status == CampaignStatus::Ended && status != CampaignStatus::Ended)
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("An ended campaign cannot be restarted."));
    auto after = validation::found(repo.setCampaignStatus(id, status, m_ctx.now()),
                                   QStringLiteral("coupon campaign"), id);
    MD_TRY(after);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("coupon_campaign.status"),
                            entity::CouponCampaign, id,
                            {{QStringLiteral("status"), campaignStatusName(before->status)}},
                            {{QStringLiteral("status"), campaignStatusName(status)}}, m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<QList<CouponCampaign>> CouponService::campaigns(const Actor &actor, int offset,
                                                       int limit) const
{
    MD_TRY(PermissionPolicy::require(actor, Permission::CatalogView));
    return CouponRepository(m_ctx.connection()).campaigns(qMax(0, offset), qBound(1, limit, 500));
}

Result<CouponCampaign> CouponService::campaign(qint64 id) const
{
    return validation::found(CouponRepository(m_ctx.connection()).findCampaign(id),
                             QStringLiteral("coupon campaign"), id);
}

Result<MemberCoupon> CouponService::claim(const Actor &member, const QString &code)
{
    if (!member.isMember())
        return makeError(ErrorCode::Forbidden, DomainText::tr("Only members claim coupons."));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    CouponRepository repo(tx.connection());
    auto campaign = repo.findCampaignByCode(code.trimmed());
    MD_TRY(campaign);
    if (!campaign->has_value() || code.trimmed().isEmpty())
        return makeError(ErrorCode::UnknownCoupon,
                         DomainText::tr("There is no coupon with this code."),
                         QStringLiteral("code"));
    const CouponCampaign &c = **campaign;
    if (!c.isRunning(m_ctx.now()))
        return makeError(ErrorCode::CouponExpired,
                         DomainText::tr("This coupon is not available now."),
                         QStringLiteral("code"));
    auto granted =
        repo.grant(c.id, member.id, QStringLiteral("claim"), c.perMemberLimit, m_ctx.now());
    MD_TRY(granted);
    if (!granted->has_value())
        return makeError(ErrorCode::CouponAlreadyClaimed,
                         DomainText::tr("You already hold as many of this coupon as allowed."),
                         QStringLiteral("code"));
    MD_TRY(tx.commit());
    MemberCoupon out = **granted;
    out.campaign = c;
    return out;
}

Result<IssueReport> CouponService::issue(const Actor &actor, qint64 campaignId,
                                         const QList<qint64> &memberIds)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::CouponIssue));
    if (memberIds.isEmpty() || memberIds.size() > 200000)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Choose between 1 and 200,000 members."));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    CouponRepository repo(tx.connection());
    auto campaign = validation::found(repo.findCampaign(campaignId),
                                      QStringLiteral("coupon campaign"), campaignId);
    MD_TRY(campaign);
    if (campaign->status == CampaignStatus::Ended || m_ctx.now() >= campaign->endsAt)
        return makeError(ErrorCode::CouponExpired, DomainText::tr("This campaign has ended."));
    MemberRepository members(tx.connection());
    NotificationRepository inbox(tx.connection());
    IssueReport report;
    QSet<qint64> seen;
    for (qint64 memberId : memberIds) {
        if (seen.contains(memberId))
            continue;
        seen.insert(memberId);
        auto m = members.find(memberId);
        MD_TRY(m);
        if (!m->has_value()) {
            report.unknownMembers.append(memberId);
            continue;
        }
        auto granted = repo.grant(campaignId, memberId, QStringLiteral("staff"),
                                  campaign->perMemberLimit, m_ctx.now());
        MD_TRY(granted);
        if (!granted->has_value()) {
            report.atLimit.append(memberId);
            continue;
        }
        MD_TRY(inbox.insert(memberId, QStringLiteral("coupon_issued"),
                            DomainText::tr("You received a coupon"), campaign->name,
                            QStringLiteral("member_coupon"), (*granted)->id, m_ctx.now()));
        ++report.issued;
    }
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("coupon.issue"),
                            entity::CouponCampaign, campaignId, {},
                            {{QStringLiteral("issued"), report.issued},
                             {QStringLiteral("atLimit"), report.atLimit.size()}},
                            m_ctx.now()));
    MD_TRY(tx.commit());
    return report;
}

Result<QList<MemberCoupon>> CouponService::memberCoupons(const Actor &actor, qint64 memberId,
                                                         bool availableOnly) const
{
    MD_TRY(MemberService::requireAccess(actor, memberId, Permission::MemberView));
    return CouponRepository(m_ctx.connection()).memberCoupons(memberId, availableOnly);
}

} // namespace md
