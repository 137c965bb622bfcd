#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QSystemTrayIcon;

namespace md {

class DeskSession;

// Tells the staff member when a sync brought new orders (DeskSession::ordersArrived, detected on
// the session's worker): a desktop notification through the system tray when there is one,
// otherwise a message in the window's status bar.
class NewOrderAlert : public QObject
{
    Q_OBJECT

public:
    NewOrderAlert(DeskSession &session, QMainWindow *window);

    // What was last said; empty when nothing arrived yet.
    QString lastMessage() const { return m_last; }
    bool usesTray() const { return m_tray != nullptr; }

signals:
    void alerted(const QString &message);

private:
    void ordersArrived(qint64 count, const QString &newestNumber);

    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
};

} // namespace md
