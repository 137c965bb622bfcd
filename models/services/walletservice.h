#pragma once

#include "actor.h"
#include "member.h"
#include "result.h"

#include <QList>

namespace md {

class ServiceContext;

// Manual changes of a member's points and store balance by staff (with the permission), and the
// ledgers for members and staff. Order-driven postings (redeem, earn, pay, refund) are made by the
// order and refund services through LedgerRepository in their own transactions.
class WalletService
{
public:
    explicit WalletService(const ServiceContext &context)
        : m_ctx(context)
    {}

    // reason: "adjustment" (points); for balance "topup", "deduct" or "adjustment". A note is
    // required.
    Result<LedgerEntry> adjust(const Actor &actor, LedgerKind kind, qint64 memberId, qint64 delta,
                               const QString &reason, const QString &note);
    Result<QList<LedgerEntry>> entries(const Actor &actor, LedgerKind kind, qint64 memberId,
                                       int offset = 0, int limit = 50) const;
    Result<qint64> entryCount(const Actor &actor, LedgerKind kind, qint64 memberId) const;
    // The sum of the ledger, which always equals the member's cached figure.
    Result<qint64> ledgerSum(LedgerKind kind, qint64 memberId) const;

private:
    const ServiceContext &m_ctx;
};

} // namespace md
