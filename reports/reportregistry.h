#pragma once

#include "report.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace md {

// Every report by name, for the command line and the desktop. The built-in list is in
// reportregistry.cpp (ReportRegistry::standard): adding a report is one line there. Explicit
// rather than self-registering statics, which a static library's linker may drop.
class ReportRegistry
{
public:
    void add(std::unique_ptr<Report> report);
    const Report *find(const QString &name) const; // nullptr when unknown
    QStringList names() const;                     // in registration order
    const std::vector<std::unique_ptr<Report>> &reports() const { return m_reports; }

    static const ReportRegistry &standard();

private:
    std::vector<std::unique_ptr<Report>> m_reports;
};

} // namespace md
