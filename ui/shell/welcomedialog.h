#pragma once

#include "deskchoice.h"
#include "syncengine.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QThread;

namespace md {

// The first-run question — run the shop on this computer, or connect to a storefront server as
// a staff member — and the sign-in to a server. The server's answer is awaited before the
// dialog accepts: the e-mail and password are checked (StaffSignIn) on a worker thread, the
// dialog stays responsive, and a refusal or an unreachable server is said in the dialog. On
// acceptance the choice is remembered (DeskChoice::remember()); the password only lives in
// endpoint().
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // The welcome: both choices, prefilled from `previous` (DeskChoice::remembered()).
    explicit WelcomeDialog(const DeskChoice &previous, QWidget *parent = nullptr);
    // Signing in again to `serverUrl` (after signing out): no local choice, the server fixed.
    static WelcomeDialog *signIn(const QString &serverUrl, const QString &email,
                                 QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    // What was chosen; valid once accepted.
    DeskChoice choice() const;
    // For a server: its URL and the staff member's e-mail and password, as checked.
    SyncEndpoint endpoint() const;

    QRadioButton *localChoice() const { return m_local; }
    QRadioButton *serverChoice() const { return m_server; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The last refusal or problem, as shown; empty when none.
    QString message() const;
    bool isChecking() const { return m_checker != nullptr; }

public slots:
    void accept() override;

signals:
    // The check's answer, once its thread has finished (delivered queued to checked()).
    void signInChecked(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void checked(bool ok, const QString &message);
    void finish();

    bool m_signInOnly = false;
    QLabel *m_intro;
    QRadioButton *m_local;
    QLabel *m_localHint;
    QRadioButton *m_server;
    QGroupBox *m_serverBox;
    QFormLayout *m_form;
    QLineEdit *m_url;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QThread *m_checker = nullptr;
};

} // namespace md
