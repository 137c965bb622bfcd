#pragma once

#include "member.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

struct LedgerPosting
{
    qint64 memberId = 0;
    qint64 delta = 0; // never 0
    QString reason;
    QString refType;
    qint64 refId = 0;
    QString note;
    std::optional<qint64> staffId;
};

// The only writer of members.points and members.balance. A posting is a guarded update (it
// applies only if the result stays >= 0) plus a ledger entry with the running total, in the
// caller's transaction, so the cached figure always equals the sum of its ledger.
class LedgerRepository
{
public:
    LedgerRepository(const QSqlDatabase &db, LedgerKind kind)
        : m_db(db)
        , m_kind(kind)
    {}

    // nullopt: the guard refused (would go negative, or unknown member); nothing was written.
    Result<std::optional<LedgerEntry>> post(const LedgerPosting &posting, qint64 nowMs);
    Result<QList<LedgerEntry>> entries(qint64 memberId, int offset, int limit) const;
    Result<qint64> entryCount(qint64 memberId) const;
    Result<qint64> sum(qint64 memberId) const;

private:
    QString table() const;
    QString column() const;

    QSqlDatabase m_db;
    LedgerKind m_kind;
};

} // namespace md
