#include "membersview.h"

#include "commandsink.h"
#include "memberdetailpanel.h"
#include "membertablemodel.h"
#include "money.h"
#include "walletservice.h"

#include "applyingsink.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace md;

namespace {

// Marks the texts of the area's own contexts, to see which texts follow a language change.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(QList<QByteArray> contexts)
        : m_contexts(std::move(contexts))
    {}
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (!m_contexts.contains(QByteArray(context)))
            return {};
        QString text = QStringLiteral("[%1]").arg(QString::fromUtf8(source));
        return n >= 0 ? text.replace(QStringLiteral("%Ln"), QString::number(n))
                            .replace(QStringLiteral("%n"), QString::number(n))
                      : text;
    }
    bool isEmpty() const override { return false; }

private:
    QList<QByteArray> m_contexts;
};

} // namespace

// The member list driven like a manager would: search, read the ledgers, adjust points and
// balance with a reason, override the tier and go back to the computed one; a clerk, whom the
// permission table does not allow any of that, is not offered it.
class TestMembersView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_shop.reset(); }
    void modelPassesTester();
    void pagesWhileScrolling();
    void sortsInTheStoreAcrossPages_data();
    void sortsInTheStoreAcrossPages();
    void searchAndDetail();
    void adjustPointsWithAReason();
    void adjustBalanceAsDecimalText();
    void overrideTier();
    void clerkDoesNotSeeAdjustments();
    void retranslatesOnLanguageChange();

private:
    void select(MembersView &view, qint64 memberId);
    // The member's cell as the list shows it; empty while the list reloads.
    static QString cell(const MembersView &view, qint64 memberId, int column);
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_wang = 0, m_li = 0, m_zhao = 0;
};

void TestMembersView::init()
{
    m_shop = std::make_unique<ShopFixture>();
    m_wang = m_shop->member(QStringLiteral("wang@example.com"), QStringLiteral("王芳"));
    m_li = m_shop->member(QStringLiteral("li@example.com"), QStringLiteral("李雷"));
    m_zhao = m_shop->member(QStringLiteral("zhao@example.cn"), QStringLiteral("赵敏"));
    m_shop->givePoints(m_wang, 500);
    m_shop->giveBalance(m_wang, 2000);
}

void TestMembersView::select(MembersView &view, qint64 memberId)
{
    QTRY_VERIFY(view.model()->rowOf(memberId) >= 0);
    view.table()->selectRow(view.model()->rowOf(memberId));
    QTRY_COMPARE(view.detailPanel()->detail().member.id, memberId);
}

QString TestMembersView::cell(const MembersView &view, qint64 memberId, int column)
{
    const int row = view.model()->rowOf(memberId);
    return row < 0 ? QString() : view.model()->index(row, column).data().toString();
}

void TestMembersView::modelPassesTester()
{
    MembersView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), nullptr);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(view.model()->rowCount(), 3);
    view.searchEdit()->setText(QStringLiteral("example.cn"));
    view.applySearch();
    QTRY_COMPARE(view.model()->rowCount(), 1);
    view.reload();
    QTRY_COMPARE(view.model()->rowCount(), 1);
}

void TestMembersView::pagesWhileScrolling()
{
    // Members without a password are cheap to make (no hashing).
    for (int i = 0; i < 230; ++i)
        TestStore::check(
            MemberService(m_shop->ctx())
                .createMember(Actor::system(), {QStringLiteral("m%1@bulk.example").arg(i),
                                                {},
                                                {},
                                                QStringLiteral("会员%1").arg(i),
                                                {},
                                                0}));
    MembersView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), nullptr);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    auto *model = view.model();
    QTRY_COMPARE(model->total(), qint64(233));
    QVERIFY(model->rowCount() < 233); // not everything at once
    while (model->rowCount() < 233) {
        const int before = model->rowCount();
        view.table()->scrollToBottom();
        model->fetchMore({});
        QTRY_VERIFY2(
            model->rowCount() > before,
            qPrintable(
                QStringLiteral("%1 rows; %2").arg(model->rowCount()).arg(view.statusMessage())));
    }
    QCOMPARE(model->rowCount(), 233);
    QVERIFY(!model->canFetchMore({}));
    view.searchEdit()->setText(QStringLiteral("bulk.example"));
    view.applySearch();
    QTRY_COMPARE(model->total(), qint64(230));
}

void TestMembersView::sortsInTheStoreAcrossPages_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("ascending") << Qt::AscendingOrder;
    QTest::newRow("descending") << Qt::DescendingOrder;
}

// 150 members whose names run backwards to the order they joined in, and the fixture's three (李雷,
// 王芳, 赵敏 sort after 会员…: code points): sorted by name, the second page goes on where the
// first stopped, in both directions.
void TestMembersView::sortsInTheStoreAcrossPages()
{
    QFETCH(Qt::SortOrder, order);
    for (int i = 0; i < 150; ++i)
        TestStore::check(
            MemberService(m_shop->ctx())
                .createMember(Actor::system(),
                              {QStringLiteral("m%1@bulk.example").arg(i),
                               {},
                               {},
                               QStringLiteral("会员%1").arg(149 - i, 3, 10, QLatin1Char('0')),
                               {},
                               0}));
    QStringList expected;
    for (int i = 0; i < 150; ++i)
        expected << QStringLiteral("会员%1").arg(i, 3, 10, QLatin1Char('0'));
    expected << QStringLiteral("李雷") << QStringLiteral("王芳") << QStringLiteral("赵敏");
    if (order == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());

    MembersView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), nullptr);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *model = view.model();
    QTRY_COMPARE(model->total(), qint64(153));
    QVERIFY(view.table()->isSortingEnabled());
    view.table()->sortByColumn(MemberTableModel::Name, order);
    QTRY_VERIFY(model->rowCount() > 0 && model->memberAt(0)->displayName == expected.first());
    while (model->canFetchMore({}) || model->rowCount() < 153) {
        const int before = model->rowCount();
        model->fetchMore({});
        QTRY_VERIFY(model->rowCount() > before);
    }
    QCOMPARE(model->rowCount(), 153);
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->memberAt(row)->displayName;
    QCOMPARE(shown, expected);
}

void TestMembersView::searchAndDetail()
{
    MembersView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), nullptr);
    view.show();
    auto *model = view.model();
    QTRY_COMPARE(model->total(), qint64(3));

    // Typing searches after the pause (QTest types Latin-1 only: part of the e-mail).
    QTest::keyClicks(view.searchEdit(), QStringLiteral("wang@"));
    QTRY_COMPARE(model->total(), qint64(1));
    QCOMPARE(model->memberAt(0)->id, m_wang);
    // By name.
    view.searchEdit()->setText(QStringLiteral("王"));
    view.applySearch();
    QTRY_COMPARE(model->searchText(), QStringLiteral("王"));
    QTRY_COMPARE(model->total(), qint64(1));
    QCOMPARE(model->memberAt(0)->id, m_wang);
    QCOMPARE(model->data(model->index(0, MemberTableModel::Name)).toString(),
             QStringLiteral("王芳"));
    QCOMPARE(model->data(model->index(0, MemberTableModel::Points)).toString(),
             QLocale().toString(500));
    QCOMPARE(model->data(model->index(0, MemberTableModel::Balance)).toString(),
             Money(2000, QStringLiteral("CNY")).format());
    QCOMPARE(model->data(model->index(0, MemberTableModel::Tier)).toString(),
             QStringLiteral("Regular"));
    // By e-mail too.
    view.searchEdit()->setText(QStringLiteral("li@"));
    view.applySearch();
    QTRY_COMPARE(model->total(), qint64(1));
    QCOMPARE(model->memberAt(0)->id, m_li);
    // And by phone.
    TestStore::check(
        MemberService(m_shop->ctx())
            .createMember(Actor::system(),
                          {{}, QStringLiteral("13912345678"), {}, QStringLiteral("钱七"), {}, 0}));
    view.searchEdit()->setText(QStringLiteral("1234567"));
    view.applySearch();
    QTRY_COMPARE(model->searchText(), QStringLiteral("1234567"));
    QTRY_COMPARE(model->total(), qint64(1));
    QCOMPARE(model->data(model->index(0, MemberTableModel::Name)).toString(),
             QStringLiteral("钱七"));
    view.searchEdit()->clear();
    QTRY_COMPARE(model->total(), qint64(4));

    select(view, m_wang);
    MemberDetailPanel *detail = view.detailPanel();
    QCOMPARE(detail->pointsTable()->rowCount(), 1);
    QCOMPARE(detail->pointsTable()->item(0, MemberDetailPanel::LedgerChange)->text(),
             QStringLiteral("+500"));
    QCOMPARE(detail->balanceTable()->rowCount(), 1);
    QCOMPARE(detail->balanceTable()->item(0, MemberDetailPanel::LedgerAfter)->text(),
             Money(2000, QStringLiteral("CNY")).format());
    QCOMPARE(detail->balanceTable()->item(0, MemberDetailPanel::LedgerReason)->text(),
             QStringLiteral("Topped up by staff"));
    QCOMPARE(detail->ordersTable()->rowCount(), 0);
}

void TestMembersView::adjustPointsWithAReason()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    MembersView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), &sink);
    view.show();
    select(view, m_wang);
    QVERIFY(view.adjustBox()->isVisible());
    QTRY_VERIFY(view.adjustAction()->isEnabled());
    view.adjustKindBox()->setCurrentIndex(
        view.adjustKindBox()->findData(MembersView::AdjustPoints));

    // No reason: nothing is sent.
    view.amountEdit()->setText(QStringLiteral("-120"));
    view.adjustAction()->trigger();
    QVERIFY(sink.commands.isEmpty());
    QVERIFY(view.statusMessage().contains(QStringLiteral("reason")));
    // Not a number: nothing is sent.
    view.amountEdit()->setText(QStringLiteral("12x"));
    view.reasonEdit()->setText(QStringLiteral("兑换礼品 gift"));
    view.adjustAction()->trigger();
    QVERIFY(sink.commands.isEmpty());

    view.amountEdit()->setText(QStringLiteral("-120"));
    QTest::keyClick(view.table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands[0].type, QStringLiteral("member.points_adjust"));
    QCOMPARE(sink.commands[0].payload.value(QStringLiteral("delta")).toInteger(), -120);
    QTRY_COMPARE(m_shop->memberNow(m_wang).points, qint64(380));
    auto ledger = WalletService(m_shop->ctx()).entries(Actor::system(), LedgerKind::Points, m_wang);
    QVERIFY(ledger.ok());
    QCOMPARE(ledger->size(), 2);
    QCOMPARE(ledger->first().delta, -120);
    QCOMPARE(ledger->first().note, QStringLiteral("兑换礼品 gift"));

    // The view follows: the list's figure and the ledger's new line.
    QTRY_COMPARE(view.detailPanel()->pointsTable()->rowCount(), 2);
    QCOMPARE(view.detailPanel()->pointsTable()->item(0, MemberDetailPanel::LedgerChange)->text(),
             QLocale().toString(-120));
    QCOMPARE(view.detailPanel()->pointsTable()->item(0, MemberDetailPanel::LedgerNote)->text(),
             QStringLiteral("兑换礼品 gift"));
    QTRY_COMPARE(cell(view, m_wang, MemberTableModel::Points), QLocale().toString(380));
    QVERIFY(view.reasonEdit()->text().isEmpty());

    // More than the member has: the rule refuses, nothing changes.
    view.amountEdit()->setText(QStringLiteral("-1000"));
    view.reasonEdit()->setText(QStringLiteral("too much"));
    view.adjustAction()->trigger();
    QCOMPARE(sink.commands.size(), 2);
    QTRY_VERIFY(view.statusMessage().contains(QStringLiteral("not made")));
    QCOMPARE(m_shop->memberNow(m_wang).points, qint64(380));
}

void TestMembersView::adjustBalanceAsDecimalText()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    MembersView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), &sink);
    view.show();
    select(view, m_li);
    QTRY_VERIFY(view.adjustAction()->isEnabled());
    view.adjustKindBox()->setCurrentIndex(
        view.adjustKindBox()->findData(MembersView::AdjustBalance));
    view.reasonEdit()->setText(QStringLiteral("补偿 compensation"));
    // More decimals than the currency has is refused, never rounded.
    view.amountEdit()->setText(QStringLiteral("12.345"));
    view.adjustAction()->trigger();
    QVERIFY(sink.commands.isEmpty());
    view.amountEdit()->setText(QStringLiteral("12.50"));
    view.adjustAction()->trigger();
    QCOMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands[0].type, QStringLiteral("member.balance_adjust"));
    QCOMPARE(sink.commands[0].payload.value(QStringLiteral("reason")).toString(),
             QStringLiteral("topup"));
    QTRY_COMPARE(m_shop->memberNow(m_li).balance, qint64(1250));
    QTRY_COMPARE(view.detailPanel()->balanceTable()->rowCount(), 1);
    QCOMPARE(view.detailPanel()->balanceTable()->item(0, MemberDetailPanel::LedgerChange)->text(),
             Money(1250, QStringLiteral("CNY")).format());
    // A deduction by a minus sign.
    view.amountEdit()->setText(QStringLiteral("-2.50"));
    view.reasonEdit()->setText(QStringLiteral("更正 correction"));
    view.adjustAction()->trigger();
    QTRY_COMPARE(m_shop->memberNow(m_li).balance, qint64(1000));
    QCOMPARE(sink.commands[1].payload.value(QStringLiteral("reason")).toString(),
             QStringLiteral("deduct"));
}

void TestMembersView::overrideTier()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    MembersView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), &sink);
    view.show();
    select(view, m_zhao);
    QVERIFY(view.tierBox()->isVisible());
    QTRY_VERIFY(view.tierAction()->isEnabled());
    view.tierCombo()->setCurrentIndex(view.tierCombo()->findData(QStringLiteral("gold")));
    view.tierAction()->trigger();
    QTRY_COMPARE(m_shop->memberNow(m_zhao).tierOverride, std::optional(MemberTier::Gold));
    QTRY_COMPARE(cell(view, m_zhao, MemberTableModel::Tier), QStringLiteral("Gold (set by hand)"));
    // Back to the tier computed from spend.
    QTRY_VERIFY(view.tierAction()->isEnabled());
    view.tierCombo()->setCurrentIndex(0);
    view.tierAction()->trigger();
    QTRY_VERIFY(!m_shop->memberNow(m_zhao).tierOverride);
    QCOMPARE(sink.commands.size(), 2);
    QVERIFY(!sink.commands[1].payload.contains(QStringLiteral("tier")));
}

void TestMembersView::clerkDoesNotSeeAdjustments()
{
    // The permission table gives points, balance and tier changes to owners and managers only.
    for (Permission p : {Permission::MemberPointsAdjust, Permission::MemberBalanceAdjust,
                         Permission::MemberTierOverride}) {
        QVERIFY(!PermissionPolicy::allows(m_shop->clerk(), p));
        QVERIFY(!PermissionPolicy::allows(Actor::staff(3, StaffRole::Support), p));
        QVERIFY(PermissionPolicy::allows(m_shop->manager(), p));
    }
    ApplyingSink sink(m_shop->ctx(), m_shop->clerk());
    MembersView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->clerk(), &sink);
    view.show();
    select(view, m_wang); // the clerk still reads the member and the ledgers
    QCOMPARE(view.detailPanel()->pointsTable()->rowCount(), 1);
    QVERIFY(!view.adjustBox()->isVisible());
    QVERIFY(!view.adjustAction()->isVisible());
    QVERIFY(!view.tierBox()->isVisible());
    QVERIFY(!view.tierAction()->isVisible());
    QTest::keyClick(view.table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(view.table(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(sink.commands.isEmpty());
}

void TestMembersView::retranslatesOnLanguageChange()
{
    MembersView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), nullptr);
    view.show();
    select(view, m_wang);
    auto *model = view.model();
    const int row = model->rowOf(m_wang);
    QCOMPARE(view.adjustAction()->text(), QStringLiteral("&Apply"));

    MarkingTranslator marking({"md::MembersView", "md::MemberTableModel", "md::MemberDetailPanel"});
    QCoreApplication::installTranslator(&marking); // sends QEvent::LanguageChange
    QTRY_COMPARE(view.adjustAction()->text(), QStringLiteral("[&Apply]"));
    QCOMPARE(view.searchEdit()->placeholderText(),
             QStringLiteral("[Search by name, e-mail or phone]"));
    QCOMPARE(model->headerData(MemberTableModel::Tier, Qt::Horizontal).toString(),
             QStringLiteral("[Tier]"));
    QCOMPARE(model->data(model->index(row, MemberTableModel::Tier)).toString(),
             QStringLiteral("[Regular]"));
    QCOMPARE(view.detailPanel()->balanceTable()->item(0, MemberDetailPanel::LedgerReason)->text(),
             QStringLiteral("[Topped up by staff]"));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(view.adjustAction()->text(), QStringLiteral("&Apply"));
    QCOMPARE(model->data(model->index(row, MemberTableModel::Tier)).toString(),
             QStringLiteral("Regular"));
}

QTEST_MAIN(TestMembersView)
#include "tst_membersview.moc"
