#pragma once

namespace md {

class Router;
class ServiceContext;

// Public catalog endpoints: categories, product lists and product detail.
class CatalogApi
{
public:
    static void addRoutes(Router &router, const ServiceContext &context);
};

} // namespace md
