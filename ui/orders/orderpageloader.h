#pragma once

#include "actor.h"
#include "orderquery.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <atomic>

namespace md {

class ServiceContext;

// Reads the order list for OrderTableModel on a worker thread (with that thread's own
// connection), through OrderService with the signed-in staff member's rights: the filtered count,
// and one page at a time. Requests carry the model's generation;
// one made stale by a newer filter (setCurrentGeneration, callable from any thread) is skipped
// without touching the store, so a burst of filter changes costs one query.
class OrderPageLoader : public QObject
{
    Q_OBJECT

public:
    OrderPageLoader(const ServiceContext &context, const Actor &staff)
        : m_ctx(context)
        , m_staff(staff)
    {}

    void setCurrentGeneration(quint64 generation) { m_current.store(generation); }

public slots:
    // counted() with the store's time zone, in which the list shows times.
    void count(quint64 generation, const md::OrderQuery &query);
    // Rows [page * pageSize, +pageSize) of the query's order. total (the count) lets a page in the
    // second half be read backwards from the end, so the last page costs a short walk too.
    void loadPage(quint64 generation, int page, int pageSize, qint64 total,
                  const md::OrderQuery &query);

signals:
    void counted(quint64 generation, qint64 total, const QString &timeZone);
    void pageLoaded(quint64 generation, int page, const QList<md::OrderSummary> &rows);
    void failed(quint64 generation, const QString &message);

private:
    bool stale(quint64 generation) const { return generation < m_current.load(); }

    const ServiceContext &m_ctx;
    const Actor m_staff;
    std::atomic<quint64> m_current{0};
};

} // namespace md

Q_DECLARE_METATYPE(md::OrderQuery)
Q_DECLARE_METATYPE(md::OrderSummary)
