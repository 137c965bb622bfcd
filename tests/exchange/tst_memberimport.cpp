// Member import and export: members created through MemberService with opening points and
// balance posted to their ledgers, no password ever (an imported member cannot log in); a
// malformed file (bad quoting, wrong column count, text in number fields, bad dates) rejected
// with its line numbers and nothing written; cancel; re-import posting only the difference; and
// export -> import round trips.
#include "authservice.h"
#include "memberexporter.h"
#include "memberimporter.h"
#include "walletservice.h"

#include "shopfixture.h"

#include <QBuffer>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

using md::MemberImporter;
using md::MemberImportSummary;

class TestMemberImport : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }

    void importsMembersWithOpeningLedgers();
    void malformedFileRejectedWithLineNumbers();
    void contactsOfTwoMembersRefused();
    void cancelLeavesNothing();
    void reimportPostsTheDifference();
    void mappingOverride();
    void exportImportRoundTrip();

private:
    static MemberImportSummary import(TestStore &store, const QByteArray &csv,
                                      md::ImportOptions options = {}, bool dryRun = false)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        MemberImporter importer(store.ctx(), &buffer);
        const md::Status header = importer.readHeader();
        if (!header)
            qFatal("header refused: %s", qPrintable(header.error().message));
        return dryRun ? importer.validate(options) : importer.run(options);
    }

    static QByteArray exportCsv(TestStore &store)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TestStore::check(md::MemberExporter(store.ctx()).write(&buffer));
        return buffer.data();
    }

    static qint64 count(TestStore &store, const char *table)
    {
        QSqlQuery q(store.ctx().connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ||
            !q.next())
            qFatal("count %s", table);
        return q.value(0).toLongLong();
    }

    static QList<md::Member> members(TestStore &store)
    {
        auto all = md::MemberService(store.ctx()).members(md::Actor::system(), {});
        TestStore::check(all);
        return *all;
    }

    static qint64 utc(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs)
            .toMSecsSinceEpoch();
    }

    std::unique_ptr<TestStore> m_store;
};

void TestMemberImport::importsMembersWithOpeningLedgers()
{
    // The store's zone is Asia/Shanghai (UTC+8) and its currency CNY.
    const QByteArray csv =
        "email,phone,name,external_ref,tier,points,balance,created_at,password\n"
        " Wang.Fang@Example.COM ,,王芳,,gold,1200,88.50,2025-03-01T09:30:00Z,secret1\n"
        ",138-0013-8000,,,,,,2025-06-18,\n"
        ",,Old customer,17850,silver,0,0.00,2025-11-11T23:30:00,\n";
    md::ImportOptions options;
    options.sourceName = QStringLiteral("members.csv");
    const MemberImportSummary s = import(*m_store, csv, options);
    QVERIFY2(s.rejected.isEmpty(), qPrintable(s.rejected.value(0).reason));
    QVERIFY(s.committed);
    QCOMPARE(s.members, 3);
    QCOMPARE(s.created, 3);
    QCOMPARE(s.pointsEntries, 1); // zero opening figures post nothing
    QCOMPARE(s.balanceEntries, 1);
    QCOMPARE(s.ignoredColumns, QStringList{QStringLiteral("password")});

    const QList<md::Member> all = members(*m_store);
    QCOMPARE(all.size(), 3);
    const md::Member &wang = all[0];
    QCOMPARE(wang.email, QStringLiteral("wang.fang@example.com"));
    QCOMPARE(wang.displayName, QStringLiteral("王芳"));
    QCOMPARE(wang.effectiveTier(), md::MemberTier::Gold);
    QCOMPARE(wang.tierOverride, std::optional<md::MemberTier>(md::MemberTier::Gold));
    QCOMPARE(wang.points, qint64(1200));
    QCOMPARE(wang.balance, qint64(8850));
    QCOMPARE(wang.createdAt, utc("2025-03-01T09:30:00Z"));
    QVERIFY(!wang.canLogIn);

    const md::Member &phone = all[1];
    QCOMPARE(phone.phone, QStringLiteral("13800138000"));
    QCOMPARE(phone.displayName, QStringLiteral("13800138000")); // the contact stands in
    QCOMPARE(phone.createdAt, utc("2025-06-17T16:00:00Z"));     // midnight in Shanghai
    QCOMPARE(phone.effectiveTier(), md::MemberTier::Regular);

    const md::Member &old = all[2];
    QCOMPARE(old.externalRef, QStringLiteral("17850"));
    QCOMPARE(old.tierOverride, std::optional<md::MemberTier>(md::MemberTier::Silver));
    QCOMPARE(old.createdAt, utc("2025-11-11T15:30:00Z"));
    QCOMPARE(old.points, qint64(0));

    md::WalletService wallet(m_store->ctx());
    for (md::LedgerKind kind : {md::LedgerKind::Points, md::LedgerKind::Balance}) {
        auto entries = wallet.entries(md::Actor::system(), kind, wang.id);
        TestStore::check(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().reason, QStringLiteral("adjustment"));
        QCOMPARE(entries->first().note, QStringLiteral("import members.csv, line 2"));
        QCOMPARE(*wallet.ledgerSum(kind, wang.id),
                 qint64(kind == md::LedgerKind::Points ? 1200 : 8850));
    }

    // No password was imported, whatever the file said.
    auto login =
        md::AuthService(m_store->ctx())
            .loginMember(QStringLiteral("wang.fang@example.com"), QStringLiteral("secret1"));
    QVERIFY(!login);
}

void TestMemberImport::malformedFileRejectedWithLineNumbers()
{
    const qint64 kept = m_store->member(QStringLiteral("kept@example.com"));
    const QByteArray csv =
        "email,phone,name,points,balance,created_at\n"
        "a@example.com,,A,10,1.00,2025-01-01\n"              // 2: fine
        "b@example.com,,\"B \"the\" one\",10,1.00,\n"        // 3: text after a closing quote
        "c@example.com,,C,10,1.00\n"                         // 4: five fields
        "d@example.com,,D,ten,1.00,\n"                       // 5: text in points
        "e@example.com,,E,10,1.005,\n"                       // 6: three decimals
        "f@example.com,,F,10,abc,\n"                         // 7: text in balance
        "g@example.com,,G,10,1.00,2011-13-01\n"              // 8: no 13th month
        "h@example.com,,H,10,1.00,yesterday\n"               // 9: not a date
        "not-an-email,,I,10,1.00,\n"                         // 10
        ",,J,10,1.00,\n"                                     // 11: no contact
        "A@example.com,,A again,1,1.00,\n"                   // 12: duplicate of line 2
        "k@example.com,,K,-5,1.00,\n"                        // 13: negative points
        "l@example.com,,\"L\nline two\",1,1.00,2999-01-01\n" // 14-15: in the future
        "m@exa\"mple.com,,M,1,1.00,\n";                      // 16: quote in an unquoted field
    const qint64 ledgerBefore =
        count(*m_store, "points_ledger") + count(*m_store, "balance_ledger");
    for (bool dryRun : {true, false}) {
        const MemberImportSummary s = import(*m_store, csv, {}, dryRun);
        QVERIFY(!s.committed);
        QList<qint64> lines;
        QStringList reasons;
        for (const md::RejectedRow &r : s.rejected) {
            lines << r.line;
            reasons << r.reason;
        }
        QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16}));
        QVERIFY2(reasons[0].contains(QStringLiteral("closing quote")), qPrintable(reasons[0]));
        QVERIFY2(reasons[1].contains(QStringLiteral("5 fields")), qPrintable(reasons[1]));
        QVERIFY2(reasons[2].contains(QStringLiteral("\"ten\"")), qPrintable(reasons[2]));
        QVERIFY2(reasons[3].contains(QStringLiteral("1.005")), qPrintable(reasons[3]));
        QVERIFY2(reasons[4].contains(QStringLiteral("\"abc\"")), qPrintable(reasons[4]));
        QVERIFY2(reasons[5].contains(QStringLiteral("2011-13-01")), qPrintable(reasons[5]));
        QVERIFY2(reasons[6].contains(QStringLiteral("yesterday")), qPrintable(reasons[6]));
        QVERIFY2(reasons[7].contains(QStringLiteral("not-an-email")), qPrintable(reasons[7]));
        QVERIFY2(reasons[9].contains(QStringLiteral("line 2")), qPrintable(reasons[9]));
        QVERIFY2(reasons[11].contains(QStringLiteral("future")), qPrintable(reasons[11]));
        QVERIFY2(reasons[12].contains(QStringLiteral("quote")), qPrintable(reasons[12]));
        QCOMPARE(s.created, 1); // line 2 alone was fine
        QCOMPARE(members(*m_store).size(), 1);
        QCOMPARE(members(*m_store).first().id, kept);
        QCOMPARE(count(*m_store, "points_ledger") + count(*m_store, "balance_ledger"),
                 ledgerBefore);
    }
}

void TestMemberImport::contactsOfTwoMembersRefused()
{
    const QByteArray first = "email,phone,name\na@example.com,,A\n,13800138000,B\n";
    QVERIFY(import(*m_store, first).committed);
    const MemberImportSummary s =
        import(*m_store, "email,phone,name\na@example.com,13800138000,AB\n");
    QVERIFY(!s.committed);
    QCOMPARE(s.rejected.size(), 1);
    QCOMPARE(s.rejected[0].line, qint64(2));
    QVERIFY2(s.rejected[0].reason.contains(QStringLiteral("phone")),
             qPrintable(s.rejected[0].reason));
    QCOMPARE(members(*m_store)[0].displayName, QStringLiteral("A"));
}

void TestMemberImport::cancelLeavesNothing()
{
    std::atomic<bool> cancel{false};
    md::ImportOptions options;
    options.cancel = &cancel;
    options.progress = [&](qint64 done, qint64) { cancel = done == 2; };
    const MemberImportSummary s = import(
        *m_store, "email,points,balance\na@example.com,5,1\nb@example.com,5,1\nc@example.com,5,1\n",
        options);
    QVERIFY(s.cancelled);
    QVERIFY(!s.committed);
    QCOMPARE(count(*m_store, "members"), 0);
    QCOMPARE(count(*m_store, "points_ledger"), 0);
    QCOMPARE(count(*m_store, "balance_ledger"), 0);
    QCOMPARE(count(*m_store, "audit_log"), 0);
}

void TestMemberImport::reimportPostsTheDifference()
{
    QVERIFY(import(*m_store, "email,name,points,balance\na@example.com,A,500,20.00\n").committed);
    const MemberImportSummary s = import(
        *m_store, "email,name,points,balance\nA@Example.com,Anna,300,20.00\nb@example.com,B,,\n");
    QVERIFY(s.committed);
    QCOMPARE(s.created, 1);
    QCOMPARE(s.updated, 1);
    QCOMPARE(s.pointsEntries, 1);
    QCOMPARE(s.balanceEntries, 0);
    const md::Member a = members(*m_store)[0];
    QCOMPARE(a.displayName, QStringLiteral("Anna"));
    QCOMPARE(a.points, qint64(300));
    QCOMPARE(a.balance, qint64(2000));
    auto entries = md::WalletService(m_store->ctx())
                       .entries(md::Actor::system(), md::LedgerKind::Points, a.id);
    TestStore::check(entries);
    QCOMPARE(entries->size(), 2);
    QList<qint64> deltas{entries->at(0).delta, entries->at(1).delta};
    std::sort(deltas.begin(), deltas.end());
    QCOMPARE(deltas, (QList<qint64>{-200, 500}));
    // The same file again changes nothing.
    const MemberImportSummary again = import(
        *m_store, "email,name,points,balance\nA@Example.com,Anna,300,20.00\nb@example.com,B,,\n");
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(again.pointsEntries + again.balanceEntries, 0);
}

void TestMemberImport::mappingOverride()
{
    QBuffer buffer;
    buffer.setData("E-Mail Address,Full Name\nzhang@example.com,张三\n");
    buffer.open(QIODevice::ReadOnly);
    MemberImporter importer(m_store->ctx(), &buffer);
    QVERIFY(!importer.readHeader()); // no contact column it knows
    importer.mapping().map(QStringLiteral("email"), 0);
    importer.mapping().map(QStringLiteral("name"), 1);
    auto preview = importer.preview(5);
    TestStore::check(preview);
    QCOMPARE(preview->members.size(), 1);
    QCOMPARE(preview->members[0].displayName, QStringLiteral("张三"));
    QCOMPARE(count(*m_store, "members"), 0);
    QVERIFY(importer.run().committed);
    QCOMPARE(members(*m_store)[0].email, QStringLiteral("zhang@example.com"));
}

void TestMemberImport::exportImportRoundTrip()
{
    ShopFixture shop;
    auto [wang, address] = shop.customer(QStringLiteral("wang@example.com"));
    Q_UNUSED(address);
    shop.giveBalance(wang, 12345);
    shop.givePoints(wang, 678);
    auto phoneOnly = md::MemberService(shop.ctx())
                         .createMember(md::Actor::system(), {{},
                                                             QStringLiteral("+447700900123"),
                                                             QStringLiteral("12346"),
                                                             QStringLiteral("Ann, \"the\" buyer"),
                                                             {},
                                                             utc("2011-01-04T10:00:00.123Z")});
    TestStore::check(phoneOnly);
    TestStore::check(
        md::MemberService(shop.ctx())
            .overrideTier(md::Actor::system(), phoneOnly->id, md::MemberTier::Platinum));
    const QByteArray exported = exportCsv(shop);
    QVERIFY(!exported.contains("pbkdf2"));
    QVERIFY(!exported.toLower().contains("password"));
    QCOMPARE(exported.count('\n'), 3);

    TestStore fresh;
    const MemberImportSummary s = import(fresh, exported);
    QVERIFY2(s.rejected.isEmpty(), qPrintable(s.rejected.value(0).reason));
    QCOMPARE(s.created, 2);
    QCOMPARE(exportCsv(fresh), exported);
    const md::Member copy = members(fresh)[0];
    QCOMPARE(copy.balance, qint64(12345));
    QCOMPARE(copy.points, qint64(678));
    QVERIFY(!copy.canLogIn); // the original could; its password stayed behind

    const MemberImportSummary again = import(shop, exported);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(again.created + again.updated, 0);
}

QTEST_GUILESS_MAIN(TestMemberImport)
#include "tst_memberimport.moc"
