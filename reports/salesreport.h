#pragma once

#include "report.h"

namespace md {

// Sales per bucket (definitions in docs/reports.md): an order is a sale when it has been paid
// (paid_at set), dated by paid_at in the store's zone; refunds are dated when paid out.
class SalesReport : public Report
{
public:
    // Typed figures of one bucket (or the totals), for callers that want numbers, not cells.
    struct Bucket
    {
        QDate firstDay;
        QDate lastDay;
        qint64 grossSales = 0; // sum of line subtotals at unit price
        qint64 tierDiscount = 0;
        qint64 couponDiscount = 0;
        qint64 pointsDiscount = 0;
        qint64 shipping = 0;
        qint64 refunds = 0;  // refunds paid out in the bucket
        qint64 netSales = 0; // gross - discounts - refunds
        qint64 orders = 0;
        qint64 units = 0;
        qint64 averageOrderValue = 0; // (gross - discounts + shipping) / orders, half-up
    };

    QString name() const override { return QStringLiteral("sales"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;

    // The typed form; the last element is the totals (firstDay = from, lastDay = to).
    static Result<QList<Bucket>> buckets(const ServiceContext &context,
                                         const ReportRequest &request);
};

} // namespace md
