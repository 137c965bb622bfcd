#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace md {

struct FlashSaleItem
{
    qint64 id = 0;
    qint64 flashSaleId = 0;
    qint64 skuId = 0;
    qint64 salePrice = 0;
    qint64 allotment = 0;
    qint64 sold = 0;

    qint64 remaining() const { return allotment - sold; }
};

// A 秒杀 campaign: special prices on chosen SKUs between startsAt and endsAt, for an allotted
// number of units, at most perMemberLimit units of each item per member.
struct FlashSale
{
    qint64 id = 0;
    QString name;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    int perMemberLimit = 1;
    bool allowCoupons = false;
    bool ended = false; // ended early by staff
    qint64 version = 0;
    QList<FlashSaleItem> items;

    bool isRunning(qint64 nowMs) const { return !ended && nowMs >= startsAt && nowMs < endsAt; }
    QJsonObject toJson(qint64 nowMs) const;
};

struct FlashSaleItemDraft
{
    qint64 skuId = 0;
    qint64 salePrice = 0;
    qint64 allotment = 0;

    friend bool operator==(const FlashSaleItemDraft &, const FlashSaleItemDraft &) = default;
};

struct FlashSaleDraft
{
    QString name;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    int perMemberLimit = 1;
    bool allowCoupons = false;
    QList<FlashSaleItemDraft> items;

    friend bool operator==(const FlashSaleDraft &, const FlashSaleDraft &) = default;
};

// What pricing needs about a SKU's running flash sale, for one member.
struct FlashOffer
{
    FlashSaleItem item;
    int perMemberLimit = 1;
    bool allowCoupons = false;
    qint64 boughtByMember = 0;

    qint64 availableTo() const
    {
        return qMax<qint64>(0, qMin(item.remaining(), perMemberLimit - boughtByMember));
    }
};

} // namespace md
