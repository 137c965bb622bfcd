#pragma once

namespace md {

class Router;
struct ApiContext;

// The member center: profile, addresses, points and balance ledgers, coupons, favorites,
// browsing history, notifications.
class MemberApi
{
public:
    static void addRoutes(Router &router, ApiContext &context);
};

} // namespace md
