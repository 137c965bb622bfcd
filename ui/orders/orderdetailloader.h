#pragma once

#include "actor.h"
#include "order.h"
#include "refund.h"

#include <QList>
#include <QMetaType>
#include <QObject>

namespace md {

class ServiceContext;

// Everything the detail panel shows about one order.
struct OrderDetail
{
    Order order; // with lines, timeline, shipments and payments
    QList<Refund> refunds;
    QString memberName; // empty for guests
    QString timeZone;   // the store's, for showing times
};

// Reads one order's detail on a worker thread (with that thread's own connection), through the
// services with the signed-in staff member's rights.
class OrderDetailLoader : public QObject
{
    Q_OBJECT

public:
    OrderDetailLoader(const ServiceContext &context, const Actor &staff)
        : m_ctx(context)
        , m_staff(staff)
    {}

public slots:
    void load(quint64 request, qint64 orderId);

signals:
    void loaded(quint64 request, const md::OrderDetail &detail);
    void failed(quint64 request, const QString &message);

private:
    const ServiceContext &m_ctx;
    const Actor m_staff;
};

} // namespace md

Q_DECLARE_METATYPE(md::OrderDetail)
