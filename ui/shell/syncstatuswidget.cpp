#include "syncstatuswidget.h"

#include "desksession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace md {

SyncStatusWidget::SyncStatusWidget(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_state(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_conflicts(new QToolButton(this))
    , m_sync(new QToolButton(this))
    , m_clock(new QTimer(this))
{
    m_conflicts->setAutoRaise(true);
    m_sync->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_pending);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_sync);

    // A long catch-up (days offline) can be stopped; the next sync goes on from there.
    connect(m_sync, &QToolButton::clicked, &m_session, [this] {
        if (m_session.isSyncing())
            m_session.stopSync();
        else
            m_session.syncNow();
    });
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    connect(&m_session, &DeskSession::ready, this, &SyncStatusWidget::refresh);
    connect(&m_session, &DeskSession::connectionChanged, this, &SyncStatusWidget::refresh);
    connect(&m_session, &DeskSession::syncingChanged, this, &SyncStatusWidget::refresh);
    connect(&m_session, &DeskSession::pendingCountChanged, this, &SyncStatusWidget::refresh);
    connect(&m_session, &DeskSession::conflictsChanged, this, &SyncStatusWidget::refresh);
    connect(&m_session, &DeskSession::lastSyncChanged, this, &SyncStatusWidget::refresh);
    connect(&m_session, &DeskSession::progress, this, [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
        refresh();
    });
    connect(m_clock, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_clock->start(15000);
    refresh();
}

QString SyncStatusWidget::relativeTime(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return tr("never");
    const qint64 seconds = qMax<qint64>(0, at.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString SyncStatusWidget::stateText() const
{
    if (!m_session.isReady())
        return tr("Opening…");
    if (m_session.isSyncing() && !m_session.hasCopy()) {
        // The first copy can take a while on a big shop: say how far it is.
        if (m_total > 0 && m_done <= m_total)
            return tr("Copying the shop… %1%").arg(m_done * 100 / m_total);
        return tr("Copying the shop…");
    }
    if (!m_session.hasCopy() && m_session.isCopyStopped())
        return tr("Copy stopped"); // until "Sync now" resumes it
    switch (m_session.connection()) {
    case DeskSession::Connection::Connecting:
        return tr("Connecting…");
    case DeskSession::Connection::Online:
        return tr("Online");
    case DeskSession::Connection::Offline:
        return tr("Offline");
    case DeskSession::Connection::SignInRefused:
        return tr("Sign-in refused");
    }
    return {};
}

QString SyncStatusWidget::pendingText() const
{
    return tr("%n change(s) waiting", nullptr, int(m_session.pendingCount()));
}

QString SyncStatusWidget::lastSyncText() const
{
    return tr("Last sync: %1")
        .arg(relativeTime(m_session.lastSyncAt(), QDateTime::currentDateTime()));
}

QString SyncStatusWidget::conflictsText() const
{
    return tr("%n conflict(s)", nullptr, int(m_session.conflictCount()));
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SyncStatusWidget::refresh()
{
    m_state->setText(stateText());
    // The reason of a failed sync, for whoever wants the detail.
    m_state->setToolTip(m_session.lastError());
    m_pending->setText(pendingText());
    m_pending->setVisible(m_session.pendingCount() > 0);
    m_lastSync->setText(lastSyncText());
    if (m_session.lastSyncAt().isValid())
        m_lastSync->setToolTip(QLocale().toString(m_session.lastSyncAt().toLocalTime()));
    m_conflicts->setText(conflictsText());
    m_conflicts->setVisible(m_session.conflictCount() > 0);
    m_conflicts->setToolTip(tr("Show the changes the server refused"));
    const bool syncing = m_session.isSyncing();
    m_sync->setText(syncing ? tr("Stop syncing") : tr("Sync now"));
    m_sync->setEnabled(m_session.isReady());
    m_sync->setToolTip(syncing ? tr("Stop this sync; the next one goes on from where it stopped")
                               : tr("Send waiting changes and fetch the shop's news now"));
}

} // namespace md
