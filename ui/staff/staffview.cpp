#include "staffview.h"

#include "commandprocessor.h"
#include "commandsink.h"
#include "newstaffdialog.h"
#include "permissionpolicy.h"
#include "staffcommandtypes.h"
#include "staffloader.h"
#include "stafftablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

namespace {

const QList<StaffRole> kRoles{StaffRole::Owner, StaffRole::Manager, StaffRole::Clerk,
                              StaffRole::Support};

} // namespace

bool StaffView::isAllowed(const Actor &staff)
{
    return staff.isStaff() && PermissionPolicy::allows(staff, Permission::StaffManage);
}

StaffView::StaffView(const ServiceContext &context, const Actor &staff, CommandSink *commands,
                     QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_commands(commands)
    , m_loader(new StaffLoader(context, staff))
    , m_model(new StaffTableModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_create(new QPushButton(this))
    , m_active(new QPushButton(this))
    , m_role(new QComboBox(this))
    , m_changeRole(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_thread(QStringLiteral("md-staff"))
{
    m_thread.adopt(m_loader);
    connect(this, &StaffView::loadWanted, m_loader, &StaffLoader::load);
    connect(m_loader, &StaffLoader::loaded, this,
            [this](quint64 generation, const QList<StaffUser> &staff) {
                if (generation != m_generation)
                    return; // an older answer
                // The row selected now stays selected (or a new account once listed).
                const qint64 keep = m_selectAfterReload ? m_selectAfterReload : selectedId();
                m_selectAfterReload = 0;
                m_model->setStaff(staff);
                const int row = m_model->rowOf(keep);
                if (row >= 0)
                    m_table->selectRow(row);
                showSelected();
            });
    connect(m_loader, &StaffLoader::failed, this, [this](quint64, const QString &message) {
        m_message->setText(tr("The staff list could not be read: %1").arg(message));
    });
    m_thread.start();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Sorted once a header is clicked; until then in the store's order.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(StaffTableModel::Email, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StaffView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaffView::showSelected);

    for (StaffRole role : kRoles)
        m_role->addItem(QString(), int(role));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    // The area is for owners (MainWindow hides it from others); the buttons follow the same
    // permission in case it is shown to someone else.
    const bool manager = isAllowed(staff);
    for (QWidget *w : std::initializer_list<QWidget *>{m_create, m_active, m_role, m_changeRole})
        w->setVisible(manager);
    m_create->setShortcut(QKeySequence::New);
    connect(m_create, &QPushButton::clicked, this, &StaffView::openNewStaffDialog);
    connect(m_active, &QPushButton::clicked, this, [this] {
        const StaffUser *s = m_model->staffAt(m_table->currentIndex().row());
        if (!s)
            return;
        const qint64 id = s->id;
        if (!s->active) {
            send(toSyncCommand(StaffEnable{id}));
            return;
        }
        if (id != m_staff.id) {
            send(toSyncCommand(StaffDisable{id}));
            return;
        }
        // Disabling one's own account ends this desk's sign-in at the next sync (for the shop
        // on this computer, its local owner's): asked first.
        auto *box =
            new QMessageBox(QMessageBox::Question, tr("Staff"), tr("Disable your own account?"),
                            QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("This computer signs in with it: once the shop receives the "
                                   "change, it can no longer sync until another owner enables "
                                   "the account again."));
        box->setDefaultButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::accepted, this,
                [this, id] { send(toSyncCommand(StaffDisable{id})); });
        box->open();
    });
    connect(m_changeRole, &QPushButton::clicked, this, [this] {
        const StaffUser *s = m_model->staffAt(m_table->currentIndex().row());
        const StaffRole role = StaffRole(m_role->currentData().toInt());
        if (s && role != s->role)
            send(toSyncCommand(StaffChangeRole{s->id, role}));
    });
    if (m_commands)
        connect(m_commands, &CommandSink::submitted, this, &StaffView::outcome);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addWidget(m_active);
    actions->addStretch();
    actions->addWidget(m_role);
    actions->addWidget(m_changeRole);
    // The list is whole in memory: it narrows as the owner types.
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_model, &StaffTableModel::setFilterText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    retranslate();
    reload();
}

QString StaffView::message() const
{
    return m_message->text();
}

void StaffView::reload()
{
    emit loadWanted(++m_generation);
}

qint64 StaffView::selectedId() const
{
    const StaffUser *s = m_model->staffAt(m_table->currentIndex().row());
    return s ? s->id : 0;
}

void StaffView::showSelected()
{
    const StaffUser *s = m_model->staffAt(m_table->currentIndex().row());
    const bool idle = m_pendingId.isEmpty();
    m_create->setEnabled(idle);
    m_active->setEnabled(s && idle);
    m_role->setEnabled(s && idle);
    m_changeRole->setEnabled(s && idle);
    m_active->setText(s && !s->active ? tr("&Enable") : tr("&Disable"));
    if (s)
        m_role->setCurrentIndex(m_role->findData(int(s->role)));
}

void StaffView::openNewStaffDialog()
{
    if (m_dialog)
        return;
    m_dialog = new NewStaffDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            send(toSyncCommand(StaffCreate{m_dialog->draft()}));
    });
    m_dialog->open();
}

void StaffView::send(const SyncCommand &c)
{
    if (!m_commands || !m_pendingId.isEmpty())
        return;
    m_pendingId = c.id;
    m_message->setText(tr("Sending…"));
    showSelected();
    m_commands->submit(c);
}

void StaffView::outcome(const CommandOutcome &outcome)
{
    if (outcome.id != m_pendingId)
        return;
    m_pendingId.clear();
    if (outcome.succeeded()) {
        m_message->setText(tr("Saved. The shop receives it at the next sync."));
        reload();
        if (outcome.entityId) // a new account is selected once listed
            m_selectAfterReload = outcome.entityId;
        showSelected();
        return;
    }
    const QString reason = outcome.error ? outcome.error->message : QString();
    m_message->setText(tr("The change was not made."));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Staff"), tr("The change was not made."),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(reason.isEmpty() ? tr("The shop refused the change.") : reason);
    box->open();
    showSelected();
}

void StaffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StaffView::retranslate()
{
    m_create->setText(tr("&New staff member…"));
    m_changeRole->setText(tr("Change &role"));
    m_search->setPlaceholderText(tr("Search by e-mail or name"));
    for (int i = 0; i < kRoles.size(); ++i)
        m_role->setItemText(i, StaffTableModel::roleText(kRoles[i]));
    showSelected();
}

} // namespace md
