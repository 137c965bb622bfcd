#pragma once

#include "commandid.h"
#include "jsonfields.h"
#include "result.h"
#include "synccommand.h"
#include "validation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace md {

// What a command acts on, which decides how its envelope's entityId is read.
enum class CommandTarget {
    Existing, // a record that exists: entityId is required
    Creates,  // a new record, numbered by the server: entityId is 0
    None,     // no one record (a broadcast to many members)
};

// What a staff command type is, apart from its fields: its name on the wire, the entity it acts
// on (as in the change feed) and its target. Every command type has one, as `kKind`.
struct CommandKind
{
    const char *type;
    const char *entity;
    CommandTarget target;

    QString typeName() const { return QString::fromLatin1(type); }
    QString entityName() const { return QString::fromLatin1(entity); }
    // Whether the command makes a record of its entity, whose id the server gives.
    bool createsRecord() const { return target == CommandTarget::Creates; }
};

// Which record ids a command may name. The server knows only its own (positive) ids; on a
// replica, records made there that the server has not numbered yet have provisional (negative)
// ids (ProvisionalRows), and commands may name them.
enum class IdSpace { Server, Replica };

// The part of a SyncCommand a command type writes: the record it acts on, the version edited,
// and the payload.
struct CommandBody
{
    qint64 entityId = 0;
    std::optional<qint64> baseVersion;
    QJsonObject payload;
};

// What a command type's fromJson reads: the envelope's record and version, and the payload's
// fields through JsonFields (types, ranges, unknown fields refused; the first problem is kept).
class CommandReader
{
public:
    CommandReader(const SyncCommand &command, IdSpace ids);

    qint64 entityId() const { return m_command.entityId; }
    std::optional<qint64> baseVersion() const { return m_command.baseVersion; }
    // The lowest record id a payload field may name (1 on the server).
    qint64 lowestId() const { return m_ids == IdSpace::Replica ? -validation::kMaxId : 1; }
    JsonFields &fields() { return m_fields; }

    // entityId names a record of this id space.
    Status requireEntity() const;
    // Call after reading every field: a field the type does not know is refused, and the first
    // problem found is the error.
    Status finish();

private:
    const SyncCommand &m_command;
    IdSpace m_ids;
    JsonFields m_fields;
};

// A field that must be one of a few names ("status must be one of: draft, active, archived.").
Error invalidChoice(const QString &field, const QString &choices);

// The typed command as a SyncCommand to submit, with a new id (CommandId). This is how the
// desktop makes every command: the type's toJson writes the body, the kind the names.
template<typename C> SyncCommand toSyncCommand(const C &command)
{
    const CommandBody body = command.toJson();
    SyncCommand c;
    c.id = CommandId::make();
    c.type = C::kKind.typeName();
    c.entity = C::kKind.entityName();
    c.entityId = body.entityId;
    c.baseVersion = body.baseVersion;
    c.payload = body.payload;
    return c;
}

// Reads a SyncCommand of type C strictly, as the server and the replica apply it: entityId is
// checked first (for commands on an existing record), then the payload's fields, then the
// choices among names. The error says which field is wrong.
template<typename C> Result<C> decodeCommand(const SyncCommand &command, IdSpace ids)
{
    CommandReader reader(command, ids);
    if constexpr (C::kKind.target == CommandTarget::Existing)
        MD_TRY(reader.requireEntity());
    return C::fromJson(reader);
}

} // namespace md
