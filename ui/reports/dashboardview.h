#pragma once

#include "areaworker.h"
#include "dashboardsummary.h"

#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;
class QTimer;

namespace md {

class DashboardLoader;
class ServiceContext;

// The manager's first screen: today's orders and sales, the work waiting (shipments, refund
// requests, low stock) and the sales of the last 30 days as a chart. The figures are computed on a
// worker thread (DashboardLoader) when the view is shown, every minute while it is visible, and
// on refresh(), e.g. after a sync brought new orders.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(const ServiceContext &context, QWidget *parent = nullptr);

    // The last summary shown (empty until the first one arrived).
    const DashboardSummary &summary() const { return m_summary; }

public slots:
    void refresh();

signals:
    void refreshed(); // a new summary is on screen
    void requestLoad(quint64 generation);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void display(quint64 generation, const DashboardSummary &summary);
    void retranslate();
    void updateChart();
    QString money(qint64 minor) const;

    DashboardLoader *m_loader;
    QTimer *m_timer;
    quint64 m_generation = 0;
    DashboardSummary m_summary;
    QLabel *m_titles[5];
    QLabel *m_values[5];
    QLabel *m_lowStockTitle;
    QListWidget *m_lowStock;
    QChartView *m_chart;
    QLabel *m_error;
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
