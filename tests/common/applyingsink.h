#pragma once

#include "commandprocessor.h"
#include "commandsink.h"

#include <QList>

// A CommandSink for view tests: applies each command to the store at once through the server's
// command rules (CommandProcessor::apply, the same path a pushed command takes), keeps what was
// sent and answered, and reports the outcome asynchronously, as DeskSession does.
class ApplyingSink : public md::CommandSink
{
public:
    ApplyingSink(const md::ServiceContext &context, const md::Actor &staff)
        : m_processor(context)
        , m_staff(staff)
    {}
    void submit(const md::SyncCommand &command) override
    {
        commands.append(command);
        const md::CommandOutcome outcome = m_processor.apply(m_staff, command);
        outcomes.append(outcome);
        QMetaObject::invokeMethod(
            this, [this, outcome] { emit submitted(outcome); }, Qt::QueuedConnection);
    }
    QList<md::SyncCommand> commands;
    QList<md::CommandOutcome> outcomes;

private:
    md::CommandProcessor m_processor;
    md::Actor m_staff;
};
