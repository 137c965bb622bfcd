#pragma once

#include "report.h"

namespace md {

// Members per bucket (docs/reports.md, "members"): registrations, and the members who bought —
// first-time or returning — split by the tier they bought at. Buyers are distinct members, so the
// totals are computed over the whole range, not summed over the buckets.
class MemberReport : public Report
{
public:
    QString name() const override { return QStringLiteral("members"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;
};

} // namespace md
