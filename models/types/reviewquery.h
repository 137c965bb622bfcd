#pragma once

#include "review.h"

#include <QString>

#include <optional>

namespace md {

// What a review list asks the store for. A plain type: the desktop builds it; ReviewRepository
// answers it (through ReviewService).

// The column a review list is sorted by (the store sorts, from this list of keys only); ties are
// broken by id in the same direction. Date off reviews_created; Product and Member by the
// product's title and the member's name; Status visible before hidden; Reply unanswered before
// answered (ascending).
enum class ReviewSort { Date, Product, Member, Rating, Text, Status, Reply };

struct ReviewQuery
{
    qint64 productId = 0;       // 0: any
    std::optional<bool> hidden; // nullopt: both
    // Part of the review's text, the product's title or the member's display name,
    // case-insensitively (ASCII) and literally (%, _ and quotes are plain characters).
    QString text;
    ReviewSort sort = ReviewSort::Date;
    bool descending = true; // newest first unless asked otherwise
    int offset = 0;
    int limit = 20;
};

} // namespace md
