#pragma once

#include "clock.h"
#include "coupon.h"
#include "demoshopgenerator.h"
#include "sku.h"
#include "storesettings.h"

#include <QHash>
#include <QList>

#include <memory>

namespace md {

class HistoryWriter;

struct DemoSku
{
    qint64 id = 0;
    qint64 productId = 0;
    qint64 categoryId = 0;
    QString title;
    QString code;
    QList<SkuOption> options;
    qint64 price = 0;
    qint64 cost = 0;
};

struct DemoMember
{
    qint64 id = 0;
    qint64 addressId = 0;
    QString name, phone, region, detail;
    qint64 createdAt = 0;
};

struct DemoCampaign
{
    qint64 id = 0;
    CouponTerms terms;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    int perMemberLimit = 1;
};

// What the generator made before the orders: the orders' raw material.
struct DemoWorld
{
    QList<DemoSku> skus;       // most popular first
    QList<DemoMember> members; // oldest first
    QList<DemoCampaign> campaigns;
    qint64 managerId = 0;
    qint64 clerkId = 0;
    QStringList carriers, reviews, refundReasons;
};

// The orders of the demo shop: the history in bulk, the recent days through the real services.
class DemoOrderHistory
{
public:
    DemoOrderHistory(const ServiceContext &context, ManualClock &clock,
                     const StoreSettings &settings, const DemoWorld &world, DemoRandom &random,
                     DemoReport &report);
    ~DemoOrderHistory();

    struct Plan
    {
        qint64 placedAt = 0;
        QString localDate;                   // placedAt's day in the store's time zone
        int member = 0;                      // index into world.members
        QList<std::pair<int, qint64>> lines; // sku index, quantity
    };
    // When, who and what: `orders` orders spread over [fromMs, toMs) by the day weights.
    QList<Plan> plan(qint64 orders, qint64 fromMs, qint64 toMs);
    // Orders finished long ago: written directly, with member totals kept.
    Status writeHistory(const QList<Plan> &plans, const DemoShopGenerator::Progress &progress);
    // Posts the members' net paid, tier and points that the history implies.
    Status settleMembers();
    // Recent orders driven through checkout, payment, shipping and refunds, up to endMs.
    Status runRecent(const QList<Plan> &plans, qint64 endMs,
                     const DemoShopGenerator::Progress &progress);

private:
    struct Totals
    {
        qint64 netPaid = 0;
        qint64 points = 0;
    };

    Status writeOne(const Plan &plan, qint64 serial);
    Status runOne(const Plan &plan, qint64 endMs);
    Status emptyCart(const Plan &plan);

    const ServiceContext &m_ctx;
    ManualClock &m_clock;
    const StoreSettings &m_settings;
    const DemoWorld &m_world;
    DemoRandom &m_random;
    DemoReport &m_report;
    QHash<qint64, Totals> m_totals;
    std::unique_ptr<HistoryWriter> m_writer;
};

} // namespace md
