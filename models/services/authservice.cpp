#include "authservice.h"

#include "memberrepository.h"
#include "securerandom.h"
#include "servicecontext.h"
#include "sessionrepository.h"
#include "staffrepository.h"
#include "validation.h"
#include "writetransaction.h"

namespace md {

namespace {

Error invalidCredentials()
{
    return makeError(ErrorCode::InvalidCredentials,
                     DomainText::tr("The login or the password is wrong."));
}

Error unauthorized()
{
    return makeError(ErrorCode::Unauthorized, DomainText::tr("Please sign in again."));
}

} // namespace

void AuthService::burnEquivalentTime(const QString &password) const
{
    static const QString dummy =
        PasswordHasher(m_ctx.hasher().iterations()).hash(QStringLiteral("not-a-password"));
    (void)m_ctx.hasher().verify(password, dummy);
}

Result<AuthSession> AuthService::startSession(const QString &kind, qint64 subjectId,
                                              const Actor &actor, qint64 lifetimeMs)
{
    AuthSession s;
    s.token = SecureRandom::token();
    s.expiresAt = m_ctx.now() + lifetimeMs;
    s.actor = actor;
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    SessionRepository sessions(tx.connection());
    MD_TRY(sessions.insert(SecureRandom::sha256Hex(s.token), kind, subjectId, m_ctx.now(),
                           s.expiresAt));
    MD_TRY(tx.commit());
    return s;
}

Result<AuthSession> AuthService::loginMember(const QString &login, const QString &password)
{
    MemberRepository repo(m_ctx.connection());
    const bool looksLikeEmail = login.contains(QLatin1Char('@'));
    auto found = looksLikeEmail ? repo.findByEmail(validation::normalizeEmail(login))
                                : repo.findByPhone(validation::normalizePhone(login));
    MD_TRY(found);
    if (!found->has_value() || !(*found)->canLogIn) {
        burnEquivalentTime(password);
        return invalidCredentials();
    }
    const Member member = **found;
    auto stored = repo.passwordHash(member.id);
    MD_TRY(stored);
    if (!m_ctx.hasher().verify(password, *stored))
        return invalidCredentials();
    if (!member.active)
        return makeError(ErrorCode::AccountDisabled, DomainText::tr("This account is disabled."));
    if (m_ctx.hasher().needsRehash(*stored)) {
        const QString upgraded = m_ctx.hasher().hash(password);
        WriteTransaction tx(m_ctx.database());
        MD_TRY(tx.began());
        MD_TRY(MemberRepository(tx.connection()).setPasswordHash(member.id, upgraded));
        MD_TRY(tx.commit());
    }
    return startSession(QStringLiteral("member"), member.id, Actor::member(member.id),
                        kMemberSessionMs);
}

Result<AuthSession> AuthService::loginStaff(const QString &email, const QString &password)
{
    StaffRepository repo(m_ctx.connection());
    auto found = repo.findByEmail(validation::normalizeEmail(email));
    MD_TRY(found);
    if (!found->has_value()) {
        burnEquivalentTime(password);
        return invalidCredentials();
    }
    const StaffUser user = **found;
    auto stored = repo.passwordHash(user.id);
    MD_TRY(stored);
    if (!m_ctx.hasher().verify(password, *stored))
        return invalidCredentials();
    if (!user.active)
        return makeError(ErrorCode::AccountDisabled, DomainText::tr("This account is disabled."));
    if (m_ctx.hasher().needsRehash(*stored)) {
        const QString upgraded = m_ctx.hasher().hash(password);
        WriteTransaction tx(m_ctx.database());
        MD_TRY(tx.began());
        MD_TRY(StaffRepository(tx.connection()).setPasswordHash(user.id, upgraded));
        MD_TRY(tx.commit());
    }
    return startSession(QStringLiteral("staff"), user.id, user.actor(), kStaffSessionMs);
}

Result<Actor> AuthService::authenticate(const QString &token) const
{
    // Tokens are 43 base64url characters; anything else cannot be one of ours.
    if (token.size() != 43)
        return unauthorized();
    // The lookup is by hash, so timing reveals nothing about stored tokens.
    auto record = SessionRepository(m_ctx.connection()).find(SecureRandom::sha256Hex(token));
    MD_TRY(record);
    if (!record->has_value() || (*record)->expiresAt <= m_ctx.now())
        return unauthorized();
    const SessionRecord &r = **record;
    if (r.subjectKind == QLatin1String("staff")) {
        auto user = StaffRepository(m_ctx.connection()).find(r.subjectId);
        MD_TRY(user);
        if (!user->has_value() || !(*user)->active)
            return unauthorized();
        return (*user)->actor(); // the current role, not the one at login
    }
    auto active = MemberRepository(m_ctx.connection()).isActive(r.subjectId);
    MD_TRY(active);
    if (!*active)
        return unauthorized();
    return Actor::member(r.subjectId);
}

Status AuthService::logout(const QString &token)
{
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MD_TRY(SessionRepository(tx.connection()).remove(SecureRandom::sha256Hex(token)));
    return tx.commit();
}

} // namespace md
