#pragma once

#include "commandcodec.h"

// The reviews' staff commands: hide, show again, reply. Same shape as catalogcommandtypes.h.
namespace md {

struct ReviewHide
{
    static constexpr CommandKind kKind{"review.hide", "review", CommandTarget::Existing};
    qint64 reviewId = 0;

    CommandBody toJson() const;
    static Result<ReviewHide> fromJson(CommandReader &reader);
    bool operator==(const ReviewHide &) const = default;
};

struct ReviewShow
{
    static constexpr CommandKind kKind{"review.show", "review", CommandTarget::Existing};
    qint64 reviewId = 0;

    CommandBody toJson() const;
    static Result<ReviewShow> fromJson(CommandReader &reader);
    bool operator==(const ReviewShow &) const = default;
};

struct ReviewReply
{
    static constexpr CommandKind kKind{"review.reply", "review", CommandTarget::Existing};
    qint64 reviewId = 0;
    QString text; // at most ReviewService::kMaxText characters

    CommandBody toJson() const;
    static Result<ReviewReply> fromJson(CommandReader &reader);
    bool operator==(const ReviewReply &) const = default;
};

} // namespace md
