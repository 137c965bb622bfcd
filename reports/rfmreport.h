#pragma once

#include "report.h"

namespace md {

// RfmAnalysis over the request's range as a report (docs/reports.md, "rfm"): one row per
// segment, in the order of RfmSegment, with the members scored into it, their share, their paid
// orders and the money they kept with the shop. Not bucketed.
class RfmReport : public Report
{
public:
    QString name() const override { return QStringLiteral("rfm"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;
};

} // namespace md
