#pragma once

namespace md {

class Router;
struct ApiContext;

// Public catalog endpoints: categories, product search and detail, reviews of a product, search
// suggestions, flash sales.
class CatalogApi
{
public:
    static void addRoutes(Router &router, ApiContext &context);
};

} // namespace md
