// ReportsView driven like a clerk would: pick a report, set the period, Run, and wait for the
// worker's answer; the table, the chart and the exports render that one result. The shop is made
// through the services (SalesShop); the view's runner reads it on its own thread and connection.
#include "reportsview.h"

#include "reportcsv.h"
#include "reportpdf.h"
#include "reportregistry.h"
#include "reporttablemodel.h"
#include "salesreport.h"
#include "salesshop.h"

#include <QAbstractSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

using md::ReportsView;
using md::ReportTableModel;

class TestReportsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();

    void pickerListsEveryReport();
    void runSalesShowsTheFigures();
    void exportCsvWritesTheResult();
    void exportPdfWritesAPdf();
    void sortingKeepsTotalsLast();
    void switchingReportUpdatesTheChart();
    void aNewerRunWins();
    void badPeriodIsExplained();
    void unwritableFileIsExplained();
    void languageChangeAsksTheReportAgain();
    void firstShowingRunsTheChosenReport();
    void aCancelledRunShowsNothing();
    void aCancelledExportLeavesNoFile();

private:
    // Chooses the report in the picker, January and February 2026 by month with comparison, and
    // clicks Run; waits until the result is in the table.
    void runReport(const QString &name);
    QString cellText(int sourceRow, const char *key) const
    {
        const md::ReportResult &r = m_view->model()->result();
        return m_view->model()
            ->index(sourceRow, r.columnIndex(QString::fromLatin1(key)))
            .data()
            .toString();
    }
    QMessageBox *shownMessage() const
    {
        for (QMessageBox *box : m_view->findChildren<QMessageBox *>())
            if (box->isVisible())
                return box;
        return nullptr;
    }

    std::unique_ptr<SalesShop> m_shop;
    std::unique_ptr<ReportsView> m_view;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReportsView::init()
{
    m_shop = std::make_unique<SalesShop>();
    m_view = std::make_unique<ReportsView>(m_shop->ctx());
    m_view->show();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestReportsView::firstShowingRunsTheChosenReport()
{
    // init() showed the view: the chosen report (Sales) ran without a click.
    QTRY_COMPARE(m_view->model()->result().name, QStringLiteral("sales"));
    QVERIFY(m_view->table()->model()->rowCount() > 0);
}

void TestReportsView::aCancelledRunShowsNothing()
{
    QTRY_COMPARE(m_view->model()->result().name, QStringLiteral("sales")); // the first showing
    QSignalSpy finished(m_view->runner(), &md::ReportRunner::finished);
    QSignalSpy cancelled(m_view->runner(), &md::ReportRunner::cancelled);
    md::ReportRequest r;
    r.from = QDate(2026, 1, 1);
    r.to = QDate(2026, 3, 31);
    r.bucket = md::ReportBucket::Day;
    m_view->runner()->run(QStringLiteral("finance"), r);
    QVERIFY(m_view->runner()->isRunning());
    m_view->runner()->cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!m_view->runner()->isRunning());
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0); // its answer, if it came, was dropped
    QCOMPARE(m_view->model()->result().name, QStringLiteral("sales")); // still the last shown
    m_view->runner()->cancel(); // nothing running: nothing happens
    QCOMPARE(cancelled.count(), 1);
}

void TestReportsView::aCancelledExportLeavesNoFile()
{
    QTRY_COMPARE(m_view->model()->result().name, QStringLiteral("sales")); // the first showing
    // A year by day: a PDF of a dozen pages.
    m_view->fromEdit()->setDate(QDate(2026, 1, 1));
    m_view->toEdit()->setDate(QDate(2026, 12, 31));
    m_view->bucketBox()->setCurrentIndex(m_view->bucketBox()->findData(int(md::ReportBucket::Day)));
    m_view->compareBox()->setChecked(false);
    m_view->run();
    QTRY_VERIFY(!m_view->runner()->isRunning() && m_view->model()->result().rows.size() > 300);
    QVERIFY(md::ReportPdf::pageCount(m_view->model()->result()) > 3);

    // The worker waits at its first progress report until the progress dialog has appeared
    // (half a second in) and its Cancel was pressed: the cancel lands half-way.
    int reports = 0;
    connect(
        m_view->runner(), &md::ReportRunner::exportProgress, m_view.get(),
        [&] {
            if (reports++ != 0)
                return;
            QTRY_VERIFY(m_view->exportProgressDialog() &&
                        m_view->exportProgressDialog()->isVisible());
            auto *cancel = m_view->exportProgressDialog()->findChild<QPushButton *>();
            QVERIFY(cancel);
            cancel->click();
        },
        Qt::BlockingQueuedConnection);
    QSignalSpy cancelled(m_view->runner(), &md::ReportRunner::exportCancelled);
    QSignalSpy done(m_view.get(), &ReportsView::exportDone);
    for (const auto format : {md::ReportRunner::Format::Pdf, md::ReportRunner::Format::Csv}) {
        const QString name = format == md::ReportRunner::Format::Pdf ? QStringLiteral("year.pdf")
                                                                     : QStringLiteral("year.csv");
        const QString path = m_dir->filePath(name);
        reports = 0;
        cancelled.clear();
        m_view->exportTo(path, format);
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(reports, 1); // stopped before the next page (or row): no second report
        QCOMPARE(done.count(), 0);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir->path()).entryList({name + QLatin1Char('*')}, QDir::Files),
                 QStringList());
        QVERIFY2(m_view->statusLabel()->text().contains(QStringLiteral("Cancelled")),
                 qPrintable(m_view->statusLabel()->text()));
        QVERIFY(!m_view->exportProgressDialog()->isVisible());
        QVERIFY(m_view->exportCsvButton()->isEnabled());
        QVERIFY(!shownMessage()); // a cancel is not a failure
    }
}

void TestReportsView::cleanup()
{
    m_view.reset(); // joins the runner's thread before the store goes
    m_shop.reset();
    m_dir.reset();
}

void TestReportsView::runReport(const QString &name)
{
    QComboBox *picker = m_view->reportBox();
    const int index = picker->findData(name);
    QVERIFY2(index >= 0, qPrintable(name));
    picker->setCurrentIndex(index);
    m_view->fromEdit()->setDate(QDate(2026, 1, 1));
    m_view->toEdit()->setDate(QDate(2026, 2, 28));
    m_view->bucketBox()->setCurrentIndex(
        m_view->bucketBox()->findData(int(md::ReportBucket::Month)));
    m_view->compareBox()->setChecked(true);
    QSignalSpy shown(m_view.get(), &ReportsView::resultShown);
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    QVERIFY(m_view->progress()->isVisible()); // busy until the worker answers
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(m_view->model()->result().name, name);
    QVERIFY(!m_view->progress()->isVisible());
}

void TestReportsView::pickerListsEveryReport()
{
    const auto &reports = md::ReportRegistry::standard().reports();
    QCOMPARE(m_view->reportBox()->count(), int(reports.size()));
    for (int i = 0; i < int(reports.size()); ++i) {
        QCOMPARE(m_view->reportBox()->itemData(i).toString(), reports[i]->name());
        QCOMPARE(m_view->reportBox()->itemText(i), reports[i]->title());
    }
    QCOMPARE(m_view->reportBox()->itemText(0), QStringLiteral("Sales"));
    QVERIFY(!m_view->exportCsvButton()->isEnabled()); // nothing to export yet
}

void TestReportsView::runSalesShowsTheFigures()
{
    runReport(QStringLiteral("sales"));
    QTableView *table = m_view->table();
    QCOMPARE(table->model()->rowCount(), 4); // January, February, total, previous period
    QCOMPARE(cellText(0, "gross_sales"), QStringLiteral("¥306.00"));
    QCOMPARE(cellText(0, "average_order_value"), QStringLiteral("¥158.00"));
    QCOMPARE(cellText(1, "orders"), QStringLiteral("1"));
    QCOMPARE(cellText(2, "net_sales"), QStringLiteral("¥479.00"));
    QCOMPARE(m_view->model()->result().totalOf(QStringLiteral("units")), 6);
    QCOMPARE(m_view->model()->result().previousTotals.size(), 12);
    QVERIFY(m_view->exportCsvButton()->isEnabled());
    QVERIFY(m_view->statusLabel()->text().contains(QStringLiteral("2 row(s)")));
}

void TestReportsView::exportCsvWritesTheResult()
{
    runReport(QStringLiteral("sales"));
    const QString path = m_dir->filePath(QStringLiteral("sales.csv"));
    QSignalSpy done(m_view.get(), &ReportsView::exportDone);
    m_view->exportTo(path, md::ReportRunner::Format::Csv);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written, md::ReportCsv::toCsv(m_view->model()->result()));

    // The same request computed here, on this thread, gives the same file.
    md::ReportRequest request = SalesShop::janFeb();
    auto direct = md::SalesReport().compute(m_shop->ctx(), request);
    QVERIFY(direct);
    QCOMPARE(written, md::ReportCsv::toCsv(*direct));
    QVERIFY(written.contains("2026-01-01,2026-01-31,2,4,306.00,"));
}

void TestReportsView::exportPdfWritesAPdf()
{
    runReport(QStringLiteral("sales"));
    const QString path = m_dir->filePath(QStringLiteral("sales.pdf"));
    QSignalSpy done(m_view.get(), &ReportsView::exportDone);
    m_view->exportTo(path, md::ReportRunner::Format::Pdf);
    QTRY_COMPARE(done.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 1000);
}

void TestReportsView::sortingKeepsTotalsLast()
{
    runReport(QStringLiteral("sales"));
    QSortFilterProxyModel *sorted = m_view->sortModel();
    const int gross = m_view->model()->result().columnIndex(QStringLiteral("gross_sales"));
    const auto column = [&](int c) {
        QStringList out;
        for (int r = 0; r < sorted->rowCount(); ++r)
            out << sorted->index(r, c).data().toString();
        return out;
    };
    m_view->table()->sortByColumn(gross, Qt::AscendingOrder);
    QCOMPARE(column(gross), (QStringList{"¥173.00", "¥306.00", "¥479.00", "¥0.00"}));
    QCOMPARE(column(0), (QStringList{"2/1/26", "1/1/26", "Total", "Previous period"}));
    m_view->table()->sortByColumn(gross, Qt::DescendingOrder);
    QCOMPARE(column(0), (QStringList{"1/1/26", "2/1/26", "Total", "Previous period"}));
}

void TestReportsView::switchingReportUpdatesTheChart()
{
    runReport(QStringLiteral("sales"));
    QChart *chart = m_view->chart();
    QCOMPARE(chart->series().size(), 1); // net sales over the months
    QCOMPARE(chart->series().first()->type(), QAbstractSeries::SeriesTypeLine);
    QCOMPARE(chart->series().first()->name(), QStringLiteral("Net sales"));

    runReport(QStringLiteral("finance"));
    const int financeSeries = int(m_view->model()->result().series.size());
    QVERIFY(financeSeries > 1);
    QCOMPARE(chart->series().size(), financeSeries);
    for (QAbstractSeries *s : chart->series())
        QCOMPARE(s->type(), QAbstractSeries::SeriesTypeLine);

    runReport(QStringLiteral("products")); // no time axis: bars of the first series
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(chart->series().first()->type(), QAbstractSeries::SeriesTypeBar);
}

void TestReportsView::aNewerRunWins()
{
    md::ReportRunner *runner = m_view->runner();
    QSignalSpy finished(runner, &md::ReportRunner::finished);
    md::ReportRequest request = SalesShop::janFeb();
    runner->run(QStringLiteral("finance"), request);
    runner->run(QStringLiteral("products"), request);
    runner->run(QStringLiteral("sales"), request);
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(300); // an older answer would arrive after the newest one: none does
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<md::ReportResult>().name, QStringLiteral("sales"));
    QVERIFY(!runner->isRunning());
}

void TestReportsView::badPeriodIsExplained()
{
    m_view->fromEdit()->setDate(QDate(2026, 3, 1));
    m_view->toEdit()->setDate(QDate(2026, 1, 1));
    QSignalSpy failed(m_view->runner(), &md::ReportRunner::failed);
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 1);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = shownMessage()) != nullptr);
    QCOMPARE(box->text(), QStringLiteral("The report could not be computed."));
    QVERIFY(!box->informativeText().isEmpty());
    QVERIFY(box->detailedText().startsWith(QStringLiteral("invalid_argument")));
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(!m_view->progress()->isVisible());
    box->accept();
}

void TestReportsView::unwritableFileIsExplained()
{
    runReport(QStringLiteral("sales"));
    const QString path = m_dir->filePath(QStringLiteral("no-such-folder/sales.csv"));
    QSignalSpy failed(m_view->runner(), &md::ReportRunner::exportFailed);
    m_view->exportTo(path, md::ReportRunner::Format::Csv);
    QTRY_COMPARE(failed.count(), 1);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = shownMessage()) != nullptr);
    QVERIFY(box->text().contains(path));
    QVERIFY(box->detailedText().startsWith(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_view->exportCsvButton()->isEnabled()); // the clerk may try another file
    box->accept();
}

void TestReportsView::languageChangeAsksTheReportAgain()
{
    // A view never shown has nothing to ask again.
    ReportsView hidden(m_shop->ctx());
    QSignalSpy nothing(&hidden, &ReportsView::resultShown);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&hidden, &change);
    QTest::qWait(100);
    QCOMPARE(nothing.count(), 0);

    QSignalSpy shown(m_view.get(), &ReportsView::resultShown);
    runReport(QStringLiteral("sales"));
    shown.clear();
    m_view->fromEdit()->setDate(QDate(2025, 1, 1)); // not yet run: the shown request is asked
    QCoreApplication::sendEvent(m_view.get(), &change);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(m_view->model()->result().name, QStringLiteral("sales"));
    QCOMPARE(m_view->model()->result().from, QDate(2026, 1, 1));
    QCOMPARE(m_view->table()->model()->rowCount(), 4);
}

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
