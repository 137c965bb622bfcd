#include "orderdetailloader.h"

#include "memberrepository.h"
#include "orderrepository.h"
#include "refundrepository.h"
#include "servicecontext.h"
#include "storesettings.h"

namespace md {

void OrderDetailLoader::load(quint64 request, qint64 orderId)
{
    const QSqlDatabase db = m_ctx.connection();
    auto order = OrderRepository(db).find(orderId, true);
    if (!order) {
        emit failed(request, order.error().message);
        return;
    }
    if (!order->has_value()) {
        emit failed(request, tr("This order is no longer in the shop."));
        return;
    }
    OrderDetail detail;
    detail.order = **order;
    RefundQuery rq;
    rq.orderId = orderId;
    rq.limit = 1000;
    auto refunds = RefundRepository(db).list(rq);
    if (!refunds) {
        emit failed(request, refunds.error().message);
        return;
    }
    detail.refunds = *refunds;
    if (detail.order.memberId) {
        auto member = MemberRepository(db).find(detail.order.memberId);
        if (member && member->has_value())
            detail.memberName = (*member)->displayName;
    }
    auto settings = StoreSettings::load(db);
    detail.timeZone = settings ? settings->timeZone : StoreSettings().timeZone;
    emit loaded(request, detail);
}

} // namespace md
