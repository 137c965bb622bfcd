#pragma once

#include "result.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <cmath>

#include <functional>

namespace md {

class ServiceContext;

struct DemoOptions
{
    quint32 seed = 20261111;
    int products = 500;
    int members = 2000;
    int orders = 50000;  // over the whole period; multiplied by scale
    int scale = 1;       // 8 gives more than 1,000,000 order lines, for benchmarks
    int days = 730;      // two years of history
    int recentDays = 14; // the newest orders go through the real services (open orders, queues)
    qint64 endMs = 0;    // the demo's "now"; 0: the current time
    QString staffPassword = QStringLiteral("demo-pass-2026");
};

struct DemoReport
{
    int categories = 0;
    int products = 0;
    int skus = 0;
    int members = 0;
    int orders = 0;
    qint64 orderLines = 0;
    int refunds = 0;
    int reviews = 0;
    qint64 elapsedMs = 0;
};

// Deterministic random choices for the demo data (the same seed gives the same shop).
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed)
        : m_rng(seed)
    {}
    int below(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    qint64 between(qint64 lo, qint64 hi)
    {
        return lo + qint64(m_rng.bounded(quint64(hi - lo + 1)));
    }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    double unit() { return m_rng.generateDouble(); }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }
    // An index into a list of n, skewed towards the front (roughly Zipf-like).
    int skewed(int n, double power = 2.0) { return qMin(n - 1, int(n * std::pow(unit(), power))); }

private:
    QRandomGenerator m_rng;
};

// Makes a believable bilingual demo shop in an empty store: ~27 categories in a tree, ~500
// products with 1–6 SKUs, 2,000 members, staff (owner, manager, clerk, support), coupon campaigns,
// flash sales, and two years of orders (about 50,000) with a weekly rhythm and peaks around 618 and
// 双11, with cancellations, refunds and reviews. The history is written in bulk (HistoryWriter);
// the last two weeks go through the real services, so open orders, shipments waiting and refund
// requests are exactly what the rules produce. Used by `storefrontd --demo` and the desktop's
// first run. Staff log in as owner@demo.merchantdesk.cn (and manager@, clerk@, support@) with
// options.staffPassword; demo members as member1@demo.merchantdesk.cn … with "demo1234".
class DemoShopGenerator
{
public:
    // Called every few hundred rows; returning false stops the generation: generate() then fails
    // with cancelled() and, being one transaction, leaves the store as it was.
    using Progress = std::function<bool(const QString &stage, qint64 done, qint64 total)>;

    DemoShopGenerator(const ServiceContext &context, const DemoOptions &options);
    Result<DemoReport> generate(const Progress &progress = {});

    // The error of a generation stopped by its progress callback: details {"cancelled": true}.
    static Error cancelled();
    static bool isCancelled(const Error &error);

    static const char *kMemberPassword;

private:
    const ServiceContext &m_ctx;
    DemoOptions m_options;
};

} // namespace md
