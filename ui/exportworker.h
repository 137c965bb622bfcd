#pragma once

#include "actor.h"

#include <QObject>
#include <QString>

namespace md {

class ServiceContext;

enum class ExportKind { ProductsShopify, ProductsNative, Members };

// Writes an export file on a worker thread (moveToThread) with that thread's own database
// connection. The file is replaced only when the whole export succeeded (QSaveFile), so a failure
// half-way leaves the old file, or none, rather than a truncated one.
class ExportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ExportWorker(const ServiceContext &context)
        : m_ctx(context)
    {}

public slots:
    void write(quint64 request, md::ExportKind kind, const QString &fileName,
               const md::Actor &actor);

signals:
    // ok: `message` says what was written; otherwise why nothing was, in a clerk's words.
    void finished(quint64 request, bool ok, const QString &message);

private:
    const ServiceContext &m_ctx;
};

} // namespace md
