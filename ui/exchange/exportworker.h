#pragma once

#include "actor.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace md {

class ServiceContext;

enum class ExportKind { ProductsShopify, ProductsNative, Members };

// Writes an export file on a worker thread (moveToThread) with that thread's own database
// connection. The file is replaced only when the whole export succeeded (QSaveFile), so a failure
// or a cancel half-way leaves the old file, or none, rather than a truncated one.
class ExportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ExportWorker(const ServiceContext &context)
        : m_ctx(context)
    {}

    // Thread-safe: asks the running write to stop at its next product or member; it then
    // discards what it wrote and finishes with `cancelled` set. arm() clears the request; the
    // caller arms before it queues a write, so a cancel that comes before the worker starts
    // still counts.
    void cancel() { m_cancel.store(true); }
    void arm() { m_cancel.store(false); }

public slots:
    void write(quint64 request, md::ExportKind kind, const QString &fileName,
               const md::Actor &actor);

signals:
    // done of total products or members written so far; at most every 50 ms, and the first.
    void progress(quint64 request, qint64 done, qint64 total);
    // ok: `message` says what was written; otherwise why nothing was, in a clerk's words, with
    // the technical detail (error code, file, system message) in `details`. `cancelled`: the
    // caller stopped it and nothing was saved.
    void finished(quint64 request, bool ok, const QString &message, const QString &details,
                  bool cancelled);

private:
    const ServiceContext &m_ctx;
    std::atomic<bool> m_cancel{false};
};

} // namespace md
