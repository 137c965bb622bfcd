#include "refundpageloader.h"

#include "memberrepository.h"
#include "orderrepository.h"
#include "refundservice.h"
#include "servicecontext.h"
#include "staffrepository.h"
#include "validation.h"

namespace md {

namespace {

// The refund with its order's number, currency and member. A list row reads only the order's
// header (one narrow row, no lines: a page holds a hundred refunds); the detail the whole order.
Result<RefundRow> rowOf(const QSqlDatabase &db, const Refund &refund, Order *detail)
{
    RefundRow row;
    row.refund = refund;
    qint64 memberId = 0;
    if (detail) {
        auto order = OrderRepository(db).find(refund.orderId, true);
        MD_TRY(order);
        if (!order->has_value())
            return row;
        *detail = **order;
        row.orderNumber = detail->number();
        row.currency = detail->currency;
        memberId = detail->memberId;
    } else {
        auto header = OrderRepository(db).header(refund.orderId);
        MD_TRY(header);
        if (!header->has_value())
            return row;
        row.orderNumber = (*header)->number;
        row.currency = (*header)->currency;
        memberId = (*header)->memberId;
    }
    if (memberId) {
        auto member = MemberRepository(db).find(memberId);
        MD_TRY(member);
        if (member->has_value())
            row.memberName = (*member)->displayName;
    }
    return row;
}

} // namespace

void RefundPageLoader::load(quint64 generation, int offset, int limit,
                            std::optional<RefundStatus> status, RefundSort sort, bool descending)
{
    RefundService refunds(m_ctx);
    RefundQuery q;
    q.status = status;
    q.offset = offset;
    q.limit = limit;
    q.sort = sort;
    q.descending = descending;
    auto list = refunds.refunds(m_staff, q);
    auto total = refunds.count(m_staff, q);
    if (!list || !total) {
        emit failed(generation, list ? total.error().message : list.error().message);
        return;
    }
    const QSqlDatabase db = m_ctx.connection();
    QList<RefundRow> rows;
    rows.reserve(list->size());
    for (const Refund &r : *list) {
        auto row = rowOf(db, r, nullptr);
        if (!row) {
            emit failed(generation, row.error().message);
            return;
        }
        rows.append(*row);
    }
    emit loaded(generation, offset, rows, *total);
}

void RefundPageLoader::loadDetail(quint64 request, qint64 refundId)
{
    auto refund = RefundService(m_ctx).refund(m_staff, refundId);
    if (!refund) {
        emit detailFailed(request, refund.error().message);
        return;
    }
    const QSqlDatabase db = m_ctx.connection();
    RefundDetail detail;
    auto row = rowOf(db, *refund, &detail.order);
    if (!row) {
        emit detailFailed(request, row.error().message);
        return;
    }
    detail.row = *row;
    if (refund->decidedBy) {
        auto staff = StaffRepository(db).find(refund->decidedBy);
        if (staff && staff->has_value())
            detail.decidedByName = (*staff)->displayName;
    }
    emit detailLoaded(request, detail);
}

} // namespace md
