#pragma once

#include "actor.h"
#include "synccommand.h"

#include <QStringList>

namespace md {

class ServiceContext;

// Applies staff commands through the models/ services, exactly once: the command's result is
// stored under its id in the same transaction as its effect, and a command id seen before gets
// that stored result back as "duplicate" without running again. An edit whose baseVersion is no
// longer the record's version is a "conflict" carrying the record's current state; a command
// the rules refuse is "rejected" with the error's code. Either way the next command still runs.
class CommandProcessor
{
public:
    static constexpr int kMaxBatch = 500;

    explicit CommandProcessor(const ServiceContext &context)
        : m_ctx(context)
    {}

    CommandOutcome apply(const Actor &staff, const SyncCommand &command);
    // Replica side: applies the command to the local copy through the same rules and queues it
    // in the outbox, in one transaction ("applied" then means "pending until pushed"). A command
    // the rules refuse is "rejected" and not queued. The rows it inserts get provisional
    // (negative) ids until the server answers (ProvisionalRows); for a creation, entityId is the
    // new record's provisional id, which later commands may name.
    CommandOutcome applyLocally(const Actor &staff, const SyncCommand &command);
    // Whether the command makes a record of its entity (product.create, ...), whose id the
    // server gives.
    static bool createsRecord(const QString &type);
    // The command types this server knows, for documentation and tests.
    static QStringList types();

private:
    const ServiceContext &m_ctx;
};

} // namespace md
