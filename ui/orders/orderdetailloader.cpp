#include "orderdetailloader.h"

#include "error.h"
#include "memberservice.h"
#include "orderservice.h"
#include "servicecontext.h"
#include "storesettings.h"

namespace md {

void OrderDetailLoader::load(quint64 request, qint64 orderId)
{
    const OrderService orders(m_ctx);
    auto order = orders.order(m_staff, orderId);
    if (!order) {
        emit failed(request, order.error().code == ErrorCode::NotFound
                                 ? tr("This order is no longer in the shop.")
                                 : order.error().message);
        return;
    }
    OrderDetail detail;
    detail.order = *order;
    auto refunds = orders.refunds(m_staff, orderId);
    if (!refunds) {
        emit failed(request, refunds.error().message);
        return;
    }
    detail.refunds = *refunds;
    // The name is a courtesy: an order whose member cannot be read still shows.
    if (detail.order.memberId) {
        if (auto member = MemberService(m_ctx).member(m_staff, detail.order.memberId))
            detail.memberName = member->displayName;
    }
    auto settings = StoreSettings::load(m_ctx.connection());
    detail.timeZone = settings ? settings->timeZone : StoreSettings().timeZone;
    emit loaded(request, detail);
}

} // namespace md
