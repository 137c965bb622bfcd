#include "orderdetailpanel.h"

#include "money.h"
#include "ordertablemodel.h"

#include <QDateTime>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace md {

OrderDetailPanel::OrderDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_breakdown(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_lines(new QTableWidget(this))
    , m_timeline(new QListWidget(this))
    , m_payments(new QListWidget(this))
    , m_shipments(new QListWidget(this))
    , m_refunds(new QListWidget(this))
{
    // Product titles, notes and reasons come from customers and staff: never rich text.
    for (QLabel *l : {m_title, m_summary, m_breakdown}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_lines->setColumnCount(LineColumnCount);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(LineProduct, QHeaderView::Stretch);
    m_lines->setWordWrap(false);
    m_tabs->addTab(m_lines, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_payments, QString());
    m_tabs->addTab(m_shipments, QString());
    m_tabs->addTab(m_refunds, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_breakdown);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void OrderDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrderDetailPanel::retranslate()
{
    m_lines->setHorizontalHeaderLabels(
        {tr("Product"), tr("SKU"), tr("Qty"), tr("Shipped"), tr("Refunded"), tr("Line total")});
    m_tabs->setTabText(0, tr("Lines"));
    m_tabs->setTabText(1, tr("Timeline"));
    m_tabs->setTabText(2, tr("Payments"));
    m_tabs->setTabText(3, tr("Shipments"));
    m_tabs->setTabText(4, tr("Refunds"));
    fill();
}

void OrderDetailPanel::showLoading()
{
    m_message = tr("Loading the order…");
    m_detail = {};
    fill();
}

void OrderDetailPanel::showDetail(const OrderDetail &detail)
{
    m_message.clear();
    if (detail.timeZone != m_detail.timeZone || !m_zone.isValid()) {
        m_zone = QTimeZone(detail.timeZone.toUtf8());
        if (!m_zone.isValid())
            m_zone = QTimeZone::utc();
    }
    m_detail = detail;
    fill();
}

void OrderDetailPanel::showMessage(const QString &message)
{
    m_message = message;
    m_detail = {};
    fill();
}

void OrderDetailPanel::clear()
{
    m_message.clear();
    m_detail = {};
    fill();
}

QString OrderDetailPanel::time(qint64 ms) const
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString OrderDetailPanel::eventText(const QString &kind)
{
    static const QHash<QString, const char *> kTexts{
        {QStringLiteral("placed"), QT_TR_NOOP("Placed")},
        {QStringLiteral("payment_started"), QT_TR_NOOP("Payment started")},
        {QStringLiteral("paid"), QT_TR_NOOP("Paid")},
        {QStringLiteral("payment_failed"), QT_TR_NOOP("Payment failed")},
        {QStringLiteral("shipped"), QT_TR_NOOP("Shipped")},
        {QStringLiteral("delivered"), QT_TR_NOOP("Delivered")},
        {QStringLiteral("completed"), QT_TR_NOOP("Completed")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("refund_requested"), QT_TR_NOOP("Refund requested")},
        {QStringLiteral("refund_approved"), QT_TR_NOOP("Refund approved")},
        {QStringLiteral("refund_rejected"), QT_TR_NOOP("Refund rejected")},
        {QStringLiteral("refunded"), QT_TR_NOOP("Refunded")},
    };
    const auto it = kTexts.constFind(kind);
    return it == kTexts.constEnd() ? kind : tr(*it); // a kind newer than this program: as stored
}

QString OrderDetailPanel::methodText(const QString &method)
{
    switch (paymentMethodFromName(method).value_or(PaymentMethod::Card)) {
    case PaymentMethod::Card:
        return method == QLatin1String("card") ? tr("Card") : method;
    case PaymentMethod::Alipay:
        return tr("Alipay");
    case PaymentMethod::Wechat:
        return tr("WeChat Pay");
    case PaymentMethod::Balance:
        return tr("Store balance");
    }
    return method;
}

QString OrderDetailPanel::paymentStatusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("pending");
    if (status == QLatin1String("succeeded"))
        return tr("succeeded");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("cancelled"))
        return tr("cancelled");
    return status;
}

QString OrderDetailPanel::refundStatusText(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Requested:
        return tr("requested");
    case RefundStatus::Approved:
        return tr("approved");
    case RefundStatus::Refunded:
        return tr("refunded");
    case RefundStatus::Rejected:
        return tr("rejected");
    }
    return {};
}

QString OrderDetailPanel::money(qint64 minor) const
{
    return Money(minor, m_detail.order.currency).format();
}

void OrderDetailPanel::fill()
{
    const Order &o = m_detail.order;
    m_lines->setRowCount(0);
    m_timeline->clear();
    m_payments->clear();
    m_shipments->clear();
    m_refunds->clear();
    m_tabs->setEnabled(o.id != 0);
    if (o.id == 0) {
        m_title->setText(m_message.isEmpty() ? tr("No order selected") : m_message);
        m_summary->clear();
        m_breakdown->clear();
        return;
    }
    m_title->setText(tr("Order %1 — %2").arg(o.number(), OrderTableModel::statusText(o.status)));
    QStringList summary;
    summary << tr("Placed %1").arg(time(o.placedAt));
    if (o.memberId == 0)
        summary << tr("Guest");
    else if (m_detail.memberName.isEmpty())
        summary << tr("Member %1").arg(o.memberId);
    else
        summary << tr("Member: %1").arg(m_detail.memberName);
    if (!o.shipRecipient.isEmpty())
        summary << tr("Ship to %1, %2 %3").arg(o.shipRecipient, o.shipRegion, o.shipDetail);
    if (!o.cancelReason.isEmpty())
        summary << tr("Cancelled: %1").arg(o.cancelReason);
    m_summary->setText(summary.join(QLatin1Char('\n')));

    QStringList b;
    b << tr("Subtotal %1").arg(money(o.subtotal));
    if (o.tierDiscount)
        b << tr("Member discount −%1").arg(money(o.tierDiscount));
    if (o.couponDiscount)
        b << tr("Coupon −%1").arg(money(o.couponDiscount));
    if (o.pointsDiscount)
        b << tr("Points (%1) −%2").arg(o.pointsUsed).arg(money(o.pointsDiscount));
    b << tr("Shipping %1").arg(money(o.shippingFee));
    b << tr("Total %1").arg(money(o.total));
    if (o.balanceApplied)
        b << tr("Store balance %1").arg(money(o.balanceApplied));
    b << tr("Paid %1").arg(money(o.receivedTotal()));
    if (o.refundedTotal())
        b << tr("Refunded %1").arg(money(o.refundedTotal()));
    m_breakdown->setText(b.join(QStringLiteral(" · ")));

    m_lines->setRowCount(int(o.lines.size()));
    for (int i = 0; i < o.lines.size(); ++i) {
        const OrderLine &l = o.lines.at(i);
        QStringList options;
        for (const SkuOption &opt : l.options)
            options << opt.value;
        const QStringList cells{
            l.title,
            options.isEmpty()
                ? l.skuCode
                : QStringLiteral("%1 (%2)").arg(l.skuCode, options.join(QStringLiteral(", "))),
            QString::number(l.quantity),
            QString::number(l.shippedQty),
            QString::number(l.refundedQty),
            money(l.lineTotal)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= LineQuantity)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(i, c, item);
        }
    }
    for (const OrderEvent &e : o.events) {
        QString text = QStringLiteral("%1  %2").arg(time(e.at), eventText(e.kind));
        if (!e.note.isEmpty())
            text += QStringLiteral(" — ") + e.note;
        if (!e.actor.isEmpty())
            text += QStringLiteral("  (%1)").arg(e.actor);
        m_timeline->addItem(text);
    }
    for (const Payment &p : o.payments)
        m_payments->addItem(tr("%1  %2 %3 — %4")
                                .arg(time(p.confirmedAt ? p.confirmedAt : p.createdAt),
                                     methodText(paymentMethodName(p.method)), money(p.amount),
                                     paymentStatusText(p.status)));
    for (const Shipment &s : o.shipments) {
        qint64 units = 0;
        for (const ShipmentLine &l : s.lines)
            units += l.quantity;
        m_shipments->addItem(tr("%1  %2 %3 — %n unit(s)", nullptr, int(units))
                                 .arg(time(s.shippedAt), s.carrier, s.trackingNumber));
    }
    for (const Refund &r : m_detail.refunds)
        m_refunds->addItem(
            tr("%1  %2 — %3: %4")
                .arg(time(r.createdAt), money(r.amount), refundStatusText(r.status), r.reason));
    if (m_refunds->count() == 0)
        m_refunds->addItem(tr("No refunds"));
}

} // namespace md
