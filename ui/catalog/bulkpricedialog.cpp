#include "bulkpricedialog.h"

#include "bulkpricerule.h"
#include "money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md {

BulkPriceDialog::BulkPriceDialog(const QList<PricedSku> &skus, const QString &currency,
                                 QWidget *parent)
    : QDialog(parent)
    , m_skus(skus)
    , m_currency(currency)
    , m_mode(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_rule(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_mode->addItems({QString(), QString()}); // texts in retranslate()
    m_rule->setWordWrap(true);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    // The preview is a read-only rendering of changes(), rebuilt on every keystroke.
    m_preview->setColumnCount(4);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &BulkPriceDialog::recompute);
    connect(m_value, &QLineEdit::textChanged, this, &BulkPriceDialog::recompute);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addWidget(m_value, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rule);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    resize(640, 480);
    retranslate();
}

std::optional<qint64> BulkPriceDialog::parsePercent(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^([+-]?)(\\d{1,4})(?:\\.(\\d{1,2}))?\\s*%?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString decimals = m.captured(3).leftJustified(2, QLatin1Char('0'));
    const qint64 bp = m.captured(2).toLongLong() * 100 + decimals.toLongLong();
    return m.captured(1) == QLatin1String("-") ? -bp : bp;
}

void BulkPriceDialog::setChange(Mode mode, const QString &text)
{
    m_mode->setCurrentIndex(mode == Mode::Percent ? 0 : 1);
    m_value->setText(text);
    recompute();
}

void BulkPriceDialog::recompute()
{
    m_changes.clear();
    m_problem.clear();
    const bool percent = m_mode->currentIndex() == 0;
    std::optional<qint64> value;
    if (percent) {
        value = parsePercent(m_value->text());
        if (!value)
            m_problem = tr("Enter a percentage with at most two decimals, e.g. 10 or -12.5.");
    } else {
        auto amount = Money::parse(m_value->text().trimmed(), m_currency, Rounding::Reject);
        if (amount)
            value = amount->minor();
        else
            m_problem = tr("Enter an amount with at most %n decimal(s), e.g. 5 or -2.50.", nullptr,
                           CurrencyInfo::of(m_currency).exponent);
    }
    QList<Change> all;
    if (value) {
        for (const PricedSku &s : m_skus) {
            const auto p = percent ? BulkPriceRule::byPercent(s.sku.price, *value)
                                   : BulkPriceRule::byAmount(s.sku.price, *value);
            if (!p) {
                m_problem = tr("The price of %1 would fall below zero.").arg(s.sku.code);
                break;
            }
            all.append({s, *p});
        }
    }
    if (m_problem.isEmpty()) {
        for (const Change &c : all) {
            if (c.newPrice != c.row.sku.price)
                m_changes.append(c);
        }
    }
    m_preview->setRowCount(int(m_skus.size()));
    for (int i = 0; i < m_skus.size(); ++i) {
        const PricedSku &s = m_skus[i];
        const QString after = m_problem.isEmpty() && i < all.size()
                                  ? Money(all[i].newPrice, m_currency).format()
                                  : QStringLiteral("–");
        const QStringList cells{s.productTitle, s.sku.code, Money(s.sku.price, m_currency).format(),
                                after};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(i, col, item);
        }
    }
    m_problemLabel->setText(m_problem.isEmpty()
                                ? tr("%n SKU(s) change price.", nullptr, int(m_changes.size()))
                                : m_problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_problem.isEmpty() && !m_changes.isEmpty());
}

void BulkPriceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BulkPriceDialog::retranslate()
{
    setWindowTitle(tr("Change prices of %n SKU(s)", nullptr, int(m_skus.size())));
    m_mode->setItemText(0, tr("By percentage (%)"));
    m_mode->setItemText(1, tr("By a fixed amount"));
    m_value->setPlaceholderText(tr("e.g. 10 or -5"));
    m_rule->setText(tr("A percentage: new price = old price × (100 % + the percentage), rounded "
                       "half up to the smallest unit of the currency (e.g. 10.05 + 10 % = 11.055 "
                       "→ 11.06). A fixed amount is added to every price as typed. No price may "
                       "fall below zero."));
    m_preview->setHorizontalHeaderLabels(
        {tr("Product"), tr("SKU code"), tr("Old price"), tr("New price")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change prices"));
    recompute();
}

} // namespace md
