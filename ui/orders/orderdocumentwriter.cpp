#include "orderdocumentwriter.h"

#include "servicecontext.h"
#include "storesettings.h"

#include <QDir>
#include <QSaveFile>

namespace md {

namespace {

QString detailsOf(const Error &e)
{
    return QStringLiteral("%1: %2").arg(e.codeName(), e.message);
}

} // namespace

void OrderDocumentWriter::write(int kind, const Order &order, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto settings = StoreSettings::load(m_ctx.connection());
    if (!settings) {
        emit failed(path, settings.error().message, detailsOf(settings.error()));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit failed(path, tr("The file cannot be created there. Choose another folder or name."),
                    QStringLiteral("%1: %2").arg(shown, file.errorString()));
        return;
    }
    const OrderDocument document(OrderDocument::Kind(kind), order,
                                 {settings->shopName, settings->timeZone});
    if (Status s = document.write(&file); !s) {
        file.cancelWriting();
        emit failed(path, s.error().message, detailsOf(s.error()));
        return;
    }
    if (!file.commit()) {
        emit failed(path,
                    tr("The file could not be saved. Check that the disk is not full and that "
                       "you may write to that folder."),
                    QStringLiteral("%1: %2").arg(shown, file.errorString()));
        return;
    }
    emit written(path);
}

} // namespace md
