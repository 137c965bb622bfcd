#include "refundsview.h"

#include "changedebouncer.h"
#include "commandsink.h"
#include "entitynames.h"
#include "money.h"
#include "ordercommandtypes.h"
#include "permissionpolicy.h"
#include "refundservice.h"
#include "refundtablemodel.h"
#include "searchedit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace md {

namespace {

enum LineColumn { LineProduct, LineSku, LineAsked, LineAmount, LineColumnCount };

std::optional<RefundStatus> statusOf(int filter)
{
    switch (filter) {
    case RefundsView::RequestedOnly:
        return RefundStatus::Requested;
    case RefundsView::ApprovedOnly:
        return RefundStatus::Approved;
    case RefundsView::RefundedOnly:
        return RefundStatus::Refunded;
    case RefundsView::RejectedOnly:
        return RefundStatus::Rejected;
    }
    return std::nullopt;
}

} // namespace

RefundsView::RefundsView(const ServiceContext &context, const Actor &staff, CommandSink *commands,
                         QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_commands(commands)
    , m_decider(PermissionPolicy::allows(staff, Permission::RefundDecide))
    , m_loader(new RefundPageLoader(context, staff))
    , m_model(new RefundTableModel(this))
    , m_filter(new QComboBox(this))
    , m_search(new SearchEdit(this))
    , m_refreshButton(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_lines(new QTableWidget(this))
    , m_historyLabel(new QLabel(this))
    , m_history(new QListWidget(this))
    , m_decision(new QWidget(this))
    , m_destinationLabel(new QLabel(this))
    , m_destination(new QComboBox(this))
    , m_restock(new QCheckBox(this))
    , m_note(new QLineEdit(this))
    , m_approveButton(new QToolButton(this))
    , m_rejectButton(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_approve(new QAction(this))
    , m_reject(new QAction(this))
    , m_refresh(new QAction(this))
    , m_thread(QStringLiteral("md-refunds"))
{
    qRegisterMetaType<md::RefundRow>();
    qRegisterMetaType<md::RefundDetail>();
    qRegisterMetaType<QList<md::RefundRow>>();
    qRegisterMetaType<std::optional<md::RefundStatus>>();
    m_thread.adopt(m_loader);
    connect(m_model, &RefundTableModel::pageWanted, m_loader, &RefundPageLoader::load,
            Qt::QueuedConnection);
    connect(m_loader, &RefundPageLoader::loaded, m_model, &RefundTableModel::addPage,
            Qt::QueuedConnection);
    connect(m_loader, &RefundPageLoader::failed, this, [this](quint64, const QString &message) {
        m_message->setText(tr("The refunds could not be read: %1").arg(message));
    });
    connect(this, &RefundsView::detailRequested, m_loader, &RefundPageLoader::loadDetail,
            Qt::QueuedConnection);
    connect(m_loader, &RefundPageLoader::detailLoaded, this, &RefundsView::detailLoaded,
            Qt::QueuedConnection);
    connect(m_loader, &RefundPageLoader::detailFailed, this,
            [this](quint64 request, const QString &message) {
                if (request == m_detailRequest)
                    m_message->setText(tr("The refund could not be read: %1").arg(message));
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_selectAfterReload)
            return;
        const int row = m_model->rowOf(m_selectAfterReload);
        if (row >= 0) {
            m_selectAfterReload = 0;
            m_table->selectRow(row);
        }
    });
    connect(m_model, &RefundTableModel::totalChanged, this, [this](qint64 total) {
        m_count->setText(tr("%Ln refund(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
    });
    m_thread.start();

    m_filter->addItems({QString(), QString(), QString(), QString(), QString()}); // retranslate()
    m_filter->setCurrentIndex(RequestedOnly);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &RefundsView::reload);

    connect(m_search, &SearchEdit::searchRequested, this, &RefundsView::applySearch);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSortIndicator(RefundTableModel::Requested, Qt::DescendingOrder);
    m_table->setSortingEnabled(true); // the model sorts in the store
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Widths from sample texts (not ResizeToContents, which would measure rows as pages arrive);
    // the reason takes the rest.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.horizontalAdvance(QStringLiteral("MM"));
    const auto widthOf = [&](const QString &sample) { return fm.horizontalAdvance(sample) + pad; };
    m_table->setColumnWidth(RefundTableModel::Requested,
                            widthOf(QStringLiteral("2026-11-11 00:00")));
    m_table->setColumnWidth(RefundTableModel::OrderNumber,
                            widthOf(QStringLiteral("20261111-0000000")));
    m_table->setColumnWidth(RefundTableModel::MemberName, widthOf(QStringLiteral("王王王王王王")));
    m_table->setColumnWidth(RefundTableModel::Units, widthOf(QStringLiteral("00000")));
    m_table->setColumnWidth(RefundTableModel::Amount, widthOf(QStringLiteral("¥00,000.00")));
    m_table->setColumnWidth(RefundTableModel::Status, widthOf(QStringLiteral("Requested")));
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RefundsView::currentChanged);

    m_lines->setColumnCount(LineColumnCount);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(LineProduct, QHeaderView::Stretch);
    m_lines->setMaximumHeight(140);
    // Long lines (a refund's payout, a long note) wrap instead of scrolling sideways.
    m_history->setWordWrap(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QLabel *l : {m_heading, m_summary, m_message}) {
        l->setTextFormat(Qt::PlainText); // the customer's and the clerk's words, never markup
        l->setWordWrap(true);
    }
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_destination->addItems({QString(), QString()}); // retranslate()
    m_restock->setChecked(RefundDecision().restock);
    m_note->setMaxLength(500); // what refund.approve / refund.reject accept

    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    // Not F5 (QKeySequence::Refresh): the main window's "Sync now" has it.
    m_refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    for (QAction *a : {m_approve, m_reject, m_refresh}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_approveButton->setDefaultAction(m_approve);
    m_rejectButton->setDefaultAction(m_reject);
    m_refreshButton->setDefaultAction(m_refresh);
    connect(m_approve, &QAction::triggered, this, &RefundsView::approve);
    connect(m_reject, &QAction::triggered, this, &RefundsView::reject);
    connect(m_refresh, &QAction::triggered, this, &RefundsView::reload);
    // What the role may not do is not offered (the service refuses it anyway).
    m_approve->setVisible(m_decider);
    m_reject->setVisible(m_decider);
    m_decision->setVisible(m_decider);
    if (m_commands) {
        connect(m_commands, &CommandSink::submitted, this, &RefundsView::outcome);
        auto *changes = new ChangeDebouncer({entity::Refund, entity::Order}, 300, this);
        connect(m_commands, &CommandSink::dataChanged, changes, &ChangeDebouncer::note);
        connect(changes, &ChangeDebouncer::due, this, &RefundsView::reload);
    }

    auto *decisionLayout = new QFormLayout(m_decision);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    decisionLayout->addRow(m_destinationLabel, m_destination);
    decisionLayout->addRow(QString(), m_restock);
    decisionLayout->addRow(m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_rejectButton);
    buttons->addStretch();
    decisionLayout->addRow(buttons);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_lines);
    detailLayout->addWidget(m_historyLabel);
    detailLayout->addWidget(m_history, 1);
    detailLayout->addWidget(m_decision);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(m_search, 1);
    top->addWidget(m_refreshButton);
    top->addWidget(m_message, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    retranslate();
    reload();
}

void RefundsView::applySearch()
{
    if (m_search->searchText() != m_model->searchText())
        reload();
}

void RefundsView::reload()
{
    const qint64 current = currentRefundId();
    m_selectAfterReload = current ? current : m_detail.row.refund.id;
    m_model->reset(statusOf(m_filter->currentIndex()), m_search->searchText());
    // The detail stays on the refund it shows, as it is now (it may have left the filter).
    if (m_detail.row.refund.id)
        emit detailRequested(++m_detailRequest, m_detail.row.refund.id);
}

QString RefundsView::statusMessage() const
{
    return m_message->text();
}

qint64 RefundsView::currentRefundId() const
{
    const RefundRow *r = m_model->rowAt(m_table->currentIndex().row());
    return r ? r->refund.id : 0;
}

void RefundsView::currentChanged()
{
    const qint64 id = currentRefundId();
    if (!id)
        return; // a new list: the detail keeps what it shows until another refund is chosen
    emit detailRequested(++m_detailRequest, id);
}

void RefundsView::detailLoaded(quint64 request, const RefundDetail &detail)
{
    if (request != m_detailRequest)
        return; // an older question
    m_detail = detail;
    fillDetail();
}

QString RefundsView::money(qint64 minor) const
{
    return Money(minor, m_detail.row.currency).format();
}

QString RefundsView::time(qint64 ms) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString RefundsView::who(const QString &label) const
{
    if (label.startsWith(QLatin1String("member:")))
        return m_detail.row.memberName.isEmpty()
                   ? tr("the customer")
                   : tr("the customer (%1)").arg(m_detail.row.memberName);
    if (label.startsWith(QLatin1String("staff:")))
        return tr("staff member #%1").arg(label.mid(6));
    return tr("the shop");
}

void RefundsView::fillDetail()
{
    const Refund &r = m_detail.row.refund;
    m_lines->setRowCount(0);
    m_history->clear();
    if (!r.id) {
        m_heading->clear();
        m_summary->clear();
        updateActions();
        return;
    }
    const QString member =
        m_detail.row.memberName.isEmpty() ? tr("Guest") : m_detail.row.memberName;
    m_heading->setText(
        tr("Refund %1 — order %2 — %3 — %4")
            .arg(r.id)
            .arg(m_detail.row.orderNumber, member, RefundTableModel::statusText(r.status)));
    QString summary = r.status == RefundStatus::Requested
                          ? tr("Amount by the refund rules: %1").arg(money(r.amount))
                          : tr("Amount: %1").arg(money(r.amount));
    summary += QLatin1Char('\n') + tr("Reason: %1").arg(r.reason);
    m_summary->setText(summary);

    m_lines->setRowCount(int(r.lines.size()));
    for (int i = 0; i < r.lines.size(); ++i) {
        const RefundLine &rl = r.lines[i];
        QString title, code;
        for (const OrderLine &l : m_detail.order.lines) {
            if (l.id == rl.orderLineId) {
                title = l.title;
                code = l.skuCode;
            }
        }
        const QStringList cells{title, code, QLocale().toString(rl.quantity), money(rl.amount)};
        for (int c = 0; c < LineColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == LineAsked || c == LineAmount)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(i, c, item);
        }
    }

    // The history, from what the refund records.
    m_history->addItem(tr("%1  Requested by %2").arg(time(r.createdAt), who(r.requestedBy)));
    if (r.decidedAt) {
        const QString by = m_detail.decidedByName.isEmpty()
                               ? tr("staff member #%1").arg(r.decidedBy)
                               : m_detail.decidedByName;
        const QString note = r.decisionNote.isEmpty() ? QString() : tr(": %1").arg(r.decisionNote);
        m_history->addItem(r.status == RefundStatus::Rejected
                               ? tr("%1  Rejected by %2%3").arg(time(r.decidedAt), by, note)
                               : tr("%1  Approved by %2%3").arg(time(r.decidedAt), by, note));
    }
    if (r.refundedAt) {
        QStringList parts;
        if (r.cashAmount)
            parts << tr("%1 to the original payment method").arg(money(r.cashAmount));
        if (r.balanceAmount)
            parts << tr("%1 to store balance").arg(money(r.balanceAmount));
        m_history->addItem(
            tr("%1  Refunded %2 (%3)")
                .arg(time(r.refundedAt), money(r.amount), parts.join(QStringLiteral(", "))));
        m_history->addItem(r.restock ? tr("The units were put back in stock.")
                                     : tr("The units were not put back in stock."));
        if (r.pointsReversed)
            m_history->addItem(tr("%Ln point(s) earned with the order taken back.", nullptr,
                                  int(r.pointsReversed)));
        if (r.pointsRestored)
            m_history->addItem(
                tr("%Ln point(s) spent on the order given back.", nullptr, int(r.pointsRestored)));
    }
    // A guest has no store balance to refund to.
    const bool guest = m_detail.order.memberId == 0;
    if (guest)
        m_destination->setCurrentIndex(0);
    m_destination->setEnabled(!guest);
    updateActions();
}

void RefundsView::updateActions()
{
    const bool open =
        m_detail.row.refund.id && m_detail.row.refund.status == RefundStatus::Requested;
    const bool can = m_decider && m_commands && open && m_pendingId.isEmpty();
    m_approve->setEnabled(can);
    m_reject->setEnabled(can);
    m_decision->setEnabled(can);
}

void RefundsView::approve()
{
    RefundDecision d;
    d.destination =
        m_destination->currentIndex() == 1 ? QStringLiteral("balance") : QStringLiteral("original");
    d.restock = m_restock->isChecked();
    d.note = m_note->text().trimmed();
    send(toSyncCommand(RefundApprove{m_detail.row.refund.id, d}), tr("approved"));
}

void RefundsView::reject()
{
    const QString note = m_note->text().trimmed();
    if (note.isEmpty()) {
        m_message->setText(tr("Write the reason first: the customer is told why the refund is "
                              "rejected."));
        m_note->setFocus();
        return;
    }
    send(toSyncCommand(RefundReject{m_detail.row.refund.id, note}), tr("rejected"));
}

void RefundsView::send(const SyncCommand &c, const QString &done)
{
    if (!m_commands || !c.entityId || !m_pendingId.isEmpty())
        return;
    m_pendingId = c.id;
    m_pendingDone = done;
    m_message->setText(tr("Sending…"));
    updateActions();
    m_commands->submit(c);
}

void RefundsView::outcome(const CommandOutcome &outcome)
{
    if (outcome.id != m_pendingId)
        return; // somebody else's command
    m_pendingId.clear();
    if (outcome.succeeded()) {
        m_message->setText(tr("Refund %1 %2. The shop receives it at the next sync.")
                               .arg(m_detail.row.refund.id)
                               .arg(m_pendingDone));
        m_note->clear();
        reload();
        return;
    }
    const QString text = tr("Refund %1 was not %2.").arg(m_detail.row.refund.id).arg(m_pendingDone);
    m_message->setText(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Refunds"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    const QString reason = outcome.error ? outcome.error->message : QString();
    box->setInformativeText(reason.isEmpty() ? tr("The shop refused the change.") : reason);
    if (outcome.error)
        box->setDetailedText(tr("Error code: %1").arg(outcome.error->codeName()));
    box->open();
    reload(); // show the refund as it is now
}

void RefundsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RefundsView::retranslate()
{
    m_filter->setItemText(RequestedOnly, tr("Requested"));
    m_filter->setItemText(ApprovedOnly, tr("Approved"));
    m_filter->setItemText(RefundedOnly, tr("Refunded"));
    m_filter->setItemText(RejectedOnly, tr("Rejected"));
    m_filter->setItemText(All, tr("All refunds"));
    m_search->setPlaceholderText(tr("Search by order, customer or reason"));
    m_approve->setText(tr("&Approve"));
    m_approve->setToolTip(tr("Approve and pay out the amount the rules give (%1)")
                              .arg(m_approve->shortcut().toString(QKeySequence::NativeText)));
    m_reject->setText(tr("Re&ject"));
    m_reject->setToolTip(tr("Reject with the reason written above (%1)")
                             .arg(m_reject->shortcut().toString(QKeySequence::NativeText)));
    m_refresh->setText(tr("Refresh"));
    m_destinationLabel->setText(tr("Refund to:"));
    m_destination->setItemText(0, tr("The original payment method"));
    m_destination->setItemText(1, tr("Store balance"));
    m_restock->setText(tr("Put the units back in stock"));
    m_note->setPlaceholderText(tr("Note (required to reject: the customer is told)"));
    m_historyLabel->setText(tr("History"));
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("SKU"), tr("Asked"), tr("Amount")});
    m_count->setText(tr("%Ln refund(s)", nullptr, int(qMin<qint64>(m_model->total(), INT_MAX))));
    m_model->retranslate();
    fillDetail();
}

} // namespace md
