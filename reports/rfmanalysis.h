#pragma once

#include "result.h"
#include "rfmscorer.h"

#include <QSqlDatabase>

namespace md {

// RFM over the paid orders of one window [fromMs, toMs): one SQL pass aggregates per member
// (last paid time, paid order count, money kept = paid + balance applied - refunds, minor units),
// RfmScorer scores in C++. Paid means paid_at set and not cancelled. Members without a paid order
// in the window are not scored.
class RfmAnalysis
{
public:
    static Result<QList<MemberAggregate>> aggregate(const QSqlDatabase &db, qint64 fromMs,
                                                    qint64 toMs);
    static Result<QList<RfmScore>> run(const QSqlDatabase &db, qint64 fromMs, qint64 toMs);
    static QList<qint64> membersOf(const QList<RfmScore> &scores, RfmSegment segment);
};

} // namespace md
