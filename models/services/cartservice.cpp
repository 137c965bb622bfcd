#include "cartservice.h"

#include "cartrepository.h"
#include "productrepository.h"
#include "servicecontext.h"
#include "validation.h"
#include "writetransaction.h"

namespace md {

namespace {

Status requireMember(const Actor &actor)
{
    if (!actor.isMember())
        return makeError(ErrorCode::Forbidden, DomainText::tr("Only members have a cart."));
    return {};
}

Status checkQuantity(qint64 quantity)
{
    if (quantity < 1 || quantity > CartService::kMaxQuantity)
        return makeError(
            ErrorCode::InvalidQuantity,
            DomainText::tr("The quantity must be between 1 and %1.").arg(CartService::kMaxQuantity),
            QStringLiteral("quantity"));
    return {};
}

Result<CartView> load(const QSqlDatabase &db, qint64 memberId)
{
    auto lines = CartRepository(db).lines(memberId);
    MD_TRY(lines);
    CartView v;
    v.memberId = memberId;
    v.lines = *lines;
    for (const auto &l : v.lines)
        v.subtotal += l.unitPrice * l.quantity;
    return v;
}

} // namespace

Result<CartView> CartService::view(const Actor &member) const
{
    MD_TRY(requireMember(member));
    return load(m_ctx.connection(), member.id);
}

Result<CartView> CartService::add(const Actor &member, qint64 skuId, qint64 quantity)
{
    MD_TRY(requireMember(member));
    MD_TRY(checkQuantity(quantity));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    ProductRepository products(tx.connection());
    auto sku = validation::found(products.findSku(skuId), QStringLiteral("SKU"), skuId);
    MD_TRY(sku);
    auto product =
        validation::found(products.find(sku->productId), QStringLiteral("product"), sku->productId);
    MD_TRY(product);
    if (product->status != ProductStatus::Active)
        return makeError(ErrorCode::SkuUnavailable,
                         DomainText::tr("%1 is not for sale.").arg(product->title),
                         QStringLiteral("skuId"));
    CartRepository cart(tx.connection());
    auto existing = cart.quantityOf(member.id, skuId);
    MD_TRY(existing);
    if (*existing == 0) {
        auto count = cart.lineCount(member.id);
        MD_TRY(count);
        if (*count >= kMaxLines)
            return makeError(
                ErrorCode::CartLimit,
                DomainText::tr("A cart holds at most %1 different items.").arg(kMaxLines));
    }
    if (*existing + quantity > kMaxQuantity)
        return makeError(ErrorCode::CartLimit,
                         DomainText::tr("At most %1 of one item per order.").arg(kMaxQuantity),
                         QStringLiteral("quantity"));
    MD_TRY(cart.upsert(member.id, skuId, *existing + quantity, m_ctx.now()));
    MD_TRY(cart.recordAddition(member.id, skuId, sku->productId, quantity, m_ctx.now()));
    auto view = load(tx.connection(), member.id);
    MD_TRY(view);
    MD_TRY(tx.commit());
    return view;
}

Result<CartView> CartService::setQuantity(const Actor &member, qint64 skuId, qint64 quantity)
{
    MD_TRY(requireMember(member));
    MD_TRY(checkQuantity(quantity));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    CartRepository cart(tx.connection());
    auto existing = cart.quantityOf(member.id, skuId);
    MD_TRY(existing);
    if (*existing == 0)
        return validation::notFound(QStringLiteral("cart item"), skuId);
    MD_TRY(cart.upsert(member.id, skuId, quantity, m_ctx.now()));
    auto view = load(tx.connection(), member.id);
    MD_TRY(view);
    MD_TRY(tx.commit());
    return view;
}

Result<CartView> CartService::remove(const Actor &member, qint64 skuId)
{
    MD_TRY(requireMember(member));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    auto removed = CartRepository(tx.connection()).remove(member.id, skuId);
    MD_TRY(removed);
    if (!*removed)
        return validation::notFound(QStringLiteral("cart item"), skuId);
    auto view = load(tx.connection(), member.id);
    MD_TRY(view);
    MD_TRY(tx.commit());
    return view;
}

} // namespace md
