#pragma once

#include <QStringList>
#include <QTextStream>

namespace md {

// `merchantdesk --data-dir DIR --report NAME --from YYYY-MM-DD --to YYYY-MM-DD
// [--by day|week|month] [--compare] [--format csv|pdf] [--output FILE]` and `--report list`:
// computes a report from the store in DIR (shop.db, as the storefront host names it) and writes it
// to stdout or FILE without a window (a PDF only to FILE). Returns the process exit code; errors go
// to `err`.
class ReportCommand
{
public:
    static bool wants(const QStringList &arguments)
    {
        return arguments.contains(QStringLiteral("--report"));
    }
    // Whether the raw command line asks for PDF: fonts and painting need a QGuiApplication, which
    // main() must create before any parsing, hence argv rather than QCoreApplication::arguments().
    static bool needsGui(int argc, char *argv[])
    {
        for (int i = 1; i < argc; ++i) {
            const QByteArray a(argv[i]);
            if ((a == "--format" && i + 1 < argc && qstrcmp(argv[i + 1], "pdf") == 0) ||
                a == "--format=pdf")
                return true;
        }
        return false;
    }
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace md
