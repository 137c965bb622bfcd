#pragma once

#include "recipientresolver.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace md {

class RecipientPicker;

// Asks to whom a campaign's coupons go: listed members or an RFM segment. It only collects the
// choice; the view resolves it to member ids and sends one coupon_campaign.issue command.
class IssueCouponsDialog : public QDialog
{
    Q_OBJECT

public:
    IssueCouponsDialog(qint64 campaignId, const QString &campaignName, QWidget *parent = nullptr);

    qint64 campaignId() const { return m_campaignId; }
    RecipientChoice choice() const;
    RecipientPicker *picker() const { return m_picker; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    qint64 m_campaignId;
    QString m_campaignName;
    QLabel *m_heading;
    RecipientPicker *m_picker;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace md
