#pragma once

#include <QList>
#include <QtGlobal>

namespace md {

// Rule A → B: "orders with A also have B". Counts are exact; the ratios are non-money statistics
// and kept as doubles: support = pairCount / transactions, confidence = pairCount / countA,
// lift = confidence / (countB / transactions).
struct AssociationRule
{
    qint64 antecedent = 0;
    qint64 consequent = 0;
    qint64 pairCount = 0;
    double support = 0;
    double confidence = 0;
    double lift = 0;
};

struct BasketThresholds
{
    qint64 minPairCount = 2; // a pair seen in fewer orders is noise
    double minConfidence = 0.1;
    double minLift = 1.0; // at or above independence
};

// Pair rules over transactions, a transaction being one order's distinct products (a product twice
// in one order counts once). Rules sorted by antecedent, then confidence, lift, pair count
// descending, then consequent, so the output is deterministic.
class BasketAnalysis
{
public:
    static QList<AssociationRule> mine(const QList<QList<qint64>> &transactions,
                                       const BasketThresholds &thresholds);
};

} // namespace md
