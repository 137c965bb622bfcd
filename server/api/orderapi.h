#pragma once

namespace md {

class Router;
struct ApiContext;

// A member's orders (list, detail, pay, cancel, confirm receipt, refunds, reviews), the payment
// provider's signed callback, and the bundled mock provider.
class OrderApi
{
public:
    static void addRoutes(Router &router, ApiContext &context);
};

} // namespace md
