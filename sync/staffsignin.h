#pragma once

#include "result.h"
#include "syncengine.h"

namespace md {

// Asks a storefront server whether a staff member's e-mail and password sign in
// (POST /api/v1/admin/auth/login), the way SyncEngine will: the welcome and sign-in dialogs check
// it before they close, so that a mistyped password is said at once rather than at the first
// sync. Blocking (network, up to `timeoutSeconds`): call it on a worker thread. The error keeps
// the server's code (invalid_credentials, account_disabled, too_many_attempts) or is
// server_unreachable; its message is written for a shop clerk.
class StaffSignIn
{
public:
    static Status check(const SyncEndpoint &endpoint, int timeoutSeconds = 15);
};

} // namespace md
