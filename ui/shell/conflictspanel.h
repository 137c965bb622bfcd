#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace md {

class ConflictTableModel;
class DeskSession;

// A dock listing the changes the server refused or found in conflict, with their reasons and
// the detail of the selected one (what was sent, what the server holds now); "Dismiss" removes
// the selected entries from the list. The list comes from the DeskSession, which reads it on its
// worker; the panel never touches the store. The table sorts by any column and filters with a
// search box, through a proxy: a view row is mapped to the model's row before it names a conflict.
class ConflictsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ConflictsPanel(DeskSession &session, QWidget *parent = nullptr);

    ConflictTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // What the table shows: the model sorted and filtered.
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *dismissButton() const { return m_dismiss; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetail();
    void dismissSelected();

    DeskSession &m_session;
    ConflictTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QLabel *m_empty;
    QPushButton *m_dismiss;
};

} // namespace md
