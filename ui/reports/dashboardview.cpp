#include "dashboardview.h"

#include "dashboardloader.h"
#include "money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace md {

namespace {
enum Tile { OrdersToday, SalesToday, AwaitingShipment, RefundRequests, LowStock, TileCount };
constexpr int kRefreshMs = 60 * 1000;
} // namespace

DashboardView::DashboardView(const ServiceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_loader(new DashboardLoader(context))
    , m_timer(new QTimer(this))
    , m_lowStockTitle(new QLabel(this))
    , m_lowStock(new QListWidget(this))
    , m_chart(new QChartView(this))
    , m_error(new QLabel(this))
    , m_thread(QStringLiteral("md-dashboard"))
{
    m_thread.adopt(m_loader);
    connect(this, &DashboardView::requestLoad, m_loader, &DashboardLoader::load);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardView::display);
    connect(m_loader, &DashboardLoader::failed, this,
            [this](quint64 generation, const QString &message) {
                if (generation != m_generation)
                    return;
                m_error->setText(tr("The figures could not be read: %1").arg(message));
                m_error->show();
            });
    m_thread.start();

    auto *tiles = new QGridLayout;
    for (int i = 0; i < TileCount; ++i) {
        m_titles[i] = new QLabel(this);
        m_values[i] = new QLabel(QStringLiteral("—"), this);
        QFont big = m_values[i]->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        m_values[i]->setFont(big);
        m_values[i]->setObjectName(QStringLiteral("dashboardValue%1").arg(i));
        tiles->addWidget(m_titles[i], 0, i);
        tiles->addWidget(m_values[i], 1, i);
    }
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_lowStock->setMaximumHeight(160);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_error);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_lowStockTitle);
    layout->addWidget(m_lowStock);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start();
    retranslate();
}

void DashboardView::refresh()
{
    emit requestLoad(++m_generation);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QString DashboardView::money(qint64 minor) const
{
    return Money(minor, m_summary.currency).format(locale());
}

void DashboardView::display(quint64 generation, const DashboardSummary &summary)
{
    if (generation != m_generation)
        return; // a newer refresh is on its way
    m_summary = summary;
    m_error->hide();
    const SalesReport::Bucket &today = summary.salesToday;
    m_values[OrdersToday]->setText(locale().toString(summary.ordersPlacedToday));
    m_values[SalesToday]->setText(
        money(today.grossSales - today.tierDiscount - today.couponDiscount - today.pointsDiscount));
    m_values[AwaitingShipment]->setText(locale().toString(summary.awaitingShipment));
    m_values[RefundRequests]->setText(locale().toString(summary.refundRequests));
    m_values[LowStock]->setText(locale().toString(summary.lowStockCount));
    m_lowStock->clear();
    for (const auto &item : summary.lowStock)
        m_lowStock->addItem(tr("%1 (%2): %3 left, threshold %4")
                                .arg(item.title, item.skuCode)
                                .arg(item.stockOnHand)
                                .arg(item.threshold));
    updateChart();
    emit refreshed();
}

void DashboardView::updateChart()
{
    // Display only: the chart axis needs real numbers, so the day's net sales in minor units are
    // scaled to the currency's major unit here; every figure shown as text stays exact.
    const int exponent = CurrencyInfo::of(m_summary.currency).exponent;
    qreal scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    auto *set = new QBarSet(tr("Net sales"));
    QStringList days;
    qreal top = 0;
    for (const SalesReport::Bucket &b : m_summary.trend) {
        const qreal value = qreal(b.netSales) / scale;
        *set << value;
        top = qMax(top, value);
        // Month/day: short, and distinct (category labels must be) over any span of days.
        days << QStringLiteral("%1/%2").arg(b.firstDay.month()).arg(b.firstDay.day());
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Sales of the last %n day(s) (%1)", nullptr, int(m_summary.trend.size()))
                        .arg(m_summary.currency));
    auto *x = new QBarCategoryAxis;
    x->append(days);
    x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers(); // round ticks (0, 250,000, 500,000…), not fractions of the peak
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->setLocalizeNumbers(true); // the language's digit grouping
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardView::retranslate()
{
    m_titles[OrdersToday]->setText(tr("Orders today"));
    m_titles[SalesToday]->setText(tr("Sales today"));
    m_titles[AwaitingShipment]->setText(tr("Awaiting shipment"));
    m_titles[RefundRequests]->setText(tr("Refund requests"));
    m_titles[LowStock]->setText(tr("Low stock"));
    m_lowStockTitle->setText(tr("Running low"));
    if (!m_summary.trend.isEmpty())
        updateChart();
}

} // namespace md
