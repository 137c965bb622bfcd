#include "changelog.h"
#include "memberservice.h"
#include "sqlquery.h"
#include "teststore.h"
#include "walletservice.h"

#include <QTest>
#include <QThread>

using namespace md;

class TestMembers : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }
    void registerNormalisesContacts();
    void registrationRejects_data();
    void registrationRejects();
    void membersSeeOnlyThemselves();
    void anEntryFindsAMemberWithStaffRights();
    void addressesKeepOneDefault();
    void favoritesAndHistory();
    void ledgersNeverNegativeAndBalanced();
    void ledgerUnderConcurrency();
    void clerkCannotAdjustBalance();

private:
    qint64 memberCount()
    {
        return *SqlQuery(m_store->db().connection(), QStringLiteral("SELECT COUNT(*) FROM members"))
                    .scalar();
    }
    std::unique_ptr<TestStore> m_store;
};

void TestMembers::registerNormalisesContacts()
{
    MemberService members(m_store->ctx());
    auto m = members.registerMember({QStringLiteral("  Li.Lei@Example.COM "),
                                     QStringLiteral("+86 138-0013-8000"),
                                     QStringLiteral("secret-pass"), QStringLiteral(" 李雷 ")});
    QVERIFY2(m.ok(), qPrintable(m ? QString() : m.error().message));
    QCOMPARE(m->email, QStringLiteral("li.lei@example.com"));
    QCOMPARE(m->phone, QStringLiteral("13800138000"));
    QCOMPARE(m->displayName, QStringLiteral("李雷"));
    QCOMPARE(m->tier, MemberTier::Regular);
    QVERIFY(m->canLogIn);
    auto back = members.member(Actor::member(m->id), m->id);
    QCOMPARE(back->email, m->email);
}

void TestMembers::registrationRejects_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::newRow("no contact") << ""
                                << ""
                                << "password123"
                                << "missing_contact";
    QTest::newRow("bad email") << "not-an-email"
                               << ""
                               << "password123"
                               << "invalid_email";
    QTest::newRow("email with space") << "a b@example.com"
                                      << ""
                                      << "password123"
                                      << "invalid_email";
    QTest::newRow("bad phone") << ""
                               << "12345"
                               << "password123"
                               << "invalid_phone";
    QTest::newRow("landline-looking") << ""
                                      << "02112345678"
                                      << "password123"
                                      << "invalid_phone";
    QTest::newRow("short password") << "x@example.com"
                                    << ""
                                    << "short"
                                    << "weak_password";
    QTest::newRow("duplicate email") << "taken@example.com"
                                     << ""
                                     << "password123"
                                     << "duplicate_email";
    QTest::newRow("duplicate email other case") << "TAKEN@example.com"
                                                << ""
                                                << "password123"
                                                << "duplicate_email";
    QTest::newRow("duplicate phone") << ""
                                     << "13900000000"
                                     << "password123"
                                     << "duplicate_phone";
}

void TestMembers::registrationRejects()
{
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, password);
    QFETCH(QString, code);
    MemberService members(m_store->ctx());
    QVERIFY(members
                .registerMember({QStringLiteral("taken@example.com"), QStringLiteral("13900000000"),
                                 QStringLiteral("password123"), QStringLiteral("First")})
                .ok());
    const qint64 before = memberCount();
    auto m = members.registerMember({email, phone, password, QStringLiteral("Someone")});
    QVERIFY(!m.ok());
    QCOMPARE(m.error().codeName(), code);
    QCOMPARE(memberCount(), before);
}

void TestMembers::membersSeeOnlyThemselves()
{
    const qint64 a = m_store->member(QStringLiteral("a@example.com"));
    const qint64 b = m_store->member(QStringLiteral("b@example.com"));
    MemberService members(m_store->ctx());
    auto peek = members.member(Actor::member(a), b);
    QCOMPARE(peek.error().codeName(), QStringLiteral("not_found"));
    auto edit = members.updateProfile(Actor::member(a), b, {QStringLiteral("hacked"), {}, {}});
    QCOMPARE(edit.error().codeName(), QStringLiteral("not_found"));
    QCOMPARE(members.member(Actor::system(), b)->displayName, QStringLiteral("张三"));
    auto own = members.updateProfile(Actor::member(a), a, {QStringLiteral("新名字"), {}, {}});
    QVERIFY(own.ok());
    QCOMPARE(own->displayName, QStringLiteral("新名字"));
}

// What a clerk types to pick recipients: an id, an e-mail (any case, spaces) or a mobile number;
// read with the actor's rights, so a member cannot look others up.
void TestMembers::anEntryFindsAMemberWithStaffRights()
{
    MemberService members(m_store->ctx());
    auto m =
        members.registerMember({QStringLiteral("li.lei@example.com"), QStringLiteral("13800138000"),
                                QStringLiteral("secret-pass"), QStringLiteral("李雷")});
    QVERIFY(m.ok());
    const Actor staff = Actor::system();
    QCOMPARE(members.findByEntry(staff, QString::number(m->id))->value_or(0), m->id);
    QCOMPARE(members.findByEntry(staff, QStringLiteral(" Li.Lei@Example.COM "))->value_or(0),
             m->id);
    QCOMPARE(members.findByEntry(staff, QStringLiteral("13800138000"))->value_or(0), m->id);
    QVERIFY(!members.findByEntry(staff, QStringLiteral("nobody@example.com"))->has_value());
    QVERIFY(!members.findByEntry(Actor::member(m->id), QStringLiteral("13800138000")).ok());
}

void TestMembers::addressesKeepOneDefault()
{
    const qint64 a = m_store->member(QStringLiteral("a@example.com"));
    const qint64 b = m_store->member(QStringLiteral("b@example.com"));
    MemberService members(m_store->ctx());
    const Actor me = Actor::member(a);
    AddressDraft d{QStringLiteral("张三"),
                   QStringLiteral("13800138000"),
                   QStringLiteral("浙江省 杭州市 西湖区"),
                   QStringLiteral("文三路 90 号"),
                   QStringLiteral("310012"),
                   false};
    auto first = members.addAddress(me, a, d);
    QVERIFY(first.ok());
    QVERIFY(first->isDefault);
    d.detail = QStringLiteral("second");
    d.isDefault = true;
    auto second = members.addAddress(me, a, d);
    QVERIFY(second.ok());
    auto list = members.addresses(me, a);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, second->id);
    QVERIFY(list->at(0).isDefault);
    QVERIFY(!list->at(1).isDefault);
    // Another member cannot see, change or delete them.
    QCOMPARE(members.addresses(Actor::member(b), a).error().codeName(),
             QStringLiteral("not_found"));
    QCOMPARE(members.updateAddress(Actor::member(b), first->id, d).error().codeName(),
             QStringLiteral("not_found"));
    QCOMPARE(members.removeAddress(Actor::member(b), first->id).error().codeName(),
             QStringLiteral("not_found"));
    QVERIFY(members.removeAddress(me, first->id).ok());
    QCOMPARE(members.addresses(me, a)->size(), 1);
    d.phone = QStringLiteral("bad");
    QCOMPARE(members.addAddress(me, a, d).error().codeName(), QStringLiteral("invalid_phone"));
}

void TestMembers::favoritesAndHistory()
{
    const qint64 a = m_store->member(QStringLiteral("a@example.com"));
    const qint64 cat = m_store->category();
    const qint64 p1 = m_store->product(cat, QStringLiteral("One"));
    const qint64 p2 = m_store->product(cat, QStringLiteral("Two"));
    MemberService members(m_store->ctx());
    QVERIFY(members.addFavorite(Actor::member(a), p1).ok());
    QVERIFY(members.addFavorite(Actor::member(a), p1).ok()); // idempotent
    QVERIFY(members.addFavorite(Actor::member(a), p2).ok());
    QCOMPARE(members.addFavorite(Actor::member(a), 999).error().codeName(),
             QStringLiteral("not_found"));
    QCOMPARE(members.favorites(Actor::member(a), a)->size(), 2);
    QVERIFY(members.removeFavorite(Actor::member(a), p1).ok());
    QCOMPARE(*members.favorites(Actor::member(a), a), QList<qint64>{p2});

    QVERIFY(members.recordView(a, p1).ok());
    m_store->clock().advanceMs(1000);
    QVERIFY(members.recordView(a, p2).ok());
    m_store->clock().advanceMs(1000);
    QVERIFY(members.recordView(a, p1).ok());
    QCOMPARE(*members.history(Actor::member(a), a), (QList<qint64>{p1, p2}));
}

void TestMembers::ledgersNeverNegativeAndBalanced()
{
    const qint64 a = m_store->member(QStringLiteral("a@example.com"));
    WalletService wallet(m_store->ctx());
    const Actor manager = Actor::staff(1, StaffRole::Manager);
    QVERIFY(wallet
                .adjust(manager, LedgerKind::Balance, a, 5000, QStringLiteral("topup"),
                        QStringLiteral("gift card"))
                .ok());
    auto over = wallet.adjust(manager, LedgerKind::Balance, a, -6000, QStringLiteral("deduct"),
                              QStringLiteral("x"));
    QCOMPARE(over.error().codeName(), QStringLiteral("insufficient_balance"));
    QVERIFY(wallet
                .adjust(manager, LedgerKind::Balance, a, -5000, QStringLiteral("deduct"),
                        QStringLiteral("refund to card"))
                .ok());
    QVERIFY(wallet
                .adjust(manager, LedgerKind::Points, a, 300, QStringLiteral("adjustment"),
                        QStringLiteral("apology"))
                .ok());
    QCOMPARE(wallet
                 .adjust(manager, LedgerKind::Points, a, -301, QStringLiteral("adjustment"),
                         QStringLiteral("x"))
                 .error()
                 .codeName(),
             QStringLiteral("insufficient_points"));
    QCOMPARE(wallet
                 .adjust(manager, LedgerKind::Balance, a, -1, QStringLiteral("topup"),
                         QStringLiteral("x"))
                 .error()
                 .codeName(),
             QStringLiteral("invalid_amount"));
    QCOMPARE(wallet
                 .adjust(manager, LedgerKind::Balance, a, 1, QStringLiteral("topup"),
                         QStringLiteral(" "))
                 .error()
                 .codeName(),
             QStringLiteral("invalid_argument"));
    auto m = MemberService(m_store->ctx()).member(Actor::system(), a);
    QCOMPARE(m->balance, qint64(0));
    QCOMPARE(m->points, qint64(300));
    QCOMPARE(*wallet.ledgerSum(LedgerKind::Balance, a), m->balance);
    QCOMPARE(*wallet.ledgerSum(LedgerKind::Points, a), m->points);
    auto entries = wallet.entries(Actor::member(a), LedgerKind::Balance, a);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).balanceAfter, qint64(0));
    QCOMPARE(entries->at(1).balanceAfter, qint64(5000));
}

void TestMembers::ledgerUnderConcurrency()
{
    const qint64 a = m_store->member(QStringLiteral("a@example.com"));
    (void)WalletService(m_store->ctx())
        .adjust(Actor::system(), LedgerKind::Balance, a, 1000, QStringLiteral("topup"),
                QStringLiteral("start"));
    std::atomic<int> succeeded{0};
    auto spender = [&] {
        WalletService wallet(m_store->ctx());
        for (int i = 0; i < 20; ++i) {
            if (wallet.adjust(Actor::system(), LedgerKind::Balance, a, -30,
                              QStringLiteral("deduct"), QStringLiteral("race")))
                ++succeeded;
        }
    };
    QList<QThread *> threads;
    for (int t = 0; t < 5; ++t)
        threads.append(QThread::create(spender));
    for (auto *t : threads)
        t->start();
    for (auto *t : threads) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    QCOMPARE(succeeded.load(), 33); // 1000 / 30, and not one more
    auto m = MemberService(m_store->ctx()).member(Actor::system(), a);
    QCOMPARE(m->balance, qint64(10));
    QCOMPARE(*WalletService(m_store->ctx()).ledgerSum(LedgerKind::Balance, a), qint64(10));
}

void TestMembers::clerkCannotAdjustBalance()
{
    const qint64 a = m_store->member(QStringLiteral("a@example.com"));
    auto r = WalletService(m_store->ctx())
                 .adjust(Actor::staff(2, StaffRole::Clerk), LedgerKind::Balance, a, 100,
                         QStringLiteral("topup"), QStringLiteral("x"));
    QCOMPARE(r.error().codeName(), QStringLiteral("forbidden"));
    QCOMPARE(r.error().details.value(QStringLiteral("permission")).toString(),
             QStringLiteral("member.balance_adjust"));
}

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
