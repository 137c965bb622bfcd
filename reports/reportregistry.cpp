#include "reportregistry.h"

#include "basketreport.h"
#include "categoryreport.h"
#include "financereport.h"
#include "funnelreport.h"
#include "memberreport.h"
#include "paymentmethodreport.h"
#include "productreport.h"
#include "promotionreport.h"
#include "rfmreport.h"
#include "salesreport.h"
#include "stockreport.h"

namespace md {

void ReportRegistry::add(std::unique_ptr<Report> report)
{
    m_reports.push_back(std::move(report));
}

const Report *ReportRegistry::find(const QString &name) const
{
    for (const auto &r : m_reports)
        if (r->name() == name)
            return r.get();
    return nullptr;
}

QStringList ReportRegistry::names() const
{
    QStringList out;
    for (const auto &r : m_reports)
        out << r->name();
    return out;
}

const ReportRegistry &ReportRegistry::standard()
{
    static const ReportRegistry registry = [] {
        ReportRegistry r;
        // One line per report.
        r.add(std::make_unique<SalesReport>());
        r.add(std::make_unique<PaymentMethodReport>());
        r.add(std::make_unique<ProductReport>());
        r.add(std::make_unique<CategoryReport>());
        r.add(std::make_unique<StockReport>());
        r.add(std::make_unique<MemberReport>());
        r.add(std::make_unique<RfmReport>());
        r.add(std::make_unique<BasketReport>());
        r.add(std::make_unique<FunnelReport>());
        r.add(std::make_unique<ProductFunnelReport>());
        r.add(std::make_unique<PromotionReport>());
        r.add(std::make_unique<FinanceReport>());
        return r;
    }();
    return registry;
}

} // namespace md
