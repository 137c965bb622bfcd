#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "result.h"

#include <QHash>
#include <QString>
#include <QTimeZone>

namespace md {

// One invoice line of an order-history file in the shape of the UCI Online Retail data
// (docs/import.md, "Historical orders"), parsed and classified.
struct OrderHistoryRow
{
    // From the invoice number: 536365 is a sale, C536379 a cancellation (goods returned), A563185
    // a bad-debt adjustment.
    enum class Kind { Sale, Cancellation, Adjustment };
    // What the import does with the row.
    enum class Treatment {
        Line,        // an order line of a catalog SKU (created when unknown)
        ServiceLine, // an order line without a catalog SKU: M (manual), D (discount), S (samples)
        Shipping,    // POST, DOT, C2: the order's shipping fee, or the shipping part of a refund
        Skipped,     // left out, for the reason in `skip`
    };
    enum class Skip {
        None,
        Adjustment, // an A-invoice: bad debt written off, neither sale nor refund
        Fee,        // AMAZONFEE, BANK CHARGES, CRUK: the shop's costs, not goods
        ZeroQuantity,
        NegativeQuantity, // on a sale invoice: a stock note ("damaged", "lost")
        PositiveQuantityInCancellation,
        ZeroPrice, // 0.0, or a price that rounds to 0 pence (0.001)
        NegativePrice,
    };

    qint64 line = 0;
    QString invoice;
    Kind kind = Kind::Sale;
    QString stockCode;   // case-sensitive: 85123A and 85123a are different SKUs
    QString description; // trimmed
    qint64 quantity = 0;
    qint64 unitPrice = 0;      // minor units of the import currency
    bool priceRounded = false; // the text had more decimals than the currency
    qint64 at = 0;             // InvoiceDate, read in the import's time zone, as UTC ms
    QString customerRef;       // "17850" for "17850.0"; empty for a guest
    QString country;
    Treatment treatment = Treatment::Line;
    Skip skip = Skip::None;
};

QString orderHistorySkipName(OrderHistoryRow::Skip skip); // for people (translated)
QString orderHistoryTreatmentName(OrderHistoryRow::Treatment treatment);

// Turns CSV records into OrderHistoryRows: checks every field (a rejection says what is wrong in
// words a merchant can act on), converts the local invoice time to UTC, rounds prices with more
// decimals than the currency half-even (docs/money.md) and classifies the row.
class OrderHistoryRowParser
{
public:
    // The fields of the format with the headers they are known by (the UCI file and its 2009-2011
    // "Online Retail II" sibling).
    static QList<ColumnMapping::Field> fields();

    OrderHistoryRowParser(const ColumnMapping &mapping, const QString &currency,
                          const QString &timeZone);

    // The row, or an error whose message is the reason for rejecting it (without the line number).
    Result<OrderHistoryRow> parse(const CsvRecord &record);

private:
    Result<qint64> parseTime(const QString &text);
    static void classify(OrderHistoryRow &row);

    int m_invoice, m_code, m_description, m_quantity, m_date, m_price, m_customer, m_country;
    QString m_currency;
    QString m_timeZone;
    QTimeZone m_zone;
    QString m_lastTimeText; // rows of one invoice share the time: convert it once
    qint64 m_lastTime = 0;
};

} // namespace md
