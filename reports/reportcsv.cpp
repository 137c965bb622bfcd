#include "reportcsv.h"

#include "csvwriter.h"

#include <QBuffer>

namespace md {

static QStringList cells(const ReportResult &r, const ReportRow &row)
{
    QStringList out;
    for (int c = 0; c < r.columns.size(); ++c)
        out << (c < row.size() ? r.cellText(row[c], c) : QString());
    return out;
}

void ReportCsv::write(const ReportResult &result, QIODevice *device)
{
    (void)write(result, device, ExportOptions());
}

Status ReportCsv::write(const ReportResult &result, QIODevice *device, const ExportOptions &options)
{
    constexpr qsizetype kReportEvery = 500; // rows between progress reports
    CsvWriter w(device);
    QStringList header;
    for (const ReportColumn &c : result.columns)
        header << c.key;
    w.writeRow(header);
    const qsizetype total = result.rows.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (options.isCancelled())
            return cancelledExport();
        w.writeRow(cells(result, result.rows[i]));
        if (options.progress && ((i + 1) % kReportEvery == 0 || i + 1 == total))
            options.progress(i + 1, total);
    }
    // The first column of a totals row names it; its value there (a date or label) is replaced.
    if (!result.totals.isEmpty()) {
        QStringList t = cells(result, result.totals);
        t[0] = QStringLiteral("total");
        w.writeRow(t);
    }
    if (!result.previousTotals.isEmpty()) {
        QStringList t = cells(result, result.previousTotals);
        t[0] = QStringLiteral("previous_total");
        w.writeRow(t);
    }
    return {};
}

QByteArray ReportCsv::toCsv(const ReportResult &result)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(result, &buffer);
    return bytes;
}

} // namespace md
