#pragma once

namespace md {

class Router;
struct ApiContext;

// POST /api/v1/auth/register, /auth/login, /auth/logout.
class AuthApi
{
public:
    static void addRoutes(Router &router, ApiContext &context);
};

} // namespace md
