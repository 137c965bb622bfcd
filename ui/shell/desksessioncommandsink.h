#pragma once

#include "commandsink.h"

namespace md {

class DeskSession;

// The desktop's real command sink: commands go to DeskSession::submit (applied to the replica
// through the same rules, queued, pushed), and its replicaChanged() tells the views to reload.
class DeskSessionCommandSink : public CommandSink
{
    Q_OBJECT

public:
    explicit DeskSessionCommandSink(DeskSession &session, QObject *parent = nullptr);

    void submit(const md::SyncCommand &command) override;

private:
    DeskSession &m_session;
};

} // namespace md
