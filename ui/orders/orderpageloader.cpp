#include "orderpageloader.h"

#include "orderservice.h"
#include "servicecontext.h"
#include "storesettings.h"

#include <algorithm>

namespace md {

void OrderPageLoader::count(quint64 generation, const OrderQuery &query)
{
    if (stale(generation))
        return;
    auto total = OrderService(m_ctx).count(m_staff, query);
    if (!total) {
        emit failed(generation, total.error().message);
        return;
    }
    auto settings = StoreSettings::load(m_ctx.connection());
    emit counted(generation, *total, settings ? settings->timeZone : StoreSettings().timeZone);
}

void OrderPageLoader::loadPage(quint64 generation, int page, int pageSize, qint64 total,
                               const OrderQuery &query)
{
    if (stale(generation))
        return;
    OrderQuery q = query;
    const qint64 offset = qint64(page) * pageSize;
    q.limit = pageSize;
    q.offset = int(offset);
    // OFFSET walks every skipped row: from the far end, the last page is as cheap as the first.
    // Every sort ends with id, so the reversed order is exactly the forward order backwards.
    const bool backwards = total > 0 && offset > total / 2;
    if (backwards) {
        const qint64 end = qMin<qint64>(offset + pageSize, total);
        q.newestFirst = !query.newestFirst;
        q.offset = int(total - end);
        q.limit = int(end - offset);
    }
    auto rows = OrderService(m_ctx).summaries(m_staff, q);
    if (!rows) {
        emit failed(generation, rows.error().message);
        return;
    }
    if (backwards)
        std::reverse(rows->begin(), rows->end());
    emit pageLoaded(generation, page, *rows);
}

} // namespace md
