#pragma once

#include "flashsale.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace md {

// Edits a flash sale: name, when it runs, the per-member limit, whether coupons stack, and its
// items (SKU id, sale price, allotted units). OK refuses what cannot be read (an amount that is
// not money, an item without a SKU); the shop checks the rest (SKUs exist, prices below list)
// when the flash_sale.create or .update command made from draft() is applied.
class FlashSaleDialog : public QDialog
{
    Q_OBJECT

public:
    FlashSaleDialog(const QString &currency, QWidget *parent = nullptr);

    void setSale(const FlashSale &sale);
    // Valid after the dialog was accepted.
    FlashSaleDraft draft() const { return m_draft; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Appends an item row (the dialog's own "Add item" does the same with empty cells).
    void addItem(qint64 skuId, qint64 salePrice, qint64 allotment);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString readDraft(FlashSaleDraft *draft) const;

    QString m_currency;
    FlashSaleDraft m_draft;
    bool m_editing = false;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QDateTimeEdit *m_startsAt;
    QDateTimeEdit *m_endsAt;
    QSpinBox *m_perMember;
    QCheckBox *m_allowCoupons;
    QTableWidget *m_items;
    QPushButton *m_addItem;
    QPushButton *m_removeItem;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace md
