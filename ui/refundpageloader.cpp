#include "refundpageloader.h"

#include "memberrepository.h"
#include "orderrepository.h"
#include "refundservice.h"
#include "servicecontext.h"
#include "staffrepository.h"
#include "validation.h"

namespace md {

namespace {

// The refund with its order's number, currency and member; the order with lines when asked.
Result<RefundRow> rowOf(const QSqlDatabase &db, const Refund &refund, bool withDetail,
                        Order *detail)
{
    RefundRow row;
    row.refund = refund;
    auto order = OrderRepository(db).find(refund.orderId, withDetail);
    MD_TRY(order);
    if (order->has_value()) {
        row.orderNumber = (*order)->number();
        row.currency = (*order)->currency;
        if ((*order)->memberId) {
            auto member = MemberRepository(db).find((*order)->memberId);
            MD_TRY(member);
            if (member->has_value())
                row.memberName = (*member)->displayName;
        }
        if (detail)
            *detail = **order;
    }
    return row;
}

} // namespace

void RefundPageLoader::load(quint64 generation, int offset, int limit,
                            std::optional<RefundStatus> status)
{
    RefundService refunds(m_ctx);
    RefundQuery q;
    q.status = status;
    q.offset = offset;
    q.limit = limit;
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
        auto row = rowOf(db, r, false, nullptr);
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
    auto row = rowOf(db, *refund, true, &detail.order);
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
