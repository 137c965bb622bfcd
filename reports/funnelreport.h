#pragma once

#include "report.h"

namespace md {

// The storefront's conversion funnel per bucket (docs/reports.md, "funnel"): product views
// (browsing_history) → cart additions (cart_events) → storefront orders placed → of those, paid;
// with the conversion rate of each step.
class FunnelReport : public Report
{
public:
    QString name() const override { return QStringLiteral("funnel"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;
};

// The same funnel per product over the whole range ("funnel_products"): every product with a
// view, a cart addition or an order in the range, most viewed first.
class ProductFunnelReport : public Report
{
public:
    QString name() const override { return QStringLiteral("funnel_products"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;
};

} // namespace md
