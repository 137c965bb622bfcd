#include "database.h"
#include "migrator.h"
#include "sqlquery.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace md;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void emptyFileReachesNewestVersion();
    void reopeningAppliesNothing();
    void connectionIsConfigured();
    void splitStatementsRespectsQuotesAndComments();
    void newerFileIsRefused();
    void nestedTransactionsRollBackOnlyInner();
    void twoWritersBothSucceed();

private:
    DatabaseOptions options(const QString &name)
    {
        DatabaseOptions o;
        o.path = m_dir.filePath(name);
        return o;
    }
    QTemporaryDir m_dir;
};

void TestMigrations::emptyFileReachesNewestVersion()
{
    Database db(options(QStringLiteral("a.db")));
    QCOMPARE(db.schemaVersion(), 0);
    QVERIFY(db.open().ok());
    const auto migrations = Migrator::available();
    QVERIFY(!migrations.isEmpty());
    QCOMPARE(db.schemaVersion(), migrations.last().version);
    const QStringList tables = db.connection().tables();
    for (const char *t :
         {"schema_version", "categories", "products", "skus", "stock_moves", "members",
          "points_ledger", "balance_ledger", "staff", "sessions", "change_log", "audit_log"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    QCOMPARE(*q.scalar(), qint64(migrations.size()));
}

void TestMigrations::reopeningAppliesNothing()
{
    const auto o = options(QStringLiteral("b.db"));
    {
        Database db(o);
        QVERIFY(db.open().ok());
    }
    Database again(o);
    QVERIFY(again.open().ok());
    SqlQuery q(again.connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    QCOMPARE(*q.scalar(), qint64(Migrator::available().size()));
}

void TestMigrations::connectionIsConfigured()
{
    Database db(options(QStringLiteral("c.db")));
    QVERIFY(db.open().ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL is the default
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QCOMPARE(q.value(0).toInt(), db.options().busyTimeoutMs);
}

void TestMigrations::splitStatementsRespectsQuotesAndComments()
{
    const QString script = QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b'); -- c;d\n"
                                          "/* e; f */ INSERT INTO a VALUES (\"g;h\");;\nSELECT 1");
    const QStringList parts = Migrator::splitStatements(script);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts[0], QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    QCOMPARE(parts[1], QStringLiteral("INSERT INTO a VALUES (\"g;h\")"));
    QCOMPARE(parts[2], QStringLiteral("SELECT 1"));
}

void TestMigrations::newerFileIsRefused()
{
    const auto o = options(QStringLiteral("d.db"));
    {
        Database db(o);
        QVERIFY(db.open().ok());
        SqlQuery q(db.connection(),
                   QStringLiteral("INSERT INTO schema_version VALUES (9999, 'future', 0)"));
        QVERIFY(q.exec().ok());
    }
    Database again(o);
    const Status s = again.open();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().codeName(), QStringLiteral("storage_error"));
}

void TestMigrations::nestedTransactionsRollBackOnlyInner()
{
    Database db(options(QStringLiteral("e.db")));
    QVERIFY(db.open().ok());
    {
        WriteTransaction outer(db);
        QVERIFY(outer.began().ok());
        QVERIFY(SqlQuery(db.connection(),
                         QStringLiteral("INSERT INTO settings VALUES ('outer', '1', 1, 0)"))
                    .exec()
                    .ok());
        {
            WriteTransaction inner(db);
            QVERIFY(inner.began().ok());
            QVERIFY(SqlQuery(db.connection(),
                             QStringLiteral("INSERT INTO settings VALUES ('inner', '1', 1, 0)"))
                        .exec()
                        .ok());
            // destroyed without commit: rolled back to its savepoint
        }
        QVERIFY(outer.commit().ok());
    }
    SqlQuery q(db.connection(), QStringLiteral("SELECT group_concat(key) FROM settings"));
    QVERIFY(q.exec().ok() && q.next());
    QCOMPARE(q.text(0), QStringLiteral("outer"));
    QCOMPARE(db.transactionDepth(), 0);
}

// Two threads, each with its own connection, write concurrently: BEGIN IMMEDIATE makes the second
// wait for the lock instead of failing with "database is locked".
void TestMigrations::twoWritersBothSucceed()
{
    Database db(options(QStringLiteral("f.db")));
    QVERIFY(db.open().ok());
    std::atomic<int> failures{0};
    auto writer = [&](int base) {
        for (int i = 0; i < 200; ++i) {
            WriteTransaction tx(db);
            if (!tx.began()) {
                ++failures;
                continue;
            }
            SqlQuery q(tx.connection(),
                       QStringLiteral("INSERT INTO settings VALUES (?, 'v', 1, 0)"),
                       {QStringLiteral("k%1").arg(base + i)});
            if (!q.exec() || !tx.commit())
                ++failures;
        }
    };
    QThread *a = QThread::create(writer, 0);
    QThread *b = QThread::create(writer, 1000);
    a->start();
    b->start();
    QVERIFY(a->wait(60000) && b->wait(60000));
    delete a;
    delete b;
    QCOMPARE(failures.load(), 0);
    SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM settings"));
    QCOMPARE(*q.scalar(), qint64(400));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
