#pragma once

namespace md {

class Recommender;
class Router;
struct ApiContext;

// GET /api/v1/products/{id}/recommendations: "bought this, also bought" for an active product,
// from the Recommender's rules, best first, at most kMaxItems active products with their current
// title and lowest price. An unknown or inactive product is a 404; the rules being computed or
// failing is an empty or older list, never an error.
class RecommendationApi
{
public:
    static constexpr int kMaxItems = 10;
    static void addRoutes(Router &router, ApiContext &context, const Recommender &recommender);
};

} // namespace md
