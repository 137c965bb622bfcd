#include "catalogcommands.h"

#include "catalogundocommand.h"
#include "commandid.h"
#include "commandsink.h"

#include <QUndoStack>

namespace md {

CatalogCommands::CatalogCommands(CommandSink *sink, QObject *parent)
    : QObject(parent)
    , m_sink(sink)
    , m_stack(new QUndoStack(this))
{
    if (m_sink)
        connect(m_sink, &CommandSink::submitted, this, &CatalogCommands::outcome);
}

QString CatalogCommands::key(const QString &entity, qint64 id)
{
    return entity + QLatin1Char(':') + QString::number(id);
}

qint64 CatalogCommands::version(const QString &entity, qint64 id, qint64 fallback) const
{
    return m_versions.value(key(entity, id), fallback);
}

int CatalogCommands::edit(const QString &text, const QList<CatalogStep> &steps, bool undoable)
{
    return sendSteps(text, steps, false, undoable, false);
}

int CatalogCommands::sendSteps(const QString &text, const QList<CatalogStep> &steps, bool inverse,
                               bool undoable, bool replay, bool fromQueue)
{
    if (!m_sink || steps.isEmpty())
        return 0;
    if (replay && !fromQueue && (!m_commandSteps.isEmpty() || !m_replays.isEmpty())) {
        m_replays.append({text, steps, inverse});
        return 0;
    }
    const int id = m_nextEdit++;
    Edit &e = m_edits[id];
    e.text = text;
    e.steps = steps;
    e.undoable = undoable;
    e.replay = replay;
    QList<SyncCommand> commands;
    for (int i = 0; i < steps.size(); ++i) {
        const CatalogStep &s = steps[i];
        SyncCommand c = inverse ? s.inverse : s.command;
        c.id = CommandId::make();
        c.baseVersion.reset();
        if (s.versioned)
            c.baseVersion = replay ? version(c.entity, c.entityId, s.baseVersion) : s.baseVersion;
        m_commandSteps.insert(c.id, {id, i});
        e.waiting.insert(c.id);
        commands.append(c);
    }
    // All ids are registered before the first submit: a sink may answer at once.
    for (const SyncCommand &c : commands)
        m_sink->submit(c);
    return id;
}

QString CatalogCommands::send(const SyncCommand &command)
{
    if (!m_sink)
        return {};
    SyncCommand c = command;
    if (c.id.isEmpty())
        c.id = CommandId::make();
    m_single.insert(c.id);
    m_sink->submit(c);
    return c.id;
}

void CatalogCommands::setOutboxPending(qint64 count)
{
    if (count == 0)
        m_stack->clear();
}

void CatalogCommands::outcome(const CommandOutcome &outcome)
{
    const bool ok = outcome.succeeded();
    if (m_single.remove(outcome.id)) {
        emit sent(outcome.id, outcome);
        if (ok)
            emit applied();
        return;
    }
    const auto it = m_commandSteps.constFind(outcome.id);
    if (it == m_commandSteps.constEnd())
        return; // another area's command
    const auto [editId, stepIndex] = *it;
    m_commandSteps.erase(it);
    Edit &e = m_edits[editId];
    e.waiting.remove(outcome.id);
    const CatalogStep &step = e.steps[stepIndex];
    if (ok) {
        m_versions.insert(
            key(step.command.entity, outcome.entityId ? outcome.entityId : step.command.entityId),
            outcome.version);
        CatalogStep done = step;
        done.baseVersion = outcome.version;
        e.applied.insert(stepIndex, done);
    } else if (outcome.status == CommandStatus::Conflict) {
        e.refusals
            << tr("%1: somebody changed it in the meantime; reopen it and try again.").arg(e.text);
    } else {
        e.refusals << (outcome.error ? outcome.error->message
                                     : tr("%1: the shop refused the change.").arg(e.text));
    }
    if (!e.waiting.isEmpty())
        return;
    const Edit done = m_edits.take(editId);
    if (!done.applied.isEmpty()) {
        if (done.undoable) {
            m_stack->push(new CatalogUndoCommand(*this, done.text, done.applied.values()));
        }
        emit applied();
    }
    emit finished(editId, done.refusals);
    if (done.replay && !done.refusals.isEmpty())
        emit replayRefused(done.text, done.refusals);
    while (m_commandSteps.isEmpty() && !m_replays.isEmpty()) {
        const Replay r = m_replays.takeFirst();
        sendSteps(r.text, r.steps, r.inverse, false, true, true);
    }
}

} // namespace md
