#include "orderdocument.h"

#include "money.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

namespace md {

namespace {

// Geometry in points (the writer runs at 72 dpi). A4 portrait is 595.3 x 841.9 pt; with 40 pt
// margins the content is 515 x 762 pt (OrderDocument::kContentSize).
constexpr int kResolution = 72;
constexpr qreal kMargin = 40;
constexpr qreal kWidth = OrderDocument::kContentSize.width();
constexpr qreal kHeight = OrderDocument::kContentSize.height();
constexpr qreal kHeaderBlock = 70;  // shop, document title, order number and dates
constexpr qreal kAddressBlock = 70; // first page only
constexpr qreal kTableHeader = 16;
constexpr qreal kLine = 14;
constexpr qreal kFooter = 14;
static_assert(kHeaderBlock + kAddressBlock + kTableHeader +
                      (OrderDocument::kFirstPageLines + OrderDocument::kTotalsLines) * kLine <=
                  kHeight - kFooter,
              "the first page holds its lines and the totals");
static_assert(kHeaderBlock + kTableHeader + OrderDocument::kLinesPerPage * kLine <=
                  kHeight - kFooter,
              "a page holds its lines");

// Latin text in DejaVu Sans, anything it lacks (Chinese) from the CJK families that follow.
QFont font(qreal points, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

constexpr int kLeft = Qt::AlignLeft | Qt::AlignVCenter;
constexpr int kRight = Qt::AlignRight | Qt::AlignVCenter;

} // namespace

OrderDocument::OrderDocument(Kind kind, const Order &order, const Shop &shop)
    : m_kind(kind)
    , m_order(order)
    , m_shop(shop)
{}

QString OrderDocument::money(qint64 minor) const
{
    return Money(minor, m_order.currency).toDecimalString();
}

QList<OrderDocument::Column> OrderDocument::columns() const
{
    if (m_kind == Kind::Invoice)
        return {{tr("#"), 24, kLeft},         {tr("Item"), 251, kLeft},
                {tr("Qty"), 40, kRight},      {tr("Unit price"), 70, kRight},
                {tr("Discount"), 60, kRight}, {tr("Amount"), 70, kRight}};
    return {{tr("#"), 24, kLeft},        {tr("SKU"), 90, kLeft},      {tr("Item"), 261, kLeft},
            {tr("Ordered"), 45, kRight}, {tr("Shipped"), 45, kRight}, {tr("To pack"), 50, kRight}};
}

QStringList OrderDocument::cells(int index, const OrderLine &line) const
{
    QString item = line.title;
    QStringList options;
    for (const SkuOption &o : line.options)
        options << QStringLiteral("%1: %2").arg(o.name, o.value);
    if (!options.isEmpty())
        item += QStringLiteral(" (") + options.join(QStringLiteral(", ")) + QLatin1Char(')');
    const QString number = QString::number(index + 1);
    if (m_kind == Kind::Invoice) {
        const qint64 discount = line.tierDiscount + line.couponDiscount + line.pointsDiscount;
        return {number,
                item,
                QString::number(line.quantity),
                money(line.unitPrice),
                discount ? money(-discount) : QString(),
                money(line.lineTotal)};
    }
    // Units already refunded without being shipped are not packed either.
    const qint64 toPack = qMax<qint64>(0, line.quantity - line.shippedQty - line.refundedQty);
    return {number,
            line.skuCode,
            item,
            QString::number(line.quantity),
            QString::number(line.shippedQty),
            QString::number(toPack)};
}

QList<OrderDocument::TotalLine> OrderDocument::totals() const
{
    const Order &o = m_order;
    QList<TotalLine> t{{tr("Subtotal"), money(o.subtotal)}};
    if (o.tierDiscount)
        t.append({tr("Member tier discount"), money(-o.tierDiscount)});
    if (o.couponDiscount)
        t.append({tr("Coupon discount"), money(-o.couponDiscount)});
    if (o.pointsDiscount)
        t.append({tr("Points (%1) redeemed").arg(o.pointsUsed), money(-o.pointsDiscount)});
    t.append({tr("Shipping"), money(o.shippingFee)});
    t.append({tr("Total (%1)").arg(o.currency), money(o.total), true});
    if (o.balanceApplied)
        t.append({tr("Paid from store balance"), money(o.balanceApplied)});
    if (o.paidAmount)
        t.append({tr("Paid (%1)").arg(o.paymentMethod), money(o.paidAmount)});
    if (o.refundedCash + o.refundedBalance)
        t.append({tr("Refunded"), money(-(o.refundedCash + o.refundedBalance))});
    if (o.status == OrderStatus::PendingPayment)
        t.append({tr("Amount due"), money(o.amountDue), true});
    Q_ASSERT(t.size() < kTotalsLines);
    return t;
}

void OrderDocument::header(Page &page, int number, int count, qreal &y) const
{
    const QTimeZone zone(m_shop.timeZone.toUtf8());
    const auto when = [&zone](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    page.texts.append({QRectF(0, 0, kWidth / 2, 22), m_shop.name, kLeft, 14, true});
    page.texts.append({QRectF(kWidth / 2, 0, kWidth / 2, 22),
                       m_kind == Kind::Invoice ? tr("Invoice") : tr("Packing slip"), kRight, 14,
                       true});
    page.texts.append(
        {QRectF(0, 26, kWidth, 14), tr("Order %1").arg(m_order.number()), kLeft, 10, true});
    QString dates = tr("Placed %1").arg(when(m_order.placedAt));
    if (m_order.paidAt)
        dates += QStringLiteral("   ") + tr("Paid %1").arg(when(m_order.paidAt));
    page.texts.append({QRectF(0, 42, kWidth, 14), dates, kLeft, 9, false});
    page.texts.append({QRectF(0, kHeight - kFooter, kWidth, kFooter),
                       tr("Page %1 of %2").arg(number).arg(count), kRight, 8, false});
    y = kHeaderBlock;
    if (number > 1)
        return;
    const Order &o = m_order;
    page.texts.append({QRectF(0, y, kWidth, 14), tr("Ship to"), kLeft, 9, true});
    const QStringList address{o.shipRecipient + QStringLiteral("   ") + o.shipPhone,
                              o.shipRegion + QLatin1Char(' ') + o.shipDetail, o.shipPostalCode};
    qreal line = y + 14;
    for (const QString &a : address) {
        if (!a.trimmed().isEmpty())
            page.texts.append({QRectF(0, line, kWidth, 14), a.trimmed(), kLeft, 9, false});
        line += 14;
    }
    y += kAddressBlock;
}

QList<OrderDocument::Page> OrderDocument::pages() const
{
    // Which lines go on which page: the first page holds kFirstPageLines, the others
    // kLinesPerPage; the invoice's totals need kTotalsLines on the last page (always free on the
    // first, whose capacity leaves room for them), else they start a page of their own.
    QList<QPair<int, int>> ranges; // first line, count
    const int n = int(m_order.lines.size());
    int at = 0;
    do {
        const int capacity = ranges.isEmpty() ? kFirstPageLines : kLinesPerPage;
        ranges.append({at, qMin(capacity, n - at)});
        at += ranges.last().second;
    } while (at < n);
    if (m_kind == Kind::Invoice && ranges.size() > 1 &&
        ranges.last().second > kLinesPerPage - kTotalsLines)
        ranges.append({n, 0});

    const QList<Column> cols = columns();
    QList<Page> out;
    for (int p = 0; p < ranges.size(); ++p) {
        Page page;
        qreal y = 0;
        header(page, p + 1, int(ranges.size()), y);
        qreal x = 0;
        for (const Column &c : cols) {
            page.texts.append({QRectF(x, y, c.width - 4, kTableHeader), c.title, c.flags, 8, true});
            x += c.width;
        }
        y += kTableHeader;
        page.rules.append(y);
        for (int i = ranges[p].first; i < ranges[p].first + ranges[p].second; ++i) {
            const QStringList values = cells(i, m_order.lines[i]);
            x = 0;
            for (int c = 0; c < cols.size(); ++c) {
                page.texts.append(
                    {QRectF(x, y, cols[c].width - 4, kLine), values[c], cols[c].flags, 8, false});
                x += cols[c].width;
            }
            y += kLine;
        }
        if (m_kind == Kind::Invoice && p == ranges.size() - 1) {
            page.rules.append(y + 4);
            y += 8;
            for (const TotalLine &t : totals()) {
                page.texts.append(
                    {QRectF(kWidth - 300, y, 220, kLine), t.label, kRight, 9, t.strong});
                page.texts.append(
                    {QRectF(kWidth - 76, y, 72, kLine), t.amount, kRight, 9, t.strong});
                y += kLine;
            }
        }
        out.append(page);
    }
    return out;
}

void OrderDocument::paint(const Page &page, QPainter &painter)
{
    for (const Text &t : page.texts) {
        const QFont f = font(t.points, t.bold);
        painter.setFont(f);
        // One line per cell: a title too long for its column is elided, never wrapped over the
        // next line.
        const QString text = QFontMetricsF(f).elidedText(t.text, Qt::ElideRight, t.box.width());
        painter.drawText(t.box, t.flags | Qt::TextSingleLine, text);
    }
    painter.setPen(QPen(Qt::black, 0.5));
    for (qreal y : page.rules)
        painter.drawLine(QPointF(0, y), QPointF(kWidth, y));
}

Status OrderDocument::write(QIODevice *device) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Printing needs the desktop's fonts (a GUI application)."));
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMargin, kMargin, kMargin, kMargin),
                                     QPageLayout::Point));
    writer.setTitle(
        (m_kind == Kind::Invoice ? tr("Invoice %1") : tr("Packing slip %1")).arg(m_order.number()));
    writer.setCreator(QStringLiteral("MerchantDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::StorageError, tr("The document could not be written."));
    const QList<Page> all = pages();
    for (int i = 0; i < all.size(); ++i) {
        if (i > 0)
            writer.newPage();
        paint(all[i], painter);
    }
    painter.end();
    return {};
}

} // namespace md
