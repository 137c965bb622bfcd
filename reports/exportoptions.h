#pragma once

#include "result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace md {

// How an export runs, for a caller that shows its progress and may stop it (the desktop's
// ExportDialog); the command line leaves both empty.
struct ExportOptions
{
    // Called on the exporting thread after each product or member written: (done, total), total
    // being what the export will write when it runs to its end.
    std::function<void(qint64 done, qint64 total)> progress;
    // Checked before each product or member; when set, the export stops and write() returns
    // cancelledExport(), so that the caller drops what was written (QSaveFile::cancelWriting).
    const std::atomic<bool> *cancel = nullptr;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// The error of an export stopped by its caller: details {"cancelled": true}.
inline Error cancelledExport()
{
    Error e = makeError(ErrorCode::InvalidArgument,
                        QCoreApplication::translate(
                            "md::ExportOptions", "The export was cancelled; nothing was saved."));
    e.details.insert(QStringLiteral("cancelled"), true);
    return e;
}

inline bool isCancelledExport(const Error &e)
{
    return e.details.value(QStringLiteral("cancelled")).toBool();
}

} // namespace md
