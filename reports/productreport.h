#pragma once

#include "report.h"

namespace md {

// Products ranked by revenue over the whole range (docs/reports.md, "products"): the top
// request.topN and the bottom topN (the last ranks, products that sold nothing included when
// active); the totals cover every product, listed or not. Not bucketed.
class ProductReport : public Report
{
public:
    QString name() const override { return QStringLiteral("products"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;
};

} // namespace md
