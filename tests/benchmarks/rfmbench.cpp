// RFM benchmark: a fresh store with 100,000 members and 300,000 paid orders, then RfmAnalysis::run
// timed over the whole window. Target: at most 2 s (docs/performance.md).
#include "database.h"
#include "rfmanalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    md::DatabaseOptions options;
    options.path = dir.filePath(QStringLiteral("rfm.db"));
    md::Database db(options);
    if (!db.open())
        return 1;
    QSqlDatabase c = db.connection();
    const int members = 100000, ordersPerMember = 3;
    QSqlQuery q(c);
    q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    QSqlQuery m(c), o(c);
    m.prepare(QStringLiteral("INSERT INTO members (id, email, display_name, created_at, "
                             "updated_at) VALUES (?, ?, 'm', 0, 0)"));
    o.prepare(QStringLiteral("INSERT INTO orders (member_id, status, currency, subtotal, total, "
                             "amount_due, paid_amount, "
                             "paid_at, placed_at, local_date, updated_at) VALUES (?, 'paid', "
                             "'CNY', ?, ?, ?, ?, ?, 0, '1970-01-01', 0)"));
    QRandomGenerator rng(7);
    for (int id = 1; id <= members; ++id) {
        m.addBindValue(id);
        m.addBindValue(QStringLiteral("m%1@x").arg(id));
        m.exec();
        const int n = 1 + int(rng.bounded(ordersPerMember * 2 - 1));
        for (int k = 0; k < n; ++k) {
            const qint64 amount = 100 + rng.bounded(100000);
            o.addBindValue(id);
            for (int j = 0; j < 4; ++j)
                o.addBindValue(amount);
            o.addBindValue(qint64(rng.bounded(1000000000)));
            o.exec();
        }
    }
    q.exec(QStringLiteral("COMMIT"));
    QElapsedTimer t;
    t.start();
    auto scores = md::RfmAnalysis::run(c, 0, 2000000000);
    const qint64 ms = t.elapsed();
    if (!scores)
        return 1;
    out << "members scored: " << scores.value().size() << ", RfmAnalysis::run: " << ms << " ms\n";
    return ms <= 2000 ? 0 : 2;
}
