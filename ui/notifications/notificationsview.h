#pragma once

#include "actor.h"
#include "areaworker.h"
#include "recipientresolver.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;

namespace md {

class CommandSink;
class RecipientPicker;
class ServiceContext;
struct CommandOutcome;

// The Notifications area: writes a broadcast (title and body, plain text) to all members, listed
// members or an RFM segment. The recipients are resolved to member ids on a worker thread, the
// clerk confirms the number, and one notification.broadcast command with those ids goes through
// the CommandSink. The shop keeps no list of past broadcasts apart from the audit log, which the
// desk does not receive, so none is shown. Staff without the permission see the form read-only.
class NotificationsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxTitle = 100;
    static constexpr int kMaxBody = 2000;

    NotificationsView(const ServiceContext &context, const Actor &staff, CommandSink *commands,
                      QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    RecipientPicker *picker() const { return m_picker; }
    QPushButton *sendButton() const { return m_send; }
    // The "send to N members?" question while it is open.
    QMessageBox *confirmation() const;
    QString statusMessage() const;

public slots:
    void send();

signals:
    void resolveWanted(quint64 request, const md::RecipientChoice &choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void recipientsResolved(quint64 request, const QList<qint64> &ids, const QStringList &unknown);
    void submit(const QList<qint64> &ids, const QString &title, const QString &body);
    void outcome(const CommandOutcome &outcome);
    void warn(const QString &text, const QString &detail);

    Actor m_staff;
    bool m_allowed;
    CommandSink *m_commands;
    RecipientResolver *m_resolver;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_body;
    QLabel *m_toLabel;
    RecipientPicker *m_picker;
    QPushButton *m_send;
    QLabel *m_message;
    QPointer<QMessageBox> m_confirmation;
    quint64 m_resolveRequest = 0;
    bool m_resolving = false;
    QString m_pendingId;
    int m_pendingCount = 0;
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
