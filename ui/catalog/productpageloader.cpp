#include "productpageloader.h"

#include "catalogservice.h"
#include "servicecontext.h"

namespace md {

void ProductPageLoader::load(quint64 generation, int offset, int limit, const QString &text,
                             qint64 categoryId, ProductSort sort, bool descending)
{
    CatalogService catalog(m_ctx);
    ProductQuery q;
    q.text = text;
    q.categoryId = categoryId;
    q.withSubcategories = true;
    q.sort = sort;
    q.descending = descending;
    q.offset = offset;
    q.limit = limit;
    auto rows = catalog.productSummaries(q);
    auto total = catalog.productCount(q);
    if (!rows || !total) {
        emit failed(generation, rows ? total.error().message : rows.error().message);
        return;
    }
    emit loaded(generation, offset, *rows, *total);
}

} // namespace md
