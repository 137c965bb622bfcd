#pragma once

#include "result.h"
#include "staffuser.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

class StaffRepository
{
public:
    explicit StaffRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<std::optional<StaffUser>> find(qint64 id) const;
    Result<std::optional<StaffUser>> findByEmail(const QString &email) const;
    Result<QList<StaffUser>> all() const;
    Result<qint64> activeOwnerCount() const;
    Result<StaffUser> insert(const QString &email, const QString &name, StaffRole role,
                             const QString &hash, qint64 nowMs);
    Result<std::optional<StaffUser>> update(qint64 id, StaffRole role, bool active, qint64 nowMs);
    Result<QString> passwordHash(qint64 id) const;
    Status setPasswordHash(qint64 id, const QString &hash);

private:
    Result<std::optional<StaffUser>> findWhere(const QString &condition,
                                               const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace md
