#include "flashsaledialog.h"

#include "money.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md {

namespace {

enum ItemColumn { SkuColumn, PriceColumn, AllotmentColumn };

} // namespace

FlashSaleDialog::FlashSaleDialog(const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_startsAt(new QDateTimeEdit(this))
    , m_endsAt(new QDateTimeEdit(this))
    , m_perMember(new QSpinBox(this))
    , m_allowCoupons(new QCheckBox(this))
    , m_items(new QTableWidget(0, 3, this))
    , m_addItem(new QPushButton(this))
    , m_removeItem(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Named for tests and accessibility tools.
    m_name->setObjectName(QStringLiteral("name"));
    m_startsAt->setObjectName(QStringLiteral("startsAt"));
    m_endsAt->setObjectName(QStringLiteral("endsAt"));
    m_perMember->setObjectName(QStringLiteral("perMemberLimit"));
    m_allowCoupons->setObjectName(QStringLiteral("allowCoupons"));
    m_items->setObjectName(QStringLiteral("items"));
    m_error->setObjectName(QStringLiteral("error"));
    m_name->setMaxLength(100);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *e : {m_startsAt, m_endsAt}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_startsAt->setDateTime(now);
    m_endsAt->setDateTime(now.addDays(1));
    m_perMember->setRange(1, 1000);
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);

    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_startsAt);
    m_form->addRow(QString(), m_endsAt);
    m_form->addRow(QString(), m_perMember);
    m_form->addRow(QString(), m_allowCoupons);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addItem);
    itemButtons->addWidget(m_removeItem);
    itemButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_items, 1);
    layout->addLayout(itemButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_addItem, &QPushButton::clicked, this, [this] {
        m_items->insertRow(m_items->rowCount());
        m_items->setCurrentCell(m_items->rowCount() - 1, SkuColumn);
    });
    connect(m_removeItem, &QPushButton::clicked, this, [this] {
        if (m_items->currentRow() >= 0)
            m_items->removeRow(m_items->currentRow());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FlashSaleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 480);
    retranslate();
}

void FlashSaleDialog::setSale(const FlashSale &s)
{
    m_name->setText(s.name);
    m_startsAt->setDateTime(QDateTime::fromMSecsSinceEpoch(s.startsAt));
    m_endsAt->setDateTime(QDateTime::fromMSecsSinceEpoch(s.endsAt));
    m_perMember->setValue(s.perMemberLimit);
    m_allowCoupons->setChecked(s.allowCoupons);
    m_items->setRowCount(0);
    for (const FlashSaleItem &i : s.items)
        addItem(i.skuId, i.salePrice, i.allotment);
    m_editing = true;
    retranslate();
}

void FlashSaleDialog::addItem(qint64 skuId, qint64 salePrice, qint64 allotment)
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    m_items->setItem(row, SkuColumn, new QTableWidgetItem(QString::number(skuId)));
    m_items->setItem(row, PriceColumn,
                     new QTableWidgetItem(Money(salePrice, m_currency).toDecimalString()));
    m_items->setItem(row, AllotmentColumn, new QTableWidgetItem(QString::number(allotment)));
}

QString FlashSaleDialog::readDraft(FlashSaleDraft *d) const
{
    d->name = m_name->text().trimmed();
    if (d->name.isEmpty())
        return tr("Give the flash sale a name.");
    d->startsAt = m_startsAt->dateTime().toMSecsSinceEpoch();
    d->endsAt = m_endsAt->dateTime().toMSecsSinceEpoch();
    if (d->endsAt <= d->startsAt)
        return tr("The flash sale must end after it starts.");
    d->perMemberLimit = m_perMember->value();
    d->allowCoupons = m_allowCoupons->isChecked();
    auto cell = [this](int row, int column) {
        const QTableWidgetItem *item = m_items->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (cell(row, SkuColumn).isEmpty() && cell(row, PriceColumn).isEmpty() &&
            cell(row, AllotmentColumn).isEmpty())
            continue; // an empty row left over from "Add item"
        FlashSaleItemDraft i;
        bool ok = false;
        i.skuId = cell(row, SkuColumn).toLongLong(&ok);
        if (!ok || i.skuId == 0)
            return tr("Item %1: the SKU id is not a number.").arg(row + 1);
        auto price = Money::parse(cell(row, PriceColumn), m_currency, Rounding::Reject);
        if (!price || price->isNegative())
            return tr("Item %1: the sale price is not an amount of money.").arg(row + 1);
        i.salePrice = price->minor();
        i.allotment = cell(row, AllotmentColumn).toLongLong(&ok);
        if (!ok || i.allotment < 1)
            return tr("Item %1: the allotment must be at least one unit.").arg(row + 1);
        d->items.append(i);
    }
    if (d->items.isEmpty())
        return tr("Add at least one item.");
    return {};
}

void FlashSaleDialog::accept()
{
    FlashSaleDraft d;
    if (const QString problem = readDraft(&d); !problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    m_draft = d;
    QDialog::accept();
}

void FlashSaleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FlashSaleDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit flash sale") : tr("New flash sale"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_name, tr("&Name:"));
    label(m_startsAt, tr("&Starts:"));
    label(m_endsAt, tr("&Ends:"));
    label(m_perMember, tr("Units per &member:"));
    m_allowCoupons->setText(tr("&Coupons may be used on these items"));
    m_items->setHorizontalHeaderLabels({tr("SKU id"), tr("Sale price"), tr("Units allotted")});
    m_addItem->setText(tr("&Add item"));
    m_removeItem->setText(tr("&Remove item"));
}

} // namespace md
