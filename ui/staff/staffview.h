#pragma once

#include "actor.h"
#include "areaworker.h"
#include "newstaffdialog.h" // QPointer needs the whole type

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace md {

class CommandSink;
class ServiceContext;
class StaffLoader;
class StaffTableModel;
struct CommandOutcome;
struct SyncCommand;

// The Staff area (owners only): the shop's staff accounts with their roles, and the actions
// create (e-mail, name, role, initial password typed twice), disable or enable, and change role
// — sent as staff.* commands through the CommandSink (applied to the replica at once, pushed at
// the next sync). The service keeps one active owner and says so when an action would leave
// none.
class StaffView : public QWidget
{
    Q_OBJECT

public:
    // Whether `staff` may use this area; MainWindow shows it only then.
    static bool isAllowed(const Actor &staff);

    StaffView(const ServiceContext &context, const Actor &staff, CommandSink *commands,
              QWidget *parent = nullptr);

    StaffTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *activeButton() const { return m_active; }
    QComboBox *roleBox() const { return m_role; }
    QPushButton *roleButton() const { return m_changeRole; }
    // The open "New staff member" dialog, if any.
    NewStaffDialog *newStaffDialog() const { return m_dialog; }
    QString message() const;

public slots:
    void reload();

signals:
    void loadWanted(quint64 generation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();
    void openNewStaffDialog();
    void send(const md::SyncCommand &command);
    void outcome(const CommandOutcome &outcome);
    qint64 selectedId() const;

    Actor m_staff;
    CommandSink *m_commands;
    StaffLoader *m_loader;
    StaffTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QPushButton *m_create;
    QPushButton *m_active;
    QComboBox *m_role;
    QPushButton *m_changeRole;
    QLabel *m_message;
    QPointer<NewStaffDialog> m_dialog;
    QString m_pendingId;
    quint64 m_generation = 0;
    qint64 m_selectAfterReload = 0; // a new account, selected once the list shows it
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
