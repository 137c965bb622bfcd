#include "reportrunner.h"

#include "reportcsv.h"
#include "reportpdf.h"
#include "reportregistry.h"
#include "servicecontext.h"
#include "storesettings.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::ReportRunner)
};

struct Outcome
{
    bool ok = false;
    bool cancelled = false;
    QString message;
    QString details;
};

QString detailsOf(const Error &e)
{
    return QStringLiteral("%1: %2").arg(e.codeName(), e.message);
}

Result<ReportResult> compute(const ServiceContext &ctx, const QString &name, ReportRequest request)
{
    const Report *report = ReportRegistry::standard().find(name);
    if (!report)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("md::ReportRunner", "Unknown report “%1”.").arg(name));
    auto settings = StoreSettings::load(ctx.connection());
    if (!settings)
        return settings.error();
    request.timeZone = settings->timeZone;
    return report->compute(ctx, request);
}

// QSaveFile: a failed or interrupted export never leaves half a file in place of an older one.
Outcome writeFile(const ReportResult &result, const QString &path, ReportRunner::Format format,
                  const ExportOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, false,
                Text::tr("The file could not be created. Choose another folder or name."),
                QStringLiteral("%1: %2").arg(path, file.errorString())};
    const Status s = format == ReportRunner::Format::Csv ? ReportCsv::write(result, &file, options)
                                                         : ReportPdf::write(result, &file, options);
    // Cancelled after the last page still counts: the clerk was told nothing is saved.
    if (s.ok() && options.isCancelled()) {
        file.cancelWriting();
        return {false, true, {}, {}};
    }
    if (!s) {
        file.cancelWriting(); // its temporary file goes; an older file of that name stays
        if (isCancelledExport(s.error()))
            return {false, true, {}, {}};
        return {false, false,
                format == ReportRunner::Format::Csv ? Text::tr("The CSV file could not be written.")
                                                    : Text::tr("The PDF could not be written."),
                detailsOf(s.error())};
    }
    if (!file.commit())
        return {false, false,
                Text::tr("The file could not be saved. Is the disk full or the file read-only?"),
                QStringLiteral("%1: %2").arg(path, file.errorString())};
    return {true, false, {}, {}};
}

} // namespace

ReportRunner::ReportRunner(const ServiceContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_worker(new QObject)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_interrupter(std::make_shared<QueryInterrupter>())
    , m_exportCancel(std::make_shared<std::atomic<bool>>(false))
    , m_thread(QStringLiteral("report-runner"))
{
    qRegisterMetaType<md::ReportResult>();
    m_thread.adopt(m_worker);
    m_thread.start();
}

quint64 ReportRunner::run(const QString &name, const ReportRequest &request)
{
    const quint64 run = ++*m_latest;
    m_running = true;
    emit started(run);
    const ServiceContext &ctx = m_ctx;
    auto latest = m_latest;
    auto interrupter = m_interrupter;
    QMetaObject::invokeMethod(
        m_worker, [this, ctx = &ctx, latest, interrupter, run, name, request] {
            if (latest->load() != run)
                return; // superseded before it started
            interrupter->arm(ctx->connection());
            Result<ReportResult> result = compute(*ctx, name, request);
            interrupter->disarm();
            // Back on the GUI thread; `this` outlives the worker (the destructor waits for it).
            QMetaObject::invokeMethod(this, [this, run, result] {
                if (run != m_latest->load())
                    return; // a newer run is under way; its answer is the one to show
                m_running = false;
                if (result)
                    emit finished(result.value());
                else
                    emit failed(result.error().message, detailsOf(result.error()));
            });
        });
    return run;
}

void ReportRunner::cancel()
{
    if (!m_running)
        return;
    ++*m_latest; // whatever the run still answers is dropped
    m_running = false;
    m_interrupter->interrupt();
    emit cancelled();
}

void ReportRunner::exportTo(const ReportResult &result, const QString &path, Format format)
{
    ++m_exports;
    m_exportCancel->store(false);
    QMetaObject::invokeMethod(m_worker, [this, result, path, format, cancel = m_exportCancel] {
        ExportOptions options;
        options.cancel = cancel.get();
        options.progress = [this, path](qint64 done, qint64 total) {
            emit exportProgress(path, done, total);
        };
        const Outcome outcome = writeFile(result, path, format, options);
        QMetaObject::invokeMethod(this, [this, path, outcome] {
            --m_exports;
            if (outcome.ok)
                emit exported(path);
            else if (outcome.cancelled)
                emit exportCancelled(path);
            else
                emit exportFailed(path, outcome.message, outcome.details);
        });
    });
}

void ReportRunner::cancelExport()
{
    if (m_exports > 0)
        m_exportCancel->store(true);
}

} // namespace md
