#include "issuecouponsdialog.h"

#include "recipientpicker.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

IssueCouponsDialog::IssueCouponsDialog(qint64 campaignId, const QString &campaignName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_campaignId(campaignId)
    , m_campaignName(campaignName)
    , m_heading(new QLabel(this))
    , m_picker(new RecipientPicker(false, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_picker);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IssueCouponsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

RecipientChoice IssueCouponsDialog::choice() const
{
    return m_picker->choice();
}

void IssueCouponsDialog::accept()
{
    if (const QString problem = m_picker->problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    QDialog::accept();
}

void IssueCouponsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IssueCouponsDialog::retranslate()
{
    setWindowTitle(tr("Issue coupons"));
    m_heading->setText(tr("Give a coupon of \"%1\" to (members who already hold as many as "
                          "allowed are skipped):")
                           .arg(m_campaignName));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue"));
}

} // namespace md
