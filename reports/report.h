#pragma once

#include "reportrequest.h"
#include "reportresult.h"
#include "result.h"

namespace md {

class ServiceContext;

// A report: computes a ReportResult from the store for a request. Implementations aggregate in
// SQL over UTC ranges computed from the request's buckets; they never load every row into C++.
// Stateless: one instance serves every thread (each uses its own connection).
class Report
{
public:
    virtual ~Report() = default;
    virtual QString name() const = 0;  // "sales": what --report takes
    virtual QString title() const = 0; // translated
    virtual Result<ReportResult> compute(const ServiceContext &context,
                                         const ReportRequest &request) const = 0;
};

} // namespace md
