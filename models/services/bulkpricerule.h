#pragma once

#include <QtGlobal>

#include <optional>

namespace md {

// How a price change of many SKUs at once computes each new price (docs/pricing.md, "Bulk price
// changes"). The desktop previews these prices and sends one sku.update per changed SKU, so the
// rule lives here, beside the other pricing rules, not in the dialog.
//
// - By a percentage: new = old × (100 % + p) exactly, rounded half up to the minor unit
//   (¥10.05 + 10 % = ¥11.055 → ¥11.06). p is in basis points (1000 = 10 %), so a percentage has
//   at most two decimals; -100 % makes the price 0.
// - By an amount: new = old + delta, delta in minor units and possibly negative.
// Either way a result below zero (or past the range of qint64) is refused: nullopt, and the
// caller refuses the whole batch.
class BulkPriceRule
{
public:
    static std::optional<qint64> byPercent(qint64 oldPrice, qint64 basisPoints);
    static std::optional<qint64> byAmount(qint64 oldPrice, qint64 delta);
};

} // namespace md
