#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace md {

// Ready-made responses of the public catalog (product lists, searches, product detail,
// categories, flash sales) for anonymous requests, keyed by the request URI. The whole cache is
// dropped when the change log shows a change of a catalog entity (ChangeWatcher), so an answer
// is at most one poll interval old. Answers carry an ETag; If-None-Match gets 304.
class CatalogCache
{
public:
    struct Entry
    {
        QByteArray body;
        QByteArray etag;
        QString searchText; // the query of a product search, for the search log
    };

    static constexpr std::size_t kMaxEntries = 5000;

    // Whether responses to this GET may be cached: the public catalog, without a token.
    static bool cacheable(const std::string &uri);
    bool find(const std::string &uri, Entry &entry) const;
    // Stores the answer unless the cache was invalidated since `generation` (taken before the
    // answer was computed); returns the ETag to send with it.
    QByteArray store(const std::string &uri, const QByteArray &body, quint64 generation,
                     const QString &searchText = {});
    void invalidate();
    // Drops everything when this process has committed changes since the last call
    // (ChangeLog::localCommits()), so a request never sees an answer older than a change that
    // committed before it arrived.
    void follow(quint64 localCommits);
    quint64 generation() const { return m_generation.load(); }

private:
    mutable std::shared_mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
    std::atomic<quint64> m_generation{1};
    std::atomic<quint64> m_followedCommits{0};
};

} // namespace md
