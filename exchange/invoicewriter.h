#pragma once

#include "historywriter.h"
#include "invoicecollector.h"
#include "result.h"
#include "storesettings.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace md {

// Writes collected invoices into the store inside the caller's write transaction: creates the
// SKUs (each its own draft product in the "Imported" category) and the customers (members known
// by external_ref) that the store lacks, then one order per invoice through HistoryWriter.
//
// A sale invoice becomes a completed order, paid and completed at the invoice time. A
// cancellation (C-invoice) names no original invoice, so it becomes a standalone return order:
// the goods it lists, never counted as a sale (no paid_at), fully refunded at the invoice time.
// The Sales report thus counts each sale once, in its month, and each refund in the month the
// money went back, whatever sale it undid. Invoices whose number the store already has are left
// out, so importing a file twice adds nothing.
class InvoiceWriter
{
public:
    struct Counts
    {
        qint64 orders = 0; // sale orders
        qint64 guestOrders = 0;
        qint64 refunds = 0; // return orders, each with one refund
        qint64 orderLines = 0;
        qint64 customersCreated = 0;
        qint64 skusCreated = 0;
        qint64 alreadyPresent = 0;
    };

    InvoiceWriter(const QSqlDatabase &db, const StoreSettings &settings, qint64 nowMs);
    ~InvoiceWriter();

    // Creates the missing SKUs and customers; deferIndexes for large loads (HistoryWriter).
    Status prepare(const InvoiceCollector &collector, bool deferIndexes);
    Status write(const InvoiceCollector::Invoice &invoice);
    // Logs the history in the change log, rebuilds indexes, and adds each customer's net paid.
    Status finish();

    const Counts &counts() const { return m_counts; }

private:
    struct SkuRef
    {
        qint64 skuId = 0;
        qint64 productId = 0;
    };
    Status prepareSkus(const InvoiceCollector &collector);
    Status prepareCustomers(const InvoiceCollector &collector);
    Result<qint64> importCategory();

    QSqlDatabase m_db;
    StoreSettings m_settings;
    qint64 m_now;
    const InvoiceCollector *m_collector = nullptr;
    std::unique_ptr<HistoryWriter> m_writer;
    QSet<QString> m_existingRefs;
    QList<SkuRef> m_skus;         // by code index; 0 ids for service codes
    QList<qint64> m_members;      // by customer index
    QList<qint64> m_baseNetPaid;  // the member's net paid before the import
    QHash<int, qint64> m_netPaid; // customer index -> net paid added by the import
    Counts m_counts;
};

} // namespace md
