#include "invoicecollector.h"

#include "money.h"

#include <QCoreApplication>

#include <algorithm>

namespace md {

Status InvoiceCollector::add(const OrderHistoryRow &row)
{
    using Treatment = OrderHistoryRow::Treatment;
    if (row.treatment == Treatment::Skipped)
        return {};
    // Amounts are summed per invoice later; 10^11 pounds in one row is a broken file, not a sale.
    const auto amount = money::mul(qAbs(row.quantity), row.unitPrice);
    if (!amount || *amount > 10000000000000LL)
        return makeError(ErrorCode::AmountOverflow,
                         QCoreApplication::translate("md::InvoiceCollector",
                                                     "Quantity × UnitPrice is too large"));

    int customer = -1;
    if (!row.customerRef.isEmpty()) {
        auto c = m_customerIndex.constFind(row.customerRef);
        customer = c == m_customerIndex.cend() ? -2 : *c; // -2: new, added below
    }
    auto found = m_invoiceIndex.constFind(row.invoice);
    if (found != m_invoiceIndex.cend()) {
        const Invoice &inv = m_invoices[*found];
        const QString earlier = inv.customer < 0 ? QString() : m_customers[inv.customer].ref;
        if (earlier != row.customerRef)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("md::InvoiceCollector",
                                            "invoice %1 has CustomerID \"%2\" on earlier rows, "
                                            "\"%3\" here")
                    .arg(row.invoice, earlier, row.customerRef));
    }
    if (customer == -2) {
        customer = int(m_customers.size());
        m_customers.append({row.customerRef, row.at});
        m_customerIndex.insert(row.customerRef, customer);
    } else if (customer >= 0) {
        m_customers[customer].firstAt = qMin(m_customers[customer].firstAt, row.at);
    }

    int index;
    if (found == m_invoiceIndex.cend()) {
        index = int(m_invoices.size());
        Invoice inv;
        inv.number = row.invoice;
        inv.kind = row.kind;
        inv.customer = customer;
        inv.at = row.at;
        inv.country = row.country;
        m_invoices.append(inv);
        m_invoiceIndex.insert(row.invoice, index);
    } else {
        index = *found;
    }
    Invoice &inv = m_invoices[index];
    inv.at = qMin(inv.at, row.at);
    const qint64 quantity = qAbs(row.quantity);
    if (row.treatment == Treatment::Shipping) {
        inv.shipping += *amount;
        return {};
    }

    auto c = m_codeIndex.constFind(row.stockCode);
    int code;
    if (c == m_codeIndex.cend()) {
        code = int(m_codes.size());
        m_codes.append({row.stockCode, QString(), 0, -1, row.treatment == Treatment::ServiceLine});
        m_codeIndex.insert(row.stockCode, code);
    } else {
        code = *c;
    }
    Code &k = m_codes[code];
    if (k.title.isEmpty())
        k.title = row.description;
    if (row.at >= k.priceAt) {
        k.price = row.unitPrice;
        k.priceAt = row.at;
    }
    inv.lines.append({code, quantity, row.unitPrice});
    return {};
}

void InvoiceCollector::sortByTime()
{
    std::stable_sort(m_invoices.begin(), m_invoices.end(),
                     [](const Invoice &a, const Invoice &b) { return a.at < b.at; });
    m_invoiceIndex.clear();
}

} // namespace md
