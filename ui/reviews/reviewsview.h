#pragma once

#include "actor.h"
#include "areaworker.h"
#include "searchedit.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace md {

class CommandSink;
class ReviewPageLoader;
class ReviewTableModel;
class ServiceContext;
struct CommandOutcome;
struct SyncCommand;

// The Reviews area: the moderation queue (all, visible or hidden; searched by text, product or
// customer), the selected review's full text
// — always plain text, never rendered as HTML — and the actions hide, show and reply, sent as
// commands through the CommandSink (applied to the replica at once, pushed at the next sync).
// Staff without the moderation permission see the queue read-only.
class ReviewsView : public QWidget
{
    Q_OBJECT

public:
    ReviewsView(const ServiceContext &context, const Actor &staff, CommandSink *commands,
                QWidget *parent = nullptr);

    // The search waits this long after the last key before it asks the store.

    ReviewTableModel *model() const { return m_model; }
    SearchEdit *searchEdit() const { return m_search; }

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applySearch();
    void showSelected();
    // Submits an action on the selected review.
    void send(const md::SyncCommand &command);
    void outcome(const CommandOutcome &outcome);
    qint64 selectedId() const;

    Actor m_staff;
    CommandSink *m_commands;
    ReviewPageLoader *m_loader;
    ReviewTableModel *m_model;
    QComboBox *m_filter;
    SearchEdit *m_search;
    QTableView *m_table;
    QLabel *m_heading;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_reply;
    QPushButton *m_hide;
    QPushButton *m_replyButton;
    QLabel *m_message;
    QString m_pendingId;
    qint64 m_selectAfterReload = 0;
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
