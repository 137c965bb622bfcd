#pragma once

#include "entitynames.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>

namespace md {

enum class ChangeOp { Upsert, Delete };

// The change feed's source: every committed change of a syncable row appends (seq, entity, id,
// version, op) inside the same write transaction, so the log and the data commit or roll back
// together, and seq (allocated under the write lock) increases in commit order.
class ChangeLog
{
public:
    static Status record(const QSqlDatabase &db, const QString &entity, qint64 id, qint64 version,
                         ChangeOp op, qint64 atMs);
    static Result<qint64> lastSeq(const QSqlDatabase &db);
    // Whether any change of these entities was logged after seq.
    static Result<bool> anySince(const QSqlDatabase &db, qint64 seq, const QStringList &entities);
    // The entities with a change logged after seq, each once.
    static Result<QStringList> entitiesSince(const QSqlDatabase &db, qint64 seq);

    // How many write transactions of this process have committed changes so far. Caches of
    // derived answers compare it on each use, so a change made in this process is seen by the
    // very next request (another process's changes are found by polling lastSeq()).
    static quint64 localCommits();
    // Called by WriteTransaction when an outermost transaction ends.
    static void transactionEnded(bool committed);
};

} // namespace md
