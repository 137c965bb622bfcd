#pragma once

#include "actor.h"
#include "areaworker.h"
#include "commandprocessor.h"
#include "orderdetailloader.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolButton;

namespace md {

class CommandSink;
class OrderDetailPanel;
class OrderFilterBar;
class OrderPageLoader;
class OrderTableModel;
class ServiceContext;
class ShipDialog;

// The Orders area: a filter bar (status, placed from/to in store days, member, amount range,
// order number), the order table fed page by page from a worker thread, the selected order's
// detail, and the actions Ship… and Cancel, sent as order.ship / order.cancel commands to the
// CommandSink (on the desktop, DeskSessionCommandSink: applied to the replica, then synced).
// Without a sink the area only shows orders. Refused actions are shown as a message with the
// rule's reason and the error code as detail.
class OrdersView : public QWidget
{
    Q_OBJECT

public:
    // staff: the signed-in staff member. The lists and the detail are read with their rights, and
    // an action their role may not take (docs/permissions.md) is hidden.
    OrdersView(const ServiceContext &context, const QString &currency, const Actor &staff,
               CommandSink *commands, QWidget *parent = nullptr);

    OrderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OrderDetailPanel *detailPanel() const { return m_detail; }
    OrderFilterBar *filterBar() const { return m_filters; }
    QAction *shipAction() const { return m_ship; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *invoiceAction() const { return m_invoice; }
    QAction *packingSlipAction() const { return m_packingSlip; }
    // Writes the shown order's invoice or packing slip (OrderDocument::Kind) to a PDF file on the
    // worker, without asking for the file name (the actions ask).
    void printTo(int kind, const QString &path);
    // The open Ship dialog, or nullptr.
    ShipDialog *shipDialog() const { return m_shipDialog; }
    // What the last action's outcome said, for the status line.
    QString statusMessage() const;
    // Applies the filter bar now instead of after the typing pause.
    void applyFilter();

signals:
    // Connected (queued) to OrderDetailLoader::load.
    void detailRequested(quint64 request, qint64 orderId);
    // Connected (queued) to OrderDocumentWriter::write.
    void documentRequested(int kind, const md::Order &order, const QString &path);
    // A document was written (or not: message non-empty).
    void documentWritten(const QString &path, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void filterChanged();
    void updateCount();
    void updateActions();
    void currentChanged();
    void loadDetail();
    void detailLoaded(quint64 request, const OrderDetail &detail);
    void detailFailed(quint64 request, const QString &message);
    void reloadAll();
    void openShipDialog();
    void askCancel();
    void askPrint(int kind);
    // Submits an action on the order shown; `action` names it in the messages ("shipped").
    void send(const md::SyncCommand &command, const QString &action);
    void outcome(const CommandOutcome &outcome);
    qint64 currentOrderId() const;

    const Actor m_staff;
    CommandSink *m_commands;
    OrderTableModel *m_model;
    OrderFilterBar *m_filters;
    QToolButton *m_shipButton;
    QToolButton *m_cancelButton;
    QToolButton *m_refreshButton;
    QLabel *m_count;
    QLabel *m_message;
    QTableView *m_table;
    OrderDetailPanel *m_detail;
    QAction *m_ship;
    QAction *m_cancel;
    QAction *m_refresh;
    QAction *m_invoice;
    QAction *m_packingSlip;
    QToolButton *m_printButton;
    OrderPageLoader *m_loader;
    OrderDetailLoader *m_detailLoader;
    ShipDialog *m_shipDialog = nullptr;

    qint64 m_detailId = 0; // the order the detail shows or is loading
    quint64 m_detailRequest = 0;
    QString m_pendingId;     // the command sent last, until its outcome arrives
    QString m_pendingAction; // "shipped", "cancelled", as the clerk reads it
    QString m_pendingNumber;
    QString m_lastMessage;
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
