#include "flashsaleservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "flashsalerepository.h"
#include "permissionpolicy.h"
#include "productrepository.h"
#include "servicecontext.h"
#include "validation.h"
#include "writetransaction.h"

#include <QSet>

namespace md {

Status FlashSaleService::validate(const QSqlDatabase &db, const FlashSaleDraft &d,
                                  const FlashSale *existing) const
{
    MD_TRY(validation::title(d.name, QStringLiteral("name")));
    if (d.endsAt <= d.startsAt)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("The sale must end after it starts."),
                         QStringLiteral("endsAt"));
    if (d.perMemberLimit < 1 || d.perMemberLimit > 999)
        return makeError(ErrorCode::InvalidQuantity,
                         DomainText::tr("The per-member limit must be 1 to 999."),
                         QStringLiteral("perMemberLimit"));
    if (d.items.isEmpty() || d.items.size() > 500)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Choose between 1 and 500 SKUs."), QStringLiteral("items"));
    ProductRepository products(db);
    QSet<qint64> skus;
    for (const auto &item : d.items) {
        if (skus.contains(item.skuId))
            return makeError(ErrorCode::InvalidArgument, DomainText::tr("A SKU appears twice."),
                             QStringLiteral("items"));
        skus.insert(item.skuId);
        auto sku = products.findSku(item.skuId);
        MD_TRY(sku);
        if (!sku->has_value())
            return validation::notFound(QStringLiteral("SKU"), item.skuId);
        MD_TRY(validation::amount(item.salePrice, QStringLiteral("salePrice")));
        if (item.salePrice >= (*sku)->price)
            return makeError(
                ErrorCode::InvalidPrice,
                DomainText::tr("The sale price of %1 must be below its price.").arg((*sku)->code),
                QStringLiteral("salePrice"));
        if (item.allotment < 1 || item.allotment > 1'000'000)
            return makeError(ErrorCode::InvalidQuantity,
                             DomainText::tr("Each SKU needs an allotment of at least 1."),
                             QStringLiteral("allotment"));
        if (existing) {
            for (const auto &old : existing->items) {
                if (old.skuId == item.skuId && item.allotment < old.sold)
                    return makeError(
                        ErrorCode::InvalidQuantity,
                        DomainText::tr("%1 units were already sold; the allotment cannot be lower.")
                            .arg(old.sold),
                        QStringLiteral("allotment"));
            }
        }
    }
    return {};
}

Result<FlashSale> FlashSaleService::create(const Actor &actor, const FlashSaleDraft &draft)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::PromotionManage));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MD_TRY(validate(tx.connection(), draft, nullptr));
    auto created = FlashSaleRepository(tx.connection()).insert(draft, m_ctx.now());
    MD_TRY(created);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("flash_sale.create"),
                            entity::FlashSale, created->id, {}, created->toJson(m_ctx.now()),
                            m_ctx.now()));
    MD_TRY(tx.commit());
    return created;
}

Result<FlashSale> FlashSaleService::update(const Actor &actor, qint64 id,
                                           const FlashSaleDraft &draft,
                                           std::optional<qint64> expectedVersion)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::PromotionManage));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    FlashSaleRepository repo(tx.connection());
    auto before = validation::found(repo.find(id), QStringLiteral("flash sale"), id);
    MD_TRY(before);
    if (expectedVersion && *expectedVersion != before->version)
        return validation::versionConflict(QStringLiteral("flash sale"), id, *expectedVersion,
                                           before->version);
    if (before->ended)
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("An ended flash sale cannot be changed."));
    MD_TRY(validate(tx.connection(), draft, &*before));
    auto after =
        validation::found(repo.update(id, draft, m_ctx.now()), QStringLiteral("flash sale"), id);
    MD_TRY(after);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("flash_sale.update"),
                            entity::FlashSale, id, before->toJson(m_ctx.now()),
                            after->toJson(m_ctx.now()), m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<FlashSale> FlashSaleService::end(const Actor &actor, qint64 id)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::PromotionManage));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    FlashSaleRepository repo(tx.connection());
    auto after = validation::found(repo.end(id, m_ctx.now()), QStringLiteral("flash sale"), id);
    MD_TRY(after);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("flash_sale.end"),
                            entity::FlashSale, id, {}, {{QStringLiteral("ended"), true}},
                            m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<FlashSale> FlashSaleService::sale(qint64 id) const
{
    return validation::found(FlashSaleRepository(m_ctx.connection()).find(id),
                             QStringLiteral("flash sale"), id);
}

Result<QList<FlashSale>> FlashSaleService::currentAndUpcoming() const
{
    return FlashSaleRepository(m_ctx.connection()).currentAndUpcoming(m_ctx.now());
}

Result<QList<FlashSale>> FlashSaleService::all(const Actor &actor, int offset, int limit) const
{
    MD_TRY(PermissionPolicy::require(actor, Permission::CatalogView));
    return FlashSaleRepository(m_ctx.connection()).all(qMax(0, offset), qBound(1, limit, 500));
}

} // namespace md
