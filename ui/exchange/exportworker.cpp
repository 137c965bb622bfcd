#include "exportworker.h"

#include "memberexporter.h"
#include "productexporter.h"
#include "servicecontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace md {

namespace {

QString detailsOf(const Error &e)
{
    return QStringLiteral("%1: %2").arg(e.codeName(), e.message);
}

} // namespace

void ExportWorker::write(quint64 request, ExportKind kind, const QString &fileName,
                         const Actor &actor)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        emit finished(request, false,
                      tr("The file %1 cannot be created (%2). Choose another folder or name.")
                          .arg(shown, file.errorString()),
                      QStringLiteral("%1: %2").arg(shown, file.errorString()), false);
        return;
    }
    ExportOptions options;
    options.cancel = &m_cancel;
    // A signal per row of a large shop would flood the GUI thread.
    qint64 lastMs = 0;
    options.progress = [this, request, &lastMs](qint64 done, qint64 total) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (lastMs != 0 && done != total && now - lastMs < 50)
            return;
        lastMs = now;
        emit progress(request, done, total);
    };
    // Nothing half-written stays on disk: QSaveFile's temporary file goes, the target is kept.
    auto fail = [&](const QString &what, const Error &error) {
        file.cancelWriting();
        if (isCancelledExport(error)) {
            emit finished(request, false,
                          tr("The export was cancelled; %1 was not written.").arg(shown),
                          detailsOf(error), true);
            return;
        }
        emit finished(request, false, what.arg(error.message), detailsOf(error), false);
    };
    QString message;
    if (kind == ExportKind::Members) {
        auto written = MemberExporter(m_ctx).write(&file, actor, options);
        if (!written)
            return fail(tr("The members could not be exported: %1"), written.error());
        message = tr("%n member(s) written to %1.", nullptr, *written).arg(shown);
    } else {
        const auto format = kind == ExportKind::ProductsShopify ? ProductCsvFormat::Format::Shopify
                                                                : ProductCsvFormat::Format::Native;
        auto written = ProductExporter(m_ctx).write(&file, format, options);
        if (!written)
            return fail(tr("The products could not be exported: %1"), written.error());
        message = tr("%n product(s) with %1 SKU(s) written to %2.", nullptr, written->products)
                      .arg(written->skus)
                      .arg(shown);
        if (!written->skipped.isEmpty())
            message +=
                QLatin1Char('\n') + tr("Left out, because the format cannot express them: %1")
                                        .arg(written->skipped.join(QStringLiteral("; ")));
    }
    // A cancel that came after the last row still counts: the clerk was told nothing is saved.
    if (options.isCancelled())
        return fail(QString(), cancelledExport());
    if (!file.commit()) {
        emit finished(request, false,
                      tr("The file %1 could not be saved (%2). Check that the disk is not full "
                         "and that you may write to that folder.")
                          .arg(shown, file.errorString()),
                      QStringLiteral("%1: %2").arg(shown, file.errorString()), false);
        return;
    }
    emit finished(request, true, message, QString(), false);
}

} // namespace md
