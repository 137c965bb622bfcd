#pragma once

#include <QString>

namespace md {

// How this computer's desk works, as chosen in the welcome dialog and remembered in QSettings
// (the organisation and application names main() sets): running the shop itself on the local
// data folder, or working with a storefront server as a staff member. A server's password is
// never stored; the sign-in dialog asks for it at each start.
struct DeskChoice
{
    enum class Mode {
        None,   // not chosen yet: the welcome dialog asks
        Local,  // "Run my shop on this computer"
        Server, // "Connect to a storefront server"
    };

    Mode mode = Mode::None;
    QString serverUrl; // Server only
    QString email;     // Server only: the staff member who signed in last

    static DeskChoice remembered();
    void remember() const;
};

} // namespace md
