#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace md {

// One member's purchase aggregates, as the RFM report reads them from paid orders in one pass.
struct MemberAggregate
{
    qint64 memberId = 0;
    qint64 lastPaidAtMs = 0; // most recent paid order, ms since epoch UTC
    qint64 orderCount = 0;   // paid orders in the window
    qint64 paidMinor = 0;    // money paid in the window, minor units
};

enum class RfmSegment {
    Champions,
    Loyal,
    PotentialLoyalists,
    NewCustomers,
    AtRisk,
    CantLose,
    Hibernating,
    Lost,
    Others
};

struct RfmScore
{
    qint64 memberId = 0;
    int recency = 0;   // 1..5, 5 = most recent
    int frequency = 0; // 1..5, 5 = most orders
    int monetary = 0;  // 1..5, 5 = most money
    RfmSegment segment = RfmSegment::Others;
};

// Scores members 1..5 on each axis by quintiles of their rank, computed in C++ after sorting.
// Tie rule (why: two members with the same value must never get different scores): sort the
// values ascending; a tie group whose first element sits at zero-based position p among n members
// gets score 1 + floor(5 * p / n) for every member of the group. Higher values score higher; for
// recency the value is the last paid time, so the most recent buyers score 5.
class RfmScorer
{
public:
    static QList<RfmScore> score(const QList<MemberAggregate> &members);
    static RfmSegment segmentFor(int recency, int frequency, int monetary);
    static QString segmentName(RfmSegment segment);
    // Scores of one axis, in the order of values; exposed so the tie rule is testable on its own.
    static QList<int> quintileScores(const QList<qint64> &values);
};

} // namespace md
