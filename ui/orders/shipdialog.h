#pragma once

#include "order.h"
#include "ordercommandtypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace md {

// Asks how an order goes out: the carrier, the tracking number, and how many of each line's
// remaining units (ordered, less shipped and refunded) are in the parcel — all of them unless
// the clerk lowers a quantity. OK is enabled when carrier, tracking number and at least one unit
// are given.
class ShipDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Product, Remaining, Ship, ColumnCount };

    explicit ShipDialog(const Order &order, QWidget *parent = nullptr);

    qint64 orderId() const { return m_order.id; }
    // The order.ship command: carrier, tracking number, and the lines when only some units go
    // (none: every remaining unit, as OrderService::ship reads an empty list).
    OrderShip command() const;

    QComboBox *carrierBox() const { return m_carrier; }
    QLineEdit *trackingEdit() const { return m_tracking; }
    // The quantity box of the order's line at `row`, or nullptr when nothing of it remains.
    QSpinBox *quantityBox(int row) const;
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    Order m_order;
    QLabel *m_intro;
    QLabel *m_carrierLabel;
    QLabel *m_trackingLabel;
    QComboBox *m_carrier;
    QLineEdit *m_tracking;
    QTableWidget *m_lines;
    QList<QSpinBox *> m_quantities; // per line; nullptr for a line with nothing left
    QDialogButtonBox *m_buttons;
};

} // namespace md
