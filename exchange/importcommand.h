#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

#include <atomic>

class QCommandLineParser;

namespace md {

class ServiceContext;

// `merchantdesk --data-dir DIR --import KIND FILE [--currency CODE] [--timezone ZONE]
// [--skip-bad-rows]` and `--import list`: imports FILE into the store in DIR (created when
// missing) without a window and writes a summary to `out`: rows read, what was created, every
// rejected row with its line number and reason, the time taken. A file with a rejected row is
// refused whole unless --skip-bad-rows. Exit code 0 when imported, 1 when refused or failed, 2 for
// a bad command line; errors go to `err`. Ctrl-C cancels and rolls back.
class ImportCommand
{
public:
    // What a kind's runner gets: the open store and the common options (the parser for any
    // option of its own, added in options() below).
    struct Request
    {
        const ServiceContext &context;
        const QCommandLineParser &parser;
        QString file;
        QString currency; // the store's when not given
        QString timeZone; // likewise
        bool skipBadRows = false;
        const std::atomic_bool *cancel = nullptr; // set by Ctrl-C: roll back and stop
    };
    using Runner = int (*)(const Request &request, QTextStream &out, QTextStream &err);
    struct Kind
    {
        QString name;
        QString description;
        Runner run;
    };

    // The kinds `--import` knows, one line each.
    static const QList<Kind> &kinds();

    static bool wants(const QStringList &arguments)
    {
        return arguments.contains(QStringLiteral("--import"));
    }
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace md
