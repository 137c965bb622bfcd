#include "permissionpolicy.h"

#include <QFile>
#include <QTest>

using namespace md;

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void membersHaveNoStaffPermissions();
    void systemMayDoAnything();
    void namesAreUniqueAndDocumented();
};

void TestPermissions::table_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");
    const auto row = [](const char *name, StaffRole r, Permission p, bool a) {
        QTest::newRow(name) << int(r) << int(p) << a;
    };
    row("owner manages staff", StaffRole::Owner, Permission::StaffManage, true);
    row("manager cannot manage staff", StaffRole::Manager, Permission::StaffManage, false);
    row("manager adjusts balance", StaffRole::Manager, Permission::MemberBalanceAdjust, true);
    row("clerk cannot adjust balance", StaffRole::Clerk, Permission::MemberBalanceAdjust, false);
    row("clerk ships", StaffRole::Clerk, Permission::OrderFulfil, true);
    row("support cannot ship", StaffRole::Support, Permission::OrderFulfil, false);
    row("support creates refunds", StaffRole::Support, Permission::RefundCreate, true);
    row("support cannot decide refunds", StaffRole::Support, Permission::RefundDecide, false);
    row("clerk cannot decide refunds", StaffRole::Clerk, Permission::RefundDecide, false);
    row("manager decides refunds", StaffRole::Manager, Permission::RefundDecide, true);
    row("clerk edits catalog", StaffRole::Clerk, Permission::CatalogEdit, true);
    row("support moderates reviews", StaffRole::Support, Permission::ReviewModerate, true);
    row("clerk cannot see reports", StaffRole::Clerk, Permission::ReportsView, false);
    row("only owner edits settings", StaffRole::Manager, Permission::SettingsEdit, false);
}

void TestPermissions::table()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    QFETCH(bool, allowed);
    QCOMPARE(
        PermissionPolicy::allows(static_cast<StaffRole>(role), static_cast<Permission>(permission)),
        allowed);
    const Actor a = Actor::staff(1, static_cast<StaffRole>(role));
    const Status s = PermissionPolicy::require(a, static_cast<Permission>(permission));
    QCOMPARE(s.ok(), allowed);
    if (!allowed)
        QCOMPARE(s.error().codeName(), QStringLiteral("forbidden"));
}

void TestPermissions::membersHaveNoStaffPermissions()
{
    for (Permission p : PermissionPolicy::all())
        QVERIFY(!PermissionPolicy::allows(Actor::member(1), p));
}

void TestPermissions::systemMayDoAnything()
{
    for (Permission p : PermissionPolicy::all())
        QVERIFY(PermissionPolicy::allows(Actor::system(), p));
    // The owner holds every permission.
    for (Permission p : PermissionPolicy::all())
        QVERIFY(PermissionPolicy::allows(StaffRole::Owner, p));
}

void TestPermissions::namesAreUniqueAndDocumented()
{
    QFile doc(QStringLiteral(MD_SOURCE_DIR "/docs/permissions.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), "docs/permissions.md exists");
    const QString text = QString::fromUtf8(doc.readAll());
    QSet<QString> names;
    for (Permission p : PermissionPolicy::all()) {
        const QString n = PermissionPolicy::name(p);
        QVERIFY(!names.contains(n));
        names.insert(n);
        // Each row of the document must state the same grants as the code.
        QString expected = QStringLiteral("| `%1` |").arg(n);
        for (StaffRole r :
             {StaffRole::Owner, StaffRole::Manager, StaffRole::Clerk, StaffRole::Support})
            expected +=
                PermissionPolicy::allows(r, p) ? QStringLiteral(" ✓ |") : QStringLiteral(" – |");
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("docs/permissions.md lacks: ") + expected));
    }
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
