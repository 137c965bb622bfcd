#pragma once

#include <QStringList>
#include <QTextStream>

namespace md {

// `merchantdesk --data-dir DIR --export products [--format native|shopify] [--output FILE]` and
// `--export members [--output FILE]`: writes the store's catalogue or members as the CSV the
// matching `--import` kind reads back, to stdout or FILE, without a window. Refuses a missing
// store instead of creating one. Exit code 0 when written, 1 when the store or the file failed,
// 2 for a bad command line; errors and notes (products Shopify cannot express) go to `err`.
class ExportCommand
{
public:
    static bool wants(const QStringList &arguments)
    {
        return arguments.contains(QStringLiteral("--export"));
    }
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace md
