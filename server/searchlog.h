#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace md {

class ServiceContext;

// Customers' search queries, counted in memory and written to the store now and then, so that a
// search request never waits for the write lock. Feeds the "popular searches" suggestions.
class SearchLog
{
public:
    void record(const QString &query);
    // Adds the counts gathered since the last flush to the store.
    void flush(const ServiceContext &context);

private:
    QMutex m_mutex;
    QHash<QString, int> m_pending;
};

} // namespace md
