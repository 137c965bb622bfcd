#include "statementcache.h"

namespace md {

namespace {

// Connections are used on one thread only, so the registry is per thread and needs no lock. It
// is a plain pointer, created on first attach and deleted when the last cache detaches: a
// thread_local object with a destructor could be destroyed before Qt's per-thread cleanup closes
// the connections (the order of thread-exit destructors is unspecified), and detach() would then
// touch freed memory.
thread_local QHash<QString, StatementCache *> *t_registry = nullptr;

} // namespace

StatementCache *StatementCache::forConnection(const QString &connectionName)
{
    return t_registry ? t_registry->value(connectionName, nullptr) : nullptr;
}

void StatementCache::attach(const QString &connectionName, StatementCache *cache)
{
    if (!t_registry)
        t_registry = new QHash<QString, StatementCache *>;
    t_registry->insert(connectionName, cache);
}

void StatementCache::detach(const QString &connectionName)
{
    if (!t_registry)
        return;
    t_registry->remove(connectionName);
    if (t_registry->isEmpty()) {
        delete t_registry;
        t_registry = nullptr;
    }
}

QSqlQuery *StatementCache::acquire(const QString &sql)
{
    auto it = m_entries.find(sql);
    if (it == m_entries.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return nullptr;
        m_keys.insert(query.get(), sql);
        it = m_entries.insert(sql, Entry{query, false});
    }
    if (it->inUse)
        return nullptr;
    it->inUse = true;
    return it->query.get();
}

void StatementCache::release(QSqlQuery *query)
{
    query->finish();
    auto it = m_entries.find(m_keys.value(query));
    if (it != m_entries.end())
        it->inUse = false;
}

} // namespace md
