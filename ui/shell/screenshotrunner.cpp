#include "screenshotrunner.h"

#include "desksession.h"
#include "mainwindow.h"

#include <QPixmap>
#include <QTimer>

namespace md {

ScreenshotRunner::ScreenshotRunner(MainWindow *window, DeskSession &session, const QString &file)
    : ScreenshotRunner(window, session, file, Delays())
{}

ScreenshotRunner::ScreenshotRunner(MainWindow *window, DeskSession &session, const QString &file,
                                   Delays delays)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_file(file)
    , m_delays(delays)
{
    connect(&m_session, &DeskSession::ready, this, [this] {
        if (m_session.hasCopy())
            shoot();
    });
    connect(&m_session, &DeskSession::firstCopyFinished, this, &ScreenshotRunner::shoot);
}

void ScreenshotRunner::shoot()
{
    QTimer::singleShot(m_delays.settleMs, this, [this] {
        if (!m_file.contains(QLatin1String("%1"))) {
            emit finished(m_window->grab().save(m_file));
            return;
        }
        shootArea(0);
    });
}

void ScreenshotRunner::shootArea(int row)
{
    const QStringList keys = MainWindow::areaKeys();
    while (row < keys.size() && !m_window->isAreaListed(row))
        ++row;
    if (row >= keys.size()) {
        emit finished(true);
        return;
    }
    m_window->showArea(row);
    QTimer::singleShot(m_delays.perAreaMs, this, [this, row, keys] {
        if (!m_window->grab().save(m_file.arg(keys[row]))) {
            emit finished(false);
            return;
        }
        shootArea(row + 1);
    });
}

} // namespace md
