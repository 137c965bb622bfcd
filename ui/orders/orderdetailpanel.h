#pragma once

#include "orderdetailloader.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;
class QTabWidget;

namespace md {

// Shows one order as loaded by OrderDetailLoader: its header, the lines, the price breakdown,
// the timeline, payments, shipments and refunds. Display only; all text is shown as plain text.
class OrderDetailPanel : public QWidget
{
    Q_OBJECT

public:
    enum LineColumn {
        LineProduct,
        LineSku,
        LineQuantity,
        LineShipped,
        LineRefunded,
        LineTotal,
        LineColumnCount
    };

    explicit OrderDetailPanel(QWidget *parent = nullptr);

    void showLoading();
    void showDetail(const OrderDetail &detail);
    void showMessage(const QString &message);
    void clear();
    bool hasOrder() const { return m_detail.order.id != 0; }
    const OrderDetail &detail() const { return m_detail; }

    QTableWidget *linesTable() const { return m_lines; }
    QListWidget *timelineList() const { return m_timeline; }
    QListWidget *shipmentsList() const { return m_shipments; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    QString time(qint64 ms) const;
    QString money(qint64 minor) const;
    // The stored names of events, methods and states, as a clerk reads them.
    static QString eventText(const QString &kind);
    static QString methodText(const QString &method);
    static QString paymentStatusText(const QString &status);
    static QString refundStatusText(RefundStatus status);

    OrderDetail m_detail;
    QTimeZone m_zone; // of m_detail.timeZone
    QString m_message;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_breakdown;
    QTabWidget *m_tabs;
    QTableWidget *m_lines;
    QListWidget *m_timeline;
    QListWidget *m_payments;
    QListWidget *m_shipments;
    QListWidget *m_refunds;
};

} // namespace md
