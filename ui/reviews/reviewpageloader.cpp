#include "reviewpageloader.h"

#include "reviewservice.h"
#include "servicecontext.h"

namespace md {

void ReviewPageLoader::load(quint64 generation, int offset, int limit, std::optional<bool> hidden,
                            ReviewSort sort, bool descending, const QString &text)
{
    ReviewService reviews(m_ctx);
    ReviewQuery q;
    q.hidden = hidden;
    q.text = text;
    q.sort = sort;
    q.descending = descending;
    q.offset = offset;
    q.limit = limit;
    auto rows = reviews.reviews(m_staff, q);
    auto total = reviews.count(m_staff, q);
    if (!rows || !total) {
        emit failed(generation, rows ? total.error().message : rows.error().message);
        return;
    }
    emit loaded(generation, offset, *rows, *total);
}

} // namespace md
