#pragma once

#include "result.h"
#include "review.h"
#include "reviewquery.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

class SqlQuery;

class ReviewRepository
{
public:
    explicit ReviewRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<std::optional<Review>> find(qint64 id) const;
    Result<QList<Review>> list(const ReviewQuery &query) const;
    Result<qint64> count(const ReviewQuery &query) const;
    Result<bool> existsForLine(qint64 orderLineId) const;
    // Visible reviews of a product by rating: index 0 counts 1-star reviews, index 4 5-star ones.
    Result<QList<qint64>> distribution(qint64 productId) const;
    // Inserts and logs; fills in id and version.
    Status insert(Review &review, qint64 nowMs);
    Status setHidden(qint64 id, bool hidden, qint64 nowMs);
    Status setReply(qint64 id, const QString &reply, std::optional<qint64> staffId, qint64 nowMs);

private:
    Status bumped(SqlQuery &query, qint64 id, qint64 nowMs);
    QSqlDatabase m_db;
};

} // namespace md
