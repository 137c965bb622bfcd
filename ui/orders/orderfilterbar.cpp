#include "orderfilterbar.h"

#include "money.h"
#include "ordertablemodel.h"
#include "storetime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace md {

namespace {

// The date boxes show "any day" at their minimum: no bound on that side.
const QDate kNoDate(2000, 1, 1);

QDateEdit *dateBox(QWidget *parent)
{
    auto *box = new QDateEdit(parent);
    box->setCalendarPopup(true);
    box->setMinimumDate(kNoDate);
    box->setDate(kNoDate);
    box->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return box;
}

} // namespace

OrderFilterBar::OrderFilterBar(const QString &currency, QWidget *parent)
    : QWidget(parent)
    , m_currency(currency)
    , m_status(new QComboBox(this))
    , m_from(dateBox(this))
    , m_to(dateBox(this))
    , m_member(new QLineEdit(this))
    , m_minAmount(new QLineEdit(this))
    , m_maxAmount(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_pause(new QTimer(this))
{
    m_status->addItem(QString(), -1);
    for (int s = int(OrderStatus::PendingPayment); s <= int(OrderStatus::Cancelled); ++s)
        m_status->addItem(QString(), s);
    for (QLineEdit *e : {m_member, m_minAmount, m_maxAmount, m_number})
        e->setClearButtonEnabled(true);
    m_minAmount->setMaximumWidth(90);
    m_maxAmount->setMaximumWidth(90);

    m_pause->setSingleShot(true);
    m_pause->setInterval(300);
    connect(m_pause, &QTimer::timeout, this, &OrderFilterBar::changed);
    const auto later = [this] { m_pause->start(); };
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrderFilterBar::commit);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    for (QLineEdit *e : {m_member, m_number})
        connect(e, &QLineEdit::textChanged, this, later);
    for (QLineEdit *e : {m_minAmount, m_maxAmount}) {
        connect(e, &QLineEdit::textChanged, this, [this, e, later] {
            checkAmount(e);
            later();
        });
    }

    // Two rows: in one, the text fields were squeezed to a few pixels beside the detail panel.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [this, layout](QWidget *w, int row, int column, int span = 1) {
        auto *l = new QLabel(this);
        l->setBuddy(w);
        m_labels.append(l);
        layout->addWidget(l, row, column);
        layout->addWidget(w, row, column + 1, 1, span);
    };
    // In the order retranslate() names the labels.
    labelled(m_status, 0, 0);
    labelled(m_from, 0, 2);
    labelled(m_to, 0, 4);
    labelled(m_member, 1, 0, 3);
    labelled(m_minAmount, 1, 4);
    labelled(m_maxAmount, 1, 6);
    labelled(m_number, 0, 6);
    layout->setColumnStretch(7, 1);
    retranslate();
}

void OrderFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrderFilterBar::retranslate()
{
    const QStringList labels{tr("&Status:"), tr("&From:"), tr("&To:"),   tr("&Member:"),
                             tr("Mi&n:"),    tr("Ma&x:"),  tr("&Order:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_status->setItemText(0, tr("All"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(
            i, OrderTableModel::statusText(OrderStatus(m_status->itemData(i).toInt())));
    m_from->setSpecialValueText(tr("Any day"));
    m_to->setSpecialValueText(tr("Any day"));
    m_member->setPlaceholderText(tr("Name, e-mail or phone"));
    m_minAmount->setPlaceholderText(tr("Any"));
    m_maxAmount->setPlaceholderText(tr("Any"));
    m_number->setPlaceholderText(tr("Order number or recipient"));
    checkAmount(m_minAmount);
    checkAmount(m_maxAmount);
}

void OrderFilterBar::commit()
{
    m_pause->stop();
    emit changed();
}

std::optional<qint64> OrderFilterBar::amount(const QLineEdit *edit) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto parsed = Money::parse(text, m_currency, Rounding::Down);
    if (!parsed || parsed->isNegative())
        return std::nullopt;
    return parsed->minor();
}

void OrderFilterBar::checkAmount(QLineEdit *edit)
{
    const bool bad = !edit->text().trimmed().isEmpty() && !amount(edit);
    edit->setToolTip(bad ? tr("Not an amount: enter e.g. 99 or 99.50") : QString());
    edit->setStyleSheet(bad ? QStringLiteral("color: #c0392b") : QString());
}

OrderQuery OrderFilterBar::query(const QString &timeZone) const
{
    OrderQuery q;
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        q.status = OrderStatus(status);
    if (m_from->date() != kNoDate)
        q.fromMs = StoreTime::startOfDay(m_from->date(), timeZone);
    if (m_to->date() != kNoDate)
        q.toMs = StoreTime::startOfDay(m_to->date().addDays(1), timeZone); // the whole last day
    q.memberText = m_member->text().trimmed();
    q.text = m_number->text().trimmed();
    q.minTotal = amount(m_minAmount).value_or(-1);
    q.maxTotal = amount(m_maxAmount).value_or(-1);
    return q;
}

} // namespace md
