#include "router.h"

#include "httpexchange.h"

namespace md {

void Router::add(const QString &method, const QString &pattern, Handler handler,
                 const QString &routeName)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts),
                     std::move(handler),
                     routeName.isEmpty() ? method + QLatin1Char(' ') + pattern : routeName});
}

QString Router::dispatch(HttpExchange &exchange) const
{
    const QStringList parts = exchange.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // HEAD is GET without the body (RFC 9110 §9.3.2): it runs the GET route, and Poco's response
    // leaves the body out for a HEAD request while keeping its Content-Length.
    const QString method =
        exchange.method() == QLatin1String("HEAD") ? QStringLiteral("GET") : exchange.method();
    bool pathKnown = false;
    QStringList allowed; // the methods of the routes whose path matches, for 405's Allow
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool match = true;
        for (qsizetype i = 0; i < parts.size() && match; ++i) {
            const QString &s = r.segments[i];
            if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
                params.insert(s.mid(1, s.size() - 2), parts[i]);
            else
                match = s == parts[i];
        }
        if (!match)
            continue;
        pathKnown = true;
        if (r.method != method) {
            if (!allowed.contains(r.method))
                allowed.append(r.method);
            if (r.method == QLatin1String("GET") && !allowed.contains(QLatin1String("HEAD")))
                allowed.append(QStringLiteral("HEAD"));
            continue;
        }
        exchange.setPathParams(params);
        r.handler(exchange);
        return r.name;
    }
    if (pathKnown) {
        // RFC 9110 §15.5.6: a 405 names the methods the resource does support.
        exchange.setHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        exchange.sendProblem(405, QStringLiteral("method_not_allowed"),
                             QStringLiteral("Method not allowed"));
    } else
        exchange.sendProblem(404, QStringLiteral("not_found"), QStringLiteral("Not found"),
                             QStringLiteral("No such resource: %1").arg(exchange.path()));
    return pathKnown ? QStringLiteral("405") : QStringLiteral("404");
}

} // namespace md
