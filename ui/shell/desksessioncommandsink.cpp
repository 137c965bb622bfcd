#include "desksessioncommandsink.h"

#include "commandid.h"
#include "desksession.h"

namespace md {

DeskSessionCommandSink::DeskSessionCommandSink(DeskSession &session, QObject *parent)
    : CommandSink(parent)
    , m_session(session)
{
    connect(&m_session, &DeskSession::submitted, this, &CommandSink::submitted);
    connect(&m_session, &DeskSession::replicaChanged, this, &CommandSink::dataChanged);
}

void DeskSessionCommandSink::submit(const SyncCommand &command)
{
    // The id is made here rather than by the session, so the caller can match the outcome.
    SyncCommand c = command;
    if (c.id.isEmpty())
        c.id = CommandId::make();
    m_session.submit(c);
}

} // namespace md
