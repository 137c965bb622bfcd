#include "shipdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md {

ShipDialog::ShipDialog(const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_order(order)
    , m_intro(new QLabel(this))
    , m_carrierLabel(new QLabel(this))
    , m_trackingLabel(new QLabel(this))
    , m_carrier(new QComboBox(this))
    , m_tracking(new QLineEdit(this))
    , m_lines(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_intro->setTextFormat(Qt::PlainText);
    m_carrier->setEditable(true);
    // Carrier names are proper names, the same in every language.
    m_carrier->addItems({QStringLiteral("顺丰速运 SF Express"), QStringLiteral("中通快递 ZTO"),
                         QStringLiteral("圆通速递 YTO"), QStringLiteral("韵达快递 Yunda"),
                         QStringLiteral("京东物流 JD Logistics"), QStringLiteral("EMS")});
    m_carrier->lineEdit()->setMaxLength(50);
    m_tracking->setMaxLength(64);

    m_lines->setColumnCount(ColumnCount);
    m_lines->setRowCount(int(order.lines.size()));
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->horizontalHeader()->setSectionResizeMode(Product, QHeaderView::Stretch);
    for (int i = 0; i < order.lines.size(); ++i) {
        const OrderLine &l = order.lines.at(i);
        const qint64 remaining = qMax<qint64>(0, l.quantity - l.shippedQty - l.refundedQty);
        m_lines->setItem(i, Product, new QTableWidgetItem(l.title));
        auto *left = new QTableWidgetItem(QString::number(remaining));
        left->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(i, Remaining, left);
        QSpinBox *box = nullptr;
        if (remaining > 0) {
            box = new QSpinBox(m_lines);
            box->setRange(0, int(remaining));
            box->setValue(int(remaining));
            connect(box, &QSpinBox::valueChanged, this, &ShipDialog::validate);
            m_lines->setCellWidget(i, Ship, box);
        }
        m_quantities.append(box);
    }

    auto *form = new QFormLayout;
    form->addRow(m_carrierLabel, m_carrier);
    form->addRow(m_trackingLabel, m_tracking);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_carrier, &QComboBox::currentTextChanged, this, &ShipDialog::validate);
    connect(m_tracking, &QLineEdit::textChanged, this, &ShipDialog::validate);
    resize(560, 380);
    retranslate();
    validate();
}

QSpinBox *ShipDialog::quantityBox(int row) const
{
    return row >= 0 && row < m_quantities.size() ? m_quantities.at(row) : nullptr;
}

OrderShip ShipDialog::command() const
{
    OrderShip c;
    c.orderId = m_order.id;
    c.request.carrier = m_carrier->currentText().trimmed();
    c.request.trackingNumber = m_tracking->text().trimmed();
    QList<ShipmentLine> lines;
    bool everything = true;
    for (int i = 0; i < m_quantities.size(); ++i) {
        const QSpinBox *box = m_quantities.at(i);
        if (!box)
            continue;
        if (box->value() < box->maximum())
            everything = false;
        if (box->value() > 0)
            lines.append({m_order.lines.at(i).id, box->value()});
    }
    if (!everything)
        c.request.lines = lines;
    return c;
}

void ShipDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShipDialog::retranslate()
{
    setWindowTitle(tr("Ship order %1").arg(m_order.number()));
    m_intro->setText(tr("Choose the carrier, enter the tracking number, and lower a quantity "
                        "when only part of a line goes in this parcel."));
    m_carrierLabel->setText(tr("&Carrier:"));
    m_carrierLabel->setBuddy(m_carrier);
    m_trackingLabel->setText(tr("&Tracking number:"));
    m_trackingLabel->setBuddy(m_tracking);
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("Not shipped yet"), tr("Ship now")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Ship"));
}

void ShipDialog::validate()
{
    qint64 units = 0;
    for (const QSpinBox *box : std::as_const(m_quantities))
        units += box ? box->value() : 0;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(units > 0 && !m_carrier->currentText().trimmed().isEmpty() &&
                     !m_tracking->text().trimmed().isEmpty());
}

} // namespace md
