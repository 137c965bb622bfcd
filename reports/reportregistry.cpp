#include "reportregistry.h"

#include "salesreport.h"

namespace md {

void ReportRegistry::add(std::unique_ptr<Report> report) { m_reports.push_back(std::move(report)); }

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
        return r;
    }();
    return registry;
}

} // namespace md
