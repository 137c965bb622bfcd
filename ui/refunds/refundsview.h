#pragma once

#include "actor.h"
#include "areaworker.h"
#include "commandprocessor.h"
#include "refundpageloader.h"
#include "searchedit.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace md {

class CommandSink;
class RefundTableModel;
class ServiceContext;

// The Refunds area: the queue of refund requests (requested by default, or approved, refunded,
// rejected, all), newest first and paged, searched by order number, customer or reason; the
// selected refund's order, member, lines and quantities asked, reason, the amount the rules give
// (never typed by the clerk) and its history; and the decisions Approve (to the original method or
// store balance, with or without putting the units back in stock) and Reject (a reason is
// required), sent as refund.approve / refund.reject commands through the CommandSink. Staff without
// the refund.decide permission see the queue read-only.
class RefundsView : public QWidget
{
    Q_OBJECT

public:
    // The filter's entries, in order.
    enum Filter { RequestedOnly, ApprovedOnly, RefundedOnly, RejectedOnly, All };
    // The search waits this long after the last key before it asks the store.

    RefundsView(const ServiceContext &context, const Actor &staff, CommandSink *commands,
                QWidget *parent = nullptr);

    RefundTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *filter() const { return m_filter; }
    SearchEdit *searchEdit() const { return m_search; }
    QAction *approveAction() const { return m_approve; }
    QAction *rejectAction() const { return m_reject; }
    QCheckBox *restockBox() const { return m_restock; }
    QComboBox *destinationBox() const { return m_destination; }
    QLineEdit *noteEdit() const { return m_note; }
    QTableWidget *linesTable() const { return m_lines; }
    QListWidget *historyList() const { return m_history; }
    // The refund the detail shows (0: none yet), and what the status line says.
    qint64 shownRefundId() const { return m_detail.row.refund.id; }
    QString statusMessage() const;

public slots:
    void reload();

signals:
    // Connected (queued) to the loader on the worker thread.
    void detailRequested(quint64 request, qint64 refundId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applySearch();
    void currentChanged();
    void detailLoaded(quint64 request, const RefundDetail &detail);
    void fillDetail();
    void updateActions();
    void approve();
    void reject();
    // Submits a decision on the refund shown; `done` names it in the message ("approved").
    void send(const md::SyncCommand &command, const QString &done);
    void outcome(const CommandOutcome &outcome);
    QString money(qint64 minor) const;
    QString time(qint64 ms) const;
    QString who(const QString &label) const;
    qint64 currentRefundId() const;

    Actor m_staff;
    CommandSink *m_commands;
    bool m_decider;
    RefundPageLoader *m_loader;
    RefundTableModel *m_model;
    QComboBox *m_filter;
    SearchEdit *m_search;
    QToolButton *m_refreshButton;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_heading;
    QLabel *m_summary;
    QTableWidget *m_lines;
    QLabel *m_historyLabel;
    QListWidget *m_history;
    QWidget *m_decision;
    QLabel *m_destinationLabel;
    QComboBox *m_destination;
    QCheckBox *m_restock;
    QLineEdit *m_note;
    QToolButton *m_approveButton;
    QToolButton *m_rejectButton;
    QLabel *m_message;
    QAction *m_approve;
    QAction *m_reject;
    QAction *m_refresh;
    RefundDetail m_detail;
    quint64 m_detailRequest = 0;
    QString m_pendingId;
    QString m_pendingDone; // "approved" / "rejected", for the message after the outcome
    qint64 m_selectAfterReload = 0;
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
