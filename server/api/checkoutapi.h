#pragma once

namespace md {

class Router;
struct ApiContext;

// The cart, the quote and placing orders (with Idempotency-Key).
class CheckoutApi
{
public:
    static void addRoutes(Router &router, ApiContext &context);
};

} // namespace md
