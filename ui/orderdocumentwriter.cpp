#include "orderdocumentwriter.h"

#include "servicecontext.h"
#include "storesettings.h"

#include <QSaveFile>

namespace md {

void OrderDocumentWriter::write(int kind, const Order &order, const QString &path)
{
    auto settings = StoreSettings::load(m_ctx.connection());
    if (!settings) {
        emit failed(path, settings.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit failed(path, file.errorString());
        return;
    }
    const OrderDocument document(OrderDocument::Kind(kind), order,
                                 {settings->shopName, settings->timeZone});
    if (Status s = document.write(&file); !s) {
        file.cancelWriting();
        emit failed(path, s.error().message);
        return;
    }
    if (!file.commit()) {
        emit failed(path, file.errorString());
        return;
    }
    emit written(path);
}

} // namespace md
