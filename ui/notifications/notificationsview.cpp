#include "notificationsview.h"

#include "commandsink.h"
#include "notificationcommandtypes.h"
#include "permissionpolicy.h"
#include "recipientpicker.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

NotificationsView::NotificationsView(const ServiceContext &context, const Actor &staff,
                                     CommandSink *commands, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_allowed(PermissionPolicy::allows(staff, Permission::NotificationBroadcast))
    , m_commands(commands)
    , m_resolver(new RecipientResolver(context, staff))
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_bodyLabel(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_toLabel(new QLabel(this))
    , m_picker(new RecipientPicker(true, this))
    , m_send(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_thread(QStringLiteral("md-notifications"))
{
    m_thread.adopt(m_resolver);
    connect(this, &NotificationsView::resolveWanted, m_resolver, &RecipientResolver::resolve);
    connect(m_resolver, &RecipientResolver::resolved, this, &NotificationsView::recipientsResolved);
    connect(m_resolver, &RecipientResolver::failed, this,
            [this](quint64 request, const QString &m) {
                if (request != m_resolveRequest)
                    return;
                m_resolving = false;
                warn(tr("The notification was not sent."), m);
                updateButtons();
            });
    m_thread.start();

    m_title->setMaxLength(kMaxTitle);
    // Members read it as plain text; a plain-text editor shows exactly what they will get.
    m_body->setTabChangesFocus(true);
    m_titleLabel->setBuddy(m_title);
    m_bodyLabel->setBuddy(m_body);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_send->setVisible(m_allowed);
    m_title->setReadOnly(!m_allowed);
    m_body->setReadOnly(!m_allowed);
    m_picker->setEnabled(m_allowed);
    connect(m_send, &QPushButton::clicked, this, &NotificationsView::send);
    if (m_commands)
        connect(m_commands, &CommandSink::submitted, this, &NotificationsView::outcome);

    auto *form = new QFormLayout;
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_bodyLabel, m_body);
    form->addRow(m_toLabel, m_picker);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    retranslate();
}

QMessageBox *NotificationsView::confirmation() const
{
    return m_confirmation;
}

QString NotificationsView::statusMessage() const
{
    return m_message->text();
}

void NotificationsView::updateButtons()
{
    m_send->setEnabled(m_allowed && m_commands && !m_resolving && m_pendingId.isEmpty() &&
                       !m_confirmation);
}

void NotificationsView::send()
{
    if (!m_send->isEnabled())
        return;
    const QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        m_message->setText(tr("Write a title first."));
        return;
    }
    if (m_body->toPlainText().size() > kMaxBody) {
        m_message->setText(tr("The message is too long (at most %1 characters).")
                               .arg(QLocale().toString(kMaxBody)));
        return;
    }
    if (const QString problem = m_picker->problem(); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    m_resolving = true;
    m_message->setText(tr("Finding the members…"));
    updateButtons();
    emit resolveWanted(++m_resolveRequest, m_picker->choice());
}

void NotificationsView::recipientsResolved(quint64 request, const QList<qint64> &ids,
                                           const QStringList &unknown)
{
    if (request != m_resolveRequest || !m_resolving)
        return;
    m_resolving = false;
    if (!unknown.isEmpty()) {
        warn(tr("The notification was not sent."),
             tr("No member has the e-mail, mobile number or id: %1")
                 .arg(QStringList(unknown.mid(0, 20)).join(QStringLiteral(", "))));
        updateButtons();
        return;
    }
    if (ids.isEmpty()) {
        warn(tr("The notification was not sent."), tr("No member is in the chosen group."));
        updateButtons();
        return;
    }
    // The text as it is now is what the clerk confirms and what is sent.
    const QString title = m_title->text().trimmed();
    const QString body = m_body->toPlainText();
    m_confirmation = new QMessageBox(
        QMessageBox::Question, tr("Send notification"),
        tr("Send \"%1\" to %n member(s)? It cannot be taken back.", nullptr, int(ids.size()))
            .arg(title),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation->setTextFormat(Qt::PlainText);
    m_confirmation->button(QMessageBox::Yes)->setText(tr("&Send"));
    QMessageBox *box = m_confirmation;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, ids, title, body](QAbstractButton *button) {
                if (box->standardButton(button) == QMessageBox::Yes)
                    submit(ids, title, body);
                else
                    m_message->setText(tr("Not sent."));
            });
    // Closed either way: the next broadcast may be written (the box deletes itself).
    connect(box, &QDialog::finished, this, [this] {
        m_confirmation = nullptr;
        updateButtons();
    });
    m_message->clear();
    updateButtons();
    box->open();
}

void NotificationsView::submit(const QList<qint64> &ids, const QString &title, const QString &body)
{
    if (!m_commands)
        return;
    const SyncCommand c = toSyncCommand(NotificationBroadcast{ids, title, body});
    m_pendingId = c.id;
    m_pendingCount = int(ids.size());
    m_message->setText(tr("Sending…"));
    updateButtons();
    m_commands->submit(c);
}

void NotificationsView::outcome(const CommandOutcome &outcome)
{
    if (outcome.id != m_pendingId)
        return;
    m_pendingId.clear();
    if (outcome.succeeded()) {
        // The broadcast command answers with the number of inboxes it reached.
        const int sent = outcome.version > 0 ? int(outcome.version) : m_pendingCount;
        m_message->setText(
            tr("Sent to %n member(s). The shop receives it at the next sync.", nullptr, sent));
        m_title->clear();
        m_body->clear();
        updateButtons();
        return;
    }
    const QString reason = outcome.error ? outcome.error->message : QString();
    warn(tr("The notification was not sent."),
         reason.isEmpty() ? tr("The shop refused it.") : reason);
    updateButtons();
}

void NotificationsView::warn(const QString &text, const QString &detail)
{
    m_message->setText(text + QLatin1Char(' ') + detail);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Notifications"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(detail);
    box->open();
}

void NotificationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotificationsView::retranslate()
{
    m_titleLabel->setText(tr("&Title:"));
    m_bodyLabel->setText(tr("&Message:"));
    m_toLabel->setText(tr("To:"));
    m_title->setPlaceholderText(tr("Shown in the member's inbox (at most %1 characters)")
                                    .arg(QLocale().toString(kMaxTitle)));
    m_body->setPlaceholderText(
        tr("Plain text, at most %1 characters").arg(QLocale().toString(kMaxBody)));
    m_send->setText(tr("&Send…"));
    updateButtons();
}

} // namespace md
