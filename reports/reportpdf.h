#pragma once

#include "exportoptions.h"
#include "reportresult.h"
#include "result.h"

#include <QIODevice>
#include <QSizeF>

class QPainter;

namespace md {

// Renders a ReportResult as a PDF, A4 landscape: the title, the period and the currency, a line
// chart of the result's series, then the table — translated column titles repeated at the top of
// every page, numbers right-aligned, values as ReportResult::cellText (exact money in the
// currency's exponent) — ending with the totals line and the previous period's totals line when
// present.
//
// The layout is fixed so that the number of pages follows from the number of lines alone: the first
// page holds kFirstPageLines table lines under the chart, every further page kLinesPerPage, and a
// totals line counts as one line. Painting needs fonts, hence a QGuiApplication (the offscreen
// platform will do); Chinese text is drawn with a CJK font found through fontconfig (Debian's
// fonts-noto-cjk, installed by scripts/install-deps).
class ReportPdf
{
public:
    static constexpr int kFirstPageLines = 18;
    static constexpr int kLinesPerPage = 34;

    // Table lines the result takes: its rows plus one per totals row present.
    static int lineCount(const ReportResult &result);
    static int pageCount(const ReportResult &result);
    // Fails without a QGuiApplication or when the device cannot be painted on. Reports
    // (page, pages) after each page through `options.progress`; stopped by `options.cancel`
    // before a page, it returns cancelledExport() with part of a PDF written: the caller
    // discards it.
    static Status write(const ReportResult &result, QIODevice *device,
                        const ExportOptions &options = {});
    // Paints page `page` (from 1) of the layout with `painter`, whose coordinates must be points
    // with the origin at the top left of the content area (kContentSize, margins excluded): the
    // PDF's pages, and a preview or a picture of one.
    static void paintPage(const ReportResult &result, QPainter &painter, int page);
    static constexpr QSizeF kContentSize{769, 523}; // A4 landscape less 36 pt margins
};

} // namespace md
