#pragma once

namespace md {

class Router;
struct ApiContext;

// POST /api/v1/auth/register, /auth/login, /auth/logout; staff sign-in at /api/v1/admin/auth/login.
class AuthApi
{
public:
    static void addRoutes(Router &router, ApiContext &context);
};

} // namespace md
