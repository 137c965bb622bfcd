#pragma once

#include "commandstatus.h"
#include "error.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace md {

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
    CommandStatus status = CommandStatus::Rejected;
    qint64 entityId = 0; // the record acted on (the new one for creations)
    qint64 version = 0;  // its version after the command, or now (conflict)
    std::optional<Error> error;
    QJsonObject current; // conflict: the record as it is on the server

    // Applied, or applied before (a duplicate carries the first result): the staff member's
    // change stands.
    bool succeeded() const
    {
        return status == CommandStatus::Applied || status == CommandStatus::Duplicate;
    }

    QJsonObject toJson() const;
    // A status this client does not know is read as rejected: never taken for a success.
    static CommandOutcome fromJson(const QJsonObject &json);
};

} // namespace md
