#pragma once

#include "order.h"
#include "refund.h"
#include "result.h"
#include "review.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace md {

// Writes orders that already happened — imported history and demo data — in bulk, with statements
// prepared once and reused, inside the caller's write transaction. The orders arrive complete:
// final status, lines with their allocated totals, the payment, refunds and reviews. Nothing here
// moves stock or ledgers (those rows describe the past, not changes to today's stock or wallets);
// the caller posts summary ledger entries where balances must reflect the history. Each row gets
// its change-log entry so that sync replicas receive the history too.
class HistoryWriter
{
public:
    explicit HistoryWriter(const QSqlDatabase &db);

    // Fills in order.id and the line ids. events: the timeline; payment: the settled payment, if
    // any. shipment: the shipment of all lines, when the order was shipped.
    Status writeOrder(Order &order, const QList<OrderEvent> &events, const Payment *payment,
                      const Shipment *shipment = nullptr);
    // refund.lines carry order line ids, quantities and amounts; updates those lines' refunded
    // figures.
    Status writeRefund(Refund &refund);
    Status writeReview(Review &review);
    qint64 rowsWritten() const { return m_rows; }

private:
    Status run(QSqlQuery &q);
    Status logChange(const QString &entity, qint64 id, qint64 atMs);

    QSqlDatabase m_db;
    QSqlQuery m_order, m_line, m_event, m_payment, m_refund, m_refundLine, m_lineRefunded, m_review,
        m_change, m_shipment, m_shipmentLine;
    qint64 m_rows = 0;
};

} // namespace md
