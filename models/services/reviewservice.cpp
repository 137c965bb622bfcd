#include "reviewservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "orderrepository.h"
#include "permissionpolicy.h"
#include "productrepository.h"
#include "reviewrepository.h"
#include "servicecontext.h"
#include "storetime.h"
#include "validation.h"
#include "writetransaction.h"

namespace md {

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

Result<Review> ReviewService::create(const Actor &member, qint64 orderId, qint64 orderLineId,
                                     int rating, const QString &text)
{
    if (!member.isMember())
        return makeError(ErrorCode::Forbidden,
                         DomainText::tr("Only the customer reviews a purchase."));
    if (rating < 1 || rating > 5)
        return makeError(ErrorCode::InvalidRating, DomainText::tr("A rating is 1 to 5 stars."),
                         QStringLiteral("rating"));
    if (text.size() > kMaxText)
        return makeError(ErrorCode::TextTooLong,
                         DomainText::tr("A review has at most %1 characters.").arg(kMaxText),
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
        return makeError(ErrorCode::ReviewNotAllowed,
                         DomainText::tr("You can review an item once it has been delivered."));
    if (!line->productId)
        return makeError(ErrorCode::ReviewNotAllowed,
                         DomainText::tr("This item can no longer be reviewed."));
    ReviewRepository reviews(db);
    auto exists = reviews.existsForLine(orderLineId);
    MD_TRY(exists);
    if (*exists)
        return makeError(ErrorCode::ReviewExists,
                         DomainText::tr("You have already reviewed this item."));
    Review r;
    r.orderLineId = orderLineId;
    r.orderId = orderId;
    r.productId = line->productId;
    r.memberId = member.id;
    r.rating = rating;
    r.body = text;
    MD_TRY(reviews.insert(r, m_ctx.now()));
    MD_TRY(ProductRepository(db).addRating(line->productId, rating, 1, m_ctx.now()));
    auto created = validation::found(reviews.find(r.id), QStringLiteral("review"), r.id);
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
    ReviewRepository reviews(db);
    auto before = validation::found(reviews.find(reviewId), QStringLiteral("review"), reviewId);
    MD_TRY(before);
    if (before->hidden == hidden)
        return before;
    MD_TRY(reviews.setHidden(reviewId, hidden, m_ctx.now()));
    MD_TRY(ProductRepository(db).addRating(before->productId,
                                           hidden ? -before->rating : before->rating,
                                           hidden ? -1 : 1, m_ctx.now()));
    MD_TRY(AuditLog::record(db, actor,
                            hidden ? QStringLiteral("review.hide") : QStringLiteral("review.show"),
                            entity::Review, reviewId, {{QStringLiteral("hidden"), before->hidden}},
                            {{QStringLiteral("hidden"), hidden}}, m_ctx.now()));
    auto after = validation::found(reviews.find(reviewId), QStringLiteral("review"), reviewId);
    MD_TRY(after);
    MD_TRY(tx.commit());
    return after;
}

Result<Review> ReviewService::reply(const Actor &actor, qint64 reviewId, const QString &text)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::ReviewModerate));
    if (text.trimmed().isEmpty() || text.size() > kMaxText)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("A reply has 1 to %1 characters.").arg(kMaxText),
                         QStringLiteral("text"));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    ReviewRepository reviews(db);
    auto before = validation::found(reviews.find(reviewId), QStringLiteral("review"), reviewId);
    MD_TRY(before);
    MD_TRY(reviews.setReply(reviewId, text.trimmed(), actor.staffId(), m_ctx.now()));
    MD_TRY(AuditLog::record(db, actor, QStringLiteral("review.reply"), entity::Review, reviewId,
                            {{QStringLiteral("reply"), before->reply}},
                            {{QStringLiteral("reply"), text.trimmed()}}, m_ctx.now()));
    auto after = validation::found(reviews.find(reviewId), QStringLiteral("review"), reviewId);
    MD_TRY(after);
    MD_TRY(tx.commit());
    return after;
}

Result<Review> ReviewService::review(qint64 reviewId) const
{
    return validation::found(ReviewRepository(m_ctx.connection()).find(reviewId),
                             QStringLiteral("review"), reviewId);
}

Result<QList<Review>> ReviewService::reviews(const Actor &actor, ReviewQuery query) const
{
    if (!PermissionPolicy::allows(actor, Permission::ReviewModerate) || actor.isMember())
        query.hidden = false;
    query.limit = qBound(1, query.limit, 500);
    query.offset = qMax(0, query.offset);
    return ReviewRepository(m_ctx.connection()).list(query);
}

Result<qint64> ReviewService::count(const Actor &actor, ReviewQuery query) const
{
    if (!PermissionPolicy::allows(actor, Permission::ReviewModerate) || actor.isMember())
        query.hidden = false;
    return ReviewRepository(m_ctx.connection()).count(query);
}

Result<QList<qint64>> ReviewService::distribution(qint64 productId) const
{
    return ReviewRepository(m_ctx.connection()).distribution(productId);
}

} // namespace md
