#include "authapi.h"

#include "apicontext.h"
#include "authservice.h"
#include "jsonfields.h"
#include "memberservice.h"
#include "router.h"
#include "servicecontext.h"
#include "staffuser.h"
#include "storetime.h"
#include "validation.h"

#include <functional>

namespace md {

namespace {

void tooMany(HttpExchange &x, qint64 waitMs)
{
    x.setHeader("Retry-After", QByteArray::number((waitMs + 999) / 1000));
    x.sendProblem(
        429, QStringLiteral("too_many_attempts"), QStringLiteral("Too many attempts"),
        QStringLiteral("Too many failed attempts; try again in %1 s.").arg((waitMs + 999) / 1000));
}

// A login attempt under the back-off of its account and of the client's address: answers 429
// without trying while either must wait. The attempt is reserved (counted as a wrong password
// against both) before the password is checked, so simultaneous attempts see each other; one
// that was not a wrong password gives its count back.
std::optional<AuthSession> throttled(HttpExchange &x, ApiContext &c, const QString &accountKey,
                                     const std::function<Result<AuthSession>()> &attempt)
{
    const QString clientKey = QStringLiteral("client:") + x.clientAddress();
    if (const qint64 wait = c.throttle.reserve({accountKey, clientKey}, c.ctx.now()); wait > 0) {
        tooMany(x, wait);
        return std::nullopt;
    }
    auto session = attempt();
    if (!session) {
        if (session.error().code != ErrorCode::InvalidCredentials) {
            c.throttle.release(accountKey);
            c.throttle.release(clientKey);
        }
        x.sendError(session.error());
        return std::nullopt;
    }
    c.throttle.recordSuccess(accountKey);
    c.throttle.release(clientKey);
    return *session;
}

QJsonObject sessionJson(const AuthSession &s)
{
    return {{QStringLiteral("token"), s.token},
            {QStringLiteral("expiresAt"), StoreTime::isoUtc(s.expiresAt)},
            {QStringLiteral("memberId"), s.actor.id}};
}

} // namespace

void AuthApi::addRoutes(Router &router, ApiContext &c)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/register"),
               [&c](HttpExchange &x) {
                   // Registrations hash a password: limit them per client address too. Every
                   // registration that gets as far as the password counts towards the address's
                   // allowance, successful or not; it is reserved first, so simultaneous ones
                   // count.
                   const QString clientKey = QStringLiteral("register:") + x.clientAddress();
                   if (const qint64 wait = c.throttle.reserve({clientKey}, c.ctx.now()); wait > 0)
                       return tooMany(x, wait);
                   auto body = api::body(x);
                   if (!body)
                       return c.throttle.release(clientKey);
                   JsonFields f(*body);
                   MemberRegistration r;
                   r.email = f.string(QStringLiteral("email"), 254).value_or(QString());
                   r.phone = f.string(QStringLiteral("phone"), 20).value_or(QString());
                   r.password = f.string(QStringLiteral("password"), 256, true).value_or(QString());
                   r.displayName = f.string(QStringLiteral("name"), 100, true).value_or(QString());
                   f.rejectUnknown();
                   if (!f.ok()) {
                       c.throttle.release(clientKey);
                       return x.sendError(f.error());
                   }
                   auto member = MemberService(c.ctx).registerMember(r);
                   if (!api::ok(x, member))
                       return;
                   x.sendJson(201, QJsonDocument(member->toJson()));
               });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/login"), [&c](HttpExchange &x) {
        auto body = api::body(x);
        if (!body)
            return;
        JsonFields f(*body);
        const QString login = f.string(QStringLiteral("login"), 254, true).value_or(QString());
        const QString password =
            f.string(QStringLiteral("password"), 256, true).value_or(QString());
        f.rejectUnknown();
        if (!f.ok())
            return x.sendError(f.error());
        const QString account = login.contains(QLatin1Char('@'))
                                    ? validation::normalizeEmail(login)
                                    : validation::normalizePhone(login);
        auto session = throttled(x, c, QStringLiteral("login:") + account,
                                 [&] { return AuthService(c.ctx).loginMember(login, password); });
        if (session)
            x.sendJson(200, QJsonDocument(sessionJson(*session)));
    });

    // Staff sign-in, for the desktop app's sync (and nothing else: staff work goes through
    // /api/v1/admin/sync/commands).
    router.add(
        QStringLiteral("POST"), QStringLiteral("/api/v1/admin/auth/login"), [&c](HttpExchange &x) {
            auto body = api::body(x);
            if (!body)
                return;
            JsonFields f(*body);
            const QString email = f.string(QStringLiteral("email"), 254, true).value_or(QString());
            const QString password =
                f.string(QStringLiteral("password"), 256, true).value_or(QString());
            f.rejectUnknown();
            if (!f.ok())
                return x.sendError(f.error());
            auto session =
                throttled(x, c, QStringLiteral("staff:") + validation::normalizeEmail(email),
                          [&] { return AuthService(c.ctx).loginStaff(email, password); });
            if (!session)
                return;
            x.sendJson(200,
                       QJsonDocument(QJsonObject{
                           {QStringLiteral("token"), session->token},
                           {QStringLiteral("role"), staffRoleName(session->actor.role)},
                           {QStringLiteral("staffId"), session->actor.id},
                           {QStringLiteral("expiresAt"), StoreTime::isoUtc(session->expiresAt)}}));
        });

    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/logout"),
               [&c](HttpExchange &x) {
                   if (!api::member(x, c))
                       return;
                   const QString token = x.header(QStringLiteral("Authorization")).mid(7).trimmed();
                   if (!api::ok(x, AuthService(c.ctx).logout(token)))
                       return;
                   x.sendEmpty(204);
               });
}

} // namespace md
