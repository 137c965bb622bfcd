#include "baskettransactions.h"

#include "sqlquery.h"
#include "validation.h"

namespace md {

Result<QList<QList<qint64>>> BasketTransactions::load(const QSqlDatabase &db)
{
    // One pass in order id order; DISTINCT folds a product bought as two SKUs into one item.
    SqlQuery q(db,
               QStringLiteral("SELECT DISTINCT l.order_id, l.product_id FROM order_lines l "
                              "JOIN orders o ON o.id = l.order_id "
                              "WHERE o.paid_at IS NOT NULL AND o.status <> 'cancelled' "
                              "AND l.product_id IS NOT NULL ORDER BY l.order_id, l.product_id"));
    MD_TRY(q.exec());
    QList<QList<qint64>> out;
    qint64 current = 0;
    while (q.next()) {
        const qint64 order = q.int64(0);
        if (out.isEmpty() || order != current) {
            out.append(QList<qint64>());
            current = order;
        }
        out.last().append(q.int64(1));
    }
    return out;
}

} // namespace md
