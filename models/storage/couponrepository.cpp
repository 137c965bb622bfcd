#include "couponrepository.h"

#include "changelog.h"
#include "sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace md {

namespace {

const QString kCampaignColumns =
    QStringLiteral("id, name, code, kind, amount, percent_bp, max_discount, min_spend, starts_at, "
                   "ends_at, scope, scope_ids, "
                   "total_limit, per_member_limit, issued_count, used_count, status, version");
const QString kCouponColumns = QStringLiteral(
    "id, campaign_id, member_id, status, source, order_id, claimed_at, used_at, version");

CouponCampaign campaignFromRow(const SqlQuery &q, int o = 0)
{
    CouponCampaign c;
    c.id = q.int64(o + 0);
    c.name = q.text(o + 1);
    c.code = q.text(o + 2);
    c.terms.kind = couponKindFromName(q.text(o + 3)).value_or(CouponKind::Fixed);
    c.terms.amount = q.int64(o + 4);
    c.terms.percentBp = q.integer(o + 5);
    if (!q.isNull(o + 6))
        c.terms.maxDiscount = q.int64(o + 6);
    c.terms.minSpend = q.int64(o + 7);
    c.startsAt = q.int64(o + 8);
    c.endsAt = q.int64(o + 9);
    c.terms.scope = couponScopeFromName(q.text(o + 10)).value_or(CouponScope::All);
    for (const auto &v : QJsonDocument::fromJson(q.text(o + 11).toUtf8()).array())
        c.terms.scopeIds.append(v.toInteger());
    if (!q.isNull(o + 12))
        c.totalLimit = q.int64(o + 12);
    c.perMemberLimit = q.integer(o + 13);
    c.issuedCount = q.int64(o + 14);
    c.usedCount = q.int64(o + 15);
    c.status = campaignStatusFromName(q.text(o + 16)).value_or(CampaignStatus::Active);
    c.version = q.int64(o + 17);
    return c;
}

MemberCoupon couponFromRow(const SqlQuery &q)
{
    MemberCoupon m;
    m.id = q.int64(0);
    m.campaignId = q.int64(1);
    m.memberId = q.int64(2);
    m.used = q.text(3) == QLatin1String("used");
    m.source = q.text(4);
    m.orderId = q.int64(5);
    m.claimedAt = q.int64(6);
    m.usedAt = q.int64(7);
    m.version = q.int64(8);
    return m;
}

QVariantList draftValues(const CampaignDraft &d)
{
    QJsonArray ids;
    for (qint64 id : d.terms.scopeIds)
        ids.append(id);
    return {d.name,
            d.code.isEmpty() ? QVariant() : QVariant(d.code),
            couponKindName(d.terms.kind),
            d.terms.amount,
            d.terms.percentBp,
            d.terms.maxDiscount ? QVariant(*d.terms.maxDiscount) : QVariant(),
            d.terms.minSpend,
            d.startsAt,
            d.endsAt,
            couponScopeName(d.terms.scope),
            QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)),
            d.totalLimit ? QVariant(*d.totalLimit) : QVariant(),
            d.perMemberLimit};
}

Result<std::optional<CouponCampaign>> campaignReturning(SqlQuery &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<CouponCampaign>();
    return std::optional<CouponCampaign>(campaignFromRow(q));
}

} // namespace

Status CouponRepository::logCampaign(qint64 id, qint64 nowMs)
{
    SqlQuery q(m_db, QStringLiteral("SELECT version FROM coupon_campaigns WHERE id = ?"), {id});
    auto v = q.scalar(1);
    if (!v)
        return v.error();
    return ChangeLog::record(m_db, entity::CouponCampaign, id, *v, ChangeOp::Upsert, nowMs);
}

Result<std::optional<CouponCampaign>> CouponRepository::findCampaign(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kCampaignColumns +
                   QStringLiteral(" FROM coupon_campaigns WHERE id = ?"),
               {id});
    return campaignReturning(q);
}

Result<std::optional<CouponCampaign>>
CouponRepository::findCampaignByCode(const QString &code) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kCampaignColumns +
                   QStringLiteral(" FROM coupon_campaigns WHERE code = ?"),
               {code});
    return campaignReturning(q);
}

Result<QList<CouponCampaign>> CouponRepository::campaigns(int offset, int limit) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kCampaignColumns +
                   QStringLiteral(" FROM coupon_campaigns ORDER BY id DESC LIMIT ? OFFSET ?"),
               {limit, offset});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CouponCampaign> out;
    while (q.next())
        out.append(campaignFromRow(q));
    return out;
}

Result<CouponCampaign> CouponRepository::insertCampaign(const CampaignDraft &d, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO coupon_campaigns (name, code, kind, amount, percent_bp, max_discount, "
            "min_spend, starts_at, ends_at, scope, scope_ids, total_limit, per_member_limit, "
            "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, "
            "?) "
            "RETURNING ") +
            kCampaignColumns);
    for (const auto &v : draftValues(d))
        q.bind(v);
    q.bind(nowMs).bind(nowMs);
    auto row = campaignReturning(q);
    if (!row)
        return row.error();
    if (!row->has_value())
        return storageError(q.raw());
    if (Status s =
            ChangeLog::record(m_db, entity::CouponCampaign, (*row)->id, 1, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return **row;
}

Result<std::optional<CouponCampaign>>
CouponRepository::updateCampaign(qint64 id, const CampaignDraft &d,
                                 std::optional<qint64> expectedVersion, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE coupon_campaigns SET name = ?, code = ?, kind = ?, amount = ?, percent_bp = ?, "
            "max_discount = ?, min_spend = ?, starts_at = ?, ends_at = ?, scope = ?, scope_ids = "
            "?, "
            "total_limit = ?, per_member_limit = ?, version = version + 1, updated_at = ? "
            "WHERE id = ? AND (? IS NULL OR version = ?) RETURNING ") +
            kCampaignColumns);
    for (const auto &v : draftValues(d))
        q.bind(v);
    const QVariant expected = expectedVersion ? QVariant(*expectedVersion) : QVariant();
    q.bind(nowMs).bind(id).bind(expected).bind(expected);
    auto row = campaignReturning(q);
    if (row && row->has_value()) {
        if (Status s = ChangeLog::record(m_db, entity::CouponCampaign, id, (*row)->version,
                                         ChangeOp::Upsert, nowMs);
            !s)
            return s.error();
    }
    return row;
}

Result<std::optional<CouponCampaign>>
CouponRepository::setCampaignStatus(qint64 id, CampaignStatus status, qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "UPDATE coupon_campaigns SET status = ?, version = version + 1, updated_at = ? "
                   "WHERE id = ? RETURNING ") +
                   kCampaignColumns,
               {campaignStatusName(status), nowMs, id});
    auto row = campaignReturning(q);
    if (row && row->has_value()) {
        if (Status s = ChangeLog::record(m_db, entity::CouponCampaign, id, (*row)->version,
                                         ChangeOp::Upsert, nowMs);
            !s)
            return s.error();
    }
    return row;
}

Result<std::optional<MemberCoupon>> CouponRepository::grant(qint64 campaignId, qint64 memberId,
                                                            const QString &source,
                                                            int perMemberLimit, qint64 nowMs)
{
    // INSERT ... SELECT with the limit in the WHERE: the count and the insert are one statement.
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO member_coupons (campaign_id, member_id, status, source, "
                              "claimed_at, version, "
                              "updated_at) SELECT ?, ?, 'available', ?, ?, 1, ? WHERE (SELECT "
                              "COUNT(*) FROM member_coupons "
                              "WHERE campaign_id = ? AND member_id = ?) < ? RETURNING ") +
                   kCouponColumns,
               {campaignId, memberId, source, nowMs, nowMs, campaignId, memberId, perMemberLimit});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<MemberCoupon>();
    const MemberCoupon c = couponFromRow(q);
    SqlQuery counter(m_db,
                     QStringLiteral("UPDATE coupon_campaigns SET issued_count = issued_count + 1, "
                                    "version = version + 1, updated_at = ? WHERE id = ?"),
                     {nowMs, campaignId});
    if (Status s = counter.exec(); !s)
        return s.error();
    if (Status s = logCampaign(campaignId, nowMs); !s)
        return s.error();
    if (Status s =
            ChangeLog::record(m_db, entity::MemberCoupon, c.id, c.version, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return std::optional<MemberCoupon>(c);
}

Result<std::optional<MemberCoupon>> CouponRepository::findMemberCoupon(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kCouponColumns +
                   QStringLiteral(" FROM member_coupons WHERE id = ?"),
               {id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<MemberCoupon>();
    MemberCoupon c = couponFromRow(q);
    auto campaign = findCampaign(c.campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->has_value())
        c.campaign = **campaign;
    return std::optional<MemberCoupon>(c);
}

Result<QList<MemberCoupon>> CouponRepository::memberCoupons(qint64 memberId,
                                                            bool availableOnly) const
{
    QString sql =
        QStringLiteral(
            "SELECT mc.id, mc.campaign_id, mc.member_id, mc.status, mc.source, mc.order_id, "
            "mc.claimed_at, mc.used_at, mc.version, c.") +
        kCampaignColumns.split(QStringLiteral(", ")).join(QStringLiteral(", c.")) +
        QStringLiteral(" FROM member_coupons mc JOIN coupon_campaigns c ON c.id = mc.campaign_id "
                       "WHERE mc.member_id = ?");
    if (availableOnly)
        sql += QStringLiteral(" AND mc.status = 'available'");
    SqlQuery q(m_db, sql + QStringLiteral(" ORDER BY mc.id DESC"), {memberId});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MemberCoupon> out;
    while (q.next()) {
        MemberCoupon c = couponFromRow(q);
        c.campaign = campaignFromRow(q, 9);
        out.append(c);
    }
    return out;
}

Result<bool> CouponRepository::use(qint64 memberCouponId, qint64 campaignId, qint64 orderId,
                                   qint64 nowMs)
{
    SqlQuery coupon(
        m_db,
        QStringLiteral(
            "UPDATE member_coupons SET status = 'used', order_id = ?, used_at = ?, "
            "version = version + 1, updated_at = ? WHERE id = ? AND status = 'available' "
            "RETURNING version"),
        {orderId, nowMs, nowMs, memberCouponId});
    auto v = coupon.scalar(-1);
    if (!v)
        return v.error();
    if (*v < 0)
        return false;
    SqlQuery counter(
        m_db,
        QStringLiteral(
            "UPDATE coupon_campaigns SET used_count = used_count + 1, version = version + 1, "
            "updated_at = ? WHERE id = ? AND (total_limit IS NULL OR used_count < total_limit)"),
        {nowMs, campaignId});
    if (Status s = counter.exec(); !s)
        return s.error();
    if (counter.rowsAffected() != 1)
        return false; // the caller rolls back, which also restores the member coupon
    if (Status s = ChangeLog::record(m_db, entity::MemberCoupon, memberCouponId, *v,
                                     ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    if (Status s = logCampaign(campaignId, nowMs); !s)
        return s.error();
    return true;
}

Status CouponRepository::release(qint64 memberCouponId, qint64 campaignId, qint64 nowMs)
{
    SqlQuery coupon(
        m_db,
        QStringLiteral(
            "UPDATE member_coupons SET status = 'available', order_id = NULL, used_at = NULL, "
            "version = version + 1, updated_at = ? WHERE id = ? AND status = 'used' "
            "RETURNING version"),
        {nowMs, memberCouponId});
    auto v = coupon.scalar(-1);
    if (!v)
        return v.error();
    if (*v < 0)
        return {};
    SqlQuery counter(
        m_db,
        QStringLiteral(
            "UPDATE coupon_campaigns SET used_count = used_count - 1, version = version + 1, "
            "updated_at = ? WHERE id = ? AND used_count > 0"),
        {nowMs, campaignId});
    if (Status s = counter.exec(); !s)
        return s;
    if (Status s = ChangeLog::record(m_db, entity::MemberCoupon, memberCouponId, *v,
                                     ChangeOp::Upsert, nowMs);
        !s)
        return s;
    return logCampaign(campaignId, nowMs);
}

} // namespace md
