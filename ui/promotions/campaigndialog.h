#pragma once

#include "coupon.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace md {

// Edits a coupon campaign's terms: name, claim code, fixed amount or percentage (with a cap),
// minimum spend, scope, validity and limits. OK checks the draft with the same rules as the
// shop (CouponService::validate) and keeps the dialog open with the reason when they refuse;
// draft() is then what a coupon_campaign.create or .update command carries.
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    CampaignDialog(const QString &currency, QWidget *parent = nullptr);

    // Edit an existing campaign: fills the fields from it.
    void setCampaign(const CouponCampaign &campaign);
    // Valid after the dialog was accepted.
    CampaignDraft draft() const { return m_draft; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateKind();
    // Reads the fields; the error message when a field cannot be read.
    QString readDraft(CampaignDraft *draft) const;

    QString m_currency;
    CampaignDraft m_draft;
    bool m_editing = false;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_kind;
    QLineEdit *m_amount;
    QDoubleSpinBox *m_percent;
    QLineEdit *m_maxDiscount;
    QLineEdit *m_minSpend;
    QComboBox *m_scope;
    QLineEdit *m_scopeIds;
    QDateTimeEdit *m_startsAt;
    QDateTimeEdit *m_endsAt;
    QSpinBox *m_totalLimit;
    QSpinBox *m_perMember;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace md
