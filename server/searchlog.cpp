#include "searchlog.h"

#include "catalogservice.h"
#include "servicecontext.h"

#include <QMutexLocker>

namespace md {

void SearchLog::record(const QString &query)
{
    const QString q = query.trimmed().toLower();
    if (q.isEmpty() || q.size() > 50)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_pending.size() < 10000)
        ++m_pending[q];
}

void SearchLog::flush(const ServiceContext &context)
{
    QHash<QString, int> counts;
    {
        QMutexLocker lock(&m_mutex);
        counts.swap(m_pending);
    }
    if (!counts.isEmpty())
        (void)CatalogService(context).recordSearches(counts);
}

} // namespace md
