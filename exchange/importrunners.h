#pragma once

#include "importcommand.h"

#include <QTextStream>

namespace md {

// The `--import products` and `--import members` kinds of ImportCommand: open FILE, map its
// header automatically (products: --format shopify|native, else guessed from the header), run
// the import all-or-nothing unless --skip-bad-rows, and write the summary. Exit codes as
// ImportCommand's.
class ImportRunners
{
public:
    static int products(const ImportCommand::Request &request, QTextStream &out, QTextStream &err);
    static int members(const ImportCommand::Request &request, QTextStream &out, QTextStream &err);
};

} // namespace md
