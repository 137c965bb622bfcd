#include "bulkpricerule.h"

#include "money.h"

namespace md {

std::optional<qint64> BulkPriceRule::byPercent(qint64 oldPrice, qint64 basisPoints)
{
    if (basisPoints < -10000)
        return std::nullopt;
    // Prices are not negative, so half up (away from zero) is half up in the ordinary sense.
    const qint64 out = money::applyRate(oldPrice, 10000 + basisPoints, Rounding::HalfUp);
    return out < 0 ? std::nullopt : std::optional<qint64>(out);
}

std::optional<qint64> BulkPriceRule::byAmount(qint64 oldPrice, qint64 delta)
{
    const auto out = money::add(oldPrice, delta);
    if (!out || *out < 0)
        return std::nullopt;
    return out;
}

} // namespace md
