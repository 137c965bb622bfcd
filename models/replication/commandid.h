#pragma once

#include <QString>

namespace md {

// The one maker of staff command ids. A command's id is its exactly-once key on the server
// (SyncCommandLog), made where the staff member acts, so it must not collide with another
// replica's: a random (version 4) UUID from the system's secure generator, written without
// braces, which is the form SyncCommand::fromJson accepts.
class CommandId
{
public:
    static QString make();
};

} // namespace md
