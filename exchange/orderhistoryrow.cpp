#include "orderhistoryrow.h"

#include "money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::OrderHistoryRowParser)
};

Error reject(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

// Codes that are not goods, by exact (case-sensitive) code. Everything else is merchandise.
bool isPostage(const QString &code)
{
    return code == QLatin1String("POST") || code == QLatin1String("DOT") ||
           code == QLatin1String("C2");
}

bool isFee(const QString &code)
{
    return code == QLatin1String("AMAZONFEE") || code == QLatin1String("BANK CHARGES") ||
           code == QLatin1String("CRUK");
}

bool isServiceCode(const QString &code)
{
    return code == QLatin1String("M") || code == QLatin1String("m") || code == QLatin1String("D") ||
           code == QLatin1String("S") || code == QLatin1String("B");
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Digits at s[pos, pos + n) as a number, or -1.
int number(QStringView s, qsizetype pos, qsizetype n)
{
    if (pos + n > s.size() || !allDigits(s.mid(pos, n)))
        return -1;
    return s.mid(pos, n).toInt();
}

} // namespace

QString orderHistorySkipName(OrderHistoryRow::Skip skip)
{
    switch (skip) {
    case OrderHistoryRow::Skip::None:
        return QString();
    case OrderHistoryRow::Skip::Adjustment:
        return Text::tr("bad-debt adjustment (A-invoice)");
    case OrderHistoryRow::Skip::Fee:
        return Text::tr("fee or commission, not goods (AMAZONFEE, BANK CHARGES, CRUK)");
    case OrderHistoryRow::Skip::ZeroQuantity:
        return Text::tr("zero quantity");
    case OrderHistoryRow::Skip::NegativeQuantity:
        return Text::tr("negative quantity on a sale invoice (stock note)");
    case OrderHistoryRow::Skip::PositiveQuantityInCancellation:
        return Text::tr("positive quantity on a cancellation");
    case OrderHistoryRow::Skip::ZeroPrice:
        return Text::tr("zero price (also prices below half a minor unit)");
    case OrderHistoryRow::Skip::NegativePrice:
        return Text::tr("negative price");
    }
    return QString();
}

QString orderHistoryTreatmentName(OrderHistoryRow::Treatment treatment)
{
    switch (treatment) {
    case OrderHistoryRow::Treatment::Line:
        return Text::tr("order line");
    case OrderHistoryRow::Treatment::ServiceLine:
        return Text::tr("order line without a catalog SKU");
    case OrderHistoryRow::Treatment::Shipping:
        return Text::tr("shipping");
    case OrderHistoryRow::Treatment::Skipped:
        return Text::tr("skipped");
    }
    return QString();
}

QList<ColumnMapping::Field> OrderHistoryRowParser::fields()
{
    return {
        {QStringLiteral("invoice"), {QStringLiteral("InvoiceNo"), QStringLiteral("Invoice")}, true},
        {QStringLiteral("stock_code"), {QStringLiteral("StockCode")}, true},
        {QStringLiteral("description"), {QStringLiteral("Description")}, false},
        {QStringLiteral("quantity"), {QStringLiteral("Quantity")}, true},
        {QStringLiteral("invoice_date"), {QStringLiteral("InvoiceDate")}, true},
        {QStringLiteral("unit_price"),
         {QStringLiteral("UnitPrice"), QStringLiteral("Price")},
         true},
        {QStringLiteral("customer_id"),
         {QStringLiteral("CustomerID"), QStringLiteral("Customer ID")},
         false},
        {QStringLiteral("country"), {QStringLiteral("Country")}, false},
    };
}

OrderHistoryRowParser::OrderHistoryRowParser(const ColumnMapping &mapping, const QString &currency,
                                             const QString &timeZone)
    : m_invoice(mapping.column(QStringLiteral("invoice")))
    , m_code(mapping.column(QStringLiteral("stock_code")))
    , m_description(mapping.column(QStringLiteral("description")))
    , m_quantity(mapping.column(QStringLiteral("quantity")))
    , m_date(mapping.column(QStringLiteral("invoice_date")))
    , m_price(mapping.column(QStringLiteral("unit_price")))
    , m_customer(mapping.column(QStringLiteral("customer_id")))
    , m_country(mapping.column(QStringLiteral("country")))
    , m_currency(currency)
    , m_timeZone(timeZone)
    , m_zone(timeZone.toUtf8())
{}

// "2010-12-01 08:26:00", "2010-12-01 08:26" or the UCI spreadsheet export's "12/1/2010 8:26",
// all local time of the import's zone. A time that does not exist there (the hour skipped when
// clocks go forward) is refused rather than moved.
Result<qint64> OrderHistoryRowParser::parseTime(const QString &text)
{
    if (text == m_lastTimeText && !text.isEmpty())
        return m_lastTime;
    const QStringView s = QStringView(text).trimmed();
    int y = -1, mo = -1, d = -1, h = -1, mi = -1, sec = 0;
    const qsizetype space = s.indexOf(QLatin1Char(' '));
    const QStringView datePart = space < 0 ? s : s.left(space);
    const QStringView timePart = space < 0 ? QStringView() : s.mid(space + 1).trimmed();
    if (datePart.size() == 10 && datePart[4] == QLatin1Char('-') &&
        datePart[7] == QLatin1Char('-')) {
        y = number(datePart, 0, 4);
        mo = number(datePart, 5, 2);
        d = number(datePart, 8, 2);
    } else {
        const auto parts = datePart.split(QLatin1Char('/'));
        if (parts.size() == 3 && parts[2].size() == 4) {
            mo = number(parts[0], 0, parts[0].size());
            d = number(parts[1], 0, parts[1].size());
            y = number(parts[2], 0, 4);
        }
    }
    const auto hms = timePart.split(QLatin1Char(':'));
    if (hms.size() == 2 || hms.size() == 3) {
        h = number(hms[0], 0, hms[0].size());
        mi = hms[1].size() == 2 ? number(hms[1], 0, 2) : -1;
        if (hms.size() == 3)
            sec = hms[2].size() == 2 ? number(hms[2], 0, 2) : -1;
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, qMax(sec, 0));
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0 || !date.isValid() ||
        !time.isValid())
        return reject(
            Text::tr("InvoiceDate \"%1\" is not a date and time (YYYY-MM-DD HH:MM:SS)").arg(text));
    const QDateTime local(date, time, m_zone);
    if (!local.isValid() || local.time() != time || local.date() != date)
        return reject(Text::tr("InvoiceDate \"%1\" does not exist in %2 (clocks went forward)")
                          .arg(text, m_timeZone));
    m_lastTimeText = text;
    m_lastTime = local.toMSecsSinceEpoch();
    return m_lastTime;
}

Result<OrderHistoryRow> OrderHistoryRowParser::parse(const CsvRecord &record)
{
    const auto field = [&record](int column) {
        return column >= 0 && column < record.fields.size() ? record.fields[column] : QString();
    };
    OrderHistoryRow row;
    row.line = record.line;

    row.invoice = field(m_invoice).trimmed();
    QStringView digits = row.invoice;
    if (!row.invoice.isEmpty() && !row.invoice[0].isDigit()) {
        const QChar k = row.invoice[0].toUpper();
        row.kind = k == QLatin1Char('C')   ? OrderHistoryRow::Kind::Cancellation
                   : k == QLatin1Char('A') ? OrderHistoryRow::Kind::Adjustment
                                           : OrderHistoryRow::Kind::Sale;
        digits = digits.mid(k == QLatin1Char('C') || k == QLatin1Char('A') ? 1 : 0);
    }
    if (!allDigits(digits))
        return reject(
            Text::tr("InvoiceNo \"%1\" is not an invoice number (digits, or C or A and digits)")
                .arg(row.invoice));

    row.stockCode = field(m_code).trimmed();
    if (row.stockCode.isEmpty())
        return reject(Text::tr("StockCode is empty"));
    row.description = field(m_description).trimmed();

    bool ok = false;
    const QString quantity = field(m_quantity).trimmed();
    row.quantity = quantity.toLongLong(&ok);
    if (!ok)
        return reject(Text::tr("Quantity \"%1\" is not a whole number").arg(quantity));

    auto at = parseTime(field(m_date));
    if (!at)
        return at.error();
    row.at = *at;

    const QString priceText = field(m_price).trimmed();
    auto exact = Money::parse(priceText, m_currency, Rounding::Reject);
    if (exact) {
        row.unitPrice = exact->minor();
    } else {
        auto rounded = Money::parse(priceText, m_currency, Rounding::HalfEven);
        if (!rounded)
            return reject(Text::tr("UnitPrice \"%1\" is not an amount").arg(priceText));
        row.unitPrice = rounded->minor();
        row.priceRounded = true;
    }

    const QString customer = field(m_customer).trimmed();
    if (!customer.isEmpty()) {
        const qsizetype dot = customer.indexOf(QLatin1Char('.'));
        const QStringView whole = QStringView(customer).left(dot < 0 ? customer.size() : dot);
        const QStringView fraction = dot < 0 ? QStringView() : QStringView(customer).mid(dot + 1);
        bool zeros = true;
        for (QChar c : fraction)
            zeros = zeros && c == QLatin1Char('0');
        if (!allDigits(whole) || !zeros || (dot >= 0 && fraction.isEmpty()))
            return reject(Text::tr("CustomerID \"%1\" is not a customer number").arg(customer));
        row.customerRef = whole.toString();
    }
    row.country = field(m_country).trimmed();
    classify(row);
    return row;
}

// The order of the tests is the order of the table in docs/import.md.
void OrderHistoryRowParser::classify(OrderHistoryRow &row)
{
    using Skip = OrderHistoryRow::Skip;
    const auto skip = [&row](Skip why) {
        row.treatment = OrderHistoryRow::Treatment::Skipped;
        row.skip = why;
    };
    const bool cancellation = row.kind == OrderHistoryRow::Kind::Cancellation;
    if (row.kind == OrderHistoryRow::Kind::Adjustment)
        skip(Skip::Adjustment);
    else if (isFee(row.stockCode))
        skip(Skip::Fee);
    else if (row.quantity == 0)
        skip(Skip::ZeroQuantity);
    else if (!cancellation && row.quantity < 0)
        skip(Skip::NegativeQuantity);
    else if (cancellation && row.quantity > 0)
        skip(Skip::PositiveQuantityInCancellation);
    else if (row.unitPrice < 0)
        skip(Skip::NegativePrice);
    else if (row.unitPrice == 0)
        skip(Skip::ZeroPrice);
    else if (isPostage(row.stockCode))
        row.treatment = OrderHistoryRow::Treatment::Shipping;
    else if (isServiceCode(row.stockCode))
        row.treatment = OrderHistoryRow::Treatment::ServiceLine;
    else
        row.treatment = OrderHistoryRow::Treatment::Line;
}

} // namespace md
