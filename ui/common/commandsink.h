#pragma once

#include "commandprocessor.h"
#include "replicachanges.h"

#include <QObject>

namespace md {

// Where a view sends the staff actions it makes (SyncCommand) and hears how they went. The views
// do not know whether the command is applied to a replica and pushed later (DeskSession, through
// DeskSessionCommandSink) or goes anywhere else; they only need submit(), the outcome, and a
// signal that the data they show changed.
class CommandSink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Returns at once; submitted() follows with the command's id (an empty id is filled in).
    virtual void submit(const md::SyncCommand &command) = 0;

signals:
    void submitted(const md::CommandOutcome &outcome);
    // The data behind the views changed (an action applied, a sync brought something); a view
    // reloads when `changes` touches what it shows (ChangeDebouncer).
    void dataChanged(const md::ReplicaChanges &changes);
};

} // namespace md
