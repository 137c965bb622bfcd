#include "reviewcommandtypes.h"

#include "reviewservice.h"

namespace md {

CommandBody ReviewHide::toJson() const
{
    return {reviewId, std::nullopt, {}};
}

Result<ReviewHide> ReviewHide::fromJson(CommandReader &r)
{
    MD_TRY(r.finish());
    return ReviewHide{r.entityId()};
}

CommandBody ReviewShow::toJson() const
{
    return {reviewId, std::nullopt, {}};
}

Result<ReviewShow> ReviewShow::fromJson(CommandReader &r)
{
    MD_TRY(r.finish());
    return ReviewShow{r.entityId()};
}

CommandBody ReviewReply::toJson() const
{
    return {reviewId, std::nullopt, {{QStringLiteral("text"), text}}};
}

Result<ReviewReply> ReviewReply::fromJson(CommandReader &r)
{
    const QString text = r.fields()
                             .string(QStringLiteral("text"), ReviewService::kMaxText, true)
                             .value_or(QString());
    MD_TRY(r.finish());
    return ReviewReply{r.entityId(), text};
}

} // namespace md
