#include "newstaffdialog.h"

#include "actor.h"
#include "stafftablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md {

namespace {

const QList<StaffRole> kRoles{StaffRole::Clerk, StaffRole::Support, StaffRole::Manager,
                              StaffRole::Owner};

} // namespace

NewStaffDialog::NewStaffDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_email->setMaxLength(254);
    m_name->setMaxLength(100);
    for (StaffRole role : kRoles)
        m_role->addItem(QString(), staffRoleName(role));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_repeat->setMaxLength(256);
    m_hint->setWordWrap(true);
    m_form->addRow(QString(), m_email);
    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_role);
    m_form->addRow(QString(), m_password);
    m_form->addRow(QString(), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    for (QLineEdit *e : {m_email, m_name, m_password, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &NewStaffDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

StaffDraft NewStaffDialog::draft() const
{
    StaffDraft d;
    d.email = m_email->text().trimmed();
    d.displayName = m_name->text().trimmed();
    // The list holds the roles by name, so the fallback is never taken.
    d.role = staffRoleFromName(m_role->currentData().toString()).value_or(StaffRole::Clerk);
    d.password = m_password->text();
    return d;
}

void NewStaffDialog::validate()
{
    const bool filled = !m_email->text().trimmed().isEmpty() &&
                        !m_name->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    const bool same = m_password->text() == m_repeat->text();
    m_hint->setText(!m_repeat->text().isEmpty() && !same ? tr("The two passwords differ.")
                                                         : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(filled && same);
}

void NewStaffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NewStaffDialog::retranslate()
{
    setWindowTitle(tr("New staff member"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_email, tr("E-mail:"));
    label(m_name, tr("Name:"));
    label(m_role, tr("Role:"));
    label(m_password, tr("Initial password:"));
    label(m_repeat, tr("Password again:"));
    for (int i = 0; i < kRoles.size(); ++i)
        m_role->setItemText(i, StaffTableModel::roleText(kRoles[i]));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    validate();
}

} // namespace md
