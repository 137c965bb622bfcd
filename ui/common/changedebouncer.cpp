#include "changedebouncer.h"

#include <QTimer>

namespace md {

ChangeDebouncer::ChangeDebouncer(const QStringList &entities, int delayMs, QObject *parent)
    : QObject(parent)
    , m_entities(entities)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeDebouncer::due);
}

void ChangeDebouncer::note(const ReplicaChanges &changes)
{
    if (changes.touches(m_entities))
        m_timer->start();
}

} // namespace md
