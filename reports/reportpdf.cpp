#include "reportpdf.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <optional>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::ReportPdf)
};

// Geometry in points (the writer runs at 72 dpi, so one device unit is one point). A4 landscape is
// 841.9 x 595.3 pt; with 36 pt margins the content is 769 x 523 pt (ReportPdf::kContentSize).
constexpr int kResolution = 72;
constexpr qreal kMargin = 36;
constexpr qreal kContentWidth = ReportPdf::kContentSize.width();
constexpr qreal kContentHeight = ReportPdf::kContentSize.height();
constexpr qreal kFooter = 14;     // page number, at the bottom of every page
constexpr qreal kTitleBlock = 62; // title, period, currency
constexpr qreal kChart = 150;
constexpr qreal kGap = 12;
constexpr qreal kHeader = 28; // column titles, two lines at 8 pt
constexpr qreal kLine = 14;
static_assert(kTitleBlock + kChart + kGap + kHeader + ReportPdf::kFirstPageLines * kLine <=
                  kContentHeight - kFooter,
              "the first page's lines must fit under the chart");
static_assert(kHeader + ReportPdf::kLinesPerPage * kLine <= kContentHeight - kFooter,
              "a page's lines must fit");

// Latin text in DejaVu Sans, anything it lacks (Chinese) from the CJK families that follow.
QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

bool isNumeric(ReportColumnKind kind)
{
    return kind == ReportColumnKind::Integer || kind == ReportColumnKind::Money ||
           kind == ReportColumnKind::PercentBp;
}

// One line of the table: a data row, or a totals row whose first cell is replaced by its label.
struct Line
{
    const ReportRow *row = nullptr;
    QString label;
};

class Painter
{
public:
    Painter(const ReportResult &result, QPainter &painter)
        : m_r(result)
        , m_p(painter)
    {}

    void paint(int page)
    {
        QList<Line> lines;
        for (const ReportRow &row : m_r.rows)
            lines.append(Line{&row, {}});
        if (!m_r.totals.isEmpty())
            lines.append(Line{&m_r.totals, Text::tr("Total")});
        if (!m_r.previousTotals.isEmpty())
            lines.append(Line{&m_r.previousTotals, Text::tr("Previous period")});

        qreal y = 0;
        qsizetype next = 0;
        int capacity = ReportPdf::kFirstPageLines;
        if (page == 1) {
            titleBlock();
            chart(QRectF(0, kTitleBlock, kContentWidth, kChart));
            y = kTitleBlock + kChart + kGap;
        } else {
            next = ReportPdf::kFirstPageLines + qsizetype(page - 2) * ReportPdf::kLinesPerPage;
            capacity = ReportPdf::kLinesPerPage;
        }
        y = header(y);
        for (int i = 0; i < capacity && next < lines.size(); ++i, ++next)
            y = line(lines[next], y, next);
        footer(page, ReportPdf::pageCount(m_r));
    }

private:
    qreal columnWidth() const { return m_width / qMax<qsizetype>(1, m_r.columns.size()); }

    void titleBlock()
    {
        m_p.setPen(Qt::black);
        m_p.setFont(font(16, true));
        m_p.drawText(QRectF(0, 0, m_width, 26), Qt::AlignLeft | Qt::AlignVCenter, m_r.title);
        m_p.setFont(font(9));
        const QString period =
            Text::tr("Period: %1 to %2")
                .arg(m_r.from.toString(Qt::ISODate), m_r.to.toString(Qt::ISODate));
        m_p.drawText(QRectF(0, 28, m_width, 14), Qt::AlignLeft | Qt::AlignVCenter, period);
        m_p.drawText(QRectF(0, 42, m_width, 14), Qt::AlignLeft | Qt::AlignVCenter,
                     Text::tr("Currency: %1").arg(m_r.currency));
    }

    std::optional<double> valueAt(int row, int column) const
    {
        const ReportRow &r = m_r.rows[row];
        if (column < 0 || column >= r.size() || !r[column].isValid())
            return std::nullopt;
        // Plotted, not computed with: a double is exact enough for a point on a line.
        return double(r[column].toLongLong());
    }

    // The result's series as lines over the rows, x by row order, y from the lowest value (or 0)
    // to the highest; the axis is labelled in the first series' unit.
    void chart(const QRectF &area)
    {
        static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                         QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
                                         QColor(0x94, 0x67, 0xbd)};
        QList<int> columns;
        for (const ReportSeries &s : m_r.series)
            if (s.column >= 0 && s.column < m_r.columns.size() &&
                isNumeric(m_r.columns[s.column].kind))
                columns.append(s.column);
        const QRectF plot = area.adjusted(70, 16, -10, -16);
        m_p.setFont(font(7));
        m_p.setPen(QPen(Qt::gray, 0.5));
        m_p.drawRect(plot);
        if (columns.isEmpty() || m_r.rows.isEmpty()) {
            m_p.drawText(plot, Qt::AlignCenter, Text::tr("No data"));
            return;
        }
        double lo = 0, hi = 0;
        for (int c : columns)
            for (int i = 0; i < m_r.rows.size(); ++i)
                if (const auto v = valueAt(i, c)) {
                    lo = std::min(lo, *v);
                    hi = std::max(hi, *v);
                }
        if (hi == lo)
            hi = lo + 1;
        const auto yOf = [&](double v) {
            return plot.bottom() - (v - lo) / (hi - lo) * plot.height();
        };
        const auto xOf = [&](int i) {
            return m_r.rows.size() == 1 ? plot.center().x()
                                        : plot.left() + plot.width() * i / (m_r.rows.size() - 1);
        };

        // Axis labels: the top and bottom of the range, zero when it lies inside.
        m_p.setPen(Qt::black);
        QList<double> ticks{lo, hi};
        if (lo < 0 && hi > 0)
            ticks.append(0);
        for (double v : ticks) {
            const qreal y = yOf(v);
            m_p.drawText(QRectF(area.left(), y - 6, 66, 12), Qt::AlignRight | Qt::AlignVCenter,
                         m_r.cellText(QVariant(qint64(v)), columns.first()));
            m_p.setPen(QPen(Qt::lightGray, 0.3));
            m_p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            m_p.setPen(Qt::black);
        }
        // x labels: the first, middle and last rows, by the first column (the bucket).
        QList<int> marks{0, int(m_r.rows.size() / 2), int(m_r.rows.size() - 1)};
        marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
        for (int i : marks) {
            const QString text =
                m_r.rows[i].isEmpty() ? QString() : m_r.cellText(m_r.rows[i][0], 0);
            m_p.drawText(QRectF(xOf(i) - 40, plot.bottom() + 2, 80, 12), Qt::AlignCenter, text);
        }

        m_p.setRenderHint(QPainter::Antialiasing);
        for (qsizetype s = 0; s < columns.size(); ++s) {
            const QColor colour = colours[s % std::size(colours)];
            QPainterPath path;
            bool drawing = false;
            for (int i = 0; i < m_r.rows.size(); ++i) {
                const auto v = valueAt(i, columns[s]);
                if (!v) {
                    drawing = false; // an empty cell breaks the line
                    continue;
                }
                const QPointF p(xOf(i), yOf(*v));
                if (drawing)
                    path.lineTo(p);
                else
                    path.moveTo(p);
                drawing = true;
                if (m_r.rows.size() == 1)
                    m_p.fillRect(QRectF(p.x() - 1.5, p.y() - 1.5, 3, 3), colour);
            }
            m_p.setPen(QPen(colour, 1.2));
            m_p.drawPath(path);
            // Legend above the plot, right-aligned, one entry per series.
            const QRectF legend(plot.right() - 150 * (s + 1), area.top(), 150, 14);
            m_p.fillRect(QRectF(legend.left(), legend.center().y() - 1, 12, 2), colour);
            m_p.setPen(Qt::black);
            m_p.drawText(legend.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         m_r.columns[columns[s]].title);
        }
        m_p.setRenderHint(QPainter::Antialiasing, false);
    }

    qreal header(qreal y)
    {
        m_p.setFont(font(8, true));
        m_p.setPen(Qt::black);
        const qreal w = columnWidth();
        for (qsizetype c = 0; c < m_r.columns.size(); ++c) {
            const Qt::Alignment align =
                (isNumeric(m_r.columns[c].kind) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom;
            m_p.drawText(QRectF(c * w + 2, y, w - 4, kHeader - 2), align | Qt::TextWordWrap,
                         m_r.columns[c].title);
        }
        m_p.setPen(QPen(Qt::black, 0.8));
        m_p.drawLine(QPointF(0, y + kHeader), QPointF(m_width, y + kHeader));
        return y + kHeader;
    }

    qreal line(const Line &l, qreal y, qsizetype index)
    {
        const bool total = !l.label.isEmpty();
        if (total) {
            m_p.setPen(QPen(Qt::black, 0.5));
            m_p.drawLine(QPointF(0, y), QPointF(m_width, y));
        } else if (index % 2 == 1) {
            m_p.fillRect(QRectF(0, y, m_width, kLine), QColor(0xf2, 0xf2, 0xf2));
        }
        const QFont f = font(8, total);
        m_p.setFont(f);
        m_p.setPen(Qt::black);
        const QFontMetricsF metrics(f, m_p.device());
        const qreal w = columnWidth();
        for (qsizetype c = 0; c < m_r.columns.size(); ++c) {
            QString text = c < l.row->size() ? m_r.cellText(l.row->at(c), int(c)) : QString();
            if (c == 0 && total)
                text = l.label;
            const Qt::Alignment align =
                (isNumeric(m_r.columns[c].kind) ? Qt::AlignRight : Qt::AlignLeft) |
                Qt::AlignVCenter;
            m_p.drawText(QRectF(c * w + 2, y, w - 4, kLine), align,
                         metrics.elidedText(text, Qt::ElideRight, w - 4));
        }
        return y + kLine;
    }

    void footer(int page, int pages)
    {
        m_p.setFont(font(7));
        m_p.setPen(Qt::darkGray);
        const QRectF r(0, kContentHeight - kFooter, m_width, kFooter);
        m_p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m_r.title);
        m_p.drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                     Text::tr("Page %1 of %2").arg(page).arg(pages));
    }

    const ReportResult &m_r;
    QPainter &m_p;
    const qreal m_width = kContentWidth;
};

} // namespace

int ReportPdf::lineCount(const ReportResult &result)
{
    return int(result.rows.size()) + (result.totals.isEmpty() ? 0 : 1) +
           (result.previousTotals.isEmpty() ? 0 : 1);
}

int ReportPdf::pageCount(const ReportResult &result)
{
    const int lines = lineCount(result);
    if (lines <= kFirstPageLines)
        return 1;
    return 1 + (lines - kFirstPageLines + kLinesPerPage - 1) / kLinesPerPage;
}

void ReportPdf::paintPage(const ReportResult &result, QPainter &painter, int page)
{
    if (page < 1 || page > pageCount(result))
        return;
    Painter(result, painter).paint(page);
}

Status ReportPdf::write(const ReportResult &result, QIODevice *device, const ExportOptions &options)
{
    // QPainter on a QPdfWriter without a QGuiApplication aborts the process: refuse instead.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::InvalidArgument,
                         Text::tr("Writing a PDF needs the graphical application object."));
    if (!device || !device->isWritable())
        return makeError(ErrorCode::StorageError,
                         Text::tr("The PDF cannot be written: the output is not writable."));
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setTitle(result.title);
    writer.setCreator(QStringLiteral("MerchantDesk"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(kMargin, kMargin, kMargin, kMargin),
                                     QPageLayout::Point));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::StorageError, Text::tr("The PDF cannot be written."));
    const int pages = pageCount(result);
    for (int page = 1; page <= pages; ++page) {
        if (options.isCancelled()) {
            painter.end();
            return cancelledExport();
        }
        if (page > 1)
            writer.newPage();
        paintPage(result, painter, page);
        if (options.progress)
            options.progress(page, pages);
    }
    if (!painter.end())
        return makeError(ErrorCode::StorageError, Text::tr("The PDF cannot be written."));
    return {};
}

} // namespace md
