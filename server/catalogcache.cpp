#include "catalogcache.h"

#include <QHashFunctions>

#include <mutex>

namespace md {

bool CatalogCache::cacheable(const std::string &uri)
{
    static const char *const prefixes[] = {"/api/v1/products", "/api/v1/categories",
                                           "/api/v1/flash-sales"};
    for (const char *p : prefixes) {
        if (uri.rfind(p, 0) == 0)
            return true;
    }
    return false;
}

bool CatalogCache::find(const std::string &uri, Entry &entry) const
{
    std::shared_lock lock(m_mutex);
    const auto it = m_entries.find(uri);
    if (it == m_entries.end())
        return false;
    entry = it->second; // implicitly shared byte arrays: no copy of the bodies
    return true;
}

QByteArray CatalogCache::store(const std::string &uri, const QByteArray &body, quint64 generation,
                               const QString &searchText)
{
    const QByteArray etag =
        '"' + QByteArray::number(generation, 16) + '-' + QByteArray::number(qHash(body), 16) + '"';
    std::unique_lock lock(m_mutex);
    if (generation != m_generation.load())
        return etag; // computed from data older than the last change: do not keep it
    if (m_entries.size() >= kMaxEntries)
        m_entries.clear(); // crude but bounded; a full cache refills within a poll interval
    m_entries[uri] = Entry{body, etag, searchText};
    return etag;
}

void CatalogCache::follow(quint64 localCommits)
{
    if (localCommits <= m_followedCommits.load(std::memory_order_acquire))
        return;
    // The mark moves only under the lock, after the entries are gone: a thread that sees the
    // new mark can no longer find an entry computed before it.
    std::unique_lock lock(m_mutex);
    if (localCommits <= m_followedCommits.load())
        return;
    m_entries.clear();
    ++m_generation;
    m_followedCommits.store(localCommits, std::memory_order_release);
}

void CatalogCache::invalidate()
{
    std::unique_lock lock(m_mutex);
    m_entries.clear();
    ++m_generation;
}

} // namespace md
