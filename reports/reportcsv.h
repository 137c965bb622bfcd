#pragma once

#include "reportresult.h"

#include <QIODevice>

namespace md {

// Writes a ReportResult as CSV through CsvWriter: a header of column keys, the rows, then a
// "total" row and a "previous_total" row when present. Values locale-free (ReportResult::cellText).
class ReportCsv
{
public:
    static void write(const ReportResult &result, QIODevice *device);
    static QByteArray toCsv(const ReportResult &result);
};

} // namespace md
