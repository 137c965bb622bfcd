#include "welcomedialog.h"

#include "staffsignin.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace md {

namespace {

// "shop.example.com:8443/" -> "https://shop.example.com:8443": people type addresses without
// a scheme, and a shop's server is reached over TLS unless they say otherwise.
QString normalizedUrl(const QString &typed)
{
    QString url = typed.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    if (!url.isEmpty() && !url.contains(QLatin1String("://")))
        url.prepend(QLatin1String("https://"));
    return url;
}

} // namespace

WelcomeDialog::WelcomeDialog(const DeskChoice &previous, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_local(new QRadioButton(this))
    , m_localHint(new QLabel(this))
    , m_server(new QRadioButton(this))
    , m_serverBox(new QGroupBox(this))
    , m_form(new QFormLayout(m_serverBox))
    , m_url(new QLineEdit(m_serverBox))
    , m_email(new QLineEdit(m_serverBox))
    , m_password(new QLineEdit(m_serverBox))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_intro->setWordWrap(true);
    m_localHint->setWordWrap(true);
    m_localHint->setIndent(24);
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_password->setEchoMode(QLineEdit::Password);
    // Labels made here (addRow with an empty text makes none); retranslate() fills them in.
    for (QWidget *field : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_email),
                           static_cast<QWidget *>(m_password)}) {
        auto *label = new QLabel(m_serverBox);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    // The server's words and Poco's are shown as they are, never as rich text.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_local);
    layout->addWidget(m_localHint);
    layout->addWidget(m_server);
    layout->addWidget(m_serverBox);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_url->setText(previous.serverUrl);
    m_email->setText(previous.email);
    if (previous.mode == DeskChoice::Mode::Server)
        m_server->setChecked(true);
    else
        m_local->setChecked(true); // today's behaviour: the shop on this computer, demo data

    connect(m_local, &QRadioButton::toggled, this, &WelcomeDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &WelcomeDialog::updateState);
    connect(m_email, &QLineEdit::textChanged, this, &WelcomeDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &WelcomeDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
    connect(this, &WelcomeDialog::signInChecked, this, &WelcomeDialog::checked,
            Qt::QueuedConnection);

    setMinimumWidth(460);
    retranslate();
}

WelcomeDialog *WelcomeDialog::signIn(const QString &serverUrl, const QString &email,
                                     QWidget *parent)
{
    DeskChoice previous;
    previous.mode = DeskChoice::Mode::Server;
    previous.serverUrl = serverUrl;
    previous.email = email;
    auto *d = new WelcomeDialog(previous, parent);
    d->m_signInOnly = true;
    d->m_local->hide();
    d->m_localHint->hide();
    d->m_server->hide();
    d->m_url->setReadOnly(true);
    d->retranslate();
    if (!email.isEmpty())
        d->m_password->setFocus();
    return d;
}

WelcomeDialog::~WelcomeDialog()
{
    // Not waited for: a server that does not answer would hold the GUI thread for the check's
    // whole timeout. The check touches nothing of the dialog; it ends by itself within its
    // timeout and its QThread is deleted then, its answer going nowhere.
    if (m_checker) {
        disconnect(m_checker, nullptr, this, nullptr);
        connect(m_checker, &QThread::finished, m_checker, &QObject::deleteLater);
        if (m_checker->isFinished())
            delete m_checker; // its pending deleteLater goes with it
    }
}

DeskChoice WelcomeDialog::choice() const
{
    DeskChoice c;
    if (m_local->isChecked() && !m_signInOnly) {
        c.mode = DeskChoice::Mode::Local;
        return c;
    }
    c.mode = DeskChoice::Mode::Server;
    c.serverUrl = normalizedUrl(m_url->text());
    c.email = m_email->text().trimmed();
    return c;
}

SyncEndpoint WelcomeDialog::endpoint() const
{
    SyncEndpoint e;
    const DeskChoice c = choice();
    e.url = c.serverUrl;
    e.email = c.email;
    e.password = m_password->text();
    return e;
}

QString WelcomeDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void WelcomeDialog::accept()
{
    if (m_checker)
        return;
    const DeskChoice c = choice();
    if (c.mode == DeskChoice::Mode::Local) {
        finish();
        return;
    }
    if (c.serverUrl.isEmpty() || c.email.isEmpty() || m_password->text().isEmpty())
        return; // OK is disabled then; Enter in a field still arrives here
    m_message->setText(tr("Signing in to %1…").arg(c.serverUrl));
    m_message->show();
    // The thread keeps its answer to itself; the dialog reads it once the thread is finished
    // (and not at all when it went first).
    auto answer = std::make_shared<std::pair<bool, QString>>();
    m_checker = QThread::create([answer, endpoint = endpoint()] {
        const Status s = StaffSignIn::check(endpoint);
        *answer = {s.ok(), s.ok() ? QString() : s.error().message};
    });
    connect(m_checker, &QThread::finished, this,
            [this, answer] { emit signInChecked(answer->first, answer->second); });
    m_checker->setObjectName(QStringLiteral("desk-sign-in"));
    m_checker->start();
    updateState();
}

void WelcomeDialog::checked(bool ok, const QString &message)
{
    if (m_checker) {
        m_checker->wait();
        delete m_checker;
        m_checker = nullptr;
    }
    updateState();
    if (result() == QDialog::Rejected && !isVisible())
        return; // cancelled while the server was asked: the answer no longer matters
    if (!ok) {
        m_message->setText(tr("Could not sign in: %1").arg(message));
        m_message->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_message->clear();
    m_message->hide();
    finish();
}

void WelcomeDialog::finish()
{
    choice().remember();
    QDialog::accept();
}

void WelcomeDialog::updateState()
{
    const bool server = m_signInOnly || m_server->isChecked();
    m_serverBox->setEnabled(server && !m_checker);
    m_local->setEnabled(!m_checker);
    m_server->setEnabled(!m_checker);
    const bool complete =
        !server || (!m_url->text().trimmed().isEmpty() && !m_email->text().trimmed().isEmpty() &&
                    !m_password->text().isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(complete && !m_checker);
    ok->setText(server ? tr("Sign in") : tr("Continue"));
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(m_signInOnly ? tr("Sign in") : tr("Welcome to MerchantDesk"));
    m_intro->setText(m_signInOnly ? tr("Sign in to the shop's server with your staff account.")
                                  : tr("How will you use MerchantDesk on this computer?"));
    m_local->setText(tr("Run my shop on this computer"));
    m_localHint->setText(tr("The shop and its storefront run here, on this computer's data "
                            "folder. A new shop starts with demo data you can look around in."));
    m_server->setText(tr("Connect to a storefront server"));
    m_serverBox->setTitle(m_signInOnly ? QString() : tr("Server"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_url, tr("Server address:"));
    label(m_email, tr("Staff e-mail:"));
    label(m_password, tr("Password:"));
    m_url->setPlaceholderText(tr("https://shop.example.com"));
    updateState();
}

} // namespace md
