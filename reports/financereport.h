#pragma once

#include "report.h"

namespace md {

// The accountant's summary per bucket (docs/reports.md, "finance"; ask for --by day for the daily
// one): provider payments received by method, refunds paid out in cash and to store balance,
// balance top-ups and balance spent, and what the shop owes at the end of each bucket — store
// balance and points, with the points' money value at the store's redemption rate.
class FinanceReport : public Report
{
public:
    QString name() const override { return QStringLiteral("finance"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;
};

} // namespace md
