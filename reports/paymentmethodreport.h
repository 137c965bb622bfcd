#pragma once

#include "report.h"

namespace md {

// Sales by payment method per bucket (docs/reports.md, "payments"): the same orders as the Sales
// report (paid, dated by paid_at), with what each was paid by the provider method and from store
// balance. The amounts of all methods add up to the Sales report's order totals.
class PaymentMethodReport : public Report
{
public:
    QString name() const override { return QStringLiteral("payments"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;
};

} // namespace md
