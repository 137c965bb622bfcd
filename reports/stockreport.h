#pragma once

#include "report.h"

namespace md {

// Stock on hand now, valued at cost, with low stock and days of cover judged on the units sold in
// the request's range (docs/reports.md, "stock"). One row per SKU of a draft or active product,
// the SKUs that will run out soonest first. Not bucketed; there is no previous period.
class StockReport : public Report
{
public:
    QString name() const override { return QStringLiteral("stock"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;
};

} // namespace md
