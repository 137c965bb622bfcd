#pragma once

#include <QObject>
#include <QString>

namespace md {

class DeskSession;
class MainWindow;

// --screenshot: once the session's replica holds the shop (its first copy finished, or it is
// ready with a copy from an earlier run), waits for the first page of each list to arrive from
// its worker thread and saves a picture of `window` to `file`. A %1 in `file` makes one picture
// per area the signed-in role sees, each named by MainWindow::areaKeys() and taken after that
// area had a moment of its own. Watches the window for as long as both live.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    struct Delays
    {
        int settleMs = 2000;  // after the copy, before the first picture
        int perAreaMs = 1500; // after an area is shown, before its picture
    };

    ScreenshotRunner(MainWindow *window, DeskSession &session, const QString &file);
    ScreenshotRunner(MainWindow *window, DeskSession &session, const QString &file, Delays delays);

signals:
    // Every picture is saved (ok), or one could not be (the desk quits with 1).
    void finished(bool ok);

private:
    void shoot();
    // Shows the first listed area from `row` on, and saves its picture a moment later.
    void shootArea(int row);

    MainWindow *m_window;
    DeskSession &m_session;
    QString m_file;
    Delays m_delays;
};

} // namespace md
