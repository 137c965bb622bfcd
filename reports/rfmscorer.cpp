#include "rfmscorer.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <vector>

namespace md {

QList<int> RfmScorer::quintileScores(const QList<qint64> &values)
{
    const qsizetype n = values.size();
    QList<int> scores(n, 0);
    std::vector<qsizetype> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    qsizetype groupStart = 0;
    for (qsizetype pos = 0; pos < n; ++pos) {
        if (pos > 0 && values[order[pos]] != values[order[pos - 1]])
            groupStart = pos;
        // 64-bit arithmetic: 5 * p stays far below overflow for any realistic member count.
        scores[order[pos]] = 1 + static_cast<int>((5 * static_cast<qint64>(groupStart)) / n);
    }
    return scores;
}

// Segment table (documented in docs/reports.md), checked top to bottom, first match wins.
RfmSegment RfmScorer::segmentFor(int r, int f, int m)
{
    const int fm = (f + m + 1) / 2; // rounded mean of frequency and monetary
    if (r >= 4 && fm >= 4)
        return RfmSegment::Champions;
    if (r >= 3 && fm >= 3)
        return RfmSegment::Loyal;
    if (r >= 4 && fm >= 2)
        return RfmSegment::PotentialLoyalists;
    if (r >= 4)
        return RfmSegment::NewCustomers;
    if (r <= 2 && fm >= 4)
        return r == 1 ? RfmSegment::CantLose : RfmSegment::AtRisk;
    if (r <= 2 && fm >= 2)
        return RfmSegment::Hibernating;
    if (r <= 2)
        return RfmSegment::Lost;
    return RfmSegment::Others;
}

QString RfmScorer::segmentName(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return QCoreApplication::translate("RfmScorer", "Champions");
    case RfmSegment::Loyal:
        return QCoreApplication::translate("RfmScorer", "Loyal");
    case RfmSegment::PotentialLoyalists:
        return QCoreApplication::translate("RfmScorer", "Potential loyalists");
    case RfmSegment::NewCustomers:
        return QCoreApplication::translate("RfmScorer", "New customers");
    case RfmSegment::AtRisk:
        return QCoreApplication::translate("RfmScorer", "At risk");
    case RfmSegment::CantLose:
        return QCoreApplication::translate("RfmScorer", "Can't lose");
    case RfmSegment::Hibernating:
        return QCoreApplication::translate("RfmScorer", "Hibernating");
    case RfmSegment::Lost:
        return QCoreApplication::translate("RfmScorer", "Lost");
    case RfmSegment::Others:
        break;
    }
    return QCoreApplication::translate("RfmScorer", "Others");
}

QList<RfmScore> RfmScorer::score(const QList<MemberAggregate> &members)
{
    QList<qint64> r, f, m;
    r.reserve(members.size());
    f.reserve(members.size());
    m.reserve(members.size());
    for (const MemberAggregate &a : members) {
        r.append(a.lastPaidAtMs);
        f.append(a.orderCount);
        m.append(a.paidMinor);
    }
    const QList<int> rs = quintileScores(r), fs = quintileScores(f), ms = quintileScores(m);
    QList<RfmScore> out;
    out.reserve(members.size());
    for (qsizetype i = 0; i < members.size(); ++i)
        out.append({members[i].memberId, rs[i], fs[i], ms[i], segmentFor(rs[i], fs[i], ms[i])});
    return out;
}

} // namespace md
