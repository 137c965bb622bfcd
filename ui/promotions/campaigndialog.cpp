#include "campaigndialog.h"

#include "couponservice.h"
#include "money.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md {

CampaignDialog::CampaignDialog(const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_percent(new QDoubleSpinBox(this))
    , m_maxDiscount(new QLineEdit(this))
    , m_minSpend(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_scopeIds(new QLineEdit(this))
    , m_startsAt(new QDateTimeEdit(this))
    , m_endsAt(new QDateTimeEdit(this))
    , m_totalLimit(new QSpinBox(this))
    , m_perMember(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Named for tests and accessibility tools.
    m_name->setObjectName(QStringLiteral("name"));
    m_code->setObjectName(QStringLiteral("code"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_percent->setObjectName(QStringLiteral("percent"));
    m_maxDiscount->setObjectName(QStringLiteral("maxDiscount"));
    m_minSpend->setObjectName(QStringLiteral("minSpend"));
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scopeIds->setObjectName(QStringLiteral("scopeIds"));
    m_startsAt->setObjectName(QStringLiteral("startsAt"));
    m_endsAt->setObjectName(QStringLiteral("endsAt"));
    m_totalLimit->setObjectName(QStringLiteral("totalLimit"));
    m_perMember->setObjectName(QStringLiteral("perMemberLimit"));
    m_error->setObjectName(QStringLiteral("error"));
    m_name->setMaxLength(100);
    m_code->setMaxLength(32);
    m_kind->addItem(QString(), couponKindName(CouponKind::Fixed));
    m_kind->addItem(QString(), couponKindName(CouponKind::Percent));
    m_percent->setRange(0.01, 100.0);
    m_percent->setDecimals(2);
    m_percent->setValue(10.0);
    m_scope->addItem(QString(), couponScopeName(CouponScope::All));
    m_scope->addItem(QString(), couponScopeName(CouponScope::Categories));
    m_scope->addItem(QString(), couponScopeName(CouponScope::Products));
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *e : {m_startsAt, m_endsAt}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_startsAt->setDateTime(now);
    m_endsAt->setDateTime(now.addDays(30));
    m_totalLimit->setRange(0, 100000000);
    m_perMember->setRange(1, 1000);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);

    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_code);
    m_form->addRow(QString(), m_kind);
    m_form->addRow(QString(), m_amount);
    m_form->addRow(QString(), m_percent);
    m_form->addRow(QString(), m_maxDiscount);
    m_form->addRow(QString(), m_minSpend);
    m_form->addRow(QString(), m_scope);
    m_form->addRow(QString(), m_scopeIds);
    m_form->addRow(QString(), m_startsAt);
    m_form->addRow(QString(), m_endsAt);
    m_form->addRow(QString(), m_totalLimit);
    m_form->addRow(QString(), m_perMember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CampaignDialog::updateKind);
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this] { m_scopeIds->setEnabled(m_scope->currentIndex() != 0); });
    m_scopeIds->setEnabled(false);
    retranslate();
    updateKind();
}

void CampaignDialog::setCampaign(const CouponCampaign &c)
{
    m_name->setText(c.name);
    m_code->setText(c.code);
    m_kind->setCurrentIndex(m_kind->findData(couponKindName(c.terms.kind)));
    if (c.terms.kind == CouponKind::Fixed)
        m_amount->setText(Money(c.terms.amount, m_currency).toDecimalString());
    else
        m_percent->setValue(c.terms.percentBp / 100.0);
    m_maxDiscount->setText(c.terms.maxDiscount
                               ? Money(*c.terms.maxDiscount, m_currency).toDecimalString()
                               : QString());
    m_minSpend->setText(c.terms.minSpend ? Money(c.terms.minSpend, m_currency).toDecimalString()
                                         : QString());
    m_scope->setCurrentIndex(m_scope->findData(couponScopeName(c.terms.scope)));
    QStringList ids;
    for (qint64 id : c.terms.scopeIds)
        ids.append(QString::number(id));
    m_scopeIds->setText(ids.join(QStringLiteral(", ")));
    m_startsAt->setDateTime(QDateTime::fromMSecsSinceEpoch(c.startsAt));
    m_endsAt->setDateTime(QDateTime::fromMSecsSinceEpoch(c.endsAt));
    m_totalLimit->setValue(int(c.totalLimit.value_or(0)));
    m_perMember->setValue(c.perMemberLimit);
    m_editing = true;
    retranslate();
}

void CampaignDialog::updateKind()
{
    const bool fixed = m_kind->currentIndex() == 0;
    m_form->setRowVisible(m_amount, fixed);
    m_form->setRowVisible(m_percent, !fixed);
    m_form->setRowVisible(m_maxDiscount, !fixed);
}

QString CampaignDialog::readDraft(CampaignDraft *d) const
{
    d->name = m_name->text().trimmed();
    d->code = m_code->text().trimmed();
    d->terms.kind = m_kind->currentIndex() == 0 ? CouponKind::Fixed : CouponKind::Percent;
    auto money = [this](QLineEdit *edit, qint64 *out) -> bool {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            *out = 0;
            return true;
        }
        auto m = Money::parse(text, m_currency, Rounding::Reject);
        if (!m || m->isNegative())
            return false;
        *out = m->minor();
        return true;
    };
    if (d->terms.kind == CouponKind::Fixed) {
        if (!money(m_amount, &d->terms.amount))
            return tr("The amount off is not an amount of money.");
    } else {
        d->terms.percentBp = int(qRound(m_percent->value() * 100));
        qint64 cap = 0;
        if (!money(m_maxDiscount, &cap))
            return tr("The maximum discount is not an amount of money.");
        if (!m_maxDiscount->text().trimmed().isEmpty())
            d->terms.maxDiscount = cap;
    }
    if (!money(m_minSpend, &d->terms.minSpend))
        return tr("The minimum spend is not an amount of money.");
    d->terms.scope =
        couponScopeFromName(m_scope->currentData().toString()).value_or(CouponScope::All);
    if (d->terms.scope != CouponScope::All) {
        for (const QString &part : m_scopeIds->text().split(
                 QRegularExpression(QStringLiteral("[\\s,;，；]+")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.toLongLong(&ok);
            if (!ok || id == 0)
                return tr("\"%1\" is not an id.").arg(part);
            d->terms.scopeIds.append(id);
        }
    }
    d->startsAt = m_startsAt->dateTime().toMSecsSinceEpoch();
    d->endsAt = m_endsAt->dateTime().toMSecsSinceEpoch();
    if (m_totalLimit->value() > 0)
        d->totalLimit = m_totalLimit->value();
    d->perMemberLimit = m_perMember->value();
    return {};
}

void CampaignDialog::accept()
{
    CampaignDraft d;
    if (const QString problem = readDraft(&d); !problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    if (const Status s = CouponService::validate(d); !s) {
        m_error->setText(s.error().message);
        return;
    }
    m_draft = d;
    QDialog::accept();
}

void CampaignDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CampaignDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit coupon campaign") : tr("New coupon campaign"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_name, tr("&Name:"));
    label(m_code, tr("Claim &code:"));
    label(m_kind, tr("&Kind:"));
    label(m_amount, tr("&Amount off:"));
    label(m_percent, tr("&Percentage off:"));
    label(m_maxDiscount, tr("At &most:"));
    label(m_minSpend, tr("Minimum &spend:"));
    label(m_scope, tr("Applies &to:"));
    label(m_scopeIds, tr("Category or product &ids:"));
    label(m_startsAt, tr("Sta&rts:"));
    label(m_endsAt, tr("&Ends:"));
    label(m_totalLimit, tr("&Uses in all:"));
    label(m_perMember, tr("Per mem&ber:"));
    m_code->setPlaceholderText(tr("Empty: only issued by staff"));
    m_kind->setItemText(0, tr("Fixed amount"));
    m_kind->setItemText(1, tr("Percentage"));
    m_scope->setItemText(0, tr("All products"));
    m_scope->setItemText(1, tr("Some categories"));
    m_scope->setItemText(2, tr("Some products"));
    m_percent->setSuffix(tr(" %"));
    m_maxDiscount->setPlaceholderText(tr("No cap"));
    m_minSpend->setPlaceholderText(tr("None"));
    m_totalLimit->setSpecialValueText(tr("No limit"));
}

} // namespace md
