#pragma once

#include <QString>

#include <optional>

namespace md {

// How a staff command ended (docs/sync.md): applied; a duplicate of one already applied (its
// stored result); a conflict (an edit of a version that is no longer the record's); rejected by
// the rules. The wire and the server's command log carry the names below, and only this file
// spells them.
enum class CommandStatus { Applied, Duplicate, Conflict, Rejected };

QString commandStatusName(CommandStatus status);
std::optional<CommandStatus> commandStatusFromName(const QString &name);

} // namespace md
