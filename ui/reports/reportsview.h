#pragma once

#include "reportrequest.h"
#include "reportrunner.h"

#include <QWidget>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QTimer;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace md {

class ReportTableModel;
class ServiceContext;

// The Reports area: choose a report of ReportRegistry::standard(), a period, a bucket size and
// whether to compare with the previous period; Run computes it on a ReportRunner's worker and
// shows the one result as a sortable table (totals rows stay at the bottom) and a chart, and
// exports that same result to CSV or PDF, written on the worker. A computation or an export
// still running after half a second gets a progress dialog whose Cancel stops it (an export then
// leaves no file). Failures are shown in a message box a clerk can read, with the technical
// detail behind "Show Details".
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsView(const ServiceContext &context, QWidget *parent = nullptr);

    // The choices as a request (the store's time zone is filled in by the runner).
    ReportRequest request() const;
    QString reportName() const;
    // Selects a report by registry name; false when there is none of that name.
    bool selectReport(const QString &name);
    // Computes the chosen report with the chosen options (what Run does).
    void run();
    // Writes the result shown to `path` (what the Export buttons do after their file dialog).
    void exportTo(const QString &path, ReportRunner::Format format);

    ReportTableModel *model() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_sorted; }
    QTableView *table() const { return m_table; }
    QChart *chart() const { return m_chart; }
    QComboBox *reportBox() const { return m_report; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *bucketBox() const { return m_bucket; }
    QCheckBox *compareBox() const { return m_compare; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    ReportRunner *runner() const { return m_runner; }
    // The progress dialog of an export still being written after half a second (its Cancel
    // stops the write and nothing is saved); null until one was.
    QProgressDialog *exportProgressDialog() const { return m_exportWait; }

signals:
    void resultShown();
    void exportDone(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    // The first time the area is shown it runs the report already chosen (Sales, this year by
    // month), so a manager opening Reports sees figures rather than an empty table.
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showResult(const ReportResult &result);
    void showError(const QString &what, const QString &message, const QString &details);
    void chooseExportFile(ReportRunner::Format format);
    void rebuildChart();
    void updateState();
    void hideWait();
    void hideExportWait();

    ReportRunner *m_runner;
    ReportTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QComboBox *m_report;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_bucketLabel;
    QComboBox *m_bucket;
    QCheckBox *m_compare;
    QPushButton *m_run;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableView *m_table;
    QChart *m_chart;
    QChartView *m_chartView;
    // What the result shown was computed for: asked again after a language switch, since its
    // column titles are the report's, translated when it was computed.
    QString m_lastName;
    ReportRequest m_lastRequest;
    bool m_hasResult = false;
    QString m_lastExport;
    QTimer *m_slow = nullptr; // half a second into a computation: offer to cancel
    QProgressDialog *m_wait = nullptr;
    QTimer *m_exportSlow = nullptr; // half a second into an export: offer to cancel it
    QProgressDialog *m_exportWait = nullptr;
    bool m_shownOnce = false;
};

} // namespace md
