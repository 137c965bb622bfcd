#pragma once

#include "report.h"

namespace md {

// The products report's figures per category over the whole range (docs/reports.md,
// "categories"): one row per category, for the lines of the products it holds directly (a parent
// category does not include its children's), best revenue first. Not bucketed.
class CategoryReport : public Report
{
public:
    QString name() const override { return QStringLiteral("categories"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;
};

} // namespace md
