#pragma once

#include "report.h"

namespace md {

// Coupon campaigns and flash sales over the whole range (docs/reports.md, "promotions"): one row
// per campaign and per flash sale that ran during the range or had activity in it, with what was
// issued and used, the discount given and the revenue of the sales that used it. Not bucketed.
class PromotionReport : public Report
{
public:
    QString name() const override { return QStringLiteral("promotions"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;
};

} // namespace md
