#include "walletservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "ledgerrepository.h"
#include "memberrepository.h"
#include "memberservice.h"
#include "permissionpolicy.h"
#include "servicecontext.h"
#include "validation.h"
#include "writetransaction.h"

namespace md {

Result<LedgerEntry> WalletService::adjust(const Actor &actor, LedgerKind kind, qint64 memberId,
                                          qint64 delta, const QString &reason, const QString &note)
{
    const bool points = kind == LedgerKind::Points;
    MD_TRY(PermissionPolicy::require(actor, points ? Permission::MemberPointsAdjust
                                                   : Permission::MemberBalanceAdjust));
    const QStringList allowed = points
                                    ? QStringList{QStringLiteral("adjustment")}
                                    : QStringList{QStringLiteral("topup"), QStringLiteral("deduct"),
                                                  QStringLiteral("adjustment")};
    if (!allowed.contains(reason))
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Unknown reason %1.").arg(reason),
                         QStringLiteral("reason"));
    if (delta == 0 || delta > validation::kMaxAmount || delta < -validation::kMaxAmount ||
        (reason == QLatin1String("topup") && delta < 0) ||
        (reason == QLatin1String("deduct") && delta > 0))
        return makeError(ErrorCode::InvalidAmount,
                         DomainText::tr("Enter a non-zero amount that fits the reason."),
                         QStringLiteral("delta"));
    if (note.trimmed().isEmpty() || note.size() > 500)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Say why (a note of up to 500 characters)."),
                         QStringLiteral("note"));

    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    auto member = validation::found(MemberRepository(tx.connection()).find(memberId),
                                    QStringLiteral("member"), memberId);
    MD_TRY(member);
    LedgerPosting p;
    p.memberId = memberId;
    p.delta = delta;
    p.reason = reason;
    p.note = note.trimmed();
    p.staffId = actor.staffId();
    auto entry = LedgerRepository(tx.connection(), kind).post(p, m_ctx.now());
    MD_TRY(entry);
    if (!entry->has_value()) {
        return points
                   ? makeError(ErrorCode::InsufficientPoints,
                               DomainText::tr("The member has only %1 points.").arg(member->points))
                   : makeError(
                         ErrorCode::InsufficientBalance,
                         DomainText::tr("The member's balance is too low for this deduction."));
    }
    const QString field = points ? QStringLiteral("points") : QStringLiteral("balance");
    MD_TRY(AuditLog::record(
        tx.connection(), actor,
        points ? QStringLiteral("member.points_adjust") : QStringLiteral("member.balance_adjust"),
        entity::Member, memberId, {{field, points ? member->points : member->balance}},
        {{field, (*entry)->balanceAfter},
         {QStringLiteral("delta"), delta},
         {QStringLiteral("reason"), reason},
         {QStringLiteral("note"), p.note}},
        m_ctx.now()));
    MD_TRY(tx.commit());
    return **entry;
}

Result<QList<LedgerEntry>> WalletService::entries(const Actor &actor, LedgerKind kind,
                                                  qint64 memberId, int offset, int limit) const
{
    MD_TRY(MemberService::requireAccess(actor, memberId, Permission::MemberView));
    return LedgerRepository(m_ctx.connection(), kind)
        .entries(memberId, qMax(0, offset), qBound(1, limit, 500));
}

Result<qint64> WalletService::entryCount(const Actor &actor, LedgerKind kind, qint64 memberId) const
{
    MD_TRY(MemberService::requireAccess(actor, memberId, Permission::MemberView));
    return LedgerRepository(m_ctx.connection(), kind).entryCount(memberId);
}

Result<qint64> WalletService::ledgerSum(LedgerKind kind, qint64 memberId) const
{
    return LedgerRepository(m_ctx.connection(), kind).sum(memberId);
}

} // namespace md
