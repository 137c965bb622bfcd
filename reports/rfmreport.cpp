#include "rfmreport.h"

#include "money.h"
#include "reportsql.h"
#include "rfmanalysis.h"
#include "servicecontext.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace md {

namespace {

const char *const kContext = "md::RfmReport";

constexpr std::array<RfmSegment, 9> kSegments = {
    RfmSegment::Champions,    RfmSegment::Loyal,  RfmSegment::PotentialLoyalists,
    RfmSegment::NewCustomers, RfmSegment::AtRisk, RfmSegment::CantLose,
    RfmSegment::Hibernating,  RfmSegment::Lost,   RfmSegment::Others};
// Stable keys for the CSV, in the order of kSegments.
constexpr std::array<const char *, 9> kKeys = {"champions",     "loyal",   "potential_loyalists",
                                               "new_customers", "at_risk", "cant_lose",
                                               "hibernating",   "lost",    "others"};

struct Segment
{
    qint64 members = 0;
    qint64 orders = 0;
    qint64 money = 0;
};

ReportRow rowOf(const QString &key, const QString &title, const Segment &s, qint64 scored)
{
    return {key,
            title,
            QVariant(s.members),
            ReportSql::rateBp(s.members, scored),
            QVariant(s.orders),
            QVariant(s.money),
            s.members ? QVariant(money::divide(s.money, s.members, Rounding::HalfUp)) : QVariant()};
}

struct Scored
{
    std::array<Segment, kSegments.size()> segments{};
    Segment all;
};

Result<Scored> scored(const ServiceContext &context, const ReportRequest &request)
{
    const QSqlDatabase db = context.connection();
    auto aggregates = RfmAnalysis::aggregate(db, request.startMs(), request.endMs());
    if (!aggregates)
        return aggregates.error();
    QHash<qint64, MemberAggregate> byMember;
    for (const MemberAggregate &a : aggregates.value())
        byMember.insert(a.memberId, a);
    Scored out;
    for (const RfmScore &s : RfmScorer::score(aggregates.value())) {
        const MemberAggregate a = byMember.value(s.memberId);
        for (size_t i = 0; i < kSegments.size(); ++i) {
            if (kSegments[i] != s.segment)
                continue;
            ++out.segments[i].members;
            out.segments[i].orders += a.orderCount;
            out.segments[i].money += a.paidMinor;
        }
        ++out.all.members;
        out.all.orders += a.orderCount;
        out.all.money += a.paidMinor;
    }
    return out;
}

} // namespace

QString RfmReport::title() const
{
    return QCoreApplication::translate("md::RfmReport", "RFM segments");
}

Result<ReportResult> RfmReport::compute(const ServiceContext &context,
                                        const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    const auto tr = [](const char *s) { return QCoreApplication::translate(kContext, s); };
    res->columns = {
        {QStringLiteral("segment"), tr("Segment key"), ReportColumnKind::Text},
        {QStringLiteral("title"), tr("Segment"), ReportColumnKind::Text},
        {QStringLiteral("members"), tr("Members"), ReportColumnKind::Integer},
        {QStringLiteral("share"), tr("Share %"), ReportColumnKind::PercentBp},
        {QStringLiteral("orders"), tr("Paid orders"), ReportColumnKind::Integer},
        {QStringLiteral("money"), tr("Money kept"), ReportColumnKind::Money},
        {QStringLiteral("money_per_member"), tr("Money per member"), ReportColumnKind::Money},
    };
    auto s = scored(context, request);
    if (!s)
        return s.error();
    for (size_t i = 0; i < kSegments.size(); ++i)
        res->rows.append(rowOf(QString::fromLatin1(kKeys[i]), RfmScorer::segmentName(kSegments[i]),
                               s->segments[i], s->all.members));
    res->totals = rowOf(QString(), QString(), s->all, s->all.members);
    if (request.comparePrevious) {
        auto p = scored(context, request.previousPeriod());
        if (!p)
            return p.error();
        res->previousTotals = rowOf(QString(), QString(), p->all, p->all.members);
    }
    res->series = {{res->columnIndex(QStringLiteral("members"))}};
    return res;
}

} // namespace md
