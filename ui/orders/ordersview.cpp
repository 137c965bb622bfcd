#include "ordersview.h"

#include "changedebouncer.h"
#include "commandsink.h"
#include "entitynames.h"
#include "ordercommandtypes.h"
#include "orderdetailpanel.h"
#include "orderdocumentwriter.h"
#include "orderfilterbar.h"
#include "orderpageloader.h"
#include "ordertablemodel.h"
#include "permissionpolicy.h"
#include "shipdialog.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace md {

namespace {

bool canShip(const Order &o)
{
    if (o.status != OrderStatus::Paid && o.status != OrderStatus::Shipped)
        return false;
    for (const OrderLine &l : o.lines) {
        if (l.quantity - l.shippedQty - l.refundedQty > 0)
            return true;
    }
    return false;
}

bool canCancel(const Order &o)
{
    if (o.status == OrderStatus::PendingPayment)
        return true;
    if (o.status != OrderStatus::Paid)
        return false;
    for (const OrderLine &l : o.lines) {
        if (l.shippedQty > 0)
            return false;
    }
    return true;
}

} // namespace

OrdersView::OrdersView(const ServiceContext &context, const QString &currency, const Actor &staff,
                       CommandSink *commands, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_commands(commands)
    , m_model(new OrderTableModel(this))
    , m_filters(new OrderFilterBar(currency, this))
    , m_shipButton(new QToolButton(this))
    , m_cancelButton(new QToolButton(this))
    , m_refreshButton(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new OrderDetailPanel(this))
    , m_ship(new QAction(this))
    , m_cancel(new QAction(this))
    , m_refresh(new QAction(this))
    , m_invoice(new QAction(this))
    , m_packingSlip(new QAction(this))
    , m_printButton(new QToolButton(this))
    , m_loader(new OrderPageLoader(context, staff))
    , m_detailLoader(new OrderDetailLoader(context, staff))
    , m_thread(QStringLiteral("orders-loader"))
{
    qRegisterMetaType<md::OrderDetail>();
    m_thread.adopt(m_loader);
    m_thread.adopt(m_detailLoader);
    OrderPageLoader *loader = m_loader;
    connect(m_model, &OrderTableModel::generationChanged, this,
            [loader](quint64 g) { loader->setCurrentGeneration(g); });
    connect(m_model, &OrderTableModel::countRequested, m_loader, &OrderPageLoader::count,
            Qt::QueuedConnection);
    connect(m_model, &OrderTableModel::pageRequested, m_loader, &OrderPageLoader::loadPage,
            Qt::QueuedConnection);
    connect(m_loader, &OrderPageLoader::counted, m_model, &OrderTableModel::countLoaded,
            Qt::QueuedConnection);
    connect(m_loader, &OrderPageLoader::pageLoaded, m_model, &OrderTableModel::pageLoaded,
            Qt::QueuedConnection);
    connect(m_loader, &OrderPageLoader::failed, m_model, &OrderTableModel::pageFailed,
            Qt::QueuedConnection);
    connect(this, &OrdersView::detailRequested, m_detailLoader, &OrderDetailLoader::load,
            Qt::QueuedConnection);
    connect(m_detailLoader, &OrderDetailLoader::loaded, this, &OrdersView::detailLoaded,
            Qt::QueuedConnection);
    connect(m_detailLoader, &OrderDetailLoader::failed, this, &OrdersView::detailFailed,
            Qt::QueuedConnection);
    auto *documents = new OrderDocumentWriter(context);
    m_thread.adopt(documents);
    connect(this, &OrdersView::documentRequested, documents, &OrderDocumentWriter::write,
            Qt::QueuedConnection);
    connect(documents, &OrderDocumentWriter::written, this, [this](const QString &path) {
        m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        emit documentWritten(path, QString());
    });
    connect(
        documents, &OrderDocumentWriter::failed, this,
        [this](const QString &path, const QString &message, const QString &details) {
            m_message->setText(tr("The document could not be saved."));
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Orders"),
                tr("The document could not be saved as %1.").arg(QDir::toNativeSeparators(path)),
                QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setTextFormat(Qt::PlainText);
            box->setInformativeText(message);
            box->setDetailedText(details);
            box->open();
            emit documentWritten(path, message);
        });
    m_thread.start();

    connect(m_model, &OrderTableModel::totalChanged, this, &OrdersView::updateCount);
    connect(m_model, &OrderTableModel::loadFailed, this, [this](const QString &message) {
        m_message->setText(tr("The orders could not be read: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last) {
                const QModelIndex current = m_table->currentIndex();
                if (current.isValid() && current.row() >= first.row() &&
                    current.row() <= last.row() && currentOrderId() != m_detailId)
                    currentChanged(); // the selected row's page arrived
            });

    connect(m_filters, &OrderFilterBar::changed, this, &OrdersView::filterChanged);

    m_ship->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    // Not F5 (QKeySequence::Refresh): the main window's "Sync now" has it.
    m_refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    for (QAction *a : {m_ship, m_cancel, m_refresh}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_shipButton->setDefaultAction(m_ship);
    m_cancelButton->setDefaultAction(m_cancel);
    m_refreshButton->setDefaultAction(m_refresh);
    connect(m_ship, &QAction::triggered, this, &OrdersView::openShipDialog);
    connect(m_cancel, &QAction::triggered, this, &OrdersView::askCancel);
    connect(m_refresh, &QAction::triggered, this, &OrdersView::reloadAll);
    m_invoice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_invoice->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_invoice);
    connect(m_invoice, &QAction::triggered, this,
            [this] { askPrint(int(OrderDocument::Kind::Invoice)); });
    connect(m_packingSlip, &QAction::triggered, this,
            [this] { askPrint(int(OrderDocument::Kind::PackingSlip)); });
    m_printButton->setDefaultAction(m_invoice);
    m_printButton->addAction(m_packingSlip);
    m_printButton->setPopupMode(QToolButton::MenuButtonPopup);
    if (m_commands) {
        connect(m_commands, &CommandSink::submitted, this, &OrdersView::outcome);
        auto *changes = new ChangeDebouncer(
            {entity::Order, entity::Payment, entity::Refund, entity::Member}, 300, this);
        connect(m_commands, &CommandSink::dataChanged, changes, &ChangeDebouncer::note);
        connect(changes, &ChangeDebouncer::due, this, &OrdersView::reloadAll);
    }

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks every row for its size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(OrderTableModel::Member,
                                                      QHeaderView::Stretch);
    // Widths from sample texts, not ResizeToContents, which would measure rows as pages arrive.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.horizontalAdvance(QStringLiteral("MM"));
    m_table->setColumnWidth(OrderTableModel::Number,
                            fm.horizontalAdvance(QStringLiteral("20261111-0000000")) + pad);
    m_table->setColumnWidth(OrderTableModel::Placed,
                            fm.horizontalAdvance(QStringLiteral("2026-11-11 00:00")) + pad);
    m_table->setColumnWidth(OrderTableModel::Items,
                            fm.horizontalAdvance(QStringLiteral("0000")) + pad);
    for (int c : {int(OrderTableModel::Total), int(OrderTableModel::Paid)})
        m_table->setColumnWidth(c, fm.horizontalAdvance(QStringLiteral("¥00,000.00")) + pad);
    m_table->horizontalHeader()->setSortIndicator(OrderTableModel::Placed, Qt::DescendingOrder);
    m_table->setSortingEnabled(true); // the model sorts in the store
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersView::currentChanged);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_shipButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_refreshButton);
    actions->addWidget(m_printButton);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_count);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(actions);
    layout->addWidget(split, 1);
    retranslate();
    updateActions();
    filterChanged();
}

void OrdersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrdersView::retranslate()
{
    m_ship->setText(tr("&Ship…"));
    m_ship->setToolTip(tr("Ship the selected order (%1)")
                           .arg(m_ship->shortcut().toString(QKeySequence::NativeText)));
    m_cancel->setText(tr("&Cancel order…"));
    m_cancel->setToolTip(tr("Cancel the selected order (%1)")
                             .arg(m_cancel->shortcut().toString(QKeySequence::NativeText)));
    m_invoice->setText(tr("&Invoice (PDF)…"));
    m_invoice->setToolTip(tr("Save the selected order's invoice as a PDF (%1)")
                              .arg(m_invoice->shortcut().toString(QKeySequence::NativeText)));
    m_packingSlip->setText(tr("&Packing slip (PDF)…"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the orders again (%1)")
                              .arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    m_model->retranslate();
    updateCount();
    updateActions();
}

void OrdersView::applyFilter()
{
    m_filters->commit();
}

void OrdersView::filterChanged()
{
    m_model->setFilter(m_filters->query(m_model->timeZone()));
    m_detailId = 0;
    m_detail->clear();
    updateActions();
}

void OrdersView::updateCount()
{
    m_count->setText(m_model->total() < 0 ? tr("Loading…")
                                          : tr("%Ln order(s)", nullptr,
                                               int(qMin<qint64>(m_model->total(), INT_MAX))));
}

qint64 OrdersView::currentOrderId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid()
               ? m_model->index(current.row(), 0).data(OrderTableModel::IdRole).toLongLong()
               : 0;
}

void OrdersView::currentChanged()
{
    const qint64 id = currentOrderId();
    if (id == m_detailId)
        return;
    m_detailId = id;
    if (id == 0) {
        if (m_table->currentIndex().isValid())
            m_detail->showLoading(); // its page is on the way
        else
            m_detail->clear();
        updateActions();
        return;
    }
    loadDetail();
}

void OrdersView::loadDetail()
{
    if (m_detailId == 0)
        return;
    if (m_detail->detail().order.id != m_detailId)
        m_detail->showLoading();
    emit detailRequested(++m_detailRequest, m_detailId);
    updateActions();
}

void OrdersView::detailLoaded(quint64 request, const OrderDetail &detail)
{
    if (request != m_detailRequest)
        return; // another order was selected since
    m_detail->showDetail(detail);
    updateActions();
}

void OrdersView::detailFailed(quint64 request, const QString &message)
{
    if (request != m_detailRequest)
        return;
    m_detail->showMessage(message);
    updateActions();
}

void OrdersView::reloadAll()
{
    m_model->refresh();
    loadDetail();
}

void OrdersView::updateActions()
{
    const Order &o = m_detail->detail().order;
    const bool shown = o.id != 0 && o.id == m_detailId;
    const bool idle = m_pendingId.isEmpty();
    const bool mayShip = PermissionPolicy::allows(m_staff, Permission::OrderFulfil);
    const bool mayCancel = PermissionPolicy::allows(m_staff, Permission::OrderCancel);
    m_ship->setVisible(mayShip);
    m_shipButton->setVisible(mayShip);
    m_cancel->setVisible(mayCancel);
    m_cancelButton->setVisible(mayCancel);
    m_ship->setEnabled(mayShip && m_commands && idle && shown && canShip(o));
    m_cancel->setEnabled(mayCancel && m_commands && idle && shown && canCancel(o));
    // Papers need the whole order (its lines): only once its detail is shown.
    m_invoice->setEnabled(shown);
    m_packingSlip->setEnabled(shown);
    if (!m_commands) {
        const QString why = tr("This window shows orders only: changes need the desktop's "
                               "connection to the shop.");
        m_ship->setStatusTip(why);
        m_cancel->setStatusTip(why);
    }
}

void OrdersView::openShipDialog()
{
    const Order &o = m_detail->detail().order;
    if (!m_ship->isEnabled() || m_shipDialog)
        return;
    m_shipDialog = new ShipDialog(o, this);
    m_shipDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_shipDialog, &QDialog::finished, this, [this](int result) {
        ShipDialog *dialog = m_shipDialog;
        m_shipDialog = nullptr;
        if (result == QDialog::Accepted && dialog && dialog->orderId() == m_detailId)
            send(toSyncCommand(dialog->command()), tr("shipped"));
    });
    m_shipDialog->open();
}

void OrdersView::askPrint(int kind)
{
    const Order &o = m_detail->detail().order;
    if (o.id == 0 || o.id != m_detailId)
        return;
    const QString suggested =
        (kind == int(OrderDocument::Kind::Invoice) ? tr("invoice-%1.pdf")
                                                   : tr("packing-slip-%1.pdf"))
            .arg(o.number());
    const QString path = QFileDialog::getSaveFileName(
        this,
        kind == int(OrderDocument::Kind::Invoice) ? tr("Save invoice") : tr("Save packing slip"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggested),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        printTo(kind, path);
}

void OrdersView::printTo(int kind, const QString &path)
{
    const Order &o = m_detail->detail().order;
    if (o.id == 0 || o.id != m_detailId)
        return;
    m_message->setText(tr("Saving…"));
    emit documentRequested(kind, o, path);
}

void OrdersView::askCancel()
{
    const Order &o = m_detail->detail().order;
    if (!m_cancel->isEnabled())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Cancel order %1").arg(o.number()));
    dialog->setLabelText(o.status == OrderStatus::Paid
                             ? tr("The order is paid: cancelling refunds it in full, shipping "
                                  "included. Reason (the customer sees it):")
                             : tr("Reason for cancelling (the customer sees it):"));
    dialog->setOkButtonText(tr("Cancel order"));
    dialog->setCancelButtonText(tr("Keep order"));
    const qint64 id = o.id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        if (id == m_detailId)
            send(toSyncCommand(OrderCancel{id, reason.trimmed().left(500)}), tr("cancelled"));
    });
    dialog->open();
}

void OrdersView::send(const SyncCommand &c, const QString &action)
{
    if (!m_commands)
        return;
    m_pendingId = c.id;
    m_pendingAction = action;
    m_pendingNumber = m_detail->detail().order.number();
    m_lastMessage = tr("Sending…");
    m_message->setText(m_lastMessage);
    updateActions();
    m_commands->submit(c);
}

void OrdersView::outcome(const CommandOutcome &outcome)
{
    if (outcome.id != m_pendingId)
        return; // somebody else's command
    m_pendingId.clear();
    if (outcome.succeeded()) {
        m_lastMessage = tr("Order %1 %2. The shop receives it at the next sync.")
                            .arg(m_pendingNumber, m_pendingAction);
        m_message->setText(m_lastMessage);
        reloadAll();
        return;
    }
    const QString reason = outcome.error ? outcome.error->message : QString();
    m_lastMessage = tr("Order %1 was not %2.").arg(m_pendingNumber, m_pendingAction);
    m_message->setText(m_lastMessage);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Orders"), m_lastMessage, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(reason.isEmpty() ? tr("The shop refused the change.") : reason);
    if (outcome.error)
        box->setDetailedText(tr("Error code: %1").arg(outcome.error->codeName()) +
                             (outcome.error->field.isEmpty()
                                  ? QString()
                                  : tr("\nField: %1").arg(outcome.error->field)));
    box->open();
    updateActions();
    loadDetail(); // show the order as it is now
}

QString OrdersView::statusMessage() const
{
    return m_lastMessage;
}

} // namespace md
