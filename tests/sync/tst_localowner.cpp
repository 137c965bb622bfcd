#include "authservice.h"
#include "localowner.h"
#include "staffrepository.h"
#include "staffservice.h"
#include "teststore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace md;

// The desktop's own owner account for a shop it runs itself: made once per data folder through
// StaffService, its credentials kept in the folder for the owner only.
class TestLocalOwner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anEmptyShopGetsItAsItsFirstOwner();
    void aShopWithStaffGetsAnotherOwner();
    void theFolderKeepsItsAccount();
    void aDamagedFileGivesANewAccount();

private:
    qsizetype staffCount() { return StaffRepository(m_store->db().connection()).all()->size(); }
    QString file() const { return m_dir->filePath(QLatin1String(LocalOwner::kFileName)); }

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLocalOwner::init()
{
    m_store = std::make_unique<TestStore>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLocalOwner::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestLocalOwner::anEmptyShopGetsItAsItsFirstOwner()
{
    QCOMPARE(staffCount(), 0);
    auto owner = LocalOwner::ensure(m_store->ctx(), m_dir->path());
    QVERIFY2(owner.ok(), owner ? "" : qPrintable(owner.error().message));
    QCOMPARE(staffCount(), 1);
    auto made = StaffRepository(m_store->db().connection()).findByEmail(owner->email);
    QVERIFY(made && made->has_value());
    QCOMPARE((*made)->role, StaffRole::Owner);
    QVERIFY(owner->password.size() >= 40); // 256 random bits
    // The credentials sign in, and only the user can read them.
    QVERIFY(AuthService(m_store->ctx()).loginStaff(owner->email, owner->password).ok());
    QCOMPARE(QFile(file()).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    // The first owner is taken: the usual bootstrap is refused now, as in any shop with staff.
    QVERIFY(!StaffService(m_store->ctx())
                 .bootstrapOwner(QStringLiteral("someone@example.com"), QStringLiteral("某人"),
                                 QStringLiteral("password-123"))
                 .ok());
}

void TestLocalOwner::aShopWithStaffGetsAnotherOwner()
{
    QVERIFY(StaffService(m_store->ctx())
                .bootstrapOwner(QStringLiteral("boss@example.com"), QStringLiteral("老板"),
                                QStringLiteral("boss-password-1"))
                .ok());
    auto owner = LocalOwner::ensure(m_store->ctx(), m_dir->path());
    QVERIFY(owner.ok());
    QVERIFY(owner->email != QStringLiteral("boss@example.com"));
    QCOMPARE(staffCount(), 2);
    auto made = StaffRepository(m_store->db().connection()).findByEmail(owner->email);
    QVERIFY(made && made->has_value());
    QCOMPARE((*made)->role, StaffRole::Owner);
    QVERIFY(AuthService(m_store->ctx()).loginStaff(owner->email, owner->password).ok());
}

void TestLocalOwner::theFolderKeepsItsAccount()
{
    auto first = LocalOwner::ensure(m_store->ctx(), m_dir->path());
    auto second = LocalOwner::ensure(m_store->ctx(), m_dir->path());
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second->email, first->email);
    QCOMPARE(second->password, first->password);
    QCOMPARE(staffCount(), 1);
    // Another folder (another desktop's copy of the shop) gets an account of its own.
    QTemporaryDir other;
    auto elsewhere = LocalOwner::ensure(m_store->ctx(), other.path());
    QVERIFY(elsewhere.ok());
    QVERIFY(elsewhere->email != first->email);
    QCOMPARE(staffCount(), 2);
}

void TestLocalOwner::aDamagedFileGivesANewAccount()
{
    auto first = LocalOwner::ensure(m_store->ctx(), m_dir->path());
    QVERIFY(first.ok());
    QFile damaged(file());
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("{\"email\": \"not an address\"");
    damaged.close();
    auto again = LocalOwner::ensure(m_store->ctx(), m_dir->path());
    QVERIFY(again.ok());
    QVERIFY(again->email != first->email);
    QCOMPARE(staffCount(), 2);
    QVERIFY(AuthService(m_store->ctx()).loginStaff(again->email, again->password).ok());
}

QTEST_GUILESS_MAIN(TestLocalOwner)
#include "tst_localowner.moc"
