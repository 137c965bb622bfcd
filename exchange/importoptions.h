#pragma once

#include "actor.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace md {

// A row an import refused, with the physical line a text editor shows (CsvRecord::line) and a
// translated reason. A whole product or member that fails is reported at the line of the row
// that caused it.
struct RejectedRow
{
    qint64 line = 0;
    QString reason;
    friend bool operator==(const RejectedRow &, const RejectedRow &) = default;
};

// How an import runs. By default a file is all-or-nothing: it is written in one transaction that
// is rolled back when any row is rejected, when the caller cancels, or when storage fails, so
// the store never holds half a file.
struct ImportOptions
{
    Actor actor = Actor::system();
    // false: rejected products or members are skipped and the rest is committed.
    bool allOrNothing = true;
    // Called after each product or member is written: (done, total). Runs on the importing thread.
    std::function<void(qint64 done, qint64 total)> progress;
    // Checked before each product or member; when set, everything written so far is rolled back.
    const std::atomic<bool> *cancel = nullptr;
    // Names the file in the notes of the stock moves and ledger entries an import writes.
    QString sourceName;
};

} // namespace md
