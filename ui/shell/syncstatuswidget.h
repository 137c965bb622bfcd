#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace md {

class DeskSession;

// The sync state in the status bar: online or offline, commands waiting to be pushed, when the
// last sync finished (as "3 minutes ago"), the number of conflicts (a button that asks for the
// conflicts panel) and "Sync now". It only shows what the DeskSession reports.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(DeskSession &session, QWidget *parent = nullptr);

    // "just now", "5 minutes ago", "2 hours ago", else the date and time; "never" when invalid.
    static QString relativeTime(const QDateTime &at, const QDateTime &now);

    QString stateText() const;
    QString pendingText() const;
    QString lastSyncText() const;
    QString conflictsText() const;
    QToolButton *syncButton() const { return m_sync; }
    QToolButton *conflictsButton() const { return m_conflicts; }

signals:
    void conflictsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    DeskSession &m_session;
    QLabel *m_state;
    QLabel *m_pending;
    QLabel *m_lastSync;
    QToolButton *m_conflicts;
    QToolButton *m_sync;
    QTimer *m_clock;   // keeps "n minutes ago" true
    qint64 m_done = 0; // the running sync's progress
    qint64 m_total = 0;
};

} // namespace md
