#pragma once

#include "result.h"

#include <QString>

namespace md {

class ServiceContext;

// The staff account the desktop signs in with when it runs the shop itself ("run my shop on this
// computer"): an owner made for this data folder, whose e-mail and random password are kept in
// desk-owner.json next to shop.db (readable by the user only). Whoever can read that file can
// also open shop.db, so it grants nothing new; a remote server's staff sign in with their own
// credentials instead. The account goes through StaffService like any other: it shows in the
// staff list and the audit log, and an owner may disable it.
class LocalOwner
{
public:
    static constexpr const char *kFileName = "desk-owner.json";

    struct Credentials
    {
        QString email;
        QString password;
    };

    // Reads the folder's credentials, or makes new ones (written before the account, so a crash
    // between the two leaves a file whose account is made next time); then makes the account
    // on `shop` if it has none with that e-mail: the shop's first owner when it has no staff
    // yet, otherwise an owner added by the system. Blocking (file, store, password hash): call it
    // on a worker thread.
    static Result<Credentials> ensure(const ServiceContext &shop, const QString &dataDir);
};

} // namespace md
