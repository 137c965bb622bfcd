#pragma once

#include "memberpageloader.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace md {

// Shows one member as loaded by MemberPageLoader: contacts, tier (computed or set by hand),
// points, balance and total spend, the recent orders and the points and balance ledgers.
// Display only; every text is shown as plain text.
class MemberDetailPanel : public QWidget
{
    Q_OBJECT

public:
    enum OrderColumn {
        OrderNumber,
        OrderPlaced,
        OrderStatusColumn,
        OrderTotal,
        OrderRefunded,
        OrderColumnCount
    };
    enum LedgerColumn {
        LedgerWhen,
        LedgerChange,
        LedgerAfter,
        LedgerReason,
        LedgerNote,
        LedgerColumnCount
    };

    explicit MemberDetailPanel(const QString &currency, QWidget *parent = nullptr);

    void showDetail(const MemberDetail &detail);
    void showMessage(const QString &message);
    void clear();
    const MemberDetail &detail() const { return m_detail; }
    bool hasMember() const { return m_detail.member.id != 0; }

    QTableWidget *ordersTable() const { return m_orders; }
    QTableWidget *pointsTable() const { return m_points; }
    QTableWidget *balanceTable() const { return m_balance; }

    // The stored reasons of ledger entries, as a clerk reads them.
    static QString reasonText(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void fillLedger(QTableWidget *table, const QList<LedgerEntry> &entries, bool money);
    QString money(qint64 minor) const;
    QString time(qint64 ms) const;

    QString m_currency;
    MemberDetail m_detail;
    QString m_message;
    QLabel *m_title;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_orders;
    QTableWidget *m_points;
    QTableWidget *m_balance;
};

} // namespace md
