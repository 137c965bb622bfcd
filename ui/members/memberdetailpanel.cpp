#include "memberdetailpanel.h"

#include "membertablemodel.h"
#include "money.h"
#include "ordertablemodel.h"

#include <QDateTime>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md {

namespace {

// A short display-only table (at most a hundred rows): columns fit their contents, the last one
// takes the rest.
QTableWidget *readOnlyTable(int columns, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QList<int> &right)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (right.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

} // namespace

MemberDetailPanel::MemberDetailPanel(const QString &currency, QWidget *parent)
    : QWidget(parent)
    , m_currency(currency)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_orders(readOnlyTable(OrderColumnCount, this))
    , m_points(readOnlyTable(LedgerColumnCount, this))
    , m_balance(readOnlyTable(LedgerColumnCount, this))
{
    for (QLabel *l : {m_title, m_summary}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tabs->addTab(m_orders, QString());
    m_tabs->addTab(m_points, QString());
    m_tabs->addTab(m_balance, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void MemberDetailPanel::showDetail(const MemberDetail &detail)
{
    m_detail = detail;
    m_message.clear();
    fill();
}

void MemberDetailPanel::showMessage(const QString &message)
{
    m_detail = {};
    m_message = message;
    fill();
}

void MemberDetailPanel::clear()
{
    showMessage(QString());
}

QString MemberDetailPanel::money(qint64 minor) const
{
    return Money(minor, m_currency).format();
}

QString MemberDetailPanel::time(qint64 ms) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString MemberDetailPanel::reasonText(const QString &reason)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("earn"), QT_TR_NOOP("Earned with an order")},
        {QStringLiteral("redeem"), QT_TR_NOOP("Spent on an order")},
        {QStringLiteral("redeem_reversal"), QT_TR_NOOP("Given back (order cancelled or refunded)")},
        {QStringLiteral("earn_reversal"), QT_TR_NOOP("Taken back (order refunded)")},
        {QStringLiteral("adjustment"), QT_TR_NOOP("Adjusted by staff")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("topup"), QT_TR_NOOP("Topped up by staff")},
        {QStringLiteral("deduct"), QT_TR_NOOP("Deducted by staff")},
        {QStringLiteral("payment"), QT_TR_NOOP("Paid for an order")},
        {QStringLiteral("order_cancel"), QT_TR_NOOP("Given back (order cancelled)")},
        {QStringLiteral("refund"), QT_TR_NOOP("Refunded to balance")},
    };
    const auto it = texts.constFind(reason);
    return it == texts.constEnd() ? reason : tr(it.value());
}

void MemberDetailPanel::fillLedger(QTableWidget *table, const QList<LedgerEntry> &entries,
                                   bool isMoney)
{
    table->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int i = 0; i < entries.size(); ++i) {
        const LedgerEntry &e = entries[i];
        const QString change =
            isMoney ? money(e.delta)
                    : (e.delta > 0 ? QStringLiteral("+") : QString()) + locale.toString(e.delta);
        const QString after = isMoney ? money(e.balanceAfter) : locale.toString(e.balanceAfter);
        setRow(table, i, {time(e.createdAt), change, after, reasonText(e.reason), e.note},
               {LedgerChange, LedgerAfter});
    }
}

void MemberDetailPanel::fill()
{
    const Member &m = m_detail.member;
    if (!m.id) {
        m_title->setText(m_message);
        m_summary->clear();
        m_orders->setRowCount(0);
        m_points->setRowCount(0);
        m_balance->setRowCount(0);
        return;
    }
    m_title->setText(m.displayName.isEmpty() ? tr("Member %1").arg(m.id) : m.displayName);
    QStringList lines;
    QStringList contacts;
    if (!m.email.isEmpty())
        contacts << m.email;
    if (!m.phone.isEmpty())
        contacts << m.phone;
    if (!contacts.isEmpty())
        lines << contacts.join(QStringLiteral(" · "));
    lines << (m.tierOverride ? tr("Tier: %1 (set by hand; by spend: %2)")
                                   .arg(MemberTableModel::tierText(*m.tierOverride),
                                        MemberTableModel::tierText(m.tier))
                             : tr("Tier: %1 (by spend)").arg(MemberTableModel::tierText(m.tier)));
    lines << tr("Points: %1 · Balance: %2 · Total spend: %3")
                 .arg(QLocale().toString(m.points), money(m.balance), money(m.netPaid));
    if (!m.active)
        lines << tr("This account is closed.");
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_orders->setRowCount(int(m_detail.orders.size()));
    for (int i = 0; i < m_detail.orders.size(); ++i) {
        const Order &o = m_detail.orders[i];
        setRow(m_orders, i,
               {o.number(), time(o.placedAt), OrderTableModel::statusText(o.status),
                Money(o.total, o.currency).format(),
                o.refundedTotal() ? Money(o.refundedTotal(), o.currency).format() : QString()},
               {OrderTotal, OrderRefunded});
    }
    fillLedger(m_points, m_detail.points, false);
    fillLedger(m_balance, m_detail.balance, true);
    retranslate(); // the tab titles carry counts
}

void MemberDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

void MemberDetailPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Orders (%1)").arg(QLocale().toString(m_detail.orderCount)));
    m_tabs->setTabText(1, tr("Points ledger"));
    m_tabs->setTabText(2, tr("Balance ledger"));
    m_orders->setHorizontalHeaderLabels(
        {tr("Order"), tr("Placed"), tr("Status"), tr("Total"), tr("Refunded")});
    const QStringList ledger{tr("When"), tr("Change"), tr("After"), tr("Reason"), tr("Note")};
    m_points->setHorizontalHeaderLabels(ledger);
    m_balance->setHorizontalHeaderLabels(ledger);
}

} // namespace md
