#pragma once

#include "actor.h"
#include "error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace md {

class ServiceContext;

// A staff action made on a replica, as pushed to the server (docs/sync.md).
struct SyncCommand
{
    QString id;          // made by the replica when the staff member acted; the exactly-once key
    QString type;        // "product.update", "stock.adjust", ...
    QString entity;      // the kind of record it acts on, as in the change feed
    qint64 entityId = 0; // 0 for creations
    std::optional<qint64> baseVersion; // the version the staff member edited, for edits
    QJsonObject payload;

    // Reads one command of a push; nullopt with the error when it is malformed.
    static std::optional<SyncCommand> fromJson(const QJsonObject &json, Error &error);
};

struct CommandOutcome
{
    QString id;
    QString status;      // applied | duplicate | conflict | rejected
    qint64 entityId = 0; // the record acted on (the new one for creations)
    qint64 version = 0;  // its version after the command, or now (conflict)
    std::optional<Error> error;
    QJsonObject current; // conflict: the record as it is on the server

    QJsonObject toJson() const;
    static CommandOutcome fromJson(const QJsonObject &json);
};

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
