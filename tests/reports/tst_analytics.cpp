#include "basketanalysis.h"
#include "rfmanalysis.h"
#include "rfmscorer.h"
#include "segmenttarget.h"
#include "teststore.h"

#include <QSqlQuery>

#include <QTest>

using namespace md;

class TestAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void quintilesWithoutTies();
    void tiesShareTheScoreOfTheirFirstPosition();
    void allEqualScoreOne();
    void scoresAndSegments();
    void segmentTable_data();
    void segmentTable();
    void analysisOverTheStore();
    void basketRules();
};

void TestAnalytics::quintilesWithoutTies()
{
    // Ten distinct values, given out of order: two per quintile.
    const QList<qint64> values{90, 10, 50, 20, 100, 30, 80, 40, 70, 60};
    QCOMPARE(RfmScorer::quintileScores(values), (QList<int>{5, 1, 3, 1, 5, 2, 4, 2, 4, 3}));
}

void TestAnalytics::tiesShareTheScoreOfTheirFirstPosition()
{
    // Sorted: 1 | 2 2 2 2 2 | 3 | 4 4 | 9 — n = 10. The 2s start at position 1 → 1 + 5*1/10 = 1;
    // 3 at position 6 → 4; the 4s at 7 → 4; 9 at 9 → 5. A split tie would give the 2s 1, 2 and 3.
    const QList<qint64> values{2, 4, 1, 2, 9, 2, 3, 2, 4, 2};
    QCOMPARE(RfmScorer::quintileScores(values), (QList<int>{1, 4, 1, 1, 5, 1, 4, 1, 4, 1}));
}

void TestAnalytics::allEqualScoreOne()
{
    QCOMPARE(RfmScorer::quintileScores({7, 7, 7}), (QList<int>{1, 1, 1}));
    QCOMPARE(RfmScorer::quintileScores({}), QList<int>{});
}

void TestAnalytics::scoresAndSegments()
{
    // Five members, one per quintile on every axis, except that members 4 and 5 tie on orders.
    const QList<MemberAggregate> members{
        {1, 5000, 9, 90000}, // most recent, most orders, most money
        {2, 1000, 1, 100},   // oldest, fewest, least
        {3, 4000, 2, 500},   // recent but small
        {4, 2000, 5, 60000}, // lapsed big spender
        {5, 3000, 5, 2000},
    };
    const QList<RfmScore> s = RfmScorer::score(members);
    QCOMPARE(s.size(), 5);
    auto check = [&](int i, qint64 id, int r, int f, int m, RfmSegment seg) {
        QCOMPARE(s[i].memberId, id);
        QCOMPARE(s[i].recency, r);
        QCOMPARE(s[i].frequency, f);
        QCOMPARE(s[i].monetary, m);
        QCOMPARE(s[i].segment, seg);
    };
    check(0, 1, 5, 5, 5, RfmSegment::Champions);
    check(1, 2, 1, 1, 1, RfmSegment::Lost);
    check(2, 3, 4, 2, 2, RfmSegment::PotentialLoyalists);
    // Orders sorted 1 2 5 5 9: the tie of 5s starts at position 2 → both score 3.
    check(3, 4, 2, 3, 4, RfmSegment::AtRisk); // (3 + 4 + 1) / 2 = 4, recency 2
    check(4, 5, 3, 3, 3, RfmSegment::Loyal);
}

void TestAnalytics::segmentTable_data()
{
    QTest::addColumn<int>("r");
    QTest::addColumn<int>("f");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("segment");
    QTest::newRow("champions") << 4 << 4 << 4 << int(RfmSegment::Champions);
    QTest::newRow("loyal") << 3 << 3 << 4 << int(RfmSegment::Loyal);
    QTest::newRow("potential") << 5 << 2 << 2 << int(RfmSegment::PotentialLoyalists);
    QTest::newRow("new") << 5 << 1 << 1 << int(RfmSegment::NewCustomers);
    QTest::newRow("at risk") << 2 << 5 << 4 << int(RfmSegment::AtRisk);
    QTest::newRow("can't lose") << 1 << 5 << 5 << int(RfmSegment::CantLose);
    QTest::newRow("hibernating") << 2 << 2 << 2 << int(RfmSegment::Hibernating);
    QTest::newRow("lost") << 1 << 1 << 1 << int(RfmSegment::Lost);
    QTest::newRow("others") << 3 << 1 << 2 << int(RfmSegment::Others);
}

void TestAnalytics::segmentTable()
{
    QFETCH(int, r);
    QFETCH(int, f);
    QFETCH(int, m);
    QFETCH(int, segment);
    QCOMPARE(int(RfmScorer::segmentFor(r, f, m)), segment);
}

static void exec(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    QVERIFY(q.prepare(sql));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(sql));
}

void TestAnalytics::analysisOverTheStore()
{
    TestStore store;
    QSqlDatabase db = store.db().connection();
    for (int id = 1; id <= 3; ++id)
        exec(db,
             QStringLiteral("INSERT INTO members (id, email, display_name, created_at, updated_at) "
                            "VALUES (?, ?, 'm', 0, 0)"),
             {id, QStringLiteral("m%1@x").arg(id)});
    // member, status, paid_at, paid_amount, refunded_cash
    const QList<QVariantList> orders{
        {1, "completed", 100, 5000, 0},
        {1, "paid", 300, 3000, 1000},
        {2, "paid", 200, 2000, 0},
        {3, "cancelled", 250, 9000, 0},           // cancelled: not counted
        {3, "pending_payment", QVariant(), 0, 0}, // unpaid: not counted
        {2, "paid", 999, 7000, 0},                // outside the window
    };
    for (const QVariantList &o : orders)
        exec(db,
             QStringLiteral(
                 "INSERT INTO orders (member_id, status, currency, subtotal, total, amount_due, "
                 "paid_amount, refunded_cash, paid_at, placed_at, local_date, updated_at) "
                 "VALUES (?, ?, 'CNY', ?, ?, ?, ?, ?, ?, 0, '1970-01-01', 0)"),
             {o[0], o[1], o[3], o[3], o[3], o[3], o[4], o[2]});
    auto agg = RfmAnalysis::aggregate(db, 0, 500);
    QVERIFY(agg.ok());
    QCOMPARE(agg.value().size(), 2);
    QCOMPARE(agg.value()[0].memberId, 1);
    QCOMPARE(agg.value()[0].lastPaidAtMs, 300);
    QCOMPARE(agg.value()[0].orderCount, 2);
    QCOMPARE(agg.value()[0].paidMinor, 7000); // 5000 + 3000 - 1000 refunded
    QCOMPARE(agg.value()[1].memberId, 2);
    QCOMPARE(agg.value()[1].orderCount, 1);
    QCOMPARE(agg.value()[1].paidMinor, 2000);
    auto scores = RfmAnalysis::run(db, 0, 500);
    QVERIFY(scores.ok());
    // Two members: the higher of each pair scores 1 + 5*1/2 = 3, the lower 1.
    QCOMPARE(scores.value()[0].recency, 3);
    QCOMPARE(scores.value()[1].recency, 1);
    QCOMPARE(RfmAnalysis::membersOf(scores.value(), RfmSegment::Lost), QList<qint64>{2});
    QVERIFY(!RfmAnalysis::aggregate(db, 500, 500).ok());

    // The Lost segment (member 2 only) as a broadcast target: exactly one inbox gets it.
    SegmentTarget target(store.ctx(), 0, 500);
    auto sent = target.broadcast(Actor::system(), RfmSegment::Lost, QStringLiteral("t"),
                                 QStringLiteral("b"));
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
    QCOMPARE(sent.value().sent, 1);
    QSqlQuery n(db);
    QVERIFY(n.exec(QStringLiteral("SELECT member_id FROM notifications")));
    QVERIFY(n.next());
    QCOMPARE(n.value(0).toLongLong(), 2);
    QVERIFY(!n.next());

    // The same segment as the target of a coupon issue: only member 2 holds the coupon.
    CampaignDraft d;
    d.name = QStringLiteral("Come back");
    d.terms.kind = CouponKind::Fixed;
    d.terms.amount = 500;
    d.startsAt = store.clock().nowMs() - 1000;
    d.endsAt = store.clock().nowMs() + 3600 * 1000;
    auto campaign = CouponService(store.ctx()).createCampaign(Actor::system(), d);
    QVERIFY2(campaign.ok(), campaign.ok() ? "" : qPrintable(campaign.error().message));
    auto issued = target.issueCoupon(Actor::system(), RfmSegment::Lost, campaign->id);
    QVERIFY2(issued.ok(), issued.ok() ? "" : qPrintable(issued.error().message));
    QCOMPARE(issued.value().issued, 1);
    QVERIFY(n.exec(QStringLiteral("SELECT member_id FROM member_coupons")));
    QVERIFY(n.next());
    QCOMPARE(n.value(0).toLongLong(), 2);
    QVERIFY(!n.next());
}

void TestAnalytics::basketRules()
{
    // 5 orders; product 1 twice in the first order counts once.
    // counts: 1→4, 2→3, 3→2, 4→1; pairs: {1,2}→3, {1,3}→1, {2,3}→1, {3,4}→1
    const QList<QList<qint64>> orders{{1, 2, 1}, {1, 2}, {1, 2, 3}, {1}, {3, 4}};
    BasketThresholds t;
    t.minPairCount = 2;
    t.minConfidence = 0.5;
    t.minLift = 1.0;
    const QList<AssociationRule> rules = BasketAnalysis::mine(orders, t);
    QCOMPARE(rules.size(), 2);
    // 1→2: support 3/5, confidence 3/4, lift 0.75 / (3/5) = 1.25
    QCOMPARE(rules[0].antecedent, 1);
    QCOMPARE(rules[0].consequent, 2);
    QCOMPARE(rules[0].pairCount, 3);
    QCOMPARE(rules[0].support, 0.6);
    QCOMPARE(rules[0].confidence, 0.75);
    QCOMPARE(rules[0].lift, 1.25);
    // 2→1: confidence 3/3 = 1, lift 1 / (4/5) = 1.25
    QCOMPARE(rules[1].antecedent, 2);
    QCOMPARE(rules[1].consequent, 1);
    QCOMPARE(rules[1].confidence, 1.0);
    QCOMPARE(rules[1].lift, 1.25);
    // Dropping the pair-count floor lets {3,4} in: 4→3 confidence 1, lift 1 / (2/5) = 2.5.
    t.minPairCount = 1;
    const QList<AssociationRule> all = BasketAnalysis::mine(orders, t);
    const auto it = std::find_if(all.begin(), all.end(), [](const AssociationRule &r) {
        return r.antecedent == 4 && r.consequent == 3;
    });
    QVERIFY(it != all.end());
    QCOMPARE(it->lift, 2.5);
    QVERIFY(BasketAnalysis::mine({}, t).isEmpty());
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
