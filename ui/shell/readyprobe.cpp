#include "readyprobe.h"

#include "mainwindow.h"

#include <QDateTime>
#include <QFile>
#include <QTimer>

namespace md {

ReadyProbe::ReadyProbe(MainWindow *window, std::FILE *out)
    : QObject(window)
    , m_window(window)
    , m_out(out)
{
    connect(m_window, &MainWindow::areasOpened, this, [this] {
        m_window->repaint(); // painted, not only laid out
        QTimer::singleShot(0, this, &ReadyProbe::report);
    });
}

QByteArray ReadyProbe::readyLine()
{
    QFile status(QStringLiteral("/proc/self/status"));
    QByteArray peak;
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).simplified();
    return "ready " + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) +
           " ms-since-epoch, peak RSS " + peak + '\n';
}

void ReadyProbe::report()
{
    const QByteArray line = readyLine();
    std::fwrite(line.constData(), 1, size_t(line.size()), m_out);
    std::fflush(m_out); // the benchmark reads it while the process ends
    emit finished();
}

} // namespace md
