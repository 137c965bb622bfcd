#include "neworderalert.h"

#include "desksession.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace md {

NewOrderAlert::NewOrderAlert(DeskSession &session, QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("MerchantDesk"));
        m_tray->show();
        // A click on the notification or the icon brings the window forward.
        auto raise = [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        };
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, raise);
        connect(m_tray, &QSystemTrayIcon::activated, this, raise);
    }
    connect(&session, &DeskSession::ordersArrived, this, &NewOrderAlert::ordersArrived);
}

void NewOrderAlert::ordersArrived(qint64 count, const QString &newestNumber)
{
    m_last = tr("%n new order(s); the latest is %1.", nullptr, int(qMin<qint64>(count, INT_MAX)))
                 .arg(newestNumber);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(tr("New order"), m_last, QSystemTrayIcon::Information, 8000);
    else
        m_window->statusBar()->showMessage(m_last, 15000);
    emit alerted(m_last);
}

} // namespace md
