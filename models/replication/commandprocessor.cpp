#include "commandprocessor.h"

#include "commandhandlers.h"
#include "commandregistry.h"
#include "provisionalrows.h"
#include "replicaschema.h"
#include "servicecontext.h"
#include "synccommandlog.h"
#include "syncfeed.h"
#include "syncoutbox.h"
#include "writetransaction.h"

#include <QHash>

namespace md {

namespace {

// Reads the command as its type and runs the type's handler.
using Dispatch = Result<CommandEffect> (*)(const CommandHandlers &, const SyncCommand &, IdSpace);

template<typename C>
Result<CommandEffect> dispatch(const CommandHandlers &handlers, const SyncCommand &command,
                               IdSpace ids)
{
    auto typed = decodeCommand<C>(command, ids);
    MD_TRY(typed);
    return handlers.run(*typed);
}

// The dispatch by type name, built from the one list of command types.
const QHash<QString, Dispatch> &dispatchTable()
{
    static const QHash<QString, Dispatch> table = []<typename... C>(CommandTypeList<C...>) {
        return QHash<QString, Dispatch>{{C::kKind.typeName(), &dispatch<C>}...};
    }(StaffCommandTypes{});
    return table;
}

Error unknownType(const QString &type)
{
    return makeError(ErrorCode::InvalidArgument,
                     DomainText::tr("Unknown command type %1.").arg(type), QStringLiteral("type"));
}

} // namespace

bool CommandProcessor::createsRecord(const QString &type)
{
    const auto kind = CommandRegistry::find(type);
    return kind && kind->createsRecord();
}

CommandOutcome CommandProcessor::applyLocally(const Actor &staff, const SyncCommand &command)
{
    CommandOutcome out;
    out.id = command.id;
    out.entityId = command.entityId;
    out.status = CommandStatus::Rejected;
    const auto known = dispatchTable().constFind(command.type);
    if (known == dispatchTable().constEnd()) {
        out.error = unknownType(command.type);
        return out;
    }
    WriteTransaction tx(m_ctx.database());
    if (!tx.began()) {
        out.error = tx.began().error();
        return out;
    }
    auto fail = [&out](const Error &e) {
        out.error = e;
        return out;
    };
    ProvisionalRows provisional(tx.connection());
    const auto before = provisional.mark();
    if (!before)
        return fail(before.error());
    const Result<CommandEffect> applied =
        (*known)(CommandHandlers(m_ctx, staff), command, IdSpace::Replica);
    if (!applied)
        return fail(applied.error());
    out.version = applied->version;
    // What the action inserted gets provisional ids until the server's answer replaces it.
    const auto adopted = provisional.adopt(
        *before, command.id,
        createsRecord(command.type) ? ReplicaSchema::tableOf(command.entity) : QString());
    if (!adopted)
        return fail(adopted.error());
    for (const ProvisionalRows::Row &row : *adopted) {
        if (row.main)
            out.entityId = row.id;
    }
    OutboxEntry entry;
    entry.commandId = command.id;
    entry.type = command.type;
    entry.entity = command.entity;
    entry.entityId = command.entityId;
    entry.baseVersion = command.baseVersion;
    entry.payload = command.payload;
    entry.staffId = staff.id;
    entry.createdAt = m_ctx.now();
    if (Status queued = SyncOutbox(tx.connection()).enqueue(entry); !queued)
        return fail(queued.error());
    if (Status committed = tx.commit(); !committed)
        return fail(committed.error());
    out.status = CommandStatus::Applied;
    out.error.reset();
    return out;
}

QStringList CommandProcessor::types()
{
    return CommandRegistry::types();
}

CommandOutcome CommandProcessor::apply(const Actor &staff, const SyncCommand &command)
{
    CommandOutcome out;
    out.id = command.id;
    out.entityId = command.entityId;
    auto refuse = [&out](const Error &e) {
        out.status = CommandStatus::Rejected;
        out.error = e;
        return out;
    };
    if (!staff.isStaff())
        return refuse(makeError(ErrorCode::Forbidden, DomainText::tr("Only staff send commands.")));

    WriteTransaction tx(m_ctx.database());
    if (!tx.began())
        return refuse(tx.began().error()); // not stored: the replica sends it again
    SyncCommandLog log(tx.connection());
    auto seen = log.find(command.id);
    if (!seen)
        return refuse(seen.error());
    if (seen->has_value()) {
        // The same staff member's replica sending it again: its stored result, nothing rerun.
        if ((*seen)->staffId != staff.id)
            return refuse(makeError(ErrorCode::IdempotencyKeyReused,
                                    DomainText::tr("This command id was used by someone else.")));
        CommandOutcome stored = CommandOutcome::fromJson((*seen)->result);
        stored.status = CommandStatus::Duplicate;
        return stored;
    }

    const auto known = dispatchTable().constFind(command.type);
    if (known == dispatchTable().constEnd()) {
        (void)refuse(unknownType(command.type));
    } else {
        // The service runs in a savepoint of this transaction: refused, it leaves nothing.
        const Result<CommandEffect> applied =
            (*known)(CommandHandlers(m_ctx, staff), command, IdSpace::Server);
        if (applied) {
            out.status = CommandStatus::Applied;
            out.entityId = applied->entityId ? applied->entityId : command.entityId;
            out.version = applied->version;
        } else if (applied.error().code == ErrorCode::VersionConflict) {
            out.status = CommandStatus::Conflict;
            out.error = applied.error();
            auto current = SyncFeed::snapshot(tx.connection(), command.entity, command.entityId);
            if (current && current->has_value()) {
                out.current = **current;
                out.version = out.current.value(QStringLiteral("version")).toInteger();
            }
        } else if (applied.error().kind() == ErrorKind::Internal) {
            return refuse(applied.error()); // a fault of ours, not an answer: not stored
        } else {
            (void)refuse(applied.error());
        }
    }
    const Status stored =
        log.insert(command.id, {staff.id, command.type, out.status, out.toJson()}, m_ctx.now());
    if (!stored)
        return refuse(stored.error());
    if (const Status committed = tx.commit(); !committed)
        return refuse(committed.error());
    return out;
}

} // namespace md
