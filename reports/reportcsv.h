#pragma once

#include "exportoptions.h"
#include "reportresult.h"

#include <QIODevice>

namespace md {

// Writes a ReportResult as CSV through CsvWriter: a header of column keys, the rows, then a
// "total" row and a "previous_total" row when present. Values locale-free (ReportResult::cellText).
class ReportCsv
{
public:
    static void write(const ReportResult &result, QIODevice *device);
    // The same, reporting (rows, total rows) now and then through `options.progress`; stopped
    // by `options.cancel` before a row, it returns cancelledExport() with part of the file
    // written: the caller discards it.
    static Status write(const ReportResult &result, QIODevice *device,
                        const ExportOptions &options);
    static QByteArray toCsv(const ReportResult &result);
};

} // namespace md
