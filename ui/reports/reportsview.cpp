#include "reportsview.h"

#include "money.h"
#include "reportregistry.h"
#include "reporttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace md {

namespace {

// Sorts by the raw values but keeps the totals rows at the bottom, in their order, whichever way
// the column is sorted (Qt sorts descending by swapping the arguments of lessThan).
class SummaryLastProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int l = left.data(ReportTableModel::RowKindRole).toInt();
        const int r = right.data(ReportTableModel::RowKindRole).toInt();
        if (l == ReportTableModel::DataRow && r == ReportTableModel::DataRow)
            return QSortFilterProxyModel::lessThan(left, right);
        const bool less = l != r ? l < r : left.row() < right.row();
        return sortOrder() == Qt::AscendingOrder ? less : !less;
    }
};

// A cell as a number for the chart's axis: money in major units, percent as percent. The chart
// is a picture; the table and the exports keep the exact integers.
double chartValue(const QVariant &value, ReportColumnKind kind, int exponent)
{
    const double v = double(value.toLongLong());
    switch (kind) {
    case ReportColumnKind::Money: {
        double scale = 1;
        for (int i = 0; i < exponent; ++i)
            scale *= 10;
        return v / scale;
    }
    case ReportColumnKind::PercentBp:
        return v / 100;
    default:
        return v;
    }
}

// Bars for reports without a time axis (products, segments, ...): their leading rows, which the
// report ranks; more would not be readable.
constexpr int kMaxBars = 20;

} // namespace

ReportsView::ReportsView(const ServiceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_runner(new ReportRunner(context, this))
    , m_model(new ReportTableModel(this))
    , m_sorted(new SummaryLastProxy(this))
    , m_report(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_bucketLabel(new QLabel(this))
    , m_bucket(new QComboBox(this))
    , m_compare(new QCheckBox(this))
    , m_run(new QPushButton(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportPdf(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
{
    for (const auto &report : ReportRegistry::standard().reports())
        m_report->addItem(report->title(), report->name());
    for (ReportBucket b : {ReportBucket::Day, ReportBucket::Week, ReportBucket::Month})
        m_bucket->addItem(QString(), int(b));
    m_bucket->setCurrentIndex(m_bucket->findData(int(ReportBucket::Month)));

    const QDate today = QDate::currentDate();
    m_to->setDate(today);
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_bucketLabel->setBuddy(m_bucket);

    m_progress->setRange(0, 0); // busy: neither a report nor a file write knows its fraction
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReportTableModel::ValueRole);
    m_sorted->setSortLocaleAware(true);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the report's order
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();

    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260); // below that the value axis's labels are elided
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    connect(m_run, &QPushButton::clicked, this, &ReportsView::run);
    connect(m_exportCsv, &QPushButton::clicked, this,
            [this] { chooseExportFile(ReportRunner::Format::Csv); });
    connect(m_exportPdf, &QPushButton::clicked, this,
            [this] { chooseExportFile(ReportRunner::Format::Pdf); });
    connect(m_runner, &ReportRunner::finished, this, &ReportsView::showResult);
    // A computation still running after half a second gets a dialog that can cancel it.
    m_slow = new QTimer(this);
    m_slow->setSingleShot(true);
    m_slow->setInterval(500);
    connect(m_slow, &QTimer::timeout, this, [this] {
        if (!m_runner->isRunning())
            return;
        if (!m_wait) {
            m_wait = new QProgressDialog(this);
            m_wait->setRange(0, 0);
            m_wait->setMinimumDuration(0);
            m_wait->setWindowModality(Qt::WindowModal);
            connect(m_wait, &QProgressDialog::canceled, m_runner, &ReportRunner::cancel);
        }
        m_wait->setWindowTitle(tr("Reports"));
        m_wait->setLabelText(tr("Computing “%1”…").arg(m_report->currentText()));
        m_wait->setCancelButtonText(tr("Cancel"));
        m_wait->show();
    });
    connect(m_runner, &ReportRunner::cancelled, this, [this] {
        hideWait();
        updateState();
        m_status->setText(tr("Cancelled: nothing was computed."));
    });
    connect(m_runner, &ReportRunner::failed, this,
            [this](const QString &message, const QString &details) {
                hideWait();
                updateState();
                m_status->setText(tr("The report could not be computed."));
                showError(tr("The report could not be computed."), message, details);
            });
    // An export still being written after half a second (a long PDF) can be cancelled too.
    m_exportSlow = new QTimer(this);
    m_exportSlow->setSingleShot(true);
    m_exportSlow->setInterval(500);
    connect(m_exportSlow, &QTimer::timeout, this, [this] {
        if (m_runner->exportsInProgress() == 0)
            return;
        if (!m_exportWait) {
            m_exportWait = new QProgressDialog(this);
            m_exportWait->setObjectName(QStringLiteral("exportProgress"));
            m_exportWait->setRange(0, 0);
            m_exportWait->setMinimumDuration(0);
            m_exportWait->setAutoReset(false);
            m_exportWait->setAutoClose(false);
            m_exportWait->setWindowModality(Qt::WindowModal);
            connect(m_exportWait, &QProgressDialog::canceled, m_runner,
                    &ReportRunner::cancelExport);
        }
        m_exportWait->setWindowTitle(tr("Reports"));
        m_exportWait->setLabelText(tr("Saving %1…").arg(QFileInfo(m_lastExport).fileName()));
        m_exportWait->setCancelButtonText(tr("Cancel"));
        m_exportWait->show();
    });
    connect(m_runner, &ReportRunner::exportProgress, this,
            [this](const QString &, qint64 done, qint64 total) {
                if (!m_exportWait || !m_exportWait->isVisible() || total <= 0)
                    return;
                m_exportWait->setMaximum(int(qMin<qint64>(total, INT_MAX)));
                m_exportWait->setValue(int(qMin<qint64>(done, INT_MAX)));
            });
    connect(m_runner, &ReportRunner::exportCancelled, this, [this](const QString &path) {
        hideExportWait();
        updateState();
        m_status->setText(tr("Cancelled: %1 was not saved.").arg(QFileInfo(path).fileName()));
    });
    connect(m_runner, &ReportRunner::exported, this, [this](const QString &path) {
        hideExportWait();
        updateState();
        m_status->setText(tr("Saved to %1").arg(QFileInfo(path).fileName()));
        emit exportDone(path);
    });
    connect(m_runner, &ReportRunner::exportFailed, this,
            [this](const QString &path, const QString &message, const QString &details) {
                hideExportWait();
                updateState();
                m_status->setText(tr("The export failed."));
                showError(tr("The report could not be saved to %1.").arg(path), message, details);
            });

    auto *options = new QHBoxLayout;
    m_report->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    options->addWidget(m_report);
    options->addWidget(m_fromLabel);
    options->addWidget(m_from);
    options->addWidget(m_toLabel);
    options->addWidget(m_to);
    options->addWidget(m_bucketLabel);
    options->addWidget(m_bucket);
    options->addWidget(m_compare);
    options->addStretch(1);
    options->addWidget(m_run);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_progress);
    actions->addWidget(m_exportCsv);
    actions->addWidget(m_exportPdf);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartView);
    split->addWidget(m_table);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    retranslate();
    updateState();
}

QString ReportsView::reportName() const
{
    return m_report->currentData().toString();
}

bool ReportsView::selectReport(const QString &name)
{
    const int i = m_report->findData(name);
    if (i < 0)
        return false;
    m_report->setCurrentIndex(i);
    return true;
}

ReportRequest ReportsView::request() const
{
    ReportRequest r;
    r.from = m_from->date();
    r.to = m_to->date();
    r.bucket = ReportBucket(m_bucket->currentData().toInt());
    r.comparePrevious = m_compare->isChecked();
    return r;
}

void ReportsView::run()
{
    m_lastName = reportName();
    m_lastRequest = request();
    m_runner->run(m_lastName, m_lastRequest);
    m_slow->start();
    m_status->setText(tr("Computing “%1”…").arg(m_report->currentText()));
    updateState();
}

void ReportsView::hideWait()
{
    m_slow->stop();
    if (m_wait) {
        // Hidden without emitting canceled(): the dialog's own reset would.
        const QSignalBlocker quiet(m_wait);
        m_wait->hide();
    }
}

void ReportsView::hideExportWait()
{
    if (m_runner->exportsInProgress() > 0)
        return; // another export is still being written
    m_exportSlow->stop();
    if (m_exportWait) {
        // Hidden without emitting canceled(), which would cancel the next export.
        const QSignalBlocker quiet(m_exportWait);
        m_exportWait->hide();
    }
}

void ReportsView::exportTo(const QString &path, ReportRunner::Format format)
{
    if (!m_hasResult || path.isEmpty())
        return;
    m_lastExport = path;
    m_runner->exportTo(m_model->result(), path, format);
    m_exportSlow->start();
    m_status->setText(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    updateState();
}

void ReportsView::chooseExportFile(ReportRunner::Format format)
{
    if (!m_hasResult)
        return;
    const bool csv = format == ReportRunner::Format::Csv;
    const ReportResult &r = m_model->result();
    const QString suggested =
        QStringLiteral("%1-%2-%3.%4")
            .arg(r.name, r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
                 csv ? QStringLiteral("csv") : QStringLiteral("pdf"));
    const QString dir = m_lastExport.isEmpty() ? QString() : QFileInfo(m_lastExport).path();
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export report as CSV") : tr("Export report as PDF"),
        dir.isEmpty() ? suggested : dir + QLatin1Char('/') + suggested,
        csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    exportTo(path, format);
}

void ReportsView::showResult(const ReportResult &result)
{
    hideWait();
    m_model->setResult(result);
    m_hasResult = true;
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    rebuildChart();
    m_status->setText(tr("%1: %2 – %3, %n row(s)", nullptr, int(result.rows.size()))
                          .arg(result.title, QLocale().toString(result.from, QLocale::ShortFormat),
                               QLocale().toString(result.to, QLocale::ShortFormat)));
    updateState();
    emit resultShown();
}

// Non-blocking (open, not exec): the worker's other answers keep arriving meanwhile.
void ReportsView::showError(const QString &what, const QString &message, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reports"), what, QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReportsView::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const ReportResult &r = m_model->result();
    m_chart->setTitle(r.title);
    if (r.columns.isEmpty() || r.rows.isEmpty() || r.series.isEmpty())
        return;
    const int exponent = CurrencyInfo::of(r.currency).exponent;
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(values, Qt::AlignLeft);

    if (r.columns.first().kind == ReportColumnKind::Date) {
        // A line per series over the buckets, each point at the day its bucket starts.
        auto *time = new QDateTimeAxis;
        time->setFormat(m_lastRequest.bucket == ReportBucket::Month ? QStringLiteral("yyyy-MM")
                                                                    : QStringLiteral("MM-dd"));
        time->setTickCount(qBound(2, int(r.rows.size()), 8));
        m_chart->addAxis(time, Qt::AlignBottom);
        for (const ReportSeries &s : r.series) {
            if (s.column < 0 || s.column >= r.columns.size())
                continue;
            auto *line = new QLineSeries;
            line->setName(r.columns[s.column].title);
            for (const ReportRow &row : r.rows)
                line->append(double(row.value(0).toDate().startOfDay().toMSecsSinceEpoch()),
                             chartValue(row.value(s.column), r.columns[s.column].kind, exponent));
            m_chart->addSeries(line);
            line->attachAxis(time);
            line->attachAxis(values);
        }
    } else {
        // No time axis: bars of the first series, labelled by the first text column.
        const ReportSeries s = r.series.first();
        if (s.column < 0 || s.column >= r.columns.size())
            return;
        int label = 0;
        for (int c = 0; c < r.columns.size(); ++c)
            if (r.columns[c].kind == ReportColumnKind::Text) {
                label = c;
                break;
            }
        auto *set = new QBarSet(r.columns[s.column].title);
        QStringList categories;
        for (int i = 0; i < r.rows.size() && i < kMaxBars; ++i) {
            const ReportRow &row = r.rows[i];
            categories << ReportTableModel::displayText(row.value(label), r.columns[label].kind,
                                                        r.currency, QLocale());
            *set << chartValue(row.value(s.column), r.columns[s.column].kind, exponent);
        }
        auto *bars = new QBarSeries;
        bars->append(set);
        auto *names = new QBarCategoryAxis;
        names->append(categories);
        m_chart->addAxis(names, Qt::AlignBottom);
        m_chart->addSeries(bars);
        bars->attachAxis(names);
        bars->attachAxis(values);
    }
    values->applyNiceNumbers();
}

void ReportsView::updateState()
{
    const bool busy = m_runner->isRunning() || m_runner->exportsInProgress() > 0;
    m_progress->setVisible(busy);
    m_exportCsv->setEnabled(m_hasResult && m_runner->exportsInProgress() == 0);
    m_exportPdf->setEnabled(m_hasResult && m_runner->exportsInProgress() == 0);
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        run();
    }
}

void ReportsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsView::retranslate()
{
    const auto &reports = ReportRegistry::standard().reports();
    for (int i = 0; i < m_report->count() && i < int(reports.size()); ++i)
        m_report->setItemText(i, reports[i]->title());
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_bucketLabel->setText(tr("&By"));
    // Qt sizes a mnemonic label by the kerned text but draws the underlined letter as a run of its
    // own, unkerned, clipped to that size: "To" lost its "o". A few pixels more keep the word.
    for (QLabel *label : {m_fromLabel, m_toLabel, m_bucketLabel}) {
        label->setMinimumWidth(0);
        label->setMinimumWidth(label->sizeHint().width() + 3);
    }
    m_bucket->setItemText(m_bucket->findData(int(ReportBucket::Day)), tr("Day"));
    m_bucket->setItemText(m_bucket->findData(int(ReportBucket::Week)), tr("Week"));
    m_bucket->setItemText(m_bucket->findData(int(ReportBucket::Month)), tr("Month"));
    m_compare->setText(tr("&Compare with the previous period"));
    m_run->setText(tr("&Run"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_model->refreshTexts();
    // Column titles and labels inside a result are the report's, translated when it was
    // computed: ask again rather than show a table in two languages (a run under way may have
    // been computed in the old language too).
    if (m_hasResult || m_runner->isRunning()) {
        m_runner->run(m_lastName, m_lastRequest);
        updateState();
    }
}

} // namespace md
