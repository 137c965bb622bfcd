#include "promotioncommandtypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace md {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

// Only the terms of the campaign's kind and scope are written: an amount for a fixed discount,
// a percentage (and its cap) for a percent one, ids for a scope narrower than everything.
QJsonObject campaignJson(const CampaignDraft &d)
{
    QJsonObject o{{QStringLiteral("name"), d.name},
                  {QStringLiteral("kind"), couponKindName(d.terms.kind)},
                  {QStringLiteral("minSpend"), d.terms.minSpend},
                  {QStringLiteral("scope"), couponScopeName(d.terms.scope)},
                  {QStringLiteral("startsAt"), isoTime(d.startsAt)},
                  {QStringLiteral("endsAt"), isoTime(d.endsAt)},
                  {QStringLiteral("perMemberLimit"), d.perMemberLimit}};
    if (!d.code.isEmpty())
        o.insert(QStringLiteral("code"), d.code);
    if (d.terms.kind == CouponKind::Fixed) {
        o.insert(QStringLiteral("amount"), d.terms.amount);
    } else {
        o.insert(QStringLiteral("percentBp"), d.terms.percentBp);
        if (d.terms.maxDiscount)
            o.insert(QStringLiteral("maxDiscount"), *d.terms.maxDiscount);
    }
    if (d.terms.scope != CouponScope::All) {
        QJsonArray ids;
        for (qint64 id : d.terms.scopeIds)
            ids.append(id);
        o.insert(QStringLiteral("scopeIds"), ids);
    }
    if (d.totalLimit)
        o.insert(QStringLiteral("totalLimit"), *d.totalLimit);
    return o;
}

// nullopt when the kind or the scope is not a name (after every field was read).
std::optional<CampaignDraft> readCampaign(JsonFields &f, qint64 lowestId)
{
    CampaignDraft d;
    d.name = f.string(QStringLiteral("name"), 100, true).value_or(QString());
    d.code = f.string(QStringLiteral("code"), 40).value_or(QString());
    const auto kind =
        couponKindFromName(f.string(QStringLiteral("kind"), 20, true).value_or(QString()));
    d.terms.amount = f.integer(QStringLiteral("amount"), 0, validation::kMaxAmount).value_or(0);
    d.terms.percentBp = int(f.integer(QStringLiteral("percentBp"), 0, 10000).value_or(0));
    if (const auto cap = f.integer(QStringLiteral("maxDiscount"), 0, validation::kMaxAmount))
        d.terms.maxDiscount = *cap;
    d.terms.minSpend = f.integer(QStringLiteral("minSpend"), 0, validation::kMaxAmount).value_or(0);
    const auto scope =
        couponScopeFromName(f.string(QStringLiteral("scope"), 20).value_or(QStringLiteral("all")));
    d.terms.scopeIds = f.integers(QStringLiteral("scopeIds"), 1000, lowestId, validation::kMaxId)
                           .value_or(QList<qint64>());
    d.startsAt = f.time(QStringLiteral("startsAt"), true).value_or(0);
    d.endsAt = f.time(QStringLiteral("endsAt"), true).value_or(0);
    if (const auto total = f.integer(QStringLiteral("totalLimit"), 1, 100000000))
        d.totalLimit = *total;
    d.perMemberLimit = int(f.integer(QStringLiteral("perMemberLimit"), 1, 1000).value_or(1));
    if (!kind || !scope)
        return std::nullopt;
    d.terms.kind = *kind;
    d.terms.scope = *scope;
    return d;
}

// A wrong scope is reported as the kind, as it always was.
Error invalidCampaignKind()
{
    return invalidChoice(QStringLiteral("kind"), QStringLiteral("fixed, percent"));
}

QJsonObject flashSaleJson(const FlashSaleDraft &d)
{
    QJsonArray items;
    for (const FlashSaleItemDraft &i : d.items)
        items.append(QJsonObject{{QStringLiteral("skuId"), i.skuId},
                                 {QStringLiteral("salePrice"), i.salePrice},
                                 {QStringLiteral("allotment"), i.allotment}});
    return QJsonObject{{QStringLiteral("name"), d.name},
                       {QStringLiteral("startsAt"), isoTime(d.startsAt)},
                       {QStringLiteral("endsAt"), isoTime(d.endsAt)},
                       {QStringLiteral("perMemberLimit"), d.perMemberLimit},
                       {QStringLiteral("allowCoupons"), d.allowCoupons},
                       {QStringLiteral("items"), items}};
}

FlashSaleDraft readFlashSale(JsonFields &f, qint64 lowestId)
{
    FlashSaleDraft d;
    d.name = f.string(QStringLiteral("name"), 100, true).value_or(QString());
    d.startsAt = f.time(QStringLiteral("startsAt"), true).value_or(0);
    d.endsAt = f.time(QStringLiteral("endsAt"), true).value_or(0);
    d.perMemberLimit = int(f.integer(QStringLiteral("perMemberLimit"), 1, 1000).value_or(1));
    d.allowCoupons = f.boolean(QStringLiteral("allowCoupons")).value_or(false);
    if (const auto items = f.objects(QStringLiteral("items"), 200, true)) {
        for (const QJsonObject &o : *items) {
            JsonFields item(o);
            FlashSaleItemDraft i;
            i.skuId = item.integer(QStringLiteral("skuId"), lowestId, validation::kMaxId, true)
                          .value_or(0);
            i.salePrice = item.integer(QStringLiteral("salePrice"), 0, validation::kMaxAmount, true)
                              .value_or(0);
            i.allotment = item.integer(QStringLiteral("allotment"), 1, 1000000, true).value_or(0);
            item.rejectUnknown();
            if (!item.ok()) {
                Error e = item.error();
                e.field = QStringLiteral("items.") + e.field;
                f.setError(e);
                break;
            }
            d.items.append(i);
        }
    }
    return d;
}

} // namespace

CommandBody CouponCampaignCreate::toJson() const
{
    return {0, std::nullopt, campaignJson(draft)};
}

Result<CouponCampaignCreate> CouponCampaignCreate::fromJson(CommandReader &r)
{
    const auto d = readCampaign(r.fields(), r.lowestId());
    MD_TRY(r.finish());
    if (!d)
        return invalidCampaignKind();
    return CouponCampaignCreate{*d};
}

CommandBody CouponCampaignUpdate::toJson() const
{
    return {campaignId, baseVersion, campaignJson(draft)};
}

Result<CouponCampaignUpdate> CouponCampaignUpdate::fromJson(CommandReader &r)
{
    const auto d = readCampaign(r.fields(), r.lowestId());
    MD_TRY(r.finish());
    if (!d)
        return invalidCampaignKind();
    return CouponCampaignUpdate{r.entityId(), r.baseVersion(), *d};
}

CommandBody CouponCampaignPause::toJson() const
{
    return {campaignId, std::nullopt, {}};
}

Result<CouponCampaignPause> CouponCampaignPause::fromJson(CommandReader &r)
{
    MD_TRY(r.finish());
    return CouponCampaignPause{r.entityId()};
}

CommandBody CouponCampaignResume::toJson() const
{
    return {campaignId, std::nullopt, {}};
}

Result<CouponCampaignResume> CouponCampaignResume::fromJson(CommandReader &r)
{
    MD_TRY(r.finish());
    return CouponCampaignResume{r.entityId()};
}

CommandBody CouponCampaignIssue::toJson() const
{
    QJsonArray members;
    for (qint64 id : memberIds)
        members.append(id);
    return {campaignId, std::nullopt, {{QStringLiteral("memberIds"), members}}};
}

Result<CouponCampaignIssue> CouponCampaignIssue::fromJson(CommandReader &r)
{
    // Members are the server's: a replica never makes one.
    const auto members =
        r.fields().integers(QStringLiteral("memberIds"), 200000, 1, validation::kMaxId, true);
    MD_TRY(r.finish());
    return CouponCampaignIssue{r.entityId(), *members};
}

CommandBody FlashSaleCreate::toJson() const
{
    return {0, std::nullopt, flashSaleJson(draft)};
}

Result<FlashSaleCreate> FlashSaleCreate::fromJson(CommandReader &r)
{
    const FlashSaleDraft d = readFlashSale(r.fields(), r.lowestId());
    MD_TRY(r.finish());
    return FlashSaleCreate{d};
}

CommandBody FlashSaleUpdate::toJson() const
{
    return {flashSaleId, baseVersion, flashSaleJson(draft)};
}

Result<FlashSaleUpdate> FlashSaleUpdate::fromJson(CommandReader &r)
{
    const FlashSaleDraft d = readFlashSale(r.fields(), r.lowestId());
    MD_TRY(r.finish());
    return FlashSaleUpdate{r.entityId(), r.baseVersion(), d};
}

CommandBody FlashSaleEnd::toJson() const
{
    return {flashSaleId, std::nullopt, {}};
}

Result<FlashSaleEnd> FlashSaleEnd::fromJson(CommandReader &r)
{
    MD_TRY(r.finish());
    return FlashSaleEnd{r.entityId()};
}

} // namespace md
