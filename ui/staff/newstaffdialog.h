#pragma once

#include "staffuser.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace md {

// Asks for a new staff account: e-mail, name, role and an initial password typed twice. OK is
// enabled once everything is given and both passwords agree; the rules on e-mail and password
// are the service's, which says what is wrong when the command comes back refused.
class NewStaffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewStaffDialog(QWidget *parent = nullptr);

    // What the staff.create command carries: e-mail, name, role and password as entered.
    StaffDraft draft() const;

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QFormLayout *m_form;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace md
