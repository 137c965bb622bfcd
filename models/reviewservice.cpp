#include "reviewservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "orderrepository.h"
#include "permissionpolicy.h"
#include "productrepository.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "storetime.h"
#include "validation.h"
#include "writetransaction.h"


namespace md {

namespace {

const QString kColumns = QStringLiteral(
    "r.id, r.order_line_id, r.order_id, r.product_id, r.member_id, m.display_name, r.rating, r.body, r.status, r.reply, "
    "r.reply_staff_id, r.replied_at, r.created_at, r.version");

Review fromRow(const SqlQuery &q)
{
    Review r;
    int c = 0;
    r.id = q.int64(c++);
    r.orderLineId = q.int64(c++);
    r.orderId = q.int64(c++);
    r.productId = q.int64(c++);
    r.memberId = q.int64(c++);
    r.memberName = q.text(c++);
    r.rating = q.integer(c++);
    r.body = q.text(c++);
    r.hidden = q.text(c++) == QLatin1String("hidden");
    r.reply = q.text(c++);
    r.replyStaffId = q.int64(c++);
    r.repliedAt = q.int64(c++);
    r.createdAt = q.int64(c++);
    r.version = q.int64(c++);
    return r;
}

Result<std::optional<Review>> find(const QSqlDatabase &db, qint64 id)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + kColumns
                       + QStringLiteral(" FROM reviews r JOIN members m ON m.id = r.member_id WHERE r.id = ?"),
               {id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Review>();
    return std::optional<Review>(fromRow(q));
}

QString whereClause(const ReviewQuery &query, QVariantList &values)
{
    QStringList c;
    if (query.productId) {
        c << QStringLiteral("r.product_id = ?");
        values << query.productId;
    }
    if (query.hidden) {
        c << QStringLiteral("r.status = ?");
        values << (*query.hidden ? QStringLiteral("hidden") : QStringLiteral("visible"));
    }
    return c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
}

} // namespace

QJsonObject Review::toJson() const
{
    const auto iso = &StoreTime::isoUtc;
    return {{QStringLiteral("id"), id},
            {QStringLiteral("productId"), productId},
            {QStringLiteral("orderId"), orderId},
            {QStringLiteral("lineId"), orderLineId},
            {QStringLiteral("author"), memberName},
            {QStringLiteral("rating"), rating},
            {QStringLiteral("text"), body},
            {QStringLiteral("hidden"), hidden},
            {QStringLiteral("reply"), reply.isEmpty() ? QJsonValue() : QJsonValue(reply)},
            {QStringLiteral("repliedAt"), iso(repliedAt)},
            {QStringLiteral("createdAt"), iso(createdAt)},
            {QStringLiteral("version"), version}};
}

Result<Review> ReviewService::create(const Actor &member, qint64 orderId, qint64 orderLineId, int rating,
                                     const QString &text)
{
    if (!member.isMember())
        return makeError(ErrorCode::Forbidden, DomainText::tr("Only the customer reviews a purchase."));
    if (rating < 1 || rating > 5)
        return makeError(ErrorCode::InvalidRating, DomainText::tr("A rating is 1 to 5 stars."), QStringLiteral("rating"));
    if (text.size() > kMaxText)
        return makeError(ErrorCode::TextTooLong, DomainText::tr("A review has at most %1 characters.").arg(kMaxText),
                         QStringLiteral("text"));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    auto o = validation::found(OrderRepository(db).find(orderId), QStringLiteral("order"), orderId);
    MD_TRY(o);
    if (o->memberId != member.id)
        return validation::notFound(QStringLiteral("order"), orderId);
    const OrderLine *line = nullptr;
    for (const OrderLine &l : o->lines) {
        if (l.id == orderLineId)
            line = &l;
    }
    if (!line)
        return validation::notFound(QStringLiteral("order line"), orderLineId);
    if (o->status != OrderStatus::Delivered && o->status != OrderStatus::Completed)
        return makeError(ErrorCode::ReviewNotAllowed, DomainText::tr("You can review an item once it has been delivered."));
    if (!line->productId)
        return makeError(ErrorCode::ReviewNotAllowed, DomainText::tr("This item can no longer be reviewed."));
    SqlQuery exists(db, QStringLiteral("SELECT COUNT(*) FROM reviews WHERE order_line_id = ?"), {orderLineId});
    auto n = exists.scalar(0);
    MD_TRY(n);
    if (*n > 0)
        return makeError(ErrorCode::ReviewExists, DomainText::tr("You have already reviewed this item."));
    SqlQuery insert(db, QStringLiteral("INSERT INTO reviews (order_line_id, order_id, product_id, member_id, rating, body, "
                                       "status, created_at, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'visible', ?, 1, ?) "
                                       "RETURNING id"),
                    {orderLineId, orderId, line->productId, member.id, rating, text, m_ctx.now(), m_ctx.now()});
    auto id = insert.scalar(0);
    MD_TRY(id);
    MD_TRY(ChangeLog::record(db, entity::Review, *id, 1, ChangeOp::Upsert, m_ctx.now()));
    MD_TRY(ProductRepository(db).addRating(line->productId, rating, 1, m_ctx.now()));
    auto created = validation::found(find(db, *id), QStringLiteral("review"), *id);
    MD_TRY(created);
    MD_TRY(tx.commit());
    return created;
}

Result<Review> ReviewService::setHidden(const Actor &actor, qint64 reviewId, bool hidden)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::ReviewModerate));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    auto before = validation::found(find(db, reviewId), QStringLiteral("review"), reviewId);
    MD_TRY(before);
    if (before->hidden == hidden)
        return before;
    SqlQuery update(db, QStringLiteral("UPDATE reviews SET status = ?, version = version + 1, updated_at = ? "
                                       "WHERE id = ? RETURNING version"),
                    {hidden ? QStringLiteral("hidden") : QStringLiteral("visible"), m_ctx.now(), reviewId});
    auto v = update.scalar(-1);
    MD_TRY(v);
    MD_TRY(ChangeLog::record(db, entity::Review, reviewId, *v, ChangeOp::Upsert, m_ctx.now()));
    MD_TRY(ProductRepository(db).addRating(before->productId, hidden ? -before->rating : before->rating, hidden ? -1 : 1,
                                           m_ctx.now()));
    MD_TRY(AuditLog::record(db, actor, hidden ? QStringLiteral("review.hide") : QStringLiteral("review.show"),
                            entity::Review, reviewId, {{QStringLiteral("hidden"), before->hidden}},
                            {{QStringLiteral("hidden"), hidden}}, m_ctx.now()));
    auto after = validation::found(find(db, reviewId), QStringLiteral("review"), reviewId);
    MD_TRY(after);
    MD_TRY(tx.commit());
    return after;
}

Result<Review> ReviewService::reply(const Actor &actor, qint64 reviewId, const QString &text)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::ReviewModerate));
    if (text.trimmed().isEmpty() || text.size() > kMaxText)
        return makeError(ErrorCode::InvalidArgument, DomainText::tr("A reply has 1 to %1 characters.").arg(kMaxText),
                         QStringLiteral("text"));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    auto before = validation::found(find(db, reviewId), QStringLiteral("review"), reviewId);
    MD_TRY(before);
    SqlQuery update(db, QStringLiteral("UPDATE reviews SET reply = ?, reply_staff_id = ?, replied_at = ?, "
                                       "version = version + 1, updated_at = ? WHERE id = ? RETURNING version"),
                    {text.trimmed(), actor.staffId() ? QVariant(*actor.staffId()) : QVariant(), m_ctx.now(), m_ctx.now(),
                     reviewId});
    auto v = update.scalar(-1);
    MD_TRY(v);
    MD_TRY(ChangeLog::record(db, entity::Review, reviewId, *v, ChangeOp::Upsert, m_ctx.now()));
    MD_TRY(AuditLog::record(db, actor, QStringLiteral("review.reply"), entity::Review, reviewId,
                            {{QStringLiteral("reply"), before->reply}}, {{QStringLiteral("reply"), text.trimmed()}},
                            m_ctx.now()));
    auto after = validation::found(find(db, reviewId), QStringLiteral("review"), reviewId);
    MD_TRY(after);
    MD_TRY(tx.commit());
    return after;
}

Result<Review> ReviewService::review(qint64 reviewId) const
{
    return validation::found(find(m_ctx.connection(), reviewId), QStringLiteral("review"), reviewId);
}

Result<QList<Review>> ReviewService::reviews(const Actor &actor, ReviewQuery query) const
{
    if (!PermissionPolicy::allows(actor, Permission::ReviewModerate) || actor.isMember())
        query.hidden = false;
    QVariantList values;
    const QString where = whereClause(query, values);
    SqlQuery q(m_ctx.connection(), QStringLiteral("SELECT ") + kColumns
                                       + QStringLiteral(" FROM reviews r JOIN members m ON m.id = r.member_id") + where
                                       + QStringLiteral(" ORDER BY r.created_at DESC, r.id DESC LIMIT ? OFFSET ?"));
    for (const auto &v : values)
        q.bind(v);
    q.bind(qBound(1, query.limit, 500)).bind(qMax(0, query.offset));
    MD_TRY(q.exec());
    QList<Review> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<qint64> ReviewService::count(const Actor &actor, ReviewQuery query) const
{
    if (!PermissionPolicy::allows(actor, Permission::ReviewModerate) || actor.isMember())
        query.hidden = false;
    QVariantList values;
    const QString where = whereClause(query, values);
    SqlQuery q(m_ctx.connection(), QStringLiteral("SELECT COUNT(*) FROM reviews r") + where);
    for (const auto &v : values)
        q.bind(v);
    return q.scalar();
}

} // namespace md
