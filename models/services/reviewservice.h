#pragma once

#include "actor.h"
#include "result.h"
#include "review.h"
#include "reviewrepository.h"

#include <QList>

#include <optional>

namespace md {

class ServiceContext;

// Reviews: one per delivered or completed order line, rating 1–5, text up to 2,000 characters.
// Staff hide, show and reply. A product's rating average and count cover its visible reviews.
class ReviewService
{
public:
    static constexpr int kMaxText = 2000;

    explicit ReviewService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<Review> create(const Actor &member, qint64 orderId, qint64 orderLineId, int rating,
                          const QString &text);
    Result<Review> setHidden(const Actor &actor, qint64 reviewId, bool hidden);
    Result<Review> reply(const Actor &actor, qint64 reviewId, const QString &text);
    Result<Review> review(qint64 reviewId) const;
    // Customers see visible reviews only; staff with review.moderate see all.
    Result<QList<Review>> reviews(const Actor &actor, ReviewQuery query) const;
    Result<qint64> count(const Actor &actor, ReviewQuery query) const;
    // Count of visible reviews by rating, 1 to 5 stars.
    Result<QList<qint64>> distribution(qint64 productId) const;

private:
    const ServiceContext &m_ctx;
};

} // namespace md
