#pragma once

#include "actor.h"
#include "result.h"

#include <QString>

namespace md {

class ServiceContext;

struct AuthSession
{
    QString token; // shown once; only its SHA-256 is stored
    qint64 expiresAt = 0;
    Actor actor;
};

// Logins and bearer tokens for members and staff. A successful login upgrades a password hash
// made at a lower cost than the current one. Unknown logins cost as much time as wrong passwords,
// so response times do not tell which accounts exist.
class AuthService
{
public:
    static constexpr qint64 kMemberSessionMs = 30LL * 24 * 3600 * 1000;
    static constexpr qint64 kStaffSessionMs = 12LL * 3600 * 1000;

    explicit AuthService(const ServiceContext &context)
        : m_ctx(context)
    {}

    // login: e-mail address or mobile phone number.
    Result<AuthSession> loginMember(const QString &login, const QString &password);
    Result<AuthSession> loginStaff(const QString &email, const QString &password);
    // The actor a token stands for, if the session exists, has not expired and the account is
    // active.
    Result<Actor> authenticate(const QString &token) const;
    Status logout(const QString &token);

private:
    Result<AuthSession> startSession(const QString &kind, qint64 subjectId, const Actor &actor,
                                     qint64 lifetimeMs);
    void burnEquivalentTime(const QString &password) const;

    const ServiceContext &m_ctx;
};

} // namespace md
