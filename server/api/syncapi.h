#pragma once

namespace md {

class Router;
struct ApiContext;

// The server side of sync for the desktop app (docs/sync.md), staff tokens only:
// GET /api/v1/admin/sync/changes?since=&limit= (the change feed) and
// POST /api/v1/admin/sync/commands (staff actions, applied exactly once) and
// GET /api/v1/admin/sync/snapshot (a first copy, table by table).
class SyncApi
{
public:
    static void addRoutes(Router &router, ApiContext &context);
};

} // namespace md
