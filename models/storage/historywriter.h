#pragma once

#include "order.h"
#include "refund.h"
#include "result.h"
#include "review.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace md {

// Writes orders that already happened — imported history and demo data — in bulk, inside the
// caller's write transaction. The orders arrive complete: final status, lines with their allocated
// totals, the payment, shipment, refunds and reviews. Nothing here moves stock or ledgers (those
// rows describe the past, not changes to today's stock or wallets); the caller posts summary
// ledger entries where balances must reflect the history.
//
// It is built for speed (a million order lines in well under two minutes): ids are assigned here
// rather than read back, the rows of one order go in multi-row INSERTs prepared once per row
// count, and the change-log entries that let sync replicas receive the history are appended in
// a few set-based statements by finish(), which must be called before the transaction commits.
class HistoryWriter
{
public:
    explicit HistoryWriter(const QSqlDatabase &db);
    ~HistoryWriter();

    // Fills in order.id and the line ids. events: the timeline; payment: the settled payment, if
    // any; shipment: one shipment of every line, when the order was shipped.
    Status writeOrder(Order &order, const QList<OrderEvent> &events, const Payment *payment,
                      const Shipment *shipment = nullptr);
    // refund.lines carry order line ids, quantities and amounts; updates those lines' refunded
    // figures.
    Status writeRefund(Refund &refund);
    Status writeReview(Review &review);
    // For very large loads: drops the secondary indexes of the history tables now and rebuilds them
    // in finish(), which is several times faster than maintaining them row by row. Call before the
    // first write. (SQLite: the index definitions are read back from sqlite_master.)
    Status deferIndexes();
    // Logs every row written since construction in the change log and rebuilds deferred indexes.
    Status finish();
    qint64 rowsWritten() const { return m_rows; }

private:
    struct Range
    {
        qint64 first = 0;
        qint64 next = 0;
    };
    Status start();
    Result<qint64> nextId(const QString &table, Range &range);
    QSqlQuery &multiRow(const QString &table, const QString &columns, int columnCount, int rows);
    Status run(QSqlQuery &q);
    QString optionsJson(const OrderLine &line);

    QSqlDatabase m_db;
    bool m_started = false;
    Range m_orders, m_lines, m_payments, m_shipments, m_refunds, m_reviews;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run in finish()
    QHash<qint64, QString> m_optionsJson;
    qint64 m_rows = 0;
};

} // namespace md
