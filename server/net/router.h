#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace md {

class HttpExchange;

// Routes "GET /api/v1/products/{id}" style patterns to handlers. Segments in braces capture a
// path parameter. Known path with an unknown method is 405; an unknown path is 404.
class Router
{
public:
    using Handler = std::function<void(HttpExchange &)>;

    void add(const QString &method, const QString &pattern, Handler handler,
             const QString &routeName = {});
    // Dispatches, or answers 404/405 itself. Returns the route name used for metrics.
    QString dispatch(HttpExchange &exchange) const;

private:
    struct Route
    {
        QString method;
        QStringList segments;
        Handler handler;
        QString name;
    };
    QList<Route> m_routes;
};

} // namespace md
