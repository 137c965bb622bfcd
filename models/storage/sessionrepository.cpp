#include "sessionrepository.h"

#include "sqlquery.h"

namespace md {

Status SessionRepository::insert(const QString &tokenHash, const QString &kind, qint64 subjectId,
                                 qint64 nowMs, qint64 expiresAt)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO sessions (token_hash, subject_kind, subject_id, created_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?)"),
        {tokenHash, kind, subjectId, nowMs, expiresAt});
    return q.exec();
}

Result<std::optional<SessionRecord>> SessionRepository::find(const QString &tokenHash) const
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT subject_kind, subject_id, expires_at FROM sessions WHERE token_hash = ?"),
        {tokenHash});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<SessionRecord>();
    return std::optional<SessionRecord>(SessionRecord{q.text(0), q.int64(1), q.int64(2)});
}

Status SessionRepository::remove(const QString &tokenHash)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
    return q.exec();
}

Status SessionRepository::removeExpired(qint64 nowMs)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"), {nowMs});
    return q.exec();
}

Status SessionRepository::removeForSubject(const QString &kind, qint64 subjectId)
{
    SqlQuery q(m_db,
               QStringLiteral("DELETE FROM sessions WHERE subject_kind = ? AND subject_id = ?"),
               {kind, subjectId});
    return q.exec();
}

} // namespace md
