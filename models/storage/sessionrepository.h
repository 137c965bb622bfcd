#pragma once

#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace md {

struct SessionRecord
{
    QString subjectKind; // "member" or "staff"
    qint64 subjectId = 0;
    qint64 expiresAt = 0;
};

// Bearer sessions, keyed by the SHA-256 of the token (the token itself is never stored).
class SessionRepository
{
public:
    explicit SessionRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Status insert(const QString &tokenHash, const QString &kind, qint64 subjectId, qint64 nowMs,
                  qint64 expiresAt);
    Result<std::optional<SessionRecord>> find(const QString &tokenHash) const;
    Status remove(const QString &tokenHash);
    Status removeExpired(qint64 nowMs);
    Status removeForSubject(const QString &kind, qint64 subjectId);

private:
    QSqlDatabase m_db;
};

} // namespace md
