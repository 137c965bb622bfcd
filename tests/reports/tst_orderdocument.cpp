// OrderDocument: an order's invoice and packing slip. The layout is read as text runs (what each
// page says, where), and the PDF is checked as a PDF with the expected pages and its Chinese text
// drawn from a CJK font.
#include "orderdocument.h"

#include "pdfinspection.h"

#include <QBuffer>
#include <QTest>
#include <QTimeZone>

using namespace md;
using namespace pdf;

namespace {

// An order of `count` lines; line i is i+1 units of 12.50 with a 1.00 coupon share on even lines.
Order sampleOrder(int count)
{
    Order o;
    o.id = 42;
    o.localDate = QStringLiteral("2026-03-01");
    o.currency = QStringLiteral("CNY");
    o.status = OrderStatus::Paid;
    o.placedAt = QDateTime(QDate(2026, 3, 1), QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    o.paidAt = o.placedAt + 60000;
    o.shipRecipient = QStringLiteral("王小明");
    o.shipPhone = QStringLiteral("13800138000");
    o.shipRegion = QStringLiteral("上海市 浦东新区");
    o.shipDetail = QStringLiteral("世纪大道 1 号");
    o.paymentMethod = QStringLiteral("alipay");
    for (int i = 0; i < count; ++i) {
        OrderLine l;
        l.title = i == 0 ? QStringLiteral("西湖龙井 West Lake Longjing")
                         : QStringLiteral("Tea %1").arg(i);
        l.skuCode = QStringLiteral("SKU-%1").arg(i);
        l.options = {{QStringLiteral("规格"), QStringLiteral("50g")}};
        l.quantity = i + 1;
        l.unitPrice = 1250;
        l.subtotal = l.unitPrice * l.quantity;
        l.couponDiscount = i % 2 == 0 ? 100 : 0;
        l.lineTotal = l.subtotal - l.couponDiscount;
        l.shippedQty = i == 0 ? 1 : 0;
        o.lines.append(l);
        o.subtotal += l.subtotal;
        o.couponDiscount += l.couponDiscount;
    }
    o.shippingFee = 1000;
    o.total = o.subtotal - o.couponDiscount + o.shippingFee;
    o.paidAmount = o.total;
    return o;
}

const OrderDocument::Shop kShop{QStringLiteral("茶园 Tea Garden"), QStringLiteral("Asia/Shanghai")};

QStringList texts(const OrderDocument::Page &page)
{
    QStringList out;
    for (const auto &t : page.texts)
        out << t.text;
    return out;
}

QByteArray render(const OrderDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Status s = document.write(&buffer);
    if (!s)
        qWarning("OrderDocument::write: %s", qPrintable(s.error().message));
    return bytes;
}

} // namespace

class TestOrderDocument : public QObject
{
    Q_OBJECT

private slots:
    void invoiceSaysWhatWasBoughtAndPaid();
    void packingSlipHasNoPrices();
    void pagesFollowLines_data();
    void pagesFollowLines();
    void pdfIsDrawnWithChinese();
};

void TestOrderDocument::invoiceSaysWhatWasBoughtAndPaid()
{
    const Order o = sampleOrder(3);
    const auto pages = OrderDocument(OrderDocument::Kind::Invoice, o, kShop).pages();
    QCOMPARE(pages.size(), 1);
    const QStringList t = texts(pages.first());
    QVERIFY(t.contains(QStringLiteral("Invoice")));
    QVERIFY(t.contains(QStringLiteral("Order 20260301-000042")));
    // Dates in the store's zone: 02:30 UTC is 10:30 in Shanghai.
    QVERIFY(t.contains(QStringLiteral("Placed 2026-03-01 10:30   Paid 2026-03-01 10:31")));
    QVERIFY(t.contains(QStringLiteral("王小明   13800138000")));
    QVERIFY(t.contains(QStringLiteral("西湖龙井 West Lake Longjing (规格: 50g)")));
    // Line 3: 3 x 12.50 = 37.50 less a 1.00 coupon share.
    const int third = int(t.indexOf(QStringLiteral("Tea 2 (规格: 50g)")));
    QVERIFY(third > 0);
    QCOMPARE(t.mid(third + 1, 4), QStringList({QStringLiteral("3"), QStringLiteral("12.50"),
                                               QStringLiteral("-1.00"), QStringLiteral("36.50")}));
    // Totals: 75.00 subtotal, -2.00 coupons, 10.00 shipping, 83.00 total, paid by alipay.
    const auto after = [&t](const QString &label) { return t.value(t.indexOf(label) + 1); };
    QCOMPARE(after(QStringLiteral("Subtotal")), QStringLiteral("75.00"));
    QCOMPARE(after(QStringLiteral("Coupon discount")), QStringLiteral("-2.00"));
    QCOMPARE(after(QStringLiteral("Shipping")), QStringLiteral("10.00"));
    QCOMPARE(after(QStringLiteral("Total (CNY)")), QStringLiteral("83.00"));
    QCOMPARE(after(QStringLiteral("Paid (alipay)")), QStringLiteral("83.00"));
    QVERIFY(!t.contains(QStringLiteral("Amount due")));
    QVERIFY(!t.contains(QStringLiteral("Member tier discount"))); // none given
    QVERIFY(t.contains(QStringLiteral("Page 1 of 1")));
}

void TestOrderDocument::packingSlipHasNoPrices()
{
    const Order o = sampleOrder(3);
    const auto pages = OrderDocument(OrderDocument::Kind::PackingSlip, o, kShop).pages();
    QCOMPARE(pages.size(), 1);
    const QStringList t = texts(pages.first());
    QVERIFY(t.contains(QStringLiteral("Packing slip")));
    // Line 1: 1 ordered, 1 already shipped, nothing left to pack.
    const int first = int(t.indexOf(QStringLiteral("SKU-0")));
    QVERIFY(first > 0);
    QCOMPARE(t.mid(first + 1, 4),
             QStringList({QStringLiteral("西湖龙井 West Lake Longjing (规格: 50g)"),
                          QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0")}));
    for (const QString &s : t) {
        QVERIFY2(!s.contains(QLatin1Char('.')) || s.contains(QLatin1Char(' ')),
                 qPrintable(QStringLiteral("a price on the packing slip: ") + s));
        QVERIFY(s != QStringLiteral("Subtotal") && !s.startsWith(QStringLiteral("Total")));
    }
}

void TestOrderDocument::pagesFollowLines_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("pages");
    const int invoice = int(OrderDocument::Kind::Invoice);
    const int slip = int(OrderDocument::Kind::PackingSlip);
    const int first = OrderDocument::kFirstPageLines;
    const int next = OrderDocument::kLinesPerPage;
    const int roomForTotals = next - OrderDocument::kTotalsLines;
    QTest::newRow("invoice, a full first page") << invoice << first << 1;
    QTest::newRow("invoice, one more line") << invoice << first + 1 << 2;
    QTest::newRow("invoice, totals still fit") << invoice << first + roomForTotals << 2;
    QTest::newRow("invoice, totals on a page of their own")
        << invoice << first + roomForTotals + 1 << 3;
    QTest::newRow("slip, a full second page") << slip << first + next << 2;
    QTest::newRow("slip, one more line") << slip << first + next + 1 << 3;
}

void TestOrderDocument::pagesFollowLines()
{
    QFETCH(int, kind);
    QFETCH(int, lines);
    QFETCH(int, pages);
    const Order o = sampleOrder(lines);
    const auto laidOut = OrderDocument(OrderDocument::Kind(kind), o, kShop).pages();
    QCOMPARE(laidOut.size(), pages);
    // Every line once, in order, and the header with its page number on every page.
    QStringList numbers;
    for (int p = 0; p < laidOut.size(); ++p) {
        const QStringList t = texts(laidOut[p]);
        QVERIFY(t.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)));
        QVERIFY(t.contains(QStringLiteral("Order 20260301-000042")));
        for (const auto &text : laidOut[p].texts)
            if (text.box.left() == 0 && text.box.height() == 14 && !text.bold &&
                text.text.toInt() > 0 && !text.text.contains(QLatin1Char(' ')))
                numbers << text.text;
    }
    QStringList expected;
    for (int i = 1; i <= lines; ++i)
        expected << QString::number(i);
    QCOMPARE(numbers, expected);
    QCOMPARE(texts(laidOut.last()).contains(QStringLiteral("Subtotal")),
             kind == int(OrderDocument::Kind::Invoice));
    verifyPdfShape(render(OrderDocument(OrderDocument::Kind(kind), o, kShop)), pages);
}

void TestOrderDocument::pdfIsDrawnWithChinese()
{
    const Order o = sampleOrder(2);
    const QByteArray bytes = render(OrderDocument(OrderDocument::Kind::Invoice, o, kShop));
    verifyPdfShape(bytes, 1);
    // The CJK font shares some glyphs with the CJK radicals, and Qt's ToUnicode map then names the
    // radical: 小 comes back as ⼩ (U+2F29), which compatibility normalisation maps back; 龙 as
    // ⻰ (U+2EF0), which it does not, so 龙 is not asked for.
    QSet<uint> drawn;
    for (uint u : drawnCharacters(bytes))
        for (const QChar c : QString(QChar(u)).normalized(QString::NormalizationForm_KC))
            drawn.insert(c.unicode());
    for (const QChar c : QStringLiteral("西湖井茶园王小明规格Invoice012345"))
        QVERIFY2(drawn.contains(c.unicode()), qPrintable(QStringLiteral("not drawn: ") + c));
}

QTEST_MAIN(TestOrderDocument)
#include "tst_orderdocument.moc"
