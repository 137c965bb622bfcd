#include "exportworker.h"

#include "memberexporter.h"
#include "productexporter.h"
#include "servicecontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace md {

void ExportWorker::write(quint64 request, ExportKind kind, const QString &fileName,
                         const Actor &actor)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        emit finished(request, false,
                      tr("The file %1 cannot be created (%2). Choose another folder or name.")
                          .arg(shown, file.errorString()));
        return;
    }
    QString message;
    if (kind == ExportKind::Members) {
        auto written = MemberExporter(m_ctx).write(&file, actor);
        if (!written) {
            file.cancelWriting();
            emit finished(request, false,
                          tr("The members could not be exported: %1").arg(written.error().message));
            return;
        }
        message = tr("%n member(s) written to %1.", nullptr, *written).arg(shown);
    } else {
        const auto format = kind == ExportKind::ProductsShopify ? ProductCsvFormat::Format::Shopify
                                                                : ProductCsvFormat::Format::Native;
        auto written = ProductExporter(m_ctx).write(&file, format);
        if (!written) {
            file.cancelWriting();
            emit finished(
                request, false,
                tr("The products could not be exported: %1").arg(written.error().message));
            return;
        }
        message = tr("%n product(s) with %1 SKU(s) written to %2.", nullptr, written->products)
                      .arg(written->skus)
                      .arg(shown);
        if (!written->skipped.isEmpty())
            message +=
                QLatin1Char('\n') + tr("Left out, because the format cannot express them: %1")
                                        .arg(written->skipped.join(QStringLiteral("; ")));
    }
    if (!file.commit()) {
        emit finished(request, false,
                      tr("The file %1 could not be saved (%2). Check that the disk is not full "
                         "and that you may write to that folder.")
                          .arg(shown, file.errorString()));
        return;
    }
    emit finished(request, true, message);
}

} // namespace md
