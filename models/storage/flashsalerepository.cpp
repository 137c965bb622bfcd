#include "flashsalerepository.h"

#include "changelog.h"
#include "sqlquery.h"
#include "storetime.h"

#include <QJsonArray>

namespace md {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, starts_at, ends_at, per_member_limit, allow_coupons, status, version");

FlashSale fromRow(const SqlQuery &q)
{
    FlashSale s;
    s.id = q.int64(0);
    s.name = q.text(1);
    s.startsAt = q.int64(2);
    s.endsAt = q.int64(3);
    s.perMemberLimit = q.integer(4);
    s.allowCoupons = q.integer(5) != 0;
    s.ended = q.text(6) == QLatin1String("ended");
    s.version = q.int64(7);
    return s;
}

} // namespace

QJsonObject FlashSale::toJson(qint64 nowMs) const
{
    QJsonArray list;
    for (const auto &i : items)
        list.append(QJsonObject{{QStringLiteral("id"), i.id},
                                {QStringLiteral("skuId"), i.skuId},
                                {QStringLiteral("salePrice"), i.salePrice},
                                {QStringLiteral("allotment"), i.allotment},
                                {QStringLiteral("sold"), i.sold},
                                {QStringLiteral("remaining"), i.remaining()}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("startsAt"), StoreTime::isoUtc(startsAt)},
            {QStringLiteral("endsAt"), StoreTime::isoUtc(endsAt)},
            {QStringLiteral("perMemberLimit"), perMemberLimit},
            {QStringLiteral("allowCoupons"), allowCoupons},
            {QStringLiteral("state"), ended || nowMs >= endsAt ? QStringLiteral("ended")
                                      : nowMs >= startsAt      ? QStringLiteral("running")
                                                               : QStringLiteral("upcoming")},
            {QStringLiteral("items"), list},
            {QStringLiteral("version"), version}};
}

Status FlashSaleRepository::loadItems(FlashSale &sale) const
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT id, flash_sale_id, sku_id, sale_price, allotment, sold FROM flash_sale_items "
            "WHERE flash_sale_id = ? ORDER BY id"),
        {sale.id});
    if (Status s = q.exec(); !s)
        return s;
    sale.items.clear();
    while (q.next())
        sale.items.append({q.int64(0), q.int64(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5)});
    return {};
}

Status FlashSaleRepository::logSale(qint64 saleId, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral("UPDATE flash_sales SET version = version + 1, updated_at = ? WHERE id = ? "
                       "RETURNING version"),
        {nowMs, saleId});
    auto v = q.scalar(1);
    if (!v)
        return v.error();
    return ChangeLog::record(m_db, entity::FlashSale, saleId, *v, ChangeOp::Upsert, nowMs);
}

Result<std::optional<FlashSale>> FlashSaleRepository::find(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns +
                   QStringLiteral(" FROM flash_sales WHERE id = ?"),
               {id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<FlashSale>();
    FlashSale sale = fromRow(q);
    if (Status s = loadItems(sale); !s)
        return s.error();
    return std::optional<FlashSale>(sale);
}

Result<QList<FlashSale>> FlashSaleRepository::currentAndUpcoming(qint64 nowMs) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns +
                   QStringLiteral(" FROM flash_sales WHERE status = 'scheduled' AND ends_at > ? "
                                  "ORDER BY starts_at, id"),
               {nowMs});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<FlashSale> out;
    while (q.next())
        out.append(fromRow(q));
    for (auto &sale : out) {
        if (Status s = loadItems(sale); !s)
            return s.error();
    }
    return out;
}

Result<QList<FlashSale>> FlashSaleRepository::all(int offset, int limit) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns +
                   QStringLiteral(" FROM flash_sales ORDER BY id DESC LIMIT ? OFFSET ?"),
               {limit, offset});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<FlashSale> out;
    while (q.next())
        out.append(fromRow(q));
    for (auto &sale : out) {
        if (Status s = loadItems(sale); !s)
            return s.error();
    }
    return out;
}

Result<FlashSale> FlashSaleRepository::insert(const FlashSaleDraft &d, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO flash_sales (name, starts_at, ends_at, per_member_limit, allow_coupons, "
            "status, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'scheduled', 0, ?, ?) "
            "RETURNING id"),
        {d.name, d.startsAt, d.endsAt, d.perMemberLimit, d.allowCoupons ? 1 : 0, nowMs, nowMs});
    auto id = q.scalar(0);
    if (!id)
        return id.error();
    for (const auto &item : d.items) {
        SqlQuery i(
            m_db,
            QStringLiteral(
                "INSERT INTO flash_sale_items (flash_sale_id, sku_id, sale_price, allotment) "
                "VALUES (?, ?, ?, ?)"),
            {*id, item.skuId, item.salePrice, item.allotment});
        if (Status s = i.exec(); !s)
            return s.error();
    }
    if (Status s = logSale(*id, nowMs); !s)
        return s.error();
    auto sale = find(*id);
    if (!sale)
        return sale.error();
    return **sale;
}

Result<std::optional<FlashSale>> FlashSaleRepository::update(qint64 id, const FlashSaleDraft &d,
                                                             qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE flash_sales SET name = ?, starts_at = ?, ends_at = ?, per_member_limit = ?, "
            "allow_coupons = ? WHERE id = ?"),
        {d.name, d.startsAt, d.endsAt, d.perMemberLimit, d.allowCoupons ? 1 : 0, id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.rowsAffected() == 0)
        return std::optional<FlashSale>();
    // Items: upsert by SKU; an allotment may not drop below what is already sold.
    for (const auto &item : d.items) {
        SqlQuery i(
            m_db,
            QStringLiteral(
                "INSERT INTO flash_sale_items (flash_sale_id, sku_id, sale_price, allotment) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (flash_sale_id, sku_id) DO UPDATE SET "
                "sale_price = excluded.sale_price, allotment = excluded.allotment"),
            {id, item.skuId, item.salePrice, item.allotment});
        if (Status s = i.exec(); !s)
            return s.error();
    }
    if (Status s = logSale(id, nowMs); !s)
        return s.error();
    return find(id);
}

Result<std::optional<FlashSale>> FlashSaleRepository::end(qint64 id, qint64 nowMs)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE flash_sales SET status = 'ended' WHERE id = ?"), {id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.rowsAffected() == 0)
        return std::optional<FlashSale>();
    if (Status s = logSale(id, nowMs); !s)
        return s.error();
    return find(id);
}

Result<std::optional<FlashOffer>> FlashSaleRepository::offerFor(qint64 skuId, qint64 memberId,
                                                                qint64 nowMs) const
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT i.id, i.flash_sale_id, i.sku_id, i.sale_price, i.allotment, i.sold, "
            "s.per_member_limit, "
            "s.allow_coupons, COALESCE((SELECT quantity FROM flash_sale_purchases p "
            "WHERE p.flash_sale_item_id = i.id AND p.member_id = ?), 0) "
            "FROM flash_sale_items i JOIN flash_sales s ON s.id = i.flash_sale_id "
            "WHERE i.sku_id = ? AND s.status = 'scheduled' AND s.starts_at <= ? AND s.ends_at > ? "
            "ORDER BY i.sale_price, i.id LIMIT 1"),
        {memberId, skuId, nowMs, nowMs});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<FlashOffer>();
    FlashOffer o;
    o.item = {q.int64(0), q.int64(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5)};
    o.perMemberLimit = q.integer(6);
    o.allowCoupons = q.integer(7) != 0;
    o.boughtByMember = q.int64(8);
    return std::optional<FlashOffer>(o);
}

Result<bool> FlashSaleRepository::reserve(qint64 itemId, qint64 memberId, qint64 quantity,
                                          int perMemberLimit)
{
    if (quantity > perMemberLimit)
        return false;
    SqlQuery sold(
        m_db,
        QStringLiteral(
            "UPDATE flash_sale_items SET sold = sold + ? WHERE id = ? AND sold + ? <= allotment"),
        {quantity, itemId, quantity});
    if (Status s = sold.exec(); !s)
        return s.error();
    if (sold.rowsAffected() != 1)
        return false;
    SqlQuery mine(
        m_db,
        QStringLiteral("INSERT INTO flash_sale_purchases (flash_sale_item_id, member_id, quantity) "
                       "VALUES (?, ?, ?) ON CONFLICT (flash_sale_item_id, member_id) DO UPDATE SET "
                       "quantity = quantity + excluded.quantity "
                       "WHERE flash_sale_purchases.quantity + excluded.quantity <= ?"),
        {itemId, memberId, quantity, perMemberLimit});
    if (Status s = mine.exec(); !s)
        return s.error();
    return mine.rowsAffected() == 1; // on false the caller rolls back, which restores `sold`
}

Status FlashSaleRepository::release(qint64 itemId, qint64 memberId, qint64 quantity)
{
    SqlQuery sold(
        m_db,
        QStringLiteral("UPDATE flash_sale_items SET sold = sold - ? WHERE id = ? AND sold >= ?"),
        {quantity, itemId, quantity});
    if (Status s = sold.exec(); !s)
        return s;
    SqlQuery mine(
        m_db,
        QStringLiteral("UPDATE flash_sale_purchases SET quantity = quantity - ? "
                       "WHERE flash_sale_item_id = ? AND member_id = ? AND quantity >= ?"),
        {quantity, itemId, memberId, quantity});
    return mine.exec();
}

} // namespace md
