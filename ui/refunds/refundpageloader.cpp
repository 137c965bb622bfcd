#include "refundpageloader.h"

#include "memberservice.h"
#include "orderservice.h"
#include "refundservice.h"
#include "servicecontext.h"
#include "staffservice.h"
#include "validation.h"

namespace md {

namespace {

// The refund with its order's number, currency and member, read through the services with the
// staff member's rights. A list row reads only the order's header (one narrow row, no lines: a page
// holds a hundred refunds); the detail the whole order. An order or member that is not there
// leaves its columns empty, as before.
Result<RefundRow> rowOf(const ServiceContext &ctx, const Actor &staff, const Refund &refund,
                        Order *detail)
{
    RefundRow row;
    row.refund = refund;
    qint64 memberId = 0;
    const OrderService orders(ctx);
    if (detail) {
        auto order = orders.order(staff, refund.orderId);
        if (!order && order.error().code == ErrorCode::NotFound)
            return row;
        MD_TRY(order);
        *detail = *order;
        row.orderNumber = detail->number();
        row.currency = detail->currency;
        memberId = detail->memberId;
    } else {
        auto header = orders.header(staff, refund.orderId);
        MD_TRY(header);
        if (!header->has_value())
            return row;
        row.orderNumber = (*header)->number;
        row.currency = (*header)->currency;
        memberId = (*header)->memberId;
    }
    if (memberId) {
        auto member = MemberService(ctx).member(staff, memberId);
        if (member)
            row.memberName = member->displayName;
        else if (member.error().code != ErrorCode::NotFound)
            return member.error();
    }
    return row;
}

} // namespace

void RefundPageLoader::load(quint64 generation, int offset, int limit,
                            std::optional<RefundStatus> status, RefundSort sort, bool descending,
                            const QString &text)
{
    RefundService refunds(m_ctx);
    RefundQuery q;
    q.status = status;
    q.text = text;
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
    QList<RefundRow> rows;
    rows.reserve(list->size());
    for (const Refund &r : *list) {
        auto row = rowOf(m_ctx, m_staff, r, nullptr);
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
    RefundDetail detail;
    auto row = rowOf(m_ctx, m_staff, *refund, &detail.order);
    if (!row) {
        emit detailFailed(request, row.error().message);
        return;
    }
    detail.row = *row;
    if (refund->decidedBy) {
        // Only a name to show: every role may see who decided.
        if (auto name = StaffService(m_ctx).displayName(m_staff, refund->decidedBy))
            detail.decidedByName = *name;
    }
    emit detailLoaded(request, detail);
}

} // namespace md
