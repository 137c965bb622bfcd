#include "authservice.h"
#include "memberrepository.h"
#include "passwordhasher.h"
#include "securerandom.h"
#include "sqlquery.h"
#include "staffservice.h"
#include "teststore.h"

#include <QSet>
#include <QTest>

using namespace md;

class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }
    void hashFormatCarriesParameters();
    void verifyAndReject();
    void tamperedHashesFail();
    void rehashOnLogin();
    void tokensAreRandomAndStoredHashed();
    void loginByEmailOrPhone();
    void expiredAndUnknownTokensFail();
    void logoutEndsSession();
    void staffBootstrapAndLastOwner();
    void disabledStaffLosesAccess();
    void everyStaffRoleReadsStaffNames();
    void hmacAndConstantTimeCompare();

private:
    std::unique_ptr<TestStore> m_store;
};

void TestAuth::hashFormatCarriesParameters()
{
    PasswordHasher hasher(1200);
    const QString h = hasher.hash(QStringLiteral("correct horse"));
    const QStringList parts = h.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts[1], QStringLiteral("1200"));
    QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
    QVERIFY(hasher.hash(QStringLiteral("correct horse")) != h); // fresh salt each time
    QCOMPARE(PasswordHasher::kProductionIterations, 600000);
    QCOMPARE(PasswordHasher().iterations(), 600000);
}

void TestAuth::verifyAndReject()
{
    PasswordHasher hasher(1000);
    const QString h = hasher.hash(QStringLiteral("密码password"));
    QVERIFY(hasher.verify(QStringLiteral("密码password"), h));
    QVERIFY(!hasher.verify(QStringLiteral("密码passworD"), h));
    QVERIFY(!hasher.verify(QString(), h));
    // A hash made at another cost still verifies (the cost is read from the record).
    QVERIFY(PasswordHasher(5000).verify(QStringLiteral("密码password"), h));
    QVERIFY(PasswordHasher(5000).needsRehash(h));
    QVERIFY(!PasswordHasher(1000).needsRehash(h));
    QVERIFY(!PasswordHasher(500).needsRehash(h));
}

void TestAuth::tamperedHashesFail()
{
    PasswordHasher hasher(1000);
    const QString h = hasher.hash(QStringLiteral("password1"));
    QStringList parts = h.split(QLatin1Char('$'));
    for (const QString &bad :
         {QString(), QStringLiteral("garbage"), QStringLiteral("md5$1$abc$def"),
          QStringLiteral("pbkdf2-sha256$0$") + parts[2] + QLatin1Char('$') + parts[3],
          QStringLiteral("pbkdf2-sha256$99999999$") + parts[2] + QLatin1Char('$') + parts[3],
          QStringLiteral("pbkdf2-sha256$1000$") + parts[2] + QStringLiteral("$AAAA")}) {
        QVERIFY(!hasher.verify(QStringLiteral("password1"), bad));
        QVERIFY(hasher.needsRehash(bad));
    }
}

void TestAuth::rehashOnLogin()
{
    // Registered at the test cost (1000); the service now runs with 2000 and upgrades at login.
    const qint64 id = m_store->member(QStringLiteral("up@example.com"));
    MemberRepository repo(m_store->db().connection());
    QVERIFY(repo.passwordHash(id)->contains(QStringLiteral("$1000$")));
    ServiceContext stronger(m_store->db(), m_store->clock(), PasswordHasher(2000));
    auto s = AuthService(stronger).loginMember(QStringLiteral("up@example.com"),
                                               QStringLiteral("password123"));
    QVERIFY(s.ok());
    const QString upgraded = *repo.passwordHash(id);
    QVERIFY(upgraded.contains(QStringLiteral("$2000$")));
    QVERIFY(PasswordHasher(2000).verify(QStringLiteral("password123"), upgraded));
    // And the old service still accepts the upgraded hash.
    QVERIFY(AuthService(m_store->ctx())
                .loginMember(QStringLiteral("up@example.com"), QStringLiteral("password123"))
                .ok());
}

void TestAuth::tokensAreRandomAndStoredHashed()
{
    m_store->member(QStringLiteral("t@example.com"));
    AuthService auth(m_store->ctx());
    QSet<QString> seen;
    for (int i = 0; i < 20; ++i) {
        auto s = auth.loginMember(QStringLiteral("t@example.com"), QStringLiteral("password123"));
        QVERIFY(s.ok());
        QCOMPARE(s->token.size(), 43); // 256 bits, base64url without padding
        QVERIFY(!seen.contains(s->token));
        seen.insert(s->token);
    }
    SqlQuery q(m_store->db().connection(), QStringLiteral("SELECT token_hash FROM sessions"));
    QVERIFY(q.exec().ok());
    int rows = 0;
    while (q.next()) {
        ++rows;
        QVERIFY(!seen.contains(q.text(0)));
        QCOMPARE(q.text(0).size(), 64);
    }
    QCOMPARE(rows, 20);
    for (const QString &t : seen)
        QVERIFY(SqlQuery(m_store->db().connection(),
                         QStringLiteral("SELECT 1 FROM sessions WHERE token_hash = ?"),
                         {SecureRandom::sha256Hex(t)})
                    .scalar(0)
                    .value() == 1);
}

void TestAuth::loginByEmailOrPhone()
{
    MemberService(m_store->ctx())
        .registerMember({QStringLiteral("p@example.com"), QStringLiteral("13912345678"),
                         QStringLiteral("password123"), QStringLiteral("P")})
        .value();
    AuthService auth(m_store->ctx());
    auto byPhone =
        auth.loginMember(QStringLiteral("+86 139 1234 5678"), QStringLiteral("password123"));
    QVERIFY(byPhone.ok());
    auto actor = auth.authenticate(byPhone->token);
    QVERIFY(actor.ok());
    QVERIFY(actor->isMember());
    QCOMPARE(auth.loginMember(QStringLiteral("P@Example.com"), QStringLiteral("wrong-password"))
                 .error()
                 .codeName(),
             QStringLiteral("invalid_credentials"));
    QCOMPARE(auth.loginMember(QStringLiteral("nobody@example.com"), QStringLiteral("password123"))
                 .error()
                 .codeName(),
             QStringLiteral("invalid_credentials"));
}

void TestAuth::expiredAndUnknownTokensFail()
{
    m_store->member(QStringLiteral("e@example.com"));
    AuthService auth(m_store->ctx());
    auto s = auth.loginMember(QStringLiteral("e@example.com"), QStringLiteral("password123"));
    QVERIFY(auth.authenticate(s->token).ok());
    QCOMPARE(auth.authenticate(SecureRandom::token()).error().codeName(),
             QStringLiteral("unauthorized"));
    QCOMPARE(auth.authenticate(QStringLiteral("short")).error().codeName(),
             QStringLiteral("unauthorized"));
    m_store->clock().advanceMs(AuthService::kMemberSessionMs + 1);
    QCOMPARE(auth.authenticate(s->token).error().codeName(), QStringLiteral("unauthorized"));
}

void TestAuth::logoutEndsSession()
{
    m_store->member(QStringLiteral("l@example.com"));
    AuthService auth(m_store->ctx());
    auto s = auth.loginMember(QStringLiteral("l@example.com"), QStringLiteral("password123"));
    QVERIFY(auth.logout(s->token).ok());
    QVERIFY(!auth.authenticate(s->token).ok());
}

void TestAuth::staffBootstrapAndLastOwner()
{
    StaffService staff(m_store->ctx());
    auto owner = staff.bootstrapOwner(QStringLiteral("Boss@Shop.example"), QStringLiteral("Boss"),
                                      QStringLiteral("owner-password"));
    QVERIFY(owner.ok());
    QCOMPARE(owner->email, QStringLiteral("boss@shop.example"));
    QCOMPARE(staff
                 .bootstrapOwner(QStringLiteral("x@shop.example"), QStringLiteral("X"),
                                 QStringLiteral("password123"))
                 .error()
                 .codeName(),
             QStringLiteral("already_exists"));
    const Actor boss = owner->actor();
    auto clerk = staff.create(boss, {QStringLiteral("clerk@shop.example"), QStringLiteral("Clerk"),
                                     StaffRole::Clerk, QStringLiteral("clerk-password")});
    QVERIFY(clerk.ok());
    QCOMPARE(staff
                 .create(clerk->actor(), {QStringLiteral("c2@shop.example"), QStringLiteral("C2"),
                                          StaffRole::Owner, QStringLiteral("password123")})
                 .error()
                 .codeName(),
             QStringLiteral("forbidden"));
    QCOMPARE(staff.changeRole(boss, owner->id, StaffRole::Manager).error().codeName(),
             QStringLiteral("last_owner"));
    QCOMPARE(staff.setActive(boss, owner->id, false).error().codeName(),
             QStringLiteral("last_owner"));
    auto promoted = staff.changeRole(boss, clerk->id, StaffRole::Owner);
    QVERIFY(promoted.ok());
    QVERIFY(
        staff.changeRole(boss, owner->id, StaffRole::Manager).ok()); // now there is another owner
    auto login =
        AuthService(m_store->ctx())
            .loginStaff(QStringLiteral("clerk@shop.example"), QStringLiteral("clerk-password"));
    QVERIFY(login.ok());
    QCOMPARE(login->actor.role, StaffRole::Owner);
}

void TestAuth::disabledStaffLosesAccess()
{
    StaffService staff(m_store->ctx());
    auto owner = staff.bootstrapOwner(QStringLiteral("o@shop.example"), QStringLiteral("O"),
                                      QStringLiteral("owner-password"));
    auto clerk =
        staff.create(owner->actor(), {QStringLiteral("k@shop.example"), QStringLiteral("K"),
                                      StaffRole::Clerk, QStringLiteral("clerk-password")});
    AuthService auth(m_store->ctx());
    auto s = auth.loginStaff(QStringLiteral("k@shop.example"), QStringLiteral("clerk-password"));
    QVERIFY(auth.authenticate(s->token).ok());
    QVERIFY(staff.setActive(owner->actor(), clerk->id, false).ok());
    QVERIFY(!auth.authenticate(s->token).ok());
    QCOMPARE(auth.loginStaff(QStringLiteral("k@shop.example"), QStringLiteral("clerk-password"))
                 .error()
                 .codeName(),
             QStringLiteral("account_disabled"));
}

// Who decided a refund is shown to every role; the accounts themselves only to owners.
void TestAuth::everyStaffRoleReadsStaffNames()
{
    StaffService staff(m_store->ctx());
    auto owner = staff.bootstrapOwner(QStringLiteral("o@shop.example"), QStringLiteral("Olga"),
                                      QStringLiteral("owner-password"));
    QVERIFY(owner.ok());
    auto support =
        staff.create(owner->actor(), {QStringLiteral("s@shop.example"), QStringLiteral("Sam"),
                                      StaffRole::Support, QStringLiteral("support-password")});
    QVERIFY(support.ok());
    QCOMPARE(staff.all(support->actor()).error().codeName(), QStringLiteral("forbidden"));
    QCOMPARE(*staff.displayName(support->actor(), owner->id), QStringLiteral("Olga"));
    QCOMPARE(*staff.displayName(owner->actor(), support->id), QStringLiteral("Sam"));
    QCOMPARE(staff.displayName(Actor::member(1), owner->id).error().codeName(),
             QStringLiteral("forbidden"));
    QCOMPARE(staff.displayName(support->actor(), 999).error().codeName(),
             QStringLiteral("not_found"));
}

void TestAuth::hmacAndConstantTimeCompare()
{
    // RFC 4231 test case 2.
    const QByteArray mac = SecureRandom::hmacSha256("Jefe", "what do ya want for nothing?");
    QCOMPARE(mac.toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    QVERIFY(SecureRandom::constantTimeEquals(mac, mac));
    QByteArray other = mac;
    other[31] = static_cast<char>(other[31] ^ 1);
    QVERIFY(!SecureRandom::constantTimeEquals(mac, other));
    QVERIFY(!SecureRandom::constantTimeEquals(mac, mac.left(31)));
    const QString uuid = SecureRandom::uuid();
    QCOMPARE(uuid.size(), 36);
    QCOMPARE(uuid[14], QLatin1Char('4'));
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
