#include "stockservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "permissionpolicy.h"
#include "productrepository.h"
#include "servicecontext.h"
#include "stockrepository.h"
#include "validation.h"
#include "writetransaction.h"

namespace md {

Result<Sku> StockService::adjust(const Actor &actor, qint64 skuId, qint64 delta, StockReason reason,
                                 const QString &note)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::StockAdjust));
    if (delta == 0 || delta > 1'000'000'000 || delta < -1'000'000'000)
        return makeError(ErrorCode::InvalidQuantity,
                         DomainText::tr("Enter a non-zero change of stock."),
                         QStringLiteral("delta"));
    if (reason != StockReason::Adjustment && reason != StockReason::Import)
        return makeError(
            ErrorCode::InvalidArgument,
            DomainText::tr("Sales, cancellations and returns change stock through their orders."),
            QStringLiteral("reason"));
    if (note.size() > 500)
        return makeError(ErrorCode::TextTooLong, DomainText::tr("The note is too long."),
                         QStringLiteral("note"));

    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    ProductRepository products(tx.connection());
    auto before = validation::found(products.findSku(skuId), QStringLiteral("SKU"), skuId);
    MD_TRY(before);
    StockChange change;
    change.skuId = skuId;
    change.delta = delta;
    change.reason = reason;
    change.note = note;
    change.staffId = actor.staffId();
    auto level = StockRepository(tx.connection()).apply(change, m_ctx.now());
    MD_TRY(level);
    if (!level->has_value()) {
        Error e =
            makeError(ErrorCode::InsufficientStock,
                      DomainText::tr("Only %1 in stock; the adjustment would make it negative.")
                          .arg(before->stockOnHand),
                      QStringLiteral("delta"));
        e.details.insert(QStringLiteral("stockOnHand"), before->stockOnHand);
        return e;
    }
    auto after = validation::found(products.findSku(skuId), QStringLiteral("SKU"), skuId);
    MD_TRY(after);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("stock.adjust"), entity::Sku,
                            skuId, {{QStringLiteral("stockOnHand"), before->stockOnHand}},
                            {{QStringLiteral("stockOnHand"), after->stockOnHand},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("reason"), stockReasonName(reason)},
                             {QStringLiteral("note"), note}},
                            m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<QList<StockMove>> StockService::moves(qint64 skuId, int limit) const
{
    return StockRepository(m_ctx.connection()).moves(skuId, limit);
}

Result<qint64> StockService::sumOfMoves(qint64 skuId) const
{
    return StockRepository(m_ctx.connection()).sumOfMoves(skuId);
}

} // namespace md
