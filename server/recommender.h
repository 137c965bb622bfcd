#pragma once

#include "basketanalysis.h"

#include <QHash>
#include <QList>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace md {

class ServiceContext;

// The association rules behind the storefront's recommendations, mined from every paid order
// (BasketTransactions, BasketAnalysis) on a thread of its own, so that no request pays for the
// mining. Requests read the last rule set while a newer one is computed (stale while recomputing).
// After the first computation at start(), a new one runs when markStale() was called (orders
// changed) and at least `minInterval` has passed since the previous one began. A failed
// computation keeps the previous rules.
class Recommender
{
public:
    struct Options
    {
        std::chrono::milliseconds minInterval{std::chrono::minutes(5)};
        BasketThresholds thresholds;
        // Rules kept per product: enough to fill a list of recommendations when some of the
        // products it names are no longer for sale.
        int rulesPerProduct = 50;
    };

    // onUpdate runs on the worker thread after a rule set different from the previous one is in
    // place (e.g. to drop cached answers built from the old one).
    Recommender(const ServiceContext &context, Options options,
                std::function<void()> onUpdate = {});
    ~Recommender();
    Recommender(const Recommender &) = delete;
    Recommender &operator=(const Recommender &) = delete;

    void start();
    void stop();
    // Orders changed: recompute once the minimum interval allows.
    void markStale();
    // The rules "bought A, also bought B" for A = productId, best first (confidence, lift, pair
    // count descending, then B ascending). Until the first computation since start() has ended,
    // waits for it at most `wait`; after that, never waits.
    QList<AssociationRule> rulesFor(qint64 productId, std::chrono::milliseconds wait) const;
    // Computations ended since start (tests, diagnostics).
    quint64 computations() const;

private:
    using Table = QHash<qint64, QList<AssociationRule>>;
    void run();
    // nullptr when the orders could not be read.
    std::shared_ptr<const Table> compute() const;

    const ServiceContext &m_ctx;
    const Options m_options;
    std::function<void()> m_onUpdate;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_computed; // a computation ended
    std::condition_variable m_wake;             // stale or stop
    std::shared_ptr<const Table> m_table;
    quint64 m_computations = 0;
    bool m_stale = false;
    bool m_stop = false;
    bool m_running = false;
    std::thread m_thread;
};

} // namespace md
