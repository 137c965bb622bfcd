#pragma once

#include <QStringList>
#include <QTextStream>

namespace md {

// `merchantdesk --data-dir DIR --report NAME --from YYYY-MM-DD --to YYYY-MM-DD
// [--by day|week|month] [--compare] [--format csv] [--output FILE]` and `--report list`: computes
// a report from the store in DIR (shop.db, as the storefront host names it) and writes it to
// stdout or FILE without a window. Returns the process exit code; errors go to `err`.
class ReportCommand
{
public:
    static bool wants(const QStringList &arguments) { return arguments.contains(QStringLiteral("--report")); }
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace md
