#pragma once

#include "result.h"
#include "salesreport.h"

#include <QDate>
#include <QList>
#include <QString>

namespace md {

class ServiceContext;

// What a manager sees first: today's trade, the work waiting for staff, and the recent trend.
// Sales figures are the Sales report's (SalesReport::buckets, the same definitions as
// docs/reports.md: an order counts on the store-local day it was paid); "today" is the store's day
// at `nowMs`, in the store's time zone. Computed in a few indexed queries, so the dashboard can
// refresh it every minute on a worker thread.
struct DashboardSummary
{
    struct LowStockItem
    {
        qint64 skuId = 0;
        QString skuCode;
        QString title; // the product's
        qint64 stockOnHand = 0;
        qint64 threshold = 0;
    };

    QDate today;
    QString currency;
    qint64 ordersPlacedToday = 0;     // placed today, paid or not, cancelled ones included
    SalesReport::Bucket salesToday;   // paid today
    qint64 awaitingShipment = 0;      // paid and not yet shipped
    qint64 refundRequests = 0;        // requested, not yet approved or rejected
    qint64 lowStockCount = 0;         // SKUs of active products at or below their threshold
    QList<LowStockItem> lowStock;     // the lowest first, at most lowStockLimit
    QList<SalesReport::Bucket> trend; // one per day, the last trendDays days ending today

    static Result<DashboardSummary> compute(const ServiceContext &context, qint64 nowMs,
                                            int trendDays = 30, int lowStockLimit = 10);
};

} // namespace md
