#include "orderdetailpanel.h"

#include "money.h"
#include "ordertablemodel.h"

#include <QDateTime>
#include <QEvent>
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
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("SKU"), tr("Qty"), tr("Shipped"),
                                        tr("Refunded"), tr("Line total")});
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
    QTimeZone zone(m_detail.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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
    summary << (o.memberId ? tr("Member %1").arg(o.memberId) : tr("Guest"));
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
        const QStringList cells{l.title,
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
        QString text = QStringLiteral("%1  %2").arg(time(e.at), e.kind);
        if (!e.note.isEmpty())
            text += QStringLiteral(" — ") + e.note;
        if (!e.actor.isEmpty())
            text += QStringLiteral("  (%1)").arg(e.actor);
        m_timeline->addItem(text);
    }
    for (const Payment &p : o.payments)
        m_payments->addItem(tr("%1  %2 %3 — %4")
                                .arg(time(p.confirmedAt ? p.confirmedAt : p.createdAt),
                                     paymentMethodName(p.method), money(p.amount), p.status));
    for (const Shipment &s : o.shipments) {
        qint64 units = 0;
        for (const ShipmentLine &l : s.lines)
            units += l.quantity;
        m_shipments->addItem(tr("%1  %2 %3 — %n unit(s)", nullptr, int(units))
                                 .arg(time(s.shippedAt), s.carrier, s.trackingNumber));
    }
    for (const Refund &r : m_detail.refunds)
        m_refunds->addItem(tr("%1  %2 — %3: %4")
                               .arg(time(r.createdAt), money(r.amount), refundStatusName(r.status),
                                    r.reason));
    if (m_refunds->count() == 0)
        m_refunds->addItem(tr("No refunds"));
}

} // namespace md
