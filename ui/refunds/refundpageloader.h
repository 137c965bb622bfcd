#pragma once

#include "actor.h"
#include "order.h"
#include "refund.h"
#include "refundquery.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <optional>

namespace md {

class ServiceContext;

// One line of the refund queue: the refund and what a clerk recognises it by.
struct RefundRow
{
    Refund refund;
    QString orderNumber;
    QString memberName; // empty for guests
    QString currency;   // the order's
};

// Everything the detail shows about one refund.
struct RefundDetail
{
    RefundRow row;
    Order order;           // with its lines (titles, SKU codes) and timeline
    QString decidedByName; // the staff member who decided, when known
};

// Reads pages of the refund queue (newest first) and one refund's detail on a worker thread, with
// that thread's own connection, as the staff member signed in may see them.
class RefundPageLoader : public QObject
{
    Q_OBJECT

public:
    RefundPageLoader(const ServiceContext &context, const Actor &staff)
        : m_ctx(context)
        , m_staff(staff)
    {}

public slots:
    // Rows [offset, +limit) sorted by the store by `sort` (then by id, in the same direction),
    // narrowed to those whose order number, member or reason contain `text` when it is not empty.
    void load(quint64 generation, int offset, int limit, std::optional<md::RefundStatus> status,
              md::RefundSort sort, bool descending, const QString &text = {});
    void loadDetail(quint64 request, qint64 refundId);

signals:
    void loaded(quint64 generation, int offset, const QList<md::RefundRow> &rows, qint64 total);
    void failed(quint64 generation, const QString &message);
    void detailLoaded(quint64 request, const md::RefundDetail &detail);
    void detailFailed(quint64 request, const QString &message);

private:
    const ServiceContext &m_ctx;
    const Actor m_staff;
};

} // namespace md

Q_DECLARE_METATYPE(md::RefundRow)
Q_DECLARE_METATYPE(md::RefundDetail)
Q_DECLARE_METATYPE(md::RefundSort)
