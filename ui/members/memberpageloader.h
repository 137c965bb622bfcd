#pragma once

#include "actor.h"
#include "member.h"
#include "memberquery.h"
#include "order.h"

#include <QList>
#include <QMetaType>
#include <QObject>

namespace md {

class ServiceContext;

// Everything the detail panel shows about one member.
struct MemberDetail
{
    Member member;
    QList<Order> orders; // the most recent, newest first
    qint64 orderCount = 0;
    QList<LedgerEntry> points;  // newest first
    QList<LedgerEntry> balance; // newest first
};

// Reads pages of the member list (searched by name, e-mail or phone) and one member's detail on a
// worker thread, with that thread's own connection, as the staff member signed in may see them.
class MemberPageLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRecentOrders = 20;
    static constexpr int kLedgerEntries = 100;

    MemberPageLoader(const ServiceContext &context, const Actor &staff)
        : m_ctx(context)
        , m_staff(staff)
    {}

public slots:
    // Rows [offset, +limit) sorted by the store by `sort` (then by id, in the same direction).
    void load(quint64 generation, int offset, int limit, const QString &text, md::MemberSort sort,
              bool descending);
    void loadDetail(quint64 request, qint64 memberId);

signals:
    void loaded(quint64 generation, int offset, const QList<md::Member> &rows, qint64 total);
    void failed(quint64 generation, const QString &message);
    void detailLoaded(quint64 request, const md::MemberDetail &detail);
    void detailFailed(quint64 request, const QString &message);

private:
    const ServiceContext &m_ctx;
    const Actor m_staff;
};

} // namespace md

Q_DECLARE_METATYPE(md::MemberDetail)
Q_DECLARE_METATYPE(md::MemberSort)
