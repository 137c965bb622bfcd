#pragma once

#include "orderhistoryrow.h"

#include <QHash>
#include <QList>
#include <QString>

namespace md {

// Gathers the accepted rows of an order-history file into invoices, with the stock codes and
// customers they name, in memory and compactly (a line is three numbers), so the file is read
// once and written in invoice order. Rows of one invoice need not be adjacent: the Online Retail
// file has an invoice interrupted by another one.
class InvoiceCollector
{
public:
    struct Line
    {
        int code = 0;         // index into codes()
        qint64 quantity = 0;  // positive, also for cancellations
        qint64 unitPrice = 0; // minor units
    };
    struct Invoice
    {
        QString number;
        OrderHistoryRow::Kind kind = OrderHistoryRow::Kind::Sale;
        int customer = -1; // index into customers(); -1: guest
        qint64 at = 0;     // earliest row (an invoice's rows may differ by a minute)
        QString country;
        qint64 shipping = 0; // postage rows, summed
        QList<Line> lines;
    };
    struct Code
    {
        QString code;
        QString title;    // the first non-empty description
        qint64 price = 0; // of the latest row, for a SKU that has to be created
        qint64 priceAt = -1;
        bool service = false; // M, D, S: lines without a catalog SKU
    };
    struct Customer
    {
        QString ref;
        qint64 firstAt = 0;
    };

    // Adds a Line, ServiceLine or Shipping row (others are ignored). Refuses, changing nothing, a
    // row whose customer contradicts the earlier rows of its invoice; the error is the reason.
    Status add(const OrderHistoryRow &row);
    // Orders invoices by time (ties keep file order), the order they are written in. Call after
    // the last add().
    void sortByTime();

    const QList<Invoice> &invoices() const { return m_invoices; }
    const QList<Code> &codes() const { return m_codes; }
    const QList<Customer> &customers() const { return m_customers; }

private:
    QList<Invoice> m_invoices;
    QHash<QString, int> m_invoiceIndex;
    QList<Code> m_codes;
    QHash<QString, int> m_codeIndex;
    QList<Customer> m_customers;
    QHash<QString, int> m_customerIndex;
};

} // namespace md
