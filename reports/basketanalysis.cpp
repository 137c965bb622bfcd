#include "basketanalysis.h"

#include <algorithm>
#include <map>
#include <utility>

namespace md {

QList<AssociationRule> BasketAnalysis::mine(const QList<QList<qint64>> &transactions,
                                            const BasketThresholds &thresholds)
{
    std::map<qint64, qint64> itemCount;
    std::map<std::pair<qint64, qint64>, qint64> pairCount; // key (a, b) with a < b
    qint64 n = 0;
    for (QList<qint64> items : transactions) {
        std::sort(items.begin(), items.end());
        items.erase(std::unique(items.begin(), items.end()), items.end());
        if (items.isEmpty())
            continue;
        ++n;
        for (qsizetype i = 0; i < items.size(); ++i) {
            ++itemCount[items[i]];
            for (qsizetype j = i + 1; j < items.size(); ++j)
                ++pairCount[{items[i], items[j]}];
        }
    }
    QList<AssociationRule> rules;
    auto consider = [&](qint64 a, qint64 b, qint64 both) {
        AssociationRule r{a, b, both, double(both) / n, double(both) / itemCount[a], 0};
        r.lift = r.confidence / (double(itemCount[b]) / n);
        if (r.confidence >= thresholds.minConfidence && r.lift >= thresholds.minLift)
            rules.append(r);
    };
    for (const auto &[key, both] : pairCount) {
        if (both < thresholds.minPairCount)
            continue;
        consider(key.first, key.second, both);
        consider(key.second, key.first, both);
    }
    std::sort(rules.begin(), rules.end(), [](const AssociationRule &x, const AssociationRule &y) {
        if (x.antecedent != y.antecedent)
            return x.antecedent < y.antecedent;
        if (x.confidence != y.confidence)
            return x.confidence > y.confidence;
        if (x.lift != y.lift)
            return x.lift > y.lift;
        if (x.pairCount != y.pairCount)
            return x.pairCount > y.pairCount;
        return x.consequent < y.consequent;
    });
    return rules;
}

} // namespace md
