#pragma once

#include "areaworker.h"
#include "queryinterrupter.h"
#include "reportrequest.h"
#include "reportresult.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace md {

class ServiceContext;

// Computes reports and writes their exports on a worker thread of its own, which uses its own
// database connection (ServiceContext::connection() is per thread), so that the GUI thread never
// runs a query or touches the disk. Jobs run one after another in the order asked.
//
// Only the newest computation counts: a result (or failure) of a run that a later run() has
// superseded is dropped, and a superseded run that has not started yet is skipped. Exports are
// never dropped: each ends in exported() or exportFailed().
class ReportRunner : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, Pdf };

    explicit ReportRunner(const ServiceContext &context, QObject *parent = nullptr);

    // Computes the registry's report `name` for `request`; the store's time zone replaces the
    // request's (read from the store's settings on the worker). Returns the run's number.
    quint64 run(const QString &name, const ReportRequest &request);
    // Writes `result` to `path` (replaced when present) as CSV (ReportCsv) or PDF (ReportPdf).
    void exportTo(const ReportResult &result, const QString &path, Format format);
    // Stops the exports asked for so far: the one being written stops before its next page or
    // row and leaves nothing at its path (an older file stays); each ends in exportCancelled().
    void cancelExport();

    // Stops the computation in progress: its query is interrupted on the worker (SQLite's
    // interrupt) and nothing of it is shown; cancelled() follows at once.
    void cancel();

    bool isRunning() const { return m_running; }
    int exportsInProgress() const { return m_exports; }

signals:
    void started(quint64 run);
    void finished(const md::ReportResult &result);
    // message: for a shop clerk (the error's translated message); details: its code and text.
    void failed(const QString &message, const QString &details);
    void cancelled();
    void exported(const QString &path);
    void exportFailed(const QString &path, const QString &message, const QString &details);
    void exportCancelled(const QString &path);
    // How far the export being written is: pages of a PDF, rows of a CSV. Emitted on the
    // worker's thread (queued to receivers elsewhere).
    void exportProgress(const QString &path, qint64 done, qint64 total);

private:
    const ServiceContext &m_ctx;
    QObject *m_worker; // lives on m_thread: the context the jobs run in
    // Written on the GUI thread, read by the worker to skip superseded runs.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<QueryInterrupter> m_interrupter; // armed by the worker around a computation
    // Set by cancelExport(), read by the worker; cleared when an export is asked for.
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    bool m_running = false;
    int m_exports = 0;
    // Last: destroyed first, so the worker thread stops (waiting for the job in progress) before
    // anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
