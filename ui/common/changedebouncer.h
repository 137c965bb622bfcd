#pragma once

#include "replicachanges.h"

#include <QObject>
#include <QStringList>

class QTimer;

namespace md {

// Tells a view to reload once after a burst of replica changes (a pull of many pages, a series of
// actions) that touch what it shows, and not at all for changes that do not: an order arriving
// does not make the catalog read its products again.
class ChangeDebouncer : public QObject
{
    Q_OBJECT

public:
    // entities: the change feed's names (entity::Product...) whose changes concern the view.
    ChangeDebouncer(const QStringList &entities, int delayMs, QObject *parent);

public slots:
    void note(const md::ReplicaChanges &changes);

signals:
    // delayMs after the last change that concerned the view.
    void due();

private:
    const QStringList m_entities;
    QTimer *m_timer;
};

} // namespace md
