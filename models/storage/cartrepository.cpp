#include "cartrepository.h"

#include "changelog.h"
#include "sqlquery.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace md {

QJsonObject CartLine::toJson() const
{
    return {{QStringLiteral("skuId"), skuId},
            {QStringLiteral("productId"), productId},
            {QStringLiteral("title"), title},
            {QStringLiteral("skuCode"), skuCode},
            {QStringLiteral("options"), skuOptionsToJson(options)},
            {QStringLiteral("image"), image.isEmpty() ? QJsonValue() : QJsonValue(image)},
            {QStringLiteral("unitPrice"), unitPrice},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("stock"), stockOnHand},
            {QStringLiteral("unavailable"), unavailable},
            {QStringLiteral("outOfStock"), outOfStock},
            {QStringLiteral("insufficientStock"), insufficient}};
}

QJsonObject CartView::toJson(const QString &currency) const
{
    QJsonArray list;
    for (const auto &l : lines)
        list.append(l.toJson());
    return {{QStringLiteral("currency"), currency},
            {QStringLiteral("lines"), list},
            {QStringLiteral("subtotal"), subtotal}};
}

namespace {

const QString kLineColumns =
    QStringLiteral("s.id, p.id, p.category_id, p.title, s.code, s.options, p.images, s.price, "
                   "s.cost, %1, s.stock_on_hand, p.status");

CartLine lineFromRow(const SqlQuery &q)
{
    CartLine l;
    l.skuId = q.int64(0);
    l.productId = q.int64(1);
    l.categoryId = q.int64(2);
    l.title = q.text(3);
    l.skuCode = q.text(4);
    l.options = skuOptionsFromJson(QJsonDocument::fromJson(q.text(5).toUtf8()).array());
    const QJsonArray images = QJsonDocument::fromJson(q.text(6).toUtf8()).array();
    l.image = images.isEmpty() ? QString() : images.first().toString();
    l.unitPrice = q.int64(7);
    l.unitCost = q.int64(8);
    l.quantity = q.int64(9);
    l.stockOnHand = q.int64(10);
    l.unavailable = q.text(11) != QLatin1String("active");
    l.outOfStock = l.stockOnHand == 0;
    l.insufficient = !l.outOfStock && l.stockOnHand < l.quantity;
    return l;
}

} // namespace

Result<QList<CartLine>>
CartRepository::describe(const QList<std::pair<qint64, qint64>> &skuQuantities) const
{
    QList<CartLine> out;
    for (const auto &[skuId, quantity] : skuQuantities) {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT ") + kLineColumns.arg(QStringLiteral("?")) +
                       QStringLiteral(
                           " FROM skus s JOIN products p ON p.id = s.product_id WHERE s.id = ?"),
                   {quantity, skuId});
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return makeError(ErrorCode::NotFound, DomainText::tr("No SKU with id %1.").arg(skuId),
                             QStringLiteral("skuId"));
        out.append(lineFromRow(q));
    }
    return out;
}

Result<QList<CartLine>> CartRepository::lines(qint64 memberId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kLineColumns.arg(QStringLiteral("c.quantity")) +
                   QStringLiteral(" FROM cart_items c JOIN skus s ON s.id = c.sku_id "
                                  "JOIN products p ON p.id = s.product_id WHERE c.member_id = ? "
                                  "ORDER BY c.added_at, s.id"),
               {memberId});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CartLine> out;
    while (q.next())
        out.append(lineFromRow(q));
    return out;
}

Result<qint64> CartRepository::quantityOf(qint64 memberId, qint64 skuId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT quantity FROM cart_items WHERE member_id = ? AND sku_id = ?"),
               {memberId, skuId});
    return q.scalar(0);
}

Result<qint64> CartRepository::lineCount(qint64 memberId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM cart_items WHERE member_id = ?"),
               {memberId});
    return q.scalar(0);
}

Status CartRepository::upsert(qint64 memberId, qint64 skuId, qint64 quantity, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO cart_items (member_id, sku_id, quantity, added_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (member_id, sku_id) DO UPDATE SET "
                       "quantity = excluded.quantity, updated_at = excluded.updated_at"),
        {memberId, skuId, quantity, nowMs, nowMs});
    return q.exec();
}

Result<bool> CartRepository::remove(qint64 memberId, qint64 skuId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM cart_items WHERE member_id = ? AND sku_id = ?"),
               {memberId, skuId});
    if (Status s = q.exec(); !s)
        return s.error();
    return q.rowsAffected() > 0;
}

Status CartRepository::recordAddition(qint64 memberId, qint64 skuId, qint64 productId,
                                      qint64 quantity, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO cart_events (member_id, sku_id, product_id, quantity, at) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {memberId, skuId, productId, quantity, nowMs});
    auto id = q.scalar(0);
    MD_TRY(id);
    // Logged so that replicas receive the additions too (the desktop's conversion funnel).
    return ChangeLog::record(m_db, entity::CartEvent, *id, 1, ChangeOp::Upsert, nowMs);
}

} // namespace md
