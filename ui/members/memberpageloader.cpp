#include "memberpageloader.h"

#include "memberservice.h"
#include "orderservice.h"
#include "servicecontext.h"
#include "walletservice.h"

namespace md {

void MemberPageLoader::load(quint64 generation, int offset, int limit, const QString &text,
                            MemberSort sort, bool descending)
{
    MemberService members(m_ctx);
    MemberQuery q;
    q.text = text.trimmed();
    q.offset = offset;
    q.limit = limit;
    q.sort = sort;
    q.descending = descending;
    auto rows = members.members(m_staff, q);
    auto total = members.memberCount(m_staff, q);
    if (!rows || !total) {
        emit failed(generation, rows ? total.error().message : rows.error().message);
        return;
    }
    emit loaded(generation, offset, *rows, *total);
}

void MemberPageLoader::loadDetail(quint64 request, qint64 memberId)
{
    MemberDetail detail;
    auto member = MemberService(m_ctx).member(m_staff, memberId);
    if (!member) {
        emit detailFailed(request, member.error().message);
        return;
    }
    detail.member = *member;
    OrderService orders(m_ctx);
    OrderQuery q;
    q.memberId = memberId;
    q.limit = kRecentOrders;
    auto recent = orders.orders(m_staff, q);
    auto count = orders.count(m_staff, q);
    if (!recent || !count) {
        emit detailFailed(request, recent ? count.error().message : recent.error().message);
        return;
    }
    detail.orders = *recent;
    detail.orderCount = *count;
    WalletService wallet(m_ctx);
    auto points = wallet.entries(m_staff, LedgerKind::Points, memberId, 0, kLedgerEntries);
    auto balance = wallet.entries(m_staff, LedgerKind::Balance, memberId, 0, kLedgerEntries);
    if (!points || !balance) {
        emit detailFailed(request, points ? balance.error().message : points.error().message);
        return;
    }
    detail.points = *points;
    detail.balance = *balance;
    emit detailLoaded(request, detail);
}

} // namespace md
