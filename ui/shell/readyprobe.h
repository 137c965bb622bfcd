#pragma once

#include <QByteArray>
#include <QObject>

#include <cstdio>

namespace md {

class MainWindow;

// --quit-when-ready, the cold-start benchmark's hook (tests/benchmarks/cold-start): once every
// area of `window` is open and the window has been painted (not only laid out), writes
// readyLine() to `out` and says finished(). Watches the window for as long as both live.
class ReadyProbe : public QObject
{
    Q_OBJECT

public:
    explicit ReadyProbe(MainWindow *window, std::FILE *out = stdout);

    // "ready <ms since the epoch> ms-since-epoch, peak RSS <VmHWM of /proc/self/status>\n":
    // the wall clock and the peak resident memory, as the benchmark reads them.
    static QByteArray readyLine();

signals:
    // The line is written; the desk quits with exit code 0.
    void finished();

private:
    void report();

    MainWindow *m_window;
    std::FILE *m_out;
};

} // namespace md
