#include "recommender.h"

#include "baskettransactions.h"
#include "servicecontext.h"

#include <QElapsedTimer>

#include <algorithm>

namespace md {

namespace {

bool sameRule(const AssociationRule &a, const AssociationRule &b)
{
    return a.antecedent == b.antecedent && a.consequent == b.consequent &&
           a.pairCount == b.pairCount && a.support == b.support && a.confidence == b.confidence &&
           a.lift == b.lift;
}

template<typename Table> bool sameTable(const Table &a, const Table &b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend() || other->size() != it->size() ||
            !std::equal(it->cbegin(), it->cend(), other->cbegin(), sameRule))
            return false;
    }
    return true;
}

} // namespace

Recommender::Recommender(const ServiceContext &context, Options options,
                         std::function<void()> onUpdate)
    : m_ctx(context)
    , m_options(options)
    , m_onUpdate(std::move(onUpdate))
{}

Recommender::~Recommender()
{
    stop();
}

void Recommender::start()
{
    std::lock_guard lock(m_mutex);
    if (m_running)
        return;
    m_stop = false;
    m_stale = false;
    m_running = true;
    m_thread = std::thread([this] { run(); });
}

void Recommender::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_running)
            return;
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    std::lock_guard lock(m_mutex);
    m_running = false;
    m_computed.notify_all(); // nobody waits for a computation that will not come
}

void Recommender::markStale()
{
    {
        std::lock_guard lock(m_mutex);
        m_stale = true;
    }
    m_wake.notify_all();
}

QList<AssociationRule> Recommender::rulesFor(qint64 productId, std::chrono::milliseconds wait) const
{
    std::unique_lock lock(m_mutex);
    m_computed.wait_for(lock, wait, [this] { return m_computations > 0 || !m_running || m_stop; });
    return m_table ? m_table->value(productId) : QList<AssociationRule>();
}

quint64 Recommender::computations() const
{
    std::lock_guard lock(m_mutex);
    return m_computations;
}

std::shared_ptr<const Recommender::Table> Recommender::compute() const
{
    QElapsedTimer timer;
    timer.start();
    // This thread's own connection (Database::connection), closed when the thread ends.
    auto transactions = BasketTransactions::load(m_ctx.connection());
    if (!transactions) {
        qWarning("recommendations: orders could not be read: %s",
                 qPrintable(transactions.error().message));
        return nullptr;
    }
    auto table = std::make_shared<Table>();
    // The rules come sorted by antecedent, then best first: each product's list is a run.
    for (const AssociationRule &r :
         BasketAnalysis::mine(transactions.value(), m_options.thresholds)) {
        QList<AssociationRule> &list = (*table)[r.antecedent];
        if (list.size() < m_options.rulesPerProduct)
            list.append(r);
    }
    qDebug("recommendations: %lld orders, rules for %lld products in %lld ms",
           qint64(transactions->size()), qint64(table->size()), timer.elapsed());
    return table;
}

void Recommender::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_stale = false;
        const auto began = std::chrono::steady_clock::now();
        lock.unlock();
        std::shared_ptr<const Table> table = compute();
        lock.lock();
        // No rules yet answers like an empty set: a shop without orders drops nothing.
        const bool changed = table && !sameTable(*table, m_table ? *m_table : Table());
        if (table)
            m_table = std::move(table);
        ++m_computations;
        m_computed.notify_all();
        if (changed && m_onUpdate) {
            lock.unlock();
            m_onUpdate();
            lock.lock();
        }
        // Sleep until orders change, then keep to the minimum interval between computations.
        m_wake.wait(lock, [this] { return m_stop || m_stale; });
        m_wake.wait_until(lock, began + m_options.minInterval, [this] { return m_stop; });
    }
}

} // namespace md
