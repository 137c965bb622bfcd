#pragma once

#include "actor.h"
#include "coupon.h"
#include "flashsale.h"

#include <QList>
#include <QObject>

namespace md {

class ServiceContext;

// A coupon campaign with how it did: issued and used come from the campaign's own counters, the
// orders, discount given and revenue from the "promotions" report (PromotionReport) over the
// whole history, so the desk shows the same figures as the report.
struct CampaignRow
{
    CouponCampaign campaign;
    qint64 orders = 0;
    qint64 discount = 0; // minor units
    qint64 revenue = 0;  // minor units
};

// A flash sale with its sell-through: units sold against the allotment (summed over its items)
// and the report's orders, discount and revenue.
struct FlashSaleRow
{
    FlashSale sale;
    qint64 allotment = 0;
    qint64 sold = 0;
    qint64 orders = 0;
    qint64 discount = 0;
    qint64 revenue = 0;
};

// Reads the campaigns and flash sales with their figures on a worker thread (with that thread's
// own connection). Promotions are few (hundreds at most), so they are read whole, not in pages.
class PromotionLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 5000;

    PromotionLoader(const ServiceContext &context, const Actor &staff)
        : m_ctx(context)
        , m_staff(staff)
    {}

public slots:
    void load(quint64 generation);

signals:
    // nowMs: the store's clock when read, which decides what is upcoming, running or over.
    void loaded(quint64 generation, const QList<md::CampaignRow> &campaigns,
                const QList<md::FlashSaleRow> &flashSales, qint64 nowMs);
    void failed(quint64 generation, const QString &message);

private:
    const ServiceContext &m_ctx;
    const Actor m_staff;
};

} // namespace md
