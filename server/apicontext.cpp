#include "apicontext.h"

#include "authservice.h"
#include "servicecontext.h"

#include <QJsonDocument>

namespace md::api {

namespace {

std::optional<Actor> bearer(HttpExchange &x, const ApiContext &c, bool report, bool staff = false)
{
    const QString header = x.header(QStringLiteral("Authorization"));
    // RFC 6750 §3: a 401 says which scheme it wants, and why when a token was sent.
    if (!header.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
        if (report) {
            x.setHeader("WWW-Authenticate", "Bearer realm=\"storefront\"");
            x.sendProblem(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"),
                          QStringLiteral("Sign in: send Authorization: Bearer <token>."));
        }
        return std::nullopt;
    }
    auto actor = AuthService(c.ctx).authenticate(header.mid(7).trimmed());
    if (!actor || (staff ? !actor->isStaff() : !actor->isMember())) {
        if (report) {
            x.setHeader("WWW-Authenticate", "Bearer realm=\"storefront\", error=\"invalid_token\"");
            x.sendProblem(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"),
                          QStringLiteral("The token is invalid or has expired; sign in again."));
        }
        return std::nullopt;
    }
    return *actor;
}

} // namespace

std::optional<Actor> member(HttpExchange &x, const ApiContext &c)
{
    return bearer(x, c, true);
}

std::optional<Actor> staff(HttpExchange &x, const ApiContext &c)
{
    return bearer(x, c, true, true);
}

std::optional<Actor> optionalMember(HttpExchange &x, const ApiContext &c)
{
    return bearer(x, c, false);
}

std::optional<QJsonObject> body(HttpExchange &x)
{
    QByteArray raw;
    if (!x.readBody(raw))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        x.sendProblem(400, QStringLiteral("malformed_json"), QStringLiteral("Malformed JSON"),
                      QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<qint64> id(HttpExchange &x, const QString &name)
{
    bool ok = false;
    const qint64 value = x.pathParam(name).toLongLong(&ok);
    if (!ok || value <= 0) {
        x.sendProblem(404, QStringLiteral("not_found"), QStringLiteral("Not found"));
        return std::nullopt;
    }
    return value;
}

bool paging(HttpExchange &x, int &page, int &pageSize)
{
    bool okPage = true, okSize = true;
    page = x.query(QStringLiteral("page"), QStringLiteral("1")).toInt(&okPage);
    pageSize = x.query(QStringLiteral("pageSize"), QStringLiteral("20")).toInt(&okSize);
    if (!okPage || !okSize || page < 1 || page > 100000 || pageSize < 1 || pageSize > 100) {
        x.sendProblem(400, QStringLiteral("invalid_argument"), QStringLiteral("Invalid paging"),
                      QStringLiteral("page is 1 or more; pageSize is 1 to 100."));
        return false;
    }
    return true;
}

QJsonObject pageOf(const QJsonArray &items, int page, int pageSize, qint64 total)
{
    return {{QStringLiteral("items"), items},
            {QStringLiteral("page"), page},
            {QStringLiteral("pageSize"), pageSize},
            {QStringLiteral("total"), total}};
}

QJsonObject paymentJson(const Payment &p)
{
    QJsonObject o = p.toJson();
    if (!p.providerRef.isEmpty())
        o.insert(QStringLiteral("providerRef"), p.providerRef);
    return o;
}

} // namespace md::api
